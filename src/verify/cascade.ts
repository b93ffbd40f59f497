// The cascade: which declarations match an element (computed once), and which win in a given media context.
import type { CompiledSelector, CssDeclaration, CssRule } from './css-model.js';
import { compareSpecificity } from './css-model.js';
import type { HtmlElement } from './html-tree.js';
import { mediaMatches, type MediaContext } from './media.js';
import { matchesIn, RESTING, type InteractionState } from './selector-match.js';

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
  /** Uses :hover, :focus and the like, so whether it matches depends on the interaction state. */
  stateful: boolean;
}

/**
 * Style rules indexed by the subject compound's most selective key. Matching does not depend on the media context,
 * so an element's matched declarations are computed once and filtered per context.
 */
export class RuleIndex {
  private readonly byKey = new Map<string, Indexed[]>();
  private readonly stateless = new WeakMap<HtmlElement, { matched: Matched[]; stateful: Indexed[] }>();
  private readonly resting = new WeakMap<HtmlElement, { list: Candidate[]; hits: Indexed[]; pool: number }>();

  constructor(rules: readonly CssRule[]) {
    for (const rule of rules) {
      if (rule.unmodelled) continue;
      for (const selector of rule.selectors) {
        if (selector.pseudoElement || selector.match === undefined) continue;
        let list = this.byKey.get(selector.key);
        if (!list) this.byKey.set(selector.key, (list = []));
        list.push({ selector, rule, stateful: selector.stateful });
      }
    }
  }

  /** Selectors without interaction states are matched once per element; the others are kept to match per state. */
  private split(e: HtmlElement): { matched: Matched[]; stateful: Indexed[] } {
    const hit = this.stateless.get(e);
    if (hit) return hit;
    const keys = ['*', e.tag];
    for (const c of e.classes) keys.push(`.${c}`);
    if (e.id !== undefined) keys.push(`#${e.id}`);
    const matched: Matched[] = [];
    const stateful: Indexed[] = [];
    // Each rule's selector sits under one key, so no item is met twice.
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) continue;
      for (const item of list) {
        if (item.stateful) stateful.push(item);
        else if (matches(item, e, RESTING)) addDeclarations(matched, item);
      }
    }
    const out = { matched, stateful };
    this.stateless.set(e, out);
    return out;
  }

  /**
   * Matching declarations in cascade order (lowest priority first), for every media context at once. In a hover
   * or focus state, the resting list itself is returned when the state changes no match, so callers can reuse
   * what they computed from it.
   */
  candidates(e: HtmlElement, state: InteractionState): Candidate[] {
    const rest = this.resting.get(e);
    if (rest && (state === RESTING || rest.pool === 0)) return rest.list;
    const { matched, stateful } = this.split(e);
    const hits = stateful.filter((item) => matches(item, e, state));
    if (rest && state !== RESTING) {
      const restingHits = rest.hits;
      if (hits.length === restingHits.length && hits.every((h, i) => h === restingHits[i])) return rest.list;
    }
    const all = [...matched];
    for (const item of hits) addDeclarations(all, item);
    all.sort(
      (x, y) =>
        Number(x.c.decl.important) - Number(y.c.decl.important) ||
        compareSpecificity(x.specificity, y.specificity) ||
        x.c.decl.order - y.c.decl.order,
    );
    const list = all.map((m) => m.c);
    if (state === RESTING) this.resting.set(e, { list, hits, pool: stateful.length });
    else if (!rest) {
      // Make sure the resting entry exists so the next state query can compare against it.
      this.candidates(e, RESTING);
    }
    return list;
  }
}

interface Matched {
  c: Candidate;
  specificity: readonly number[];
}

function addDeclarations(into: Matched[], item: Indexed): void {
  for (const decl of item.rule.declarations) into.push({ c: { decl, selector: item.selector.text, media: item.rule.media }, specificity: item.selector.specificity });
}

function matches(item: Indexed, e: HtmlElement, state: InteractionState): boolean {
  return item.selector.match !== undefined && matchesIn(item.selector.match, e, state);
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
