// Split a domain label into words: hyphens and digits first, then a cheapest-path dictionary segmentation.
import { englishWords } from './wordlist.js';

/** Cost of a lexicon keyword: cheaper than any dictionary word, so "dental" is not read as "dent al". */
export const KEYWORD_COST = 3;
/** Unknown text costs a fixed price plus a little per letter: a whole unknown name beats letter soup. */
const UNKNOWN_BASE = 14;
const UNKNOWN_PER_CHAR = 1.5;
/** A lone letter other than "a" is almost never a word in a business name. */
const SINGLE_LETTER_COST = 24;
const MAX_WORD = 24;

/** Runs of letters and runs of digits; anything else (hyphens, marks of punctuation) separates. */
export function chunksOf(label: string): string[] {
  return label.toLowerCase().match(/[\p{L}\p{M}]+|\p{Nd}+/gu) ?? [];
}

/** Words of one letters-only chunk, by dynamic programming over split points. */
export function segmentChunk(chunk: string, keywords: ReadonlySet<string> = new Set()): string[] {
  if (/^\p{Nd}+$/u.test(chunk)) return [chunk];
  const dictionary = englishWords();
  const chars = Array.from(chunk);
  const n = chars.length;
  const cost = (word: string, length: number): number => {
    if (length === 1 && word !== 'a') return SINGLE_LETTER_COST;
    if (keywords.has(word)) return KEYWORD_COST;
    return dictionary.get(word) ?? UNKNOWN_BASE + UNKNOWN_PER_CHAR * length;
  };
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    best[end] = Infinity;
    for (let start = 0; start < end; start++) {
      const length = end - start;
      // Unknown spans may be any length (a coined brand name); known words are bounded.
      const word = chars.slice(start, end).join('');
      const known = length <= MAX_WORD && (keywords.has(word) || dictionary.has(word));
      const price = known || length === 1 ? cost(word, length) : UNKNOWN_BASE + UNKNOWN_PER_CHAR * length;
      const total = (best[start] ?? Infinity) + price;
      // Strictly less: among equal costs the split found first (longest last word) is kept, deterministically.
      if (total < (best[end] ?? Infinity)) {
        best[end] = total;
        from[end] = start;
      }
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) words.unshift(chars.slice(from[end] ?? 0, end).join(''));
  return mergeUnknownRuns(words, dictionary, keywords);
}

/** Adjacent unknown pieces read better as one unknown word ("xq", "zv" → "xqzv"). */
function mergeUnknownRuns(words: string[], dictionary: ReadonlyMap<string, number>, keywords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let unknownBefore = false;
  for (const word of words) {
    const unknown = !dictionary.has(word) && !keywords.has(word);
    if (unknown && unknownBefore && out.length > 0) out[out.length - 1] += word;
    else out.push(word);
    unknownBefore = unknown;
  }
  return out;
}

/** Words of a label (`bestlawfirm` → best, law, firm; `24hourplumber` → 24, hour, plumber), lower case. */
export function segmentWords(label: string, keywords: ReadonlySet<string> = new Set()): string[] {
  return chunksOf(label).flatMap((chunk) => segmentChunk(chunk, keywords));
}

/** Words grouped by chunk, for callers that need to know which words stood alone between hyphens or digits. */
export function segmentByChunk(label: string, keywords: ReadonlySet<string> = new Set()): string[][] {
  return chunksOf(label).map((chunk) => segmentChunk(chunk, keywords));
}
