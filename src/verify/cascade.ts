// The cascade for one context: which declarations win on each element, custom properties inherited and resolved.
import type { CompiledSelector, CssDeclaration, CssRule } from './css-model.js';
import { compareSpecificity } from './css-model.js';
import type { HtmlElement } from './html-tree.js';
import { mediaMatches, type MediaContext } from './media.js';
import { selectorMatches, type InteractionState } from './selector-match.js';

/** A declaration that won, with the selector that brought it (for messages). */
export interface Winner {
  value: string;
  line: number;
  selector: string;
}

interface Candidate {
  decl: CssDeclaration;
  specificity: [number, number, number];
  selector: string;
}

/** Style rules applicable in one media context, indexed by the subject compound's most selective key. */
export interface RuleIndex {
  byKey: Map<string, { selector: CompiledSelector; rule: CssRule }[]>;
}

function subjectKey(sel: CompiledSelector): string {
  const subject = sel.compounds[0];
  if (!subject) return '*';
  if (subject.id !== undefined) return `#${subject.id}`;
  const cls = subject.classes[0];
  if (cls !== undefined) return `.${cls}`;
  if (subject.tag !== undefined) return subject.tag;
  return '*';
}

export function indexRules(rules: readonly CssRule[], ctx: MediaContext): RuleIndex {
  const byKey = new Map<string, { selector: CompiledSelector; rule: CssRule }[]>();
  for (const rule of rules) {
    if (rule.unmodelled || !rule.media.every((m) => mediaMatches(m, ctx))) continue;
    for (const selector of rule.selectors) {
      if (selector.pseudoElement) continue;
      const key = subjectKey(selector);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ selector, rule });
    }
  }
  return { byKey };
}

function candidatesFor(index: RuleIndex, e: HtmlElement, state: InteractionState): Candidate[] {
  const keys = ['*', e.tag, ...[...e.classes].map((c) => `.${c}`)];
  if (e.id !== undefined) keys.push(`#${e.id}`);
  const out: Candidate[] = [];
  const seen = new Set<CompiledSelector>();
  for (const key of keys) {
    for (const { selector, rule } of index.byKey.get(key) ?? []) {
      if (seen.has(selector)) continue;
      seen.add(selector);
      if (!selectorMatches(selector, e, state)) continue;
      for (const decl of rule.declarations) out.push({ decl, specificity: selector.specificity, selector: selector.text });
    }
  }
  return out;
}

/**
 * The winning declaration per property on an element: !important first, then specificity, then source order.
 * Shorthands are kept under their own names; the caller reads them in order with their longhands.
 */
export function winningDeclarations(index: RuleIndex, e: HtmlElement, state: InteractionState): Map<string, Winner & { order: number }> {
  const candidates = candidatesFor(index, e, state);
  candidates.sort(
    (x, y) =>
      Number(x.decl.important) - Number(y.decl.important) ||
      compareSpecificity(x.specificity, y.specificity) ||
      x.decl.order - y.decl.order,
  );
  const won = new Map<string, Winner & { order: number }>();
  // Later entries beat earlier ones; the rank of the winner is kept so shorthand/longhand pairs can be ordered.
  candidates.forEach((c, rank) => won.set(c.decl.property, { value: c.decl.value, line: c.decl.line, selector: c.selector, order: rank }));
  return won;
}
