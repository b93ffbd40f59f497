// The cascade: which declarations match an element (computed once), and which win in a given media context.
import type { CompiledSelector, CssDeclaration, CssRule } from './css-model.js';
import { compareSpecificity } from './css-model.js';
import type { HtmlElement } from './html-tree.js';
import { mediaMatches, type MediaContext } from './media.js';
import { RESTING, selectorMatches, type InteractionState } from './selector-match.js';

/** A declaration that won, with the selector that brought it (for messages). */
export interface Winner {
  value: string;
  line: number;
  selector: string;
  /** Cascade rank among the element's winners: a higher rank was applied later (shorthand/longhand order). */
  order: number;
}

export interface Candidate {
  decl: CssDeclaration;
  selector: string;
  media: readonly string[];
}

interface Indexed {
  selector: CompiledSelector;
  rule: CssRule;
}

/**
 * Style rules indexed by the subject compound's most selective key. Matching does not depend on the media context,
 * so an element's matched declarations are computed once and filtered per context.
 */
export class RuleIndex {
  private readonly byKey = new Map<string, Indexed[]>();
  private readonly resting = new WeakMap<HtmlElement, Candidate[]>();

  constructor(rules: readonly CssRule[]) {
    for (const rule of rules) {
      if (rule.unmodelled) continue;
      for (const selector of rule.selectors) {
        if (selector.pseudoElement) continue;
        const key = subjectKey(selector);
        let list = this.byKey.get(key);
        if (!list) this.byKey.set(key, (list = []));
        list.push({ selector, rule });
      }
    }
  }

  /** Matching declarations in cascade order (lowest priority first), for every media context at once. */
  candidates(e: HtmlElement, state: InteractionState): Candidate[] {
    const cacheable = state === RESTING;
    if (cacheable) {
      const hit = this.resting.get(e);
      if (hit) return hit;
    }
    const keys = ['*', e.tag];
    for (const c of e.classes) keys.push(`.${c}`);
    if (e.id !== undefined) keys.push(`#${e.id}`);
    const matched: { c: Candidate; specificity: readonly number[] }[] = [];
    const seen = new Set<CompiledSelector>();
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) continue;
      for (const { selector, rule } of list) {
        if (seen.has(selector)) continue;
        seen.add(selector);
        if (!selectorMatches(selector, e, state)) continue;
        for (const decl of rule.declarations) matched.push({ c: { decl, selector: selector.text, media: rule.media }, specificity: selector.specificity });
      }
    }
    matched.sort(
      (x, y) =>
        Number(x.c.decl.important) - Number(y.c.decl.important) ||
        compareSpecificity(x.specificity, y.specificity) ||
        x.c.decl.order - y.c.decl.order,
    );
    const out = matched.map((m) => m.c);
    if (cacheable) this.resting.set(e, out);
    return out;
  }
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

/** Media query results for one context, memoised: a sheet repeats a handful of conditions. */
export class MediaFilter {
  private readonly memo = new Map<string, boolean>();
  constructor(readonly ctx: MediaContext) {}

  applies(media: readonly string[]): boolean {
    for (const m of media) {
      let hit = this.memo.get(m);
      if (hit === undefined) this.memo.set(m, (hit = mediaMatches(m, this.ctx)));
      if (!hit) return false;
    }
    return true;
  }
}

/** The winning declaration per property: the last applicable candidate in cascade order. */
export function winningDeclarations(candidates: readonly Candidate[], media: MediaFilter): Map<string, Winner> {
  const won = new Map<string, Winner>();
  candidates.forEach((c, rank) => {
    if (c.media.length > 0 && !media.applies(c.media)) return;
    won.set(c.decl.property, { value: c.decl.value, line: c.decl.line, selector: c.selector, order: rank });
  });
  return won;
}
