// Every colour, typography, spacing and rounded token of the DESIGN.md reaches the CSS as a custom property in use.
import type { Finding } from '../shared/types.js';
import type { DesignTokens } from '../implement/design-tokens.js';
import { tokenProperties } from '../implement/css-names.js';
import { varReferences, type CssRule } from './css-model.js';

/**
 * Custom properties that some ordinary declaration reads, directly or through other custom properties
 * (`color: var(--link-fg, var(--color-link))` uses both). Defining a property is not using it.
 */
export function usedCustomProperties(rules: readonly CssRule[]): Set<string> {
  const definitions = new Map<string, string[]>();
  const used = new Set<string>();
  const queue: string[] = [];
  for (const rule of rules) {
    for (const d of rule.declarations) {
      const refs = varReferences(d.value);
      if (d.property.startsWith('--')) {
        const list = definitions.get(d.property);
        if (list) list.push(...refs);
        else definitions.set(d.property, [...refs]);
      } else queue.push(...refs);
    }
  }
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...(definitions.get(name) ?? []));
  }
  return used;
}

interface Usage {
  used: Set<string>;
  defined: Set<string>;
  darkDefined: Set<string>;
}

/**
 * What a sheet's rules use and define, kept per rules array: the fast path hands every site of one sheet structure
 * the same array (its values are stand-ins, which use nothing), so this is worked out once per structure.
 */
const usages = new WeakMap<readonly CssRule[], Usage>();

function usageOf(rules: readonly CssRule[]): Usage {
  let usage = usages.get(rules);
  if (!usage) {
    usage = {
      used: usedCustomProperties(rules),
      defined: new Set(rules.flatMap((r) => r.declarations.filter((d) => d.property.startsWith('--')).map((d) => d.property))),
      darkDefined: new Set(
        rules
          .filter((r) => r.media.some((m) => /prefers-color-scheme\s*:\s*dark/i.test(m)))
          .flatMap((r) => r.declarations.filter((d) => d.property.startsWith('--')).map((d) => d.property)),
      ),
    };
    usages.set(rules, usage);
  }
  return usage;
}

export function tokenUsageFindings(tokens: DesignTokens, rules: readonly CssRule[], cssFile: string, designFile: string): Finding[] {
  const { used, defined, darkDefined } = usageOf(rules);
  const findings: Finding[] = [];
  for (const { path, properties } of tokenProperties(tokens)) {
    if (path.startsWith('colors.') && path.endsWith('-dark') && !properties.some((p) => darkDefined.has(p))) {
      findings.push({
        severity: 'error',
        rule: 'tokens/unused',
        message: `Unused token ${path}: ${cssFile} does not redefine ${properties.join(', ')} inside @media (prefers-color-scheme: dark), expected the dark twin to take over in the dark scheme`,
        place: { file: designFile, path },
      });
      continue;
    }
    if (properties.some((p) => used.has(p))) continue;
    const missing = properties.filter((p) => !defined.has(p));
    findings.push({
      severity: 'error',
      rule: 'tokens/unused',
      message:
        missing.length === properties.length
          ? `Unused token ${path}: ${cssFile} defines none of ${properties.join(', ')}, expected the token as a custom property read by some declaration`
          : `Unused token ${path}: ${properties.join(', ')} ${properties.length > 1 ? 'are' : 'is'} defined in ${cssFile} but no declaration reads ${properties.length > 1 ? 'any of them' : 'it'}, expected the token to style something`,
      place: { file: designFile, path },
    });
  }
  return findings;
}
