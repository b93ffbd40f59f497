// Which category a domain belongs to: keywords in its words, then TLD hints, else the default category.
import { WdmError } from '../shared/errors.js';
import { suggestion } from './didYouMean.js';
import { domainParts } from './domainParts.js';
import { keywordIndex, stemsOf } from './keywords.js';
import { DEFAULT_CATEGORY } from './references.js';
import type { RuleSet } from './ruleSet.js';
import { categoryChoices, childrenOf, familyOf, lineageOf } from './tree.js';
import { splitLabels, type LabelSplit } from './displayName.js';

export interface Inference {
  category: string;
  source: 'given' | 'inferred' | 'default';
  /** The site's label split into words (its own subdomain label first, when it has one, then the registrable label). */
  words: string[];
  /** Words (and `.tld`) that decided an inferred category's family: every word that counts for it or below it. */
  inferredFrom: string[];
  /** Words (and `.tld`) that chose each step below the family, family's child first (empty at a family). */
  refinedBy: { category: string; from: string[] }[];
  /** The category the batch gave, when the name narrowed it to one below (`retail` for The Wine Cellar's wine-shop). */
  given?: string;
}

/** A keyword in the name outweighs a weak TLD hint and loses to a strong one unless two words agree. */
export const KEYWORD_SCORE = 10;
export const GENERIC_SCORE = 4;
export const TLD_SCORE = { strong: 15, weak: 3 } as const;
// Later words win ties: in English compounds the last noun names the trade ("oak barrel bakery").
const POSITION_BONUS = 0.01;

interface Score {
  score: number;
  from: string[];
}

/**
 * The family with the most evidence, then, step by step, its child with the most evidence of its own, down to the
 * most specific category any word names. A keyword of a subcategory also counts for every ancestor, so
 * "landscaping" decides the family home-services and then the subcategory landscaping.
 */
export function inferCategory(domain: string, rules: RuleSet, given?: string, split: LabelSplit = splitLabels(domain, rules)): Inference {
  const { tld } = domainParts(domain);
  const index = keywordIndex(rules);
  // On a country's domains some keywords name another trade (lexicon.regional: "nursery" in .com.au is plants).
  const country = tld.slice(tld.lastIndexOf('.') + 1);
  const regional = Object.hasOwn(rules.lexicon.regional, country) ? rules.lexicon.regional[country] : undefined;
  const categoryOf = (keyword: string): string | undefined =>
    regional !== undefined && Object.hasOwn(regional, keyword) ? regional[keyword] : Object.hasOwn(rules.lexicon.keywords, keyword) ? rules.lexicon.keywords[keyword] : undefined;
  const words = [...split.words];
  if (given !== undefined && !Object.hasOwn(rules.categories, given)) throw unknownCategory(domain, given, rules);
  const scores = new Map<string, Score>();
  // Whether a word names a trade filed under the default category (a funeral home): that is a trade, not a form of
  // business, so the default family competes like any other.
  let defaultTrade = false;
  const credit = (category: string, score: number, from: string): void => {
    if (category !== DEFAULT_CATEGORY && familyOf(rules, category) === DEFAULT_CATEGORY) defaultTrade = true;
    for (const id of lineageOf(rules, category)) {
      const entry = scores.get(id) ?? { score: 0, from: [] };
      entry.score += score;
      if (!entry.from.includes(from)) entry.from.push(from);
      scores.set(id, entry);
    }
  };
  // Phrases name a trade more exactly than their words ("dog training", "family law"), and the words of a phrase
  // speak only through it: "dry cleaners" is a laundry, not also a house cleaner; "kitchen fitters" fit kitchens and
  // cook nothing; "swimming lessons" are no music lessons. Only phrases whose first word is at a position can match
  // there (the index by first word); the matches are credited after the words, in the order of the phrase list, then
  // position, as a scan of every phrase at every position would.
  const { byFirst } = phrasesOf(rules);
  const matched: { order: number; at: number; phrase: Phrase }[] = [];
  words.forEach((word, i) => {
    for (const phrase of byFirst.get(word) ?? []) {
      const { parts } = phrase;
      if (i + parts.length > words.length) continue;
      const last = words[i + parts.length - 1] ?? '';
      const lastPart = parts[parts.length - 1] ?? '';
      let matches = lastPart === last || stemsOf(last).includes(lastPart);
      for (let j = 1; matches && j < parts.length - 1; j++) matches = parts[j] === words[i + j];
      if (matches) matched.push({ order: phrase.order, at: i, phrase });
    }
  });
  matched.sort((a, b) => a.order - b.order || a.at - b.at);
  const covered = new Set<number>();
  for (const { at, phrase } of matched) {
    if (rules.lexicon.keywords[phrase.text] !== undefined) for (let j = at; j < at + phrase.parts.length; j++) covered.add(j);
  }
  words.forEach((word, i) => {
    if (covered.has(i)) return;
    // A coined word speaks through its stem when it is no keyword itself ("ledgerly" → ledger).
    const stem = split.stems.get(word);
    const keyword = index.keywordFor(word) ?? (stem === undefined ? undefined : index.keywordFor(stem));
    const category = keyword === undefined ? undefined : categoryOf(keyword);
    if (keyword === undefined || category === undefined) return;
    const score = rules.lexicon.generic.includes(keyword) ? GENERIC_SCORE : KEYWORD_SCORE;
    credit(category, score + i * POSITION_BONUS, word);
  });
  for (const { at, phrase } of matched) {
    const category = categoryOf(phrase.text);
    if (category !== undefined) credit(category, KEYWORD_SCORE + (at + phrase.parts.length - 1) * POSITION_BONUS, words.slice(at, at + phrase.parts.length).join(' '));
  }
  const hint = Object.hasOwn(rules.lexicon.tlds, tld) ? rules.lexicon.tlds[tld] : undefined;
  if (hint) credit(hint.category, TLD_SCORE[hint.strength], `.${tld}`);

  // A given category stands; the name only narrows it to a category below it, the way an inferred family is narrowed
  // ("retail" given for The Wine Cellar is its wine shop, "medical" for Oakwood Care Home its care home). Nothing the
  // name says moves a site out of the category it was given.
  if (given !== undefined) {
    // Only the name's words narrow it: a TLD hint alone (.io) says too little about a business that named its trade.
    const refinedBy: Inference['refinedBy'] = [];
    for (const step of refineFrom(given, scores, rules, undefined)) {
      if (step.from.every((from) => from.startsWith('.'))) break;
      refinedBy.push(step);
    }
    const category = refinedBy[refinedBy.length - 1]?.category ?? given;
    if (category === given) return { category, source: 'given', words, inferredFrom: [], refinedBy: [] };
    const narrowedBy = [...new Set(refinedBy.flatMap((step) => step.from))];
    return { category, source: 'given', words, inferredFrom: narrowedBy, refinedBy, given };
  }

  const families = familiesOf(rules);
  // The default category's own words are forms of business ("co", "group", "hq"): they decide only when no word names
  // a trade, never against one ("maple fit co" is fitness, "acme group" general). A trade filed under it (a funeral
  // home) competes like any other ("evergreen funeral home" is a funeral home, not home services).
  const scored = families.map((id): [string, Score | undefined] => [id, scores.get(id)]);
  const trades = scored.filter(([id, score]) => (id !== DEFAULT_CATEGORY || defaultTrade) && score !== undefined);
  const family = best(trades.length > 0 ? trades : scored);
  if (!family) return { category: DEFAULT_CATEGORY, source: 'default', words, inferredFrom: [], refinedBy: [] };

  const refinedBy = refineFrom(family[0], scores, rules, tld);
  const category = refinedBy[refinedBy.length - 1]?.category ?? family[0];
  return { category, source: 'inferred', words, inferredFrom: family[1].from, refinedBy };
}

/** Step by step from `top`, the child with the most evidence of its own, down to the most specific one named. */
function refineFrom(top: string, scores: ReadonlyMap<string, Score>, rules: RuleSet, tld: string | undefined): Inference['refinedBy'] {
  const children = childrenOf(rules);
  const refinedBy: Inference['refinedBy'] = [];
  let at = top;
  for (;;) {
    const options = (children.get(at) ?? []).map((id): [string, Score | undefined] => {
      const own = scores.get(id);
      // A TLD hint of a subcategory only chooses among siblings; it never decides a family.
      if (tld === undefined || !rules.categories[id]?.tldHints?.includes(tld)) return [id, own];
      return [id, { score: (own?.score ?? 0) + TLD_SCORE.weak, from: [...(own?.from ?? []), `.${tld}`] }];
    });
    const next = best(options);
    if (!next) break;
    refinedBy.push({ category: next[0], from: next[1].from });
    at = next[0];
  }
  return refinedBy;
}

const familyCache = new WeakMap<RuleSet['categories'], string[]>();
/** The top-level categories, in the rules' order, once per rule set. */
function familiesOf(rules: RuleSet): string[] {
  let families = familyCache.get(rules.categories);
  if (!families) {
    families = Object.keys(rules.categories).filter((id) => rules.categories[id]?.parent === undefined);
    familyCache.set(rules.categories, families);
  }
  return families;
}

interface Phrase {
  text: string;
  parts: string[];
  /** Its place in the lexicon's phrase list: matches are credited in this order. */
  order: number;
}

const phraseCache = new WeakMap<RuleSet['lexicon'], { byFirst: Map<string, Phrase[]> }>();
/** The lexicon's phrases (keywords of several words) indexed by their first word, built once per rule set. */
function phrasesOf(rules: RuleSet): { byFirst: Map<string, Phrase[]> } {
  let phrases = phraseCache.get(rules.lexicon);
  if (!phrases) {
    const byFirst = new Map<string, Phrase[]>();
    Object.keys(rules.lexicon.keywords)
      .filter((k) => k.includes(' '))
      .forEach((text, order) => {
        const parts = text.split(' ');
        const first = parts[0] ?? '';
        const list = byFirst.get(first) ?? [];
        list.push({ text, parts, order });
        byFirst.set(first, list);
      });
    phrases = { byFirst };
    phraseCache.set(rules.lexicon, phrases);
  }
  return phrases;
}

/** The entry with the highest positive score; ids are sorted first so an exact tie resolves the same everywhere. */
function best(entries: [string, Score | undefined][]): [string, Score] | undefined {
  let top: [string, Score] | undefined;
  for (const [id, score] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (score && score.score > 0 && (!top || score.score > top[1].score)) top = [id, score];
  }
  return top;
}

function unknownCategory(domain: string, given: string, rules: RuleSet): WdmError {
  const known = Object.keys(rules.categories);
  const near = suggestion(given, known);
  return new WdmError(
    'E_RULES_REF',
    `found the unknown category "${given}", expected ${categoryChoices(rules)}`,
    { domain, path: 'category' },
    near ?? 'leave the category out to infer it from the domain name, or add the category to your rules/',
  );
}
