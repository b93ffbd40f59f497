// The cascade: which declarations match an element (computed once), and which win in a given media context.
import type { CompiledSelector, CssDeclaration, CssRule } from './css-model.js';
import { compareSpecificity } from './css-model.js';
import type { HtmlElement } from './html-tree.js';
import { mediaMatches, type MediaContext } from './media.js';
import { matchesIn, RESTING, type InteractionState } from './selector-match.js';

/** Where a computed value came from: the winning declaration (its selector, line and text before var()). */
export interface Source {
  selector: string;
  line: number;
  /** The declared text before var() substitution. */
  declared: string;
}

/** A declaration that won, with the selector that brought it (for messages). */
export interface Winner {
  value: string;
  line: number;
  selector: string;
  /** Cascade rank among the element's winners: a higher rank was applied later (shorthand/longhand order). */
  order: number;
  /** The same declaration as a Source, made once with the winner. */
  source: Source;
}

export interface Candidate {
  decl: CssDeclaration;
  selector: string;
  media: readonly string[];
}

/** A candidate with its place in the sheet's cascade order: equal ranks are equal in importance, specificity and order. */
interface Ranked {
  c: Candidate;
  rank: number;
  /** Which entry of the index it is, for naming a list by its entries. */
  id: number;
}

interface Indexed {
  selector: CompiledSelector;
  /** The rule's declarations the index keeps, each with its cascade rank, made once per index. */
  entries: Ranked[];
  /** Uses :hover, :focus and the like, so whether it matches depends on the interaction state. */
  stateful: boolean;
}

/** What a candidate list needs per media context: the distinct media lists it holds, and its winners per outcome. */
interface ListMedia {
  medias: (readonly string[])[];
  won: Map<number | string, Map<string, Winner>>;
}

/** Winners of an element with no declaration (the synthetic document root). */
const NONE: ReadonlyMap<string, Winner> = new Map();

/**
 * Style rules indexed by the subject compound's most selective key. Matching does not depend on the media context,
 * so an element's matched declarations are computed once and filtered per context. `keep` says which declarations
 * the caller reads: the others are left out of every list (a rule with none of them is never matched), which
 * changes no winner of a kept property and keeps the relative order of the kept ones.
 */
export class RuleIndex {
  private readonly byTag = new Map<string, Indexed[]>();
  private readonly byClass = new Map<string, Indexed[]>();
  private readonly byId = new Map<string, Indexed[]>();
  private readonly universal: Indexed[] = [];
  private readonly stateless = new WeakMap<HtmlElement, { matched: Ranked[]; stateful: Indexed[] }>();
  private readonly resting = new WeakMap<HtmlElement, { list: Candidate[]; hits: Indexed[]; pool: number }>();
  /** Lists in a hover or focus state, per element and per (state element, kind): the same in every media context. */
  private readonly inStates = new WeakMap<HtmlElement, Map<HtmlElement | undefined, Map<string, Candidate[]>>>();
  private readonly media = new WeakMap<readonly Candidate[], ListMedia>();
  /** Every distinct candidate list, by its entries: elements matching the same declarations share one list. */
  private readonly lists = new Map<string, Candidate[]>();

  constructor(rules: readonly CssRule[], keep: (property: string) => boolean = () => true) {
    const all: { ranked: Ranked; specificity: readonly number[] }[] = [];
    for (const rule of rules) {
      if (rule.unmodelled) continue;
      const decls = rule.declarations.filter((d) => keep(d.property));
      if (decls.length === 0) continue;
      for (const selector of rule.selectors) {
        if (selector.pseudoElement || selector.match === undefined) continue;
        const entries: Ranked[] = [];
        for (const decl of decls) {
          const ranked: Ranked = { c: { decl, selector: selector.text, media: rule.media }, rank: 0, id: all.length };
          entries.push(ranked);
          all.push({ ranked, specificity: selector.specificity });
        }
        const key = selector.key;
        const map = key === '*' ? undefined : key.startsWith('#') ? this.byId : key.startsWith('.') ? this.byClass : this.byTag;
        let list: Indexed[] | undefined;
        if (!map) list = this.universal;
        else {
          const name = map === this.byTag ? key : key.slice(1);
          list = map.get(name);
          if (!list) map.set(name, (list = []));
        }
        list.push({ selector, entries, stateful: selector.stateful });
      }
    }
    rankAll(all);
  }

  /** The index lists an element's keys reach: every universal rule, its tag's, its classes' and its id's. */
  private listsOf(e: HtmlElement): Indexed[][] {
    const lists: Indexed[][] = [this.universal];
    const byTag = this.byTag.get(e.tag);
    if (byTag) lists.push(byTag);
    for (const c of e.classes) {
      const list = this.byClass.get(c);
      if (list) lists.push(list);
    }
    if (e.id !== undefined) {
      const list = this.byId.get(e.id);
      if (list) lists.push(list);
    }
    return lists;
  }

  /** Selectors without interaction states are matched once per element; the others are kept to match per state. */
  private split(e: HtmlElement): { matched: Ranked[]; stateful: Indexed[] } {
    const hit = this.stateless.get(e);
    if (hit) return hit;
    const matched: Ranked[] = [];
    const stateful: Indexed[] = [];
    // Each rule's selector sits under one key, so no item is met twice.
    for (const list of this.listsOf(e)) {
      for (const item of list) {
        if (item.stateful) stateful.push(item);
        else if (matches(item, e, RESTING)) for (const entry of item.entries) matched.push(entry);
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
    if (state === RESTING) return this.compute(e, state, undefined);
    let byElement = this.inStates.get(e);
    if (!byElement) this.inStates.set(e, (byElement = new Map()));
    let byKind = byElement.get(state.element);
    if (!byKind) byElement.set(state.element, (byKind = new Map()));
    const kind = state.kind ?? '';
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = this.compute(e, state, rest)));
    return list;
  }

  private compute(e: HtmlElement, state: InteractionState, known: { list: Candidate[]; hits: Indexed[] } | undefined): Candidate[] {
    const { matched, stateful } = this.split(e);
    const hits = stateful.filter((item) => matches(item, e, state));
    const rest = known ?? (state === RESTING ? undefined : this.restingOf(e));
    if (rest && state !== RESTING) {
      const restingHits = rest.hits;
      if (hits.length === restingHits.length && hits.every((h, i) => h === restingHits[i])) return rest.list;
    }
    const all = matched.slice();
    for (const item of hits) for (const entry of item.entries) all.push(entry);
    // Stable: equal ranks keep the order they were found in.
    all.sort((x, y) => x.rank - y.rank);
    // One list per distinct content, so what is derived from a list (winners, their plan) is derived once.
    let name = '';
    for (const m of all) name += `${m.id},`;
    let list = this.lists.get(name);
    if (!list) this.lists.set(name, (list = all.map((m) => m.c)));
    if (state === RESTING) this.resting.set(e, { list, hits, pool: stateful.length });
    return list;
  }

  private restingOf(e: HtmlElement): { list: Candidate[]; hits: Indexed[] } {
    this.candidates(e, RESTING);
    return this.resting.get(e) as { list: Candidate[]; hits: Indexed[] };
  }

  /**
   * The winning declaration per property of `candidates` in `media`'s context (the last applicable one in cascade
   * order), remembered per list and per outcome of the media queries it holds: a list whose queries all come out
   * the same in two contexts has the same winners (the same Map) in both.
   */
  winners(candidates: readonly Candidate[] | undefined, media: MediaFilter): ReadonlyMap<string, Winner> {
    if (candidates === undefined) return NONE;
    let info = this.media.get(candidates);
    if (!info) {
      const medias: (readonly string[])[] = [];
      for (const c of candidates) if (c.media.length > 0 && !medias.includes(c.media)) medias.push(c.media);
      info = { medias, won: new Map() };
      this.media.set(candidates, info);
    }
    let key: number | string = 0;
    if (info.medias.length <= 30) {
      for (let i = 0; i < info.medias.length; i++) if (media.applies(info.medias[i] as readonly string[])) key |= 1 << i;
    } else key = info.medias.map((m) => (media.applies(m) ? '1' : '0')).join('');
    let won = info.won.get(key);
    if (!won) info.won.set(key, (won = winningDeclarations(candidates, media)));
    return won;
  }
}

/** Above these a packed rank would not fit a double's 53 bits: the ranks are then counted out by a sort. */
const SPECIFICITY_LIMIT = 1024;
const ORDER_LIMIT = 2 ** 20;

/**
 * Gives each entry its place in cascade order (lowest priority first): importance, then specificity, then source
 * order, packed into one number, so equal ranks are exactly ties. A stable sort of an element's candidates by rank
 * then keeps ties in the order they were found, as a sort by the fields would.
 */
function rankAll(all: { ranked: Ranked; specificity: readonly number[] }[]): void {
  const packable = all.every(({ ranked, specificity }) => ranked.c.decl.order >= 0 && ranked.c.decl.order < ORDER_LIMIT && specificity.every((n) => Number.isInteger(n) && n >= 0 && n < SPECIFICITY_LIMIT));
  if (packable) {
    for (const { ranked, specificity } of all) {
      const [a = 0, b = 0, c = 0] = specificity;
      ranked.rank = (((Number(ranked.c.decl.important) * SPECIFICITY_LIMIT + a) * SPECIFICITY_LIMIT + b) * SPECIFICITY_LIMIT + c) * ORDER_LIMIT + ranked.c.decl.order;
    }
    return;
  }
  const byCascade = (x: (typeof all)[number], y: (typeof all)[number]) =>
    Number(x.ranked.c.decl.important) - Number(y.ranked.c.decl.important) || compareSpecificity(x.specificity, y.specificity) || x.ranked.c.decl.order - y.ranked.c.decl.order;
  const sorted = [...all].sort(byCascade);
  let rank = 0;
  sorted.forEach((item, i) => {
    if (i > 0 && byCascade(sorted[i - 1] as (typeof all)[number], item) !== 0) rank++;
    item.ranked.rank = rank;
  });
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
    const d = c.decl;
    won.set(d.property, { value: d.value, line: d.line, selector: c.selector, order: rank, source: { selector: c.selector, line: d.line, declared: d.value } });
  });
  return won;
}
