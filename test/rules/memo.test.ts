// The rules stage's memos (domain parts, word prices, the phrase index of inference) give exactly what the same
// computation gives without them, over many domains and in any order.
import { describe, expect, it } from 'vitest';
import { domainParts, partsOf, unicodeLabel, unicodeLabelByTr46 } from '../../src/rules/domainParts.js';
import { splitLabels, vocabularyFor } from '../../src/rules/displayName.js';
import { inferCategory, KEYWORD_SCORE, GENERIC_SCORE, TLD_SCORE, type Inference } from '../../src/rules/infer.js';
import { keywordIndex, stemsOf } from '../../src/rules/keywords.js';
import { DEFAULT_CATEGORY } from '../../src/rules/references.js';
import { childrenOf, lineageOf } from '../../src/rules/tree.js';
import { chunksOf, pricer, pricerFor, segmentPieces } from '../../src/rules/segment.js';
import { wordData } from '../../src/rules/wordData.js';
import type { RuleSet } from '../../src/rules/index.js';
// bench/synthetic.js is plain JavaScript without declarations.
// @ts-expect-error no declaration file
import { syntheticDomains } from '../../bench/synthetic.js';
import { builtinRules } from './builtinRules.js';

const rules = builtinRules();
const phrases = Object.keys(rules.lexicon.keywords).filter((k) => k.includes(' '));
/**
 * Word-built domains, subdomains, IDNs and two domains per lexicon phrase: of four forms (plain, with a stem suffix,
 * prefixed, hyphenated), each phrase takes two in turn, so every form is tried on half of the phrases.
 * (All four for every phrase made the reference inference, which tries every phrase at every position, quadratic in
 * the phrase count: 50 s alone at 1,600 phrases, past the timeout on a loaded machine.)
 */
const DOMAINS: string[] = [
  ...(syntheticDomains(1500) as string[]),
  'abcnews.go.com',
  'www.smithlaw.com',
  'myblog.blogspot.com',
  'xn--bckerei-mller-pmbf.de',
  'dental.smithgroup.co.uk',
  ...phrases.flatMap((p, i) => {
    const w = p.split(' ');
    const forms = [`${w.join('')}.com`, `best${w.join('')}s.net`, `${w.join('-')}-${i}.org`, `${w.slice(0, -1).join('')}${w[w.length - 1]}ing.co.uk`];
    return [forms[i % 4] as string, forms[(i + 1) % 4] as string];
  }),
];

describe('domainParts memo', () => {
  it('answers what the uncached parse answers, whatever the order of the domains asked for', () => {
    const order = [...DOMAINS, ...[...DOMAINS].reverse(), ...DOMAINS.filter((_, i) => i % 3 === 0)];
    for (const domain of order) expect(domainParts(domain)).toEqual(partsOf(domain));
  });

  it("decodes a plain ASCII label by the shortcut to what tr46 gives", () => {
    const chars = 'abcdefghijklmnopqrstuvwxyz0123456789-';
    const labels = ['', '-', '--', 'a--b', '-ab-', 'ab--cd', 'xn--', 'xn--bckerei-mller-pmbf', 'xn--zz', 'Xn--abc', 'ABC', 'a_b', 'a.b', 'bäckerei', 'a\u200db', '0', '123-'];
    for (const a of chars) for (const b of chars) labels.push(`${a}${b}`, `-${a}x${b}-`, `${a}${b}--${a}`);
    for (const domain of DOMAINS) labels.push(...domain.split('.'));
    for (const label of labels) expect(unicodeLabel(label)).toBe(unicodeLabelByTr46(label));
  });
});

describe('word prices memo', () => {
  it('prices every substring of every label as a fresh pricer does', () => {
    const vocabulary = vocabularyFor(rules);
    const memo = pricerFor(wordData(), vocabulary, false);
    const fresh = pricer(wordData(), vocabulary, false);
    let n = 0;
    for (const domain of DOMAINS.slice(0, 400)) {
      for (const chunk of chunksOf(domainParts(domain).label)) {
        for (let start = 0; start < chunk.length; start++) {
          for (let end = start + 1; end <= Math.min(chunk.length, start + 24); end++) {
            const word = chunk.slice(start, end);
            expect(memo(word)).toEqual(fresh(word));
            n++;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(10_000);
  });

  it('keeps one memo per vocabulary: another vocabulary is priced by its own words', () => {
    const vocabulary = vocabularyFor(rules);
    const other = { keywords: new Set(['zentrix']), acronyms: new Set<string>() };
    expect(pricerFor(wordData(), other, false)('zentrix').kind).toBe('keyword');
    expect(pricerFor(wordData(), vocabulary, false)('zentrix').kind).toBe(pricer(wordData(), vocabulary, false)('zentrix').kind);
    expect(pricerFor(wordData(), vocabulary, false)('zentrix').kind).not.toBe('keyword');
  });
});

describe('segmentation with memoised prices and splits', () => {
  it('splits every label as a segmentation with empty memos does (a fresh vocabulary for each label)', () => {
    const vocabulary = vocabularyFor(rules);
    let rather = 0;
    for (const domain of DOMAINS.slice(0, 600)) {
      const label = domainParts(domain).label;
      const fresh = segmentPieces(label, { keywords: new Set(vocabulary.keywords), acronyms: new Set(vocabulary.acronyms) });
      const memoised = segmentPieces(label, vocabulary);
      expect(memoised).toEqual(fresh);
      rather += memoised.flat().filter((p) => p.rather !== undefined).length;
    }
    expect(rather).toBeGreaterThan(100);
  });
});

/** inferCategory as it was before the phrase index (every phrase tried at every position): the reference. */
function referenceInfer(domain: string, rules: RuleSet, words: string[], stems: ReadonlyMap<string, string>): Omit<Inference, 'words'> {
  const { tld } = partsOf(domain);
  const index = keywordIndex(rules);
  const scores = new Map<string, { score: number; from: string[] }>();
  // A trade filed under the default category (a funeral home) lets that family compete; its own words (forms of
  // business: "group", "co", and phrases filed there as no trade of their own) decide only when nothing else does.
  let defaultTrade = false;
  const credit = (category: string, score: number, from: string): void => {
    if (category !== DEFAULT_CATEGORY && lineageOf(rules, category)[0] === DEFAULT_CATEGORY) defaultTrade = true;
    for (const id of lineageOf(rules, category)) {
      const entry = scores.get(id) ?? { score: 0, from: [] };
      entry.score += score;
      if (!entry.from.includes(from)) entry.from.push(from);
      scores.set(id, entry);
    }
  };
  // Every phrase at every position; a phrase's words speak only through it.
  const hits: { category: string; at: number; run: string[] }[] = [];
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      const run = words.slice(i, i + parts.length);
      const last = run[run.length - 1] ?? '';
      const matches = parts.every((part, j) => (j === parts.length - 1 ? part === last || stemsOf(last).includes(part) : part === run[j]));
      const category = rules.lexicon.keywords[phrase];
      if (matches && category !== undefined) hits.push({ category, at: i, run });
    }
  }
  const covered = new Set(hits.flatMap(({ at, run }) => run.map((_, j) => at + j)));
  words.forEach((word, i) => {
    if (covered.has(i)) return;
    const stem = stems.get(word);
    const keyword = index.keywordFor(word) ?? (stem === undefined ? undefined : index.keywordFor(stem));
    const category = keyword === undefined || !Object.hasOwn(rules.lexicon.keywords, keyword) ? undefined : rules.lexicon.keywords[keyword];
    if (keyword === undefined || category === undefined) return;
    credit(category, (rules.lexicon.generic.includes(keyword) ? GENERIC_SCORE : KEYWORD_SCORE) + i * 0.01, word);
  });
  for (const { category, at, run } of hits) credit(category, KEYWORD_SCORE + (at + run.length - 1) * 0.01, run.join(' '));
  const hint = Object.hasOwn(rules.lexicon.tlds, tld) ? rules.lexicon.tlds[tld] : undefined;
  if (hint) credit(hint.category, TLD_SCORE[hint.strength], `.${tld}`);
  const best = (entries: [string, { score: number; from: string[] } | undefined][]) => {
    let top: [string, { score: number; from: string[] }] | undefined;
    for (const [id, score] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (score && score.score > 0 && (!top || score.score > top[1].score)) top = [id, score];
    return top;
  };
  const scored = Object.keys(rules.categories).filter((id) => rules.categories[id]?.parent === undefined).map((id): [string, { score: number; from: string[] } | undefined] => [id, scores.get(id)]);
  const trades = scored.filter(([id, score]) => (id !== DEFAULT_CATEGORY || defaultTrade) && score !== undefined);
  const family = best(trades.length > 0 ? trades : scored);
  if (!family) return { category: DEFAULT_CATEGORY, source: 'default', inferredFrom: [], refinedBy: [] };
  const refinedBy: Inference['refinedBy'] = [];
  let at = family[0];
  for (;;) {
    const next = best(
      (childrenOf(rules).get(at) ?? []).map((id): [string, { score: number; from: string[] } | undefined] => {
        const own = scores.get(id);
        if (!rules.categories[id]?.tldHints?.includes(tld)) return [id, own];
        return [id, { score: (own?.score ?? 0) + TLD_SCORE.weak, from: [...(own?.from ?? []), `.${tld}`] }];
      }),
    );
    if (!next) break;
    refinedBy.push({ category: next[0], from: next[1].from });
    at = next[0];
  }
  return { category: at, source: 'inferred', inferredFrom: family[1].from, refinedBy };
}

describe('inference with the phrase index', () => {
  // The reference tries every phrase at every position: 500 word-built domains (a third of the corpus; they seldom
  // hold a phrase) and every phrase domain keep it under 10 s alone, and the timeout leaves room for a loaded machine.
  it('infers what trying every phrase at every position infers, on word-built and phrase domains', { timeout: 240_000 }, () => {
    let phraseHits = 0;
    for (const domain of DOMAINS.slice(1000)) {
      const got = inferCategory(domain, rules);
      const { words, ...rest } = got;
      expect(rest).toEqual(referenceInfer(domain, rules, words, splitLabels(domain, rules).stems));
      if (rest.inferredFrom.some((w) => w.includes(' '))) phraseHits++;
    }
    // The corpus really exercises phrases (not only single keywords).
    expect(phraseHits).toBeGreaterThan(phrases.length);
  });
});
