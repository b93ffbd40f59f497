// Copy for a section: category blocks over shared defaults down the category tree, `{name}` substituted, calls to
// action resolved to sections on the page, checked for completeness.
import type { CopyBlock, SiteCopy } from '../shared/types.js';
import type { PartialCopyBlock, RuleSet } from './ruleSet.js';
import { lineageOf } from './tree.js';
import { seedFor, type Seed } from '../shared/hash.js';
import { possessive } from '../shared/format.js';

/** The namespace of the seed that picks among a block's `titles` for a domain (a new one would re-deal them all). */
export const COPY_SEED_NAMESPACE = 'wdm-design/copy/1';

/** Sections that present a list; they need 3 to 6 items. The others (hero, about, cta, contact) need none. */
export const LIST_SECTIONS: ReadonlySet<string> = new Set([
  'services', 'features', 'process', 'stats', 'testimonials', 'gallery', 'menu', 'pricing', 'team', 'faq', 'listings', 'schedule', 'products', 'articles',
]);

/** Sections that are no stop in the navigation: the hero is the top of the page, the cta a band between sections. */
export const UNLISTED_SECTIONS: ReadonlySet<string> = new Set(['hero', 'cta']);

/** The calls to action that are links to a section (the contact section's action submits its form instead). */
export const ACTIONS = [
  { section: 'hero', label: 'action', target: 'actionTarget', fallback: 'actionFallback', optional: false },
  // The hero's second button is a way further into the page: where the facts leave none of its sections (a bare page
  // of hero and contact), the hero has one button. The layout with every fact given must still have one.
  { section: 'hero', label: 'secondaryAction', target: 'secondaryActionTarget', fallback: 'secondaryActionFallback', optional: true },
  { section: 'cta', label: 'action', target: 'actionTarget', fallback: 'actionFallback', optional: false },
] as const;

/** The only placeholder copy may use. */
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Defaults, then the family's fields, then each category below it down to this one: a field set lower wins; lists
 * are replaced, not appended. `placed: false` is the block for a business that gave no address: its
 * `withoutAddress` lines laid over it.
 */
export function copyBlockFor(rules: RuleSet, category: string, section: string, placed = true): PartialCopyBlock | undefined {
  let block: PartialCopyBlock | undefined = own(rules.copy.defaults, section);
  for (const id of lineageOf(rules, category)) {
    const over = own(own(rules.copy.categories, id), section);
    if (!over) continue;
    const inherited = block?.withoutAddress;
    block = { ...block, ...over };
    // Field by field, like the block: the category's own replacements over what is left of its family's.
    const kept = inherited === undefined ? undefined : withoutWhatOverWrites(inherited, over);
    const unplaced = kept === undefined ? over.withoutAddress : { ...kept, ...over.withoutAddress };
    if (unplaced === undefined) delete block.withoutAddress;
    else block.withoutAddress = unplaced;
    dropWhatOverReplaced(block, over);
  }
  if (placed || block?.withoutAddress === undefined) return block;
  const { withoutAddress: unplaced, ...rest } = block;
  const out: PartialCopyBlock = { ...rest, ...unplaced };
  dropWhatOverReplaced(out, unplaced);
  return out;
}

/** Which of a block's lines a business without an address takes instead (see `withoutAddress` in ruleSchema.ts). */
type Unplaced = NonNullable<PartialCopyBlock['withoutAddress']>;

/**
 * An inherited `withoutAddress` once a category below has written some of the same lines itself: those lines are the
 * category's own, for every site, so the family's replacements for them go (a guide with the lead it follows); the
 * category's own `withoutAddress` is laid over what is left.
 */
function withoutWhatOverWrites(unplaced: Unplaced, over: PartialCopyBlock): Unplaced | undefined {
  const kept: Unplaced = { ...unplaced };
  for (const key of Object.keys(kept) as (keyof Unplaced)[]) if (over[key] !== undefined) delete kept[key];
  if (over.lead !== undefined) delete kept.guide;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * What a block's alternatives and guide stand beside, once `over` has been laid on it (by a subcategory over its
 * family, or by a later rules file over an earlier one): a guide belongs to the lead it follows, other titles to the
 * title, other leads to the lead. An `over` that writes its own title or lead without them drops those from before,
 * so a pizzeria's headline drops the restaurant's others, and a project's café headline is the one every site shows.
 */
export function dropWhatOverReplaced(block: PartialCopyBlock, over: PartialCopyBlock): void {
  if (over.lead !== undefined && over.guide === undefined) delete block.guide;
  if (over.title !== undefined && over.titles === undefined) delete block.titles;
  if (over.lead !== undefined && over.leads === undefined) delete block.leads;
}

/** The sentence of a block's guide for a page with these sections: the first whose needs are all there, else ''. */
export function guideFor(block: PartialCopyBlock, sections: readonly string[]): string {
  return (block.guide ?? []).find((g) => g.needs.every((id) => sections.includes(id)))?.text ?? '';
}

/** Words in a lead that promise what is further down the page: they belong in `guide`, with the sections they need. */
export const POINTS_DOWN = /\b(?:below|further down|on this page)\b/i;

/** An own property of a map keyed by ids that users write, or undefined (never Object.prototype's). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** What is missing or wrong in a merged block, in words (empty when it is complete). */
export function copyProblems(section: string, block: PartialCopyBlock | undefined): string[] {
  if (!block) return ['no copy (neither copy.defaults nor the category has this section)'];
  const problems: string[] = [];
  if (block.title === undefined) problems.push('no "title"');
  if (block.lead === undefined) problems.push('no "lead"');
  const items = block.items?.length ?? 0;
  // An item shown only where the domain names it (`onlyNamed`) does not count towards the three every page needs.
  const always = block.items?.filter((item) => item.onlyNamed !== true).length ?? 0;
  if (LIST_SECTIONS.has(section) && (always < 3 || items > 6)) problems.push(always === items ? `${items} items, expected 3 to 6` : `${always} items on every page and ${items - always} only where named, expected 3 to 6 in all and 3 on every page`);
  for (const item of block.items ?? []) {
    if (item.onlyNamed === true && (item.namedBy?.length ?? 0) === 0) problems.push(`the item "${item.title}" shown "onlyNamed" with no "namedBy" (the words of a domain that name it)`);
  }
  if ((section === 'hero' || section === 'contact') && block.action === undefined) problems.push('no "action"');
  if (!UNLISTED_SECTIONS.has(section) && block.nav === undefined) problems.push('no "nav" (its label in the navigation)');
  for (const action of ACTIONS) {
    if (action.section !== section || block[action.label] === undefined) continue;
    if (block[action.target] === undefined) problems.push(`"${action.label}" without "${action.target}" (the section it leads to)`);
  }
  return problems;
}

/**
 * A call to action resolved for one page: the label and the section it leads to; none, where each section it may
 * lead to is where the button before it leads (`repeats`); or why it leads nowhere (`missing`: a rules error, or for
 * an `optional` button on a page the facts have thinned, no button).
 */
export type ResolvedAction = { label: string; target: string } | { repeats: true } | { missing: string };

/**
 * The section a call to action leads to on a page with these sections: its target, else the first of its fallbacks
 * on the page (with that fallback's label, so the label still names where it goes), else a reason. Never a section
 * the page lacks.
 */
export function resolveAction(block: PartialCopyBlock, action: (typeof ACTIONS)[number], sections: readonly string[], taken?: ResolvedAction): ResolvedAction | undefined {
  const label = block[action.label];
  if (label === undefined) return undefined;
  const target = block[action.target];
  if (target === undefined) return { missing: `"${action.label}" names no "${action.target}"` };
  const fallbacks = [block[action.fallback] ?? []].flat();
  // A second button beside one that already leads there (same section or same words) would only repeat it: the
  // next choice is taken, and when every choice repeats the first button, there is no second one.
  const repeats = (l: string, t: string): boolean => taken !== undefined && 'target' in taken && (taken.target === t || taken.label === l);
  const choices = [{ label, target }, ...fallbacks].filter((c) => sections.includes(c.target));
  const chosen = choices.find((c) => !repeats(c.label, c.target));
  if (chosen) return { label: chosen.label, target: chosen.target };
  if (choices.length > 0) return { repeats: true };
  const named = fallbacks.map((f) => `"${f.target}"`).join(' or ');
  const why = fallbacks.length > 0 ? `neither "${target}" nor its fallback ${named} is on the page` : `"${target}" is not on the page, and no "${action.fallback}" is given`;
  return { missing: `"${label}" leads nowhere: ${why}` };
}

/** Replace `{name}` everywhere in a block, and resolve its calls to action against the page's sections. */
function substitute(section: string, block: PartialCopyBlock, name: string, sections: readonly string[], words: ReadonlySet<string>, seed: Seed): CopyBlock {
  const fill = (text: string): string => substituteName(text, name);
  const titles = block.titles === undefined || block.title === undefined ? undefined : [block.title, ...block.titles];
  const leads = block.leads === undefined || block.lead === undefined ? undefined : [block.lead, ...block.leads];
  const out: CopyBlock = {
    title: fill(titles === undefined ? (block.title ?? '') : seed.pick(`${section}.title`, titles)),
    lead: fill(withGuide(leads === undefined ? (block.lead ?? '') : pickLead(section, leads, name, seed), guideFor(block, sections))),
    items: itemsNamed(block.items ?? [], words).map((item) => ({ title: fill(item.title), text: fill(item.text) })),
  };
  if (block.nav !== undefined && !UNLISTED_SECTIONS.has(section)) out.nav = fill(block.nav);
  if (block.action !== undefined) out.action = fill(block.action);
  if (block.secondaryAction !== undefined) out.secondaryAction = fill(block.secondaryAction);
  // The hero's second button is resolved after its first, so the two never lead to the same place.
  let first: ResolvedAction | undefined;
  for (const action of ACTIONS) {
    if (action.section !== section) continue;
    const resolved = resolveAction(block, action, sections, first);
    if (resolved === undefined) continue;
    if ('missing' in resolved && !action.optional) throw new Error(`siteCopyFor: ${section}: ${resolved.missing}; validation should have caught it`);
    if ('missing' in resolved || 'repeats' in resolved) {
      delete out[action.label];
      continue;
    }
    out[action.label] = fill(resolved.label);
    out[action.target] = resolved.target;
    first ??= resolved;
  }
  if (block.sample === true) out.sample = true;
  return out;
}

/**
 * One of a block's leads for this name. A lead that says again what the name already says ("Ashford Motorcycles
 * works with motorcycles.", "Lotus Pilates teaches Pilates.") reads as filler; where the domain's pick does and
 * another lead does not, the pick is made again among those that do not (so a name that echoes none keeps its pick).
 */
function pickLead(section: string, leads: readonly string[], name: string, seed: Seed): string {
  const first = seed.pick(`${section}.lead`, leads);
  const stems = nameStems(name);
  if (stems.size === 0 || !echoesName(first, stems)) return first;
  const plain = leads.filter((lead) => !echoesName(lead, stems));
  return plain.length === 0 ? first : seed.pick(`${section}.lead.plain`, plain);
}

/** A word as compared for an echo: lower case, a plural "s" or a trade's "-ing" off ("cleaning" is "clean"). */
function stemOf(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 6 && w.endsWith('ing')) return w.slice(0, -3);
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

const WORD = /\p{L}+/gu;

/** Three-letter words of names that name no trade (a gym, a spa, a pub, a vet do). */
const NAME_FILLERS = new Set(['the', 'and', 'for', 'our', 'its', 'you', 'all', 'new', 'old', 'top', 'big', 'one', 'two', 'co']);

/** The stems of a name's words of three letters or more (the words a lead could repeat: "City Fit Gym is a gym."). */
function nameStems(name: string): Set<string> {
  return new Set([...name.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 3 && !NAME_FILLERS.has(w.toLowerCase())).map(stemOf));
}

/** Words that say nothing of the trade: a lead made of these and the name's own words is filler. */
const EMPTY_WORDS = new Set(['with', 'from', 'that', 'this', 'them', 'they', 'their', 'your', 'what', 'when', 'where', 'business', 'works', 'work', 'offers', 'provides', 'sells', 'teaches', 'runs', 'makes', 'somewhere', 'place']);

/**
 * Whether a lead, the name itself aside, repeats a word of the name and says little else: fewer than three words of
 * four letters or more that are neither the name's nor empty ("works with motorcycles", "is a roofing business"),
 * where "is a bakery for bread, pastries and cakes" still says what the name does not.
 */
export function echoesName(lead: string, stems: ReadonlySet<string>): boolean {
  let echo = false;
  let told = 0;
  for (const m of lead.replaceAll('{name}', ' ').matchAll(WORD)) {
    const stem = stemOf(m[0]);
    if (stems.has(stem)) echo = true;
    else if (m[0].length >= 4 && !EMPTY_WORDS.has(stem) && !EMPTY_WORDS.has(m[0].toLowerCase())) told += 1;
  }
  return echo && told < 3;
}

/** A lead and the guide sentence that fits the page, one space apart. */
function withGuide(lead: string, guide: string): string {
  if (guide === '') return lead;
  return lead === '' ? guide : `${lead} ${guide}`;
}

/**
 * A list's items for a domain with these words: where the domain names some of the options (items with `namedBy`),
 * the options it does not name are left out; items that are no option (`namedBy` absent) always stay. A domain that
 * names none of them, or all, keeps the whole list. An item `onlyNamed` is no option among the others: it is shown
 * only where the domain names it (a heating engineer's duct cleaning, for airductcleaning.com alone), and leaves the
 * rest as they are.
 */
export function itemsNamed<T extends { namedBy?: readonly string[] | undefined; onlyNamed?: boolean | undefined }>(items: readonly T[], words: ReadonlySet<string>): readonly T[] {
  const names = (item: T): boolean => item.namedBy?.some((w) => words.has(w)) === true;
  const shown = items.filter((item) => item.onlyNamed !== true || names(item));
  const options = shown.filter((item) => item.onlyNamed !== true && (item.namedBy?.length ?? 0) > 0);
  const named = options.filter(names);
  if (named.length === 0 || named.length === options.length) return shown;
  return shown.filter((item) => item.onlyNamed === true || (item.namedBy?.length ?? 0) === 0 || named.includes(item));
}

/**
 * Copy for every section of a layout. Validation guarantees each block is complete and every action resolves.
 * `words`: the domain's words, which may name the one option among a list's items (`namedBy`); `domain` picks among a
 * block's `titles`; `placed`: whether the business gave its address (else blocks take their `withoutAddress` lines).
 */
export function siteCopyFor(
  rules: RuleSet,
  category: string,
  sections: readonly string[],
  name: string,
  words: readonly string[],
  domain: string,
  placed: boolean,
): SiteCopy {
  const copy: SiteCopy = {};
  const domainWords = new Set(words);
  const seed = seedFor(COPY_SEED_NAMESPACE, domain);
  for (const section of sections) {
    const block = copyBlockFor(rules, category, section, placed);
    if (!block) throw new Error(`siteCopyFor: no copy for ${category}.${section}; validation should have caught it`);
    copy[section] = substitute(section, block, name, sections, domainWords, seed);
  }
  return copy;
}

/** Placeholders other than `{name}` in a text. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).filter((p) => p !== '{name}');
}


const NAME_OR_PLACEHOLDER = /\{name\}(['\u2019]s\b)|\{([^{}]*)\}/g;

export function substituteName(text: string, name: string): string {
  // A name that ends a sentence with its own full stop ("Jones & Co.") takes no second one: "Hello from Jones & Co."
  const source = name.endsWith('.') ? text.replaceAll('{name}.', '{name}') : text;
  // "{name}'s" is the name's possessive, written by the rule above; one pass, so nothing put in is read again.
  return source.replace(NAME_OR_PLACEHOLDER, (whole, owned: string | undefined, key: string | undefined) => {
    if (owned !== undefined) return possessive(name);
    return key === 'name' ? name : whole;
  });
}
