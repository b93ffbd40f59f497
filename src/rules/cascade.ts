// Cascade rules: which match a site, in what order they apply (specificity, then file order), and what they set.
import type { RuleTraceStep, Tone } from '../shared/types.js';
import type { KeywordIndex } from './keywords.js';
import { stemsOf } from './keywords.js';
import type { CascadeRule, CategoryRule } from './ruleSet.js';

export interface Facts {
  category: string;
  /** The category's ancestry, family first: a rule for a family also matches its subcategories. */
  lineage: readonly string[];
  words: readonly string[];
  tld: string;
}

/** Number of match conditions: a rule with more conditions says more about the site, so it applies later. */
export function specificity(rule: CascadeRule): number {
  return (['category', 'tone', 'keywords', 'tld'] as const).filter((key) => rule.match[key] !== undefined).length;
}

/** Rule indices in the order they apply: lower specificity first, file order within equal specificity. */
export function applicationOrder(rules: readonly CascadeRule[]): number[] {
  return [...orderOf(rules)];
}

/** The application order of a rule list, worked out once per list (a rule set's list is the same for every site). */
const orders = new WeakMap<readonly CascadeRule[], readonly number[]>();

function orderOf(rules: readonly CascadeRule[]): readonly number[] {
  let order = orders.get(rules);
  // (A list that grew or shrank since, as a test may do to its own, is ordered again.)
  if (order === undefined || order.length !== rules.length) {
    order = orderFor(rules);
    orders.set(rules, order);
  }
  return order;
}

function orderFor(rules: readonly CascadeRule[]): number[] {
  return rules
    .map((rule, index) => ({ index, specificity: specificity(rule) }))
    .sort((a, b) => a.specificity - b.specificity || a.index - b.index)
    .map(({ index }) => index);
}

/** Why a rule matches (one reason per condition), or undefined when it does not. */
export function matchReasons(rule: CascadeRule, facts: Facts, tone: Tone, index: KeywordIndex): string[] | undefined {
  return reasonsWith(rule, facts, tone, wordKeywords(facts.words, index));
}

/**
 * For each of the site's words, every keyword it matches as `wordMatches` says: itself, its stems and the keyword it
 * stands for. Worked out once a site instead of once for every keyword of every rule (stemming and the index's
 * look-up, which strips accents, were most of the cascade's time); `reasonsWith` then asks `has`.
 */
function wordKeywords(words: readonly string[], index: KeywordIndex): ReadonlyArray<ReadonlySet<string>> {
  return words.map((word) => {
    const matches = new Set<string>(stemsOf(word));
    matches.add(word);
    const keyword = index.keywordFor(word);
    if (keyword !== undefined) matches.add(keyword);
    return matches;
  });
}

/** `matchReasons` given what each of the site's words matches (`wordKeywords`). */
function reasonsWith(rule: CascadeRule, facts: Facts, tone: Tone, matched: ReadonlyArray<ReadonlySet<string>>): string[] | undefined {
  const reasons: string[] = [];
  const { category, keywords, tld } = rule.match;
  if (category) {
    const matched = [...facts.lineage].reverse().find((id) => category.includes(id));
    if (matched === undefined) return undefined;
    reasons.push(matched === facts.category ? `category = ${facts.category}` : `category = ${facts.category} (under ${matched})`);
  }
  if (rule.match.tone) {
    if (!rule.match.tone.includes(tone)) return undefined;
    reasons.push(`tone = ${tone}`);
  }
  if (keywords) {
    const hit = facts.words.find((_, i) => keywords.some((k) => matched[i]?.has(k) === true));
    if (hit === undefined) return undefined;
    reasons.push(`keyword "${hit}"`);
  }
  if (tld) {
    if (!tld.includes(facts.tld)) return undefined;
    reasons.push(`tld .${facts.tld}`);
  }
  return reasons;
}

/** Whether a site's word matches a rule's keyword: the statement `wordKeywords` is held to (test/rules/cascade.test.ts). */
export function wordMatches(word: string, keyword: string, index: KeywordIndex): boolean {
  return word === keyword || stemsOf(word).includes(keyword) || index.keywordFor(word) === keyword;
}

/** Whether `wordKeywords` says the word matches the keyword (for the test that holds it to `wordMatches`). */
export function wordMatchesOnce(word: string, keyword: string, index: KeywordIndex): boolean {
  return wordKeywords([word], index)[0]?.has(keyword) === true;
}

/** Set a dotted path in a category clone; paths were validated against the category schema. */
function setPath(target: CategoryRule, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = structuredClone(value);
}

/**
 * `structuredClone` of rules data, copied directly where it is plain objects, arrays and primitives (a category's
 * defaults, every site: structuredClone's serialise-and-read-back took ~5x as long); anything else (another
 * prototype, an own `__proto__` key) is left to structuredClone itself. The same keys in the same order, holes kept.
 */
export function cloneData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') return structuredClone(value);
    out[key] = cloneData((value as Record<string, unknown>)[key]);
  }
  return out as T;
}

/** Apply the matching rules to a copy of the category defaults; the trace lists each that fired, in order. */
export function applyCascade(base: CategoryRule, rules: readonly CascadeRule[], facts: Facts, index: KeywordIndex, withTrace = true): { result: CategoryRule; trace: RuleTraceStep[] } {
  const result = cloneData(base);
  const trace: RuleTraceStep[] = [];
  const matches = wordKeywords(facts.words, index);
  for (const i of orderOf(rules)) {
    const rule = rules[i] as CascadeRule;
    // Tone is read as it stands when the rule runs, so a rule may react to a tone an earlier rule set.
    const because = reasonsWith(rule, facts, result.tone, matches);
    if (!because) continue;
    for (const [path, value] of Object.entries(rule.set)) setPath(result, path, value);
    if (withTrace) trace.push({ rule: `${rule.file}#cascade.${rule.id}`, because, set: structuredClone(rule.set) });
  }
  return { result, trace };
}
