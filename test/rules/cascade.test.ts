// The cascade works out once a site what each of its words matches as a keyword: the same matches, reasons, results
// and traces as asking `wordMatches` for every keyword of every rule.
import { describe, expect, it } from 'vitest';
import { applyCascade, matchReasons, wordMatches, wordMatchesOnce, type Facts } from '../../src/rules/cascade.js';
import { keywordIndex } from '../../src/rules/keywords.js';
import { inferCategory } from '../../src/rules/infer.js';
import { splitLabels } from '../../src/rules/displayName.js';
import { lineageOf } from '../../src/rules/tree.js';
import { domainParts } from '../../src/rules/domainParts.js';
import { TONES } from '../../src/shared/vocabulary.js';
import type { CascadeRule, CategoryRule } from '../../src/rules/ruleSet.js';
import type { RuleTraceStep, Tone } from '../../src/shared/types.js';
// bench/synthetic.js is plain JavaScript without declarations.
// @ts-expect-error no declaration file
import { syntheticDomains } from '../../bench/synthetic.js';
import { builtinRules } from './builtinRules.js';

const rules = builtinRules();
const index = keywordIndex(rules);
/** The cascade's keywords and every 20th of the lexicon's (all of them against all the words below takes minutes). */
const keywords = [...new Set([...rules.cascade.flatMap((r) => r.match.keywords ?? []), ...Object.keys(rules.lexicon.keywords).filter((_, i) => i % 20 === 0)])];
const words = [
  ...new Set([
    ...keywords.flatMap((k) => [k, `${k}s`, `${k}es`, `${k}er`, `${k}ers`, `${k}ing`, `${k}${k.slice(-1)}ing`, `${k}ings`, k.slice(0, -1)]),
    'café', 'cafés', 'bäckerei', 'bäckereien', 'weber', 'flower', 'shopping', 'runner', 'groomers', '', 'a', 'es',
  ]),
];

/** The cascade as it was, asking `wordMatches` for every keyword of every rule (the reference). */
function reasonsByKeyword(rule: CascadeRule, facts: Facts, tone: Tone): string[] | undefined {
  const reasons: string[] = [];
  const { category, keywords: ks, tld } = rule.match;
  if (category) {
    const matched = [...facts.lineage].reverse().find((id) => category.includes(id));
    if (matched === undefined) return undefined;
    reasons.push(matched === facts.category ? `category = ${facts.category}` : `category = ${facts.category} (under ${matched})`);
  }
  if (rule.match.tone) {
    if (!rule.match.tone.includes(tone)) return undefined;
    reasons.push(`tone = ${tone}`);
  }
  if (ks) {
    const hit = facts.words.find((word) => ks.some((k) => wordMatches(word, k, index)));
    if (hit === undefined) return undefined;
    reasons.push(`keyword "${hit}"`);
  }
  if (tld) {
    if (!tld.includes(facts.tld)) return undefined;
    reasons.push(`tld .${facts.tld}`);
  }
  return reasons;
}

function cascadeByKeyword(base: CategoryRule, facts: Facts): { result: CategoryRule; trace: RuleTraceStep[] } {
  const result = structuredClone(base);
  const trace: RuleTraceStep[] = [];
  const order = rules.cascade
    .map((rule, i) => ({ i, n: (['category', 'tone', 'keywords', 'tld'] as const).filter((key) => rule.match[key] !== undefined).length }))
    .sort((a, b) => a.n - b.n || a.i - b.i);
  for (const { i } of order) {
    const rule = rules.cascade[i] as CascadeRule;
    const because = reasonsByKeyword(rule, facts, result.tone);
    if (!because) continue;
    for (const [path, value] of Object.entries(rule.set)) {
      const keys = path.split('.');
      let node = result as unknown as Record<string, unknown>;
      for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[keys[keys.length - 1] as string] = structuredClone(value);
    }
    trace.push({ rule: `${rule.file}#cascade.${rule.id}`, because, set: structuredClone(rule.set) });
  }
  return { result, trace };
}

describe('cascade keyword matching', () => {
  it('matches a word to a keyword exactly as wordMatches does', () => {
    let hits = 0;
    for (const word of words) {
      for (const keyword of keywords) {
        const expected = wordMatches(word, keyword, index);
        expect(wordMatchesOnce(word, keyword, index), `${word} ~ ${keyword}`).toBe(expected);
        if (expected) hits += 1;
      }
    }
    expect(hits).toBeGreaterThan(keywords.length);
  });

  it('gives the same reasons, results and traces as matching keyword by keyword, over word-built and keyword domains', () => {
    const domains = [...(syntheticDomains(1500) as string[]), ...keywords.map((k, i) => `${k}${i % 2 === 0 ? 'ers' : 'ing'}hub.co.uk`)];
    let fired = 0;
    for (const domain of domains) {
      const inference = inferCategory(domain, rules, undefined, splitLabels(domain, rules));
      const facts: Facts = { category: inference.category, lineage: lineageOf(rules, inference.category), words: inference.words, tld: domainParts(domain).tld };
      const base = rules.categories[inference.category] as CategoryRule;
      const got = applyCascade(base, rules.cascade, facts, index);
      expect(got).toEqual(cascadeByKeyword(base, facts));
      expect(applyCascade(base, rules.cascade, facts, index, false).result).toEqual(got.result);
      fired += got.trace.length;
      for (const rule of rules.cascade) for (const tone of TONES) expect(matchReasons(rule, facts, tone, index)).toEqual(reasonsByKeyword(rule, facts, tone));
    }
    expect(fired).toBeGreaterThan(100);
  });
});
