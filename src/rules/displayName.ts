// A display name from a domain's words: `bestlawfirm.com` → "Best Law Firm", `24hourplumber.com` → "24 Hour Plumber".
import { domainParts } from './domainParts.js';
import { chunksOf, segmentWords } from './segment.js';

/** Written in capitals wherever they occur. */
const ACRONYMS = new Set(['cpa', 'hvac', 'llc', 'llp', 'usa', 'uk', 'nyc', 'bbq', 'diy', 'seo', 'dj', 'dds', 'rv', 'atv', 'ux', 'pc', 'tv', 'ac', 'pr', 'kc']);
/** Capitals only when the word stands alone between hyphens or digits: "it-services" but "make it pop". */
const STANDALONE_ACRONYMS = new Set(['it', 'us', 'ai', 'md', 'pt']);
/** Mixed-case brand spellings. */
const SPECIAL = new Map([['saas', 'SaaS'], ['ios', 'iOS'], ['ebay', 'eBay']]);
const KNOWN_TOKENS: ReadonlySet<string> = new Set([...ACRONYMS, ...SPECIAL.keys()].filter((t) => t.length >= 3));
/** Lower case unless first. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** First character upper case, rest lower case; `toUpperCase` is locale-independent (unlike toLocaleUpperCase). */
function capitalise(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/**
 * The display name of a domain. `words` are its segmented words (computed when absent); a word counts as standing
 * alone when it is a whole hyphen- or digit-delimited chunk of the label.
 */
export function displayNameFor(domain: string, words?: readonly string[]): string {
  const { label } = domainParts(domain);
  // Acronyms are words of a name too, so the segmenter may cut them out ("acmehvac" → acme, hvac).
  const list = words ?? segmentWords(label, KNOWN_TOKENS);
  const chunks = new Set(chunksOf(label));
  const out = list.map((word, i) => {
    const lower = word.toLowerCase();
    if (/^\p{Nd}+$/u.test(lower)) return lower;
    if (ACRONYMS.has(lower)) return lower.toUpperCase();
    if (STANDALONE_ACRONYMS.has(lower) && chunks.has(lower)) return lower.toUpperCase();
    const special = SPECIAL.get(lower);
    if (special) return special;
    if (i > 0 && SMALL_WORDS.has(lower)) return lower;
    return capitalise(lower);
  });
  return out.join(' ') || domain;
}
