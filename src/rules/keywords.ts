// Keyword lookup with simple stems (plural s/es, -ing, -er), so "roofers" and "grooming" find their keywords.
import type { RuleSet } from './ruleSet.js';

const SUFFIXES = ['ings', 'ers', 'ing', 'es', 'er', 's'];
const MIN_STEM = 3;

/** Candidate stems of a word, longest first: `groomers` → groom, groomer; `shopping` → shopp, shop. */
export function stemsOf(word: string): string[] {
  const out: string[] = [];
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem);
    // A doubled final consonant comes from the suffix: shopping → shop, runner → run.
    const last = stem[stem.length - 1];
    if (last !== undefined && last === stem[stem.length - 2] && !'aeiouls'.includes(last) && stem.length - 1 >= MIN_STEM) out.push(stem.slice(0, -1));
  }
  return [...new Set(out)];
}

/** The word with combining marks removed (NFD, then drop U+0300–U+036F); locale-free. */
export function withoutMarks(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

export interface KeywordIndex {
  /** Keywords, for the segmenter. */
  words: ReadonlySet<string>;
  /** The keyword a word stands for (itself or through a stem), or undefined. */
  keywordFor(word: string): string | undefined;
}

const cache = new WeakMap<RuleSet['lexicon'], KeywordIndex>();

/** Keywords → category with stems, built once per rule set. */
export function keywordIndex(rules: RuleSet): KeywordIndex {
  const cached = cache.get(rules.lexicon);
  if (cached) return cached;
  const keywords = rules.lexicon.keywords;
  // A stem shared by keywords of two categories decides nothing, so it is left out.
  const byStem = new Map<string, string | null>();
  for (const word of Object.keys(keywords).sort()) {
    for (const stem of stemsOf(word)) {
      const earlier = byStem.get(stem);
      if (earlier === undefined) byStem.set(stem, word);
      else if (earlier !== null && keywords[earlier] !== keywords[word]) byStem.set(stem, null);
    }
  }
  const words = new Set(Object.keys(keywords));
  const plain = new Set(rules.lexicon.plainWords);
  const index: KeywordIndex = {
    words,
    keywordFor(raw) {
      // Keywords are written without accents: "café" and "bäckerei" look up "cafe" and "backerei" too.
      const word = words.has(raw) ? raw : withoutMarks(raw);
      if (words.has(word)) return word;
      // A word of its own stands for no other keyword: "weber" is not "web" + er, "flow" not "flower".
      if (plain.has(word)) return undefined;
      const stems = stemsOf(word);
      for (const stem of stems) if (words.has(stem)) return stem;
      for (const candidate of [word, ...stems]) {
        // A word of its own is not the stem of a longer keyword: "flow" does not stand for "flower".
        if (plain.has(candidate)) continue;
        const keyword = byStem.get(candidate);
        if (keyword) return keyword;
      }
      return undefined;
    },
  };
  cache.set(rules.lexicon, index);
  return index;
}
