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

let usWords: { map: Map<string, string>; pattern: RegExp; digest: string } | undefined;

/** The British → American pairs of data/english-us.txt, and one pattern matching any British word of them, whole. */
function american(): { map: Map<string, string>; pattern: RegExp; digest: string } {
  if (usWords) return usWords;
  const file = fileURLToPath(new URL('../../data/english-us.txt', import.meta.url));
  const source = readFileSync(file, 'utf8');
  const map = new Map<string, string>();
  for (const line of source.split('\n')) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    // A phrase pair is written "british phrase | american phrase"; a word pair as two words.
    const [british, us, ...rest] = text.includes(' | ') ? text.split(' | ').map((part) => part.trim()) : text.split(/\s+/);
    if (british === undefined || us === undefined || british === '' || us === '' || rest.length > 0) throw new Error(`data/english-us.txt: Unexpected line "${text}", expected a British and an American word (or "british phrase | american phrase")`);
    map.set(british, us);
  }
  // Longest first, so "jeweller's" wins over "jeweller"; a word ends where no letter or apostrophe follows.
  const words = [...map.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // A key that starts (ends) with a letter must not be preceded (followed) by one: "centre" is not in "centrepiece".
  const bounded = (w: string): string => {
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${/^\p{L}/u.test(w) ? "(?<![\\p{L}'])" : ''}${escaped}${/\p{L}$/u.test(w) ? "(?![\\p{L}'])" : ''}`;
  };
  const pattern = new RegExp(words.map(bounded).join('|'), 'giu');
  usWords = { map, pattern, digest: createHash('sha256').update(source).digest('hex') };
  return usWords;
}

/** What a project's `english` adds to its rules digest: nothing for British, the word list's hash for American. */
export function englishKey(english: English): string {
  return english === 'us' ? `english-us:${american().digest}` : '';
}

/** The text in `english`: unchanged for `gb`; for `us`, each British word of the list in its American form. */
export function inEnglish(text: string, english: English | undefined): string {
  if (english !== 'us' || text === '') return text;
  const { map, pattern } = american();
  return text.replace(pattern, (word: string) => {
    const us = map.get(word.toLowerCase());
    if (us === undefined) return word;
    if (word === word.toUpperCase() && word.length > 1) return us.toUpperCase();
    return word[0] === word[0]?.toUpperCase() ? us[0]?.toUpperCase() + us.slice(1) : us;
  });
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
