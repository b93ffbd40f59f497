// Which category a domain belongs to: keywords in its words, then TLD hints, else the default category.
import { WdmError } from '../shared/errors.js';
import { suggestion } from './didYouMean.js';
import { domainParts } from './domainParts.js';
import { keywordIndex } from './keywords.js';
import { DEFAULT_CATEGORY } from './references.js';
import type { RuleSet } from './ruleSet.js';
import { segmentWords } from './segment.js';

export interface Inference {
  category: string;
  source: 'given' | 'inferred' | 'default';
  /** The registrable label split into words. */
  words: string[];
  /** Words (and `.tld`) that decided an inferred category. */
  inferredFrom: string[];
}

/** A keyword in the name outweighs a weak TLD hint and loses to a strong one unless two words agree. */
export const KEYWORD_SCORE = 10;
export const GENERIC_SCORE = 4;
export const TLD_SCORE = { strong: 15, weak: 3 } as const;
// Later words win ties: in English compounds the last noun names the trade ("oak barrel bakery").
const POSITION_BONUS = 0.01;

export function inferCategory(domain: string, rules: RuleSet, given?: string): Inference {
  const { label, tld } = domainParts(domain);
  const index = keywordIndex(rules);
  const words = segmentWords(label, index.words);
  if (given !== undefined) {
    if (!rules.categories[given]) throw unknownCategory(domain, given, rules);
    return { category: given, source: 'given', words, inferredFrom: [] };
  }
  const scores = new Map<string, { score: number; from: string[] }>();
  const credit = (category: string, score: number, from: string): void => {
    const entry = scores.get(category) ?? { score: 0, from: [] };
    entry.score += score;
    if (!entry.from.includes(from)) entry.from.push(from);
    scores.set(category, entry);
  };
  words.forEach((word, i) => {
    const keyword = index.keywordFor(word);
    const category = keyword === undefined ? undefined : rules.lexicon.keywords[keyword];
    if (keyword === undefined || category === undefined) return;
    const score = rules.lexicon.generic.includes(keyword) ? GENERIC_SCORE : KEYWORD_SCORE;
    credit(category, score + i * POSITION_BONUS, word);
  });
  const hint = rules.lexicon.tlds[tld];
  if (hint) credit(hint.category, TLD_SCORE[hint.strength], `.${tld}`);

  let best: [string, { score: number; from: string[] }] | undefined;
  // Sorted ids make an exact tie (rare: equal words) resolve the same way everywhere.
  for (const entry of [...scores.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!best || entry[1].score > best[1].score) best = entry;
  }
  if (!best) return { category: DEFAULT_CATEGORY, source: 'default', words, inferredFrom: [] };
  return { category: best[0], source: 'inferred', words, inferredFrom: best[1].from };
}

function unknownCategory(domain: string, given: string, rules: RuleSet): WdmError {
  const known = Object.keys(rules.categories);
  const near = suggestion(given, known);
  return new WdmError(
    'E_RULES_REF',
    `found the unknown category "${given}", expected one of ${known.join(', ')}`,
    { domain, path: 'category' },
    near ?? 'leave the category out to infer it from the domain name, or add the category to your rules/',
  );
}
