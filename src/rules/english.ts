// The English a page is written in: the built-in copy is British; a US project (`english: us` in wdm.config.yaml)
// shows American spellings and words instead (data/english-us.txt). Only the rules' own text changes: a name, a
// tagline or a fact the user gave is printed as given.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteCopy } from '../shared/types.js';

export type English = 'gb' | 'us';
export const ENGLISHES: readonly English[] = ['gb', 'us'];

/**
 * Country codes (a domain's last label) of countries that write British English: a site there is written in British
 * English whatever the project's `english` (a `.co.uk` shop in an American catalogue is still "Tyres").
 */
const BRITISH_COUNTRIES: ReadonlySet<string> = new Set(['uk', 'gb', 'ie', 'au', 'nz', 'za', 'in', 'mt', 'cy', 'sg', 'hk']);

/**
 * The English of one site: a country's TLD decides (`.us` American; `.co.uk`, `.ie`, `.com.au`, `.co.nz`, `.co.za`
 * British), and every other TLD (`.com`, `.org`, `.io`, `.ca` ...) takes the project's `english`.
 */
export function englishOfSite(project: English, domain: string): English {
  const country = domain.slice(domain.lastIndexOf('.') + 1).toLowerCase();
  if (country === 'us') return 'us';
  if (BRITISH_COUNTRIES.has(country)) return 'gb';
  return project;
}

interface American {
  /** British → American, British in lower case. */
  map: Map<string, string>;
  /** The British keys that start with a letter, by their leading run of letters ("jeweller's" under jeweller), longest first. */
  byFirstWord: Map<string, string[]>;
  /** The few that start with another character (", sorted"), by that character, longest first. */
  byFirstChar: Map<string, string[]>;
  digest: string;
}

let usWords: American | undefined;

const LETTER = /^\p{L}/u;

/** The British → American pairs of data/english-us.txt, indexed for `inEnglish`'s scan. */
function american(): American {
  if (usWords) return usWords;
  const file = fileURLToPath(new URL('../../data/english-us.txt', import.meta.url));
  const source = readFileSync(file, 'utf8');
  const map = englishPairs(source);
  // Longest first, so "jeweller's" wins over "jeweller" and "skip hire" over "hire".
  const keys = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const byFirstWord = new Map<string, string[]>();
  const byFirstChar = new Map<string, string[]>();
  for (const key of keys) {
    const [index, first] = LETTER.test(key) ? [byFirstWord, (/^\p{L}+/u.exec(key) as RegExpExecArray)[0]] : [byFirstChar, key.charAt(0)];
    const list = index.get(first);
    if (list) list.push(key);
    else index.set(first, [key]);
  }
  usWords = { map, byFirstWord, byFirstChar, digest: createHash('sha256').update(source).digest('hex') };
  return usWords;
}

/** The pairs of data/english-us.txt's text: "british american" (one word each) or "british phrase | american phrase". */
export function englishPairs(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of source.split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const [british, us, ...rest] = text.includes(' | ') ? text.split(' | ').map((part) => part.trim()) : text.split(/\s+/);
    if (british === undefined || us === undefined || british === '' || us === '' || rest.length > 0) throw new Error(`data/english-us.txt: Unexpected line "${text}", expected a British and an American word (or "british phrase | american phrase")`);
    map.set(british, us);
  }
  return map;
}

/** What a project's `english` adds to its rules digest: nothing for British, the word list's hash for American. */
export function englishKey(english: English): string {
  return english === 'us' ? `english-us:${american().digest}` : '';
}

/**
 * The text in `english`: unchanged for `gb`; for `us`, each British word or phrase of the list in its American form,
 * matched whole ("centre" is not in "centrepiece"), case-insensitively, the leftmost first and the longest there,
 * its first letter's case kept (all capitals stay capitals). One scan over the places a key may start, each looked
 * up by its word: a DESIGN.md's 12 KB of prose takes a fraction of a millisecond, where one regular expression of
 * every key took ~4 ms (test/rules/english.test.ts holds the two equal over every line the rules can print).
 */
export function inEnglish(text: string, english: English | undefined): string {
  if (english !== 'us' || text === '') return text;
  const { map, byFirstWord, byFirstChar } = american();
  let out = '';
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const letter = isLetterAt(text, i);
    let candidates: string[] | undefined;
    let next = i + 1;
    if (letter) {
      // The run of letters from here: a key may start only where no letter or apostrophe comes before.
      let j = i + 1;
      while (j < n && isLetterAt(text, j)) j += 1;
      next = j;
      const before = i === 0 ? '' : text.charAt(i - 1);
      if (before !== "'" && !(i > 0 && isLetterAt(text, i - 1))) candidates = byFirstWord.get(text.slice(i, j).toLowerCase());
    } else if (byFirstChar.size > 0) {
      candidates = byFirstChar.get(text.charAt(i));
    }
    if (candidates !== undefined) {
      for (const key of candidates) {
        const end = i + key.length;
        if (end > n) continue;
        const found = text.slice(i, end);
        if (found.toLowerCase() !== key) continue;
        // A key that ends with a letter must not be followed by one (or by an apostrophe): "hire" is not in "hired".
        if (end < n && LETTER.test(key.charAt(key.length - 1)) && (text.charAt(end) === "'" || isLetterAt(text, end))) continue;
        out += text.slice(from, i) + americanOf(found, map.get(key) as string);
        from = end;
        next = end;
        break;
      }
    }
    i = next;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Whether the character at `i` is a letter: ASCII by its code, anything else by the Unicode property. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_LETTER.test(text.charAt(i));
}

const NON_ASCII_LETTER = /^\p{L}$/u;

/** The American form, its first letter's case kept from the British word found (all capitals stay capitals). */
function americanOf(word: string, us: string): string {
  if (word === word.toUpperCase() && word.length > 1) return us.toUpperCase();
  return word[0] === word[0]?.toUpperCase() ? us[0]?.toUpperCase() + us.slice(1) : us;
}

/**
 * A text in `english` with some strings kept as they are (the business's name, a tagline it gave): each kept string is
 * cut out, the parts between changed, and the text joined again.
 */
export function inEnglishKeeping(text: string, english: English | undefined, keep: readonly string[]): string {
  if (english !== 'us' || text === '') return text;
  const kept = keep.filter((k) => k !== '' && text.includes(k)).sort((a, b) => b.length - a.length);
  if (kept.length === 0) return inEnglish(text, english);
  const [first, ...others] = kept as [string, ...string[]];
  return text
    .split(first)
    .map((part) => inEnglishKeeping(part, english, others))
    .join(first);
}

/** Every line of the rules' copy in `english` (titles, leads, labels, items), the name and `keep` kept as given. */
export function copyInEnglish(copy: SiteCopy, english: English | undefined, keep: readonly string[]): SiteCopy {
  if (english !== 'us') return copy;
  const say = (text: string): string => inEnglishKeeping(text, english, keep);
  for (const block of Object.values(copy)) {
    block.title = say(block.title);
    block.lead = say(block.lead);
    if (block.nav !== undefined) block.nav = say(block.nav);
    if (block.action !== undefined) block.action = say(block.action);
    if (block.secondaryAction !== undefined) block.secondaryAction = say(block.secondaryAction);
    for (const item of block.items) {
      item.title = say(item.title);
      item.text = say(item.text);
    }
  }
  return copy;
}
