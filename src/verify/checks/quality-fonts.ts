// Design quality: every family the stylesheet sets text in is one the DESIGN.md names (or a generic fallback).
import type { Finding } from '../../shared/types.js';
import { parseFontStack } from '../../implement/css-values.js';
import { GENERIC_FAMILIES, isGenericFamily } from '../../rules/font-families.js';
import type { SiteCheck } from './index.js';
import { matchesWithLines } from './css-lines.js';

/** Family names from font-family declarations, custom properties holding a stack, and @font-face rules (on one line). */
export const FAMILY_DECLARATION = /(?:font-family|--font-[a-z0-9-]+)[^\S\n]*:[^\S\n]*([^;{}\n]+);/g;

export const fontsCheck: SiteCheck = {
  meta: { id: 'quality-fonts', reads: ['css', 'design'], description: 'text is set only in font families the DESIGN.md names' },
  run(input) {
    const tokens = input.tokens;
    if (!tokens) return [];
    const named = new Set<string>();
    for (const level of Object.values(tokens.typography)) for (const f of level.fontFamily) named.add(f.name.toLowerCase());
    for (const g of GENERIC_FAMILIES) named.add(g);
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const { match: m, line } of matchesWithLines(input.css, FAMILY_DECLARATION)) {
      const value = (m[1] ?? '').trim();
      if (value.startsWith('var(') || value === 'inherit') continue;
      for (const family of parseFontStack(value) ?? []) {
        const key = family.name.toLowerCase();
        if (named.has(key) || reported.has(key)) continue;
        reported.add(key);
        findings.push({
          severity: 'error',
          rule: 'quality/undeclared-font',
          message: `found text set in "${family.name}", expected only the families the DESIGN.md's typography names (${[...named].filter((n) => !isGenericFamily(n)).join(', ')})`,
          place: { file: input.cssFile, line },
        });
      }
    }
    return findings;
  },
};
