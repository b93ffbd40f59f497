// A display name from a domain, as a person would write it: `nordicbakehouse.dk` → "Nordic Bakehouse" is not
// guessed but costed (see segment.ts); this file picks the label to name, and writes the words with their case.
import { SMALL_WORDS } from 'title-case';
import { domainParts } from './domainParts.js';
import type { Lexicon, RuleSet } from './ruleSet.js';
import { EMPTY_VOCABULARY, languagesOfTld, ordinalSuffix, segmentPieces, type Vocabulary, type WordPiece } from './segment.js';
import { GIVEN, SURNAME, wordData } from './wordData.js';

export interface DerivedName {
  name: string;
  /** The label the name was made from (the site's own subdomain label, or the registrable label). */
  label: string;
  labelSource: 'subdomain' | 'registrable';
  /** Pieces per chunk of the label (chunks are split by hyphens and digits). */
  pieces: WordPiece[][];
}

const vocabularies = new WeakMap<Lexicon, Vocabulary>();

/** Words the rules add to the frequency list, built once per rule set. */
export function vocabularyFor(rules: RuleSet | undefined): Vocabulary {
  if (!rules) return EMPTY_VOCABULARY;
  const cached = vocabularies.get(rules.lexicon);
  if (cached) return cached;
  const vocabulary: Vocabulary = {
    // Phrases ("dog training") are matched by inference over words, never as one word of a label.
    keywords: new Set(Object.keys(rules.lexicon.keywords).filter((k) => !k.includes(' '))),
    acronyms: new Set([...rules.lexicon.acronyms, ...Object.keys(rules.lexicon.spellings)]),
  };
  vocabularies.set(rules.lexicon, vocabulary);
  return vocabulary;
}

const hostLabelSets = new WeakMap<Lexicon, ReadonlySet<string>>();
const NO_LABELS: ReadonlySet<string> = new Set();

/** The lexicon's host labels (www, shop, blog) as a set, built once per rule set. */
function hostLabelsOf(rules: RuleSet | undefined): ReadonlySet<string> {
  if (!rules) return NO_LABELS;
  let set = hostLabelSets.get(rules.lexicon);
  if (!set) {
    set = new Set(rules.lexicon.hostLabels);
    hostLabelSets.set(rules.lexicon, set);
  }
  return set;
}

/**
 * The label a site is named after: its own subdomain label (`abcnews.go.com` → abcnews; `myblog.blogspot.com` →
 * myblog), unless that label names no site (www, shop, blog: the lexicon's host labels), then the registrable label.
 */
export function nameLabelOf(domain: string, rules: RuleSet | undefined): { label: string; source: DerivedName['labelSource'] } {
  const { label, subLabel } = domainParts(domain);
  if (subLabel !== undefined && !hostLabelsOf(rules).has(subLabel)) return { label: subLabel, source: 'subdomain' };
  return { label, source: 'registrable' };
}

/** First character upper case, rest lower case; `toUpperCase` is locale-independent (unlike toLocaleUpperCase). */
function capitalise(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/** Standalone acronyms that are also an article when they lead a name. */
const ARTICLES: ReadonlySet<string> = new Set(['la']);
/** Titles written before a surname. */
const TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss']);

/** "browns" is Brown's when Brown is a surname and "browns" is not one itself (Jones, Williams). */
function possessiveOfSurname(word: string): boolean {
  const data = wordData();
  return (data.nameFlags(word.slice(0, -1)) & SURNAME) !== 0 && (data.nameFlags(word) & SURNAME) === 0;
}

/**
 * A Dutch surname's particles are written with a capital when no given name goes before them ("Tandarts De Vries",
 * "Bakkerij Van den Berg", but "Jan de Vries"): whether `flat[index]` starts such a run of particles.
 */
function headsDutchSurname(flat: readonly WordPiece[], index: number): boolean {
  const before = flat[index - 1];
  if (before?.kind === 'particle' || before?.name === 'given' || before?.name === 'given name or surname') return false;
  for (let i = index; i < flat.length; i++) {
    const piece = flat[i] as WordPiece;
    if (piece.lang !== 'nl') return false;
    if (piece.kind !== 'particle') return piece.name === 'surname' || piece.name === 'given name or surname';
  }
  return false;
}

/**
 * The small words a name keeps in lower case inside it: title-case's, but "up", which in a business name ends a verb
 * ("Step Up Dance Studio", "Fired Up Pottery") rather than starting a phrase.
 */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set([...SMALL_WORDS].filter((w) => w !== 'up'));

/** Words that make a preceding "it" the trade's IT (IT Support, IT Services ...). */
const IT_TRADE_WORDS: ReadonlySet<string> = new Set(['support', 'services', 'service', 'solutions', 'consulting', 'consultants', 'consultancy', 'helpdesk', 'repairs', 'managed', 'systems', 'networks', 'security', 'training', 'recruitment']);

/** The counties of Ireland: "co" before one is the county's "Co." ("cokerryhotels" → Co. Kerry Hotels), not a company. */
const IRISH_COUNTIES: ReadonlySet<string> = new Set(['antrim', 'armagh', 'carlow', 'cavan', 'clare', 'cork', 'derry', 'donegal', 'down', 'dublin', 'fermanagh', 'galway', 'kerry', 'kildare', 'kilkenny', 'laois', 'leitrim', 'limerick', 'longford', 'louth', 'mayo', 'meath', 'monaghan', 'offaly', 'roscommon', 'sligo', 'tipperary', 'tyrone', 'waterford', 'westmeath', 'wexford', 'wicklow']);

/** A pub's sign is the king's or the queen's: "thekingsheadinn" → The King's Head Inn ("Kings Road" stays). */
const ROYAL_SIGNS: ReadonlySet<string> = new Set(['head', 'arms']);
const ROYALS: ReadonlySet<string> = new Set(['kings', 'queens']);

/** Plurals of landscape words that are also given names (Dale, Glen, Heath ...): after a place, the landscape. */
const LANDSCAPE_PLURALS: ReadonlySet<string> = new Set(['dales', 'glens', 'heaths', 'brooks', 'cliffs', 'downs', 'fells', 'moors', 'wolds', 'forests', 'rivers']);

/**
 * The words of a label written as a name: acronyms in capitals, small words lower case inside, possessives, the
 * particles of other languages lower case inside ("Cafe de la Place", "Apotheke am Markt").
 */
export function writeName(pieces: readonly (readonly WordPiece[])[], lexicon: Lexicon | undefined): string {
  const acronyms = new Set(lexicon?.acronyms ?? []);
  const standalone = new Set(lexicon?.standaloneAcronyms ?? []);
  const spellings = lexicon?.spellings ?? {};
  const out: string[] = [];
  const flat = pieces.flat();
  const total = flat.length;
  let index = 0;
  for (const chunk of pieces) {
    const alone = chunk.length === 1;
    for (const piece of chunk) {
      const word = piece.word;
      const previous = out[out.length - 1];
      // An Irish surname written apart from its O: "o-sullivans-bar" → O'Sullivan's Bar, as "osullivans" is written.
      if (previous === 'O' && Object.hasOwn(spellings, `o${word}`)) {
        out[out.length - 1] = spellings[`o${word}`] as string;
        index++;
        continue;
      }
      let written: string;
      let placeName: string | undefined;
      if (piece.kind === 'number') written = word;
      else if (piece.kind === 'particle') written = index === 0 || (piece.lang === 'nl' && headsDutchSurname(flat, index)) ? capitalise(word) : word;
      else if (Object.hasOwn(spellings, word)) written = spellings[word] as string;
      // A place of several words, as the place writes it: "hemelhempsteadtaxis" → Hemel Hempstead Taxis.
      else if (piece.name === 'place' && (placeName = wordData().placeName(word)) !== undefined) written = placeName;
      // "la" leading a name is the article ("la-petite-boulangerie" → La Petite Boulangerie); elsewhere, Los Angeles.
      else if (alone && standalone.has(word) && ARTICLES.has(word) && index === 0 && total > 1) written = capitalise(word);
      else if (acronyms.has(word) || piece.kind === 'initials' || (alone && standalone.has(word))) written = word.toUpperCase();
      // "it" before the words of an IT trade is the trade: "techhelpitsupport" → Tech Help IT Support ("makeitpop"
      // stays Make It Pop).
      else if (word === 'it' && IT_TRADE_WORDS.has(flat[index + 1]?.word ?? '')) written = 'IT';
      // A possessive is nobody's after "The": "thedalesinn" is The Dales Inn, not "The Dale's Inn".
      // Nor is a landscape word's plural after a place: "yorkshiredales" is the Yorkshire Dales, not "Yorkshire Dale's".
      else if (piece.kind === 'possessive' && previous !== 'The' && !(LANDSCAPE_PLURALS.has(word) && flat[index - 1]?.name === 'place')) written = `${capitalise(word.slice(0, -1))}'s`;
      // A saint's name after "St" is the saint's: "stjohnschurch" → St John's Church ("St Albans", a place, stays).
      else if (previous === 'St' && word.length >= 4 && word.endsWith('s') && (wordData().nameFlags(word.slice(0, -1)) & GIVEN) !== 0) written = `${capitalise(word.slice(0, -1))}'s`;
      // A surname after a title, with something of theirs after it: "mrsbrownskitchen" → Mrs Brown's Kitchen ("Mr
      // Jones Plumbing" stays: Jones is a surname itself).
      else if (TITLES.has(previous ?? '') && index < total - 1 && word.length >= 4 && word.endsWith('s') && possessiveOfSurname(word)) written = `${capitalise(word.slice(0, -1))}'s`;
      else if (ROYALS.has(word) && ROYAL_SIGNS.has(flat[index + 1]?.word ?? '')) written = `${capitalise(word.slice(0, -1))}'s`;
      // "n" between two words is "and", as "rock 'n' roll" writes it: "fishnchips" → Fish 'n' Chips.
      else if (word === 'n' && index > 0 && index < total - 1) written = "'n'";
      else if (index > 0 && NAME_SMALL_WORDS.has(word)) written = word;
      // Scottish and Irish surnames: "mcgregor" → McGregor, as the family writes it.
      else if (/^mc\p{Ll}{3,}$/u.test(word)) written = `Mc${capitalise(word.slice(2))}`;
      else written = capitalise(word);
      // A lone letter against a number is one token, as people write it: "a1-autos" → "A1 Autos".
      const glue = previous !== undefined && ((piece.kind === 'number' && /^\p{L}$/u.test(previous)) || (/^\p{Nd}+$/u.test(previous) && Array.from(word).length === 1 && piece.kind !== 'number'));
      if (glue) out[out.length - 1] = previous + written;
      // A Scottish or Irish surname split at its "Mac": "macdonaldbros" → MacDonald Bros, as "mcgregor" is McGregor
      // ("Mac Repairs", no name after it, stays apart).
      else if (previous === 'Mac' && flat[index - 1]?.word === 'mac' && (piece.kind === 'name' || piece.kind === 'possessive') && piece.name !== 'place') out[out.length - 1] = previous + written;
      // "Co" before an Irish county is the county's: "cokerryhotels" → Co. Kerry Hotels ("Smith and Co" stays a
      // company).
      else if (previous === 'Co' && flat[index - 1]?.word === 'co' && flat[index - 2]?.word !== 'and' && IRISH_COUNTIES.has(word)) {
        out[out.length - 1] = 'Co.';
        out.push(written);
      }
      // A number and its ordinal ending are one word: "1st-choice" → "1st Choice", not "1 St Choice".
      else if (previous !== undefined && /^\d+$/.test(previous) && word === ordinalSuffix(previous)) out[out.length - 1] = previous + word;
      // Round the clock: "24-7-plumber" → "24/7 Plumber".
      else if (previous === '24' && piece.kind === 'number' && word === '7') out[out.length - 1] = '24/7';
      else out.push(written);
      index++;
    }
  }
  return out.join(' ');
}

/** A domain's labels split once, for both the name and the category. */
export interface LabelSplit {
  label: string;
  labelSource: DerivedName['labelSource'];
  /** Pieces of the label the site is named after. */
  pieces: WordPiece[][];
  /** Words for inference: the named label's, then the registrable label's when that is another label. */
  words: string[];
  /** Coined words and the known word each is made from ("ledgerly" → "ledger"), for inference. */
  stems: ReadonlyMap<string, string>;
}

export function splitLabels(domain: string, rules?: RuleSet): LabelSplit {
  const { label, source } = nameLabelOf(domain, rules);
  const vocabulary = vocabularyFor(rules);
  const { label: registrable, tld } = domainParts(domain);
  // A country's TLD says which languages its labels may be in besides English (.fr, .de: segment.ts).
  const languages = languagesOfTld(tld);
  const pieces = segmentPieces(label, vocabulary, languages);
  const all = pieces.flat();
  // A subdomain site speaks first for itself (`dental.smithgroup.com`), and its parent's words still count.
  if (registrable !== label) all.push(...segmentPieces(registrable, vocabulary, languages).flat());
  const stems = new Map<string, string>();
  for (const piece of all) if (piece.stem !== undefined) stems.set(piece.word, piece.stem);
  return { label, labelSource: source, pieces, words: all.map((p) => p.word), stems };
}

/** The display name of a domain with the split behind it. */
export function deriveName(domain: string, rules?: RuleSet, split: LabelSplit = splitLabels(domain, rules)): DerivedName {
  return { name: writeName(split.pieces, rules?.lexicon) || domain, label: split.label, labelSource: split.labelSource, pieces: split.pieces };
}

/** The display name of a domain (`bestlawfirm.com` → "Best Law Firm"). */
export function displayNameFor(domain: string, rules?: RuleSet): string {
  return deriveName(domain, rules).name;
}

/** How a split reads in `explain`: `maxwell (given name, 12.2; max + well: 15.3) photography (keyword, 10.8)`. */
export function describeSplit(pieces: readonly (readonly WordPiece[])[]): string {
  return pieces
    .flat()
    .map((p) => {
      const kind = p.kind === 'name' ? (p.name === 'given' ? 'given name' : p.name === 'surname' ? 'surname' : p.name === 'place' ? 'place name' : 'name') : p.kind;
      // A word read in another language says which: `de (particle, nl, 6.2)`.
      const what = p.lang === undefined ? kind : `${kind}, ${p.lang}`;
      const rather = p.rather ? `; ${p.rather.words.join(' + ')}: ${p.rather.cost}` : '';
      return p.kind === 'number' ? p.word : `${p.word} (${what}, ${p.cost}${rather})`;
    })
    .join(' ');
}
