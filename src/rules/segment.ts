// Split a domain label into words: hyphens and digits first, then the cheapest split by word frequency (Zipf cost).
import { SMALL_WORDS } from 'title-case';
import { round } from '../shared/format.js';
import {
  FOREIGN_GIVEN,
  FOREIGN_KINDS,
  FOREIGN_PARTICLE,
  FOREIGN_PLACE,
  FOREIGN_SURNAME,
  FOREIGN_WORD,
  GIVEN,
  LANGUAGES,
  NAME_BITS,
  PLACE,
  SURNAME,
  wordData,
  type Language,
  type WordData,
} from './wordData.js';
import { remembered } from '../shared/memo.js';

/**
 * Words the rules know beyond the frequency list: lexicon keywords (trade words such as "hvac" or "bnb") and
 * acronyms. Both count as words of a name even where the corpus lacks them.
 */
export interface Vocabulary {
  keywords: ReadonlySet<string>;
  acronyms: ReadonlySet<string>;
}

export const EMPTY_VOCABULARY: Vocabulary = { keywords: new Set(), acronyms: new Set() };

export type PieceKind = 'word' | 'name' | 'possessive' | 'coined' | 'keyword' | 'acronym' | 'initials' | 'number' | 'particle' | 'unknown';

/** One word of a label, with what it is and what it cost (-ln p): the why behind a split, for `explain`. */
export interface WordPiece {
  word: string;
  kind: PieceKind;
  /** -ln p, rounded to 0.1 (a rare word's with a second word penalty: RARE_COUNT). */
  cost: number;
  /** For a coined word: the known word it is made from ("ledger" for "ledgerly"), which inference may read. */
  stem?: string;
  /** Given name, surname or both, from the name lists; or a place, from the place list. */
  name?: 'given' | 'surname' | 'given name or surname' | 'place';
  /**
   * The language other than English the label was read in, on the pieces read as that language's words: a particle
   * ("de", "la", "am": kind 'particle'), a word or a name of its lists (data/foreign-words.txt, data/foreign-names.txt).
   */
  lang?: Language;
  /** For a word of 4 or more letters: the cheapest split of it into smaller words and their summed cost (the
   *  per-word penalty left out on both sides), when one exists. */
  rather?: { words: string[]; cost: number };
}

/*
 * Costs are -ln p (Zipf-style): a word's probability is its SUBTLEX count over the corpus total, so "the" costs 3.5
 * and a word seen once 17.7. Everything else is priced on the same scale by the count it is treated as having.
 */
/** Lexicon words the corpus lacks ("hvac", "bnb") are priced as a word seen 1,000 times (cost ≈ 10.8). */
const KEYWORD_COUNT = 1000;
/** Names from the name lists and known acronyms the corpus lacks: as a word seen 100 times (≈ 13.1). */
const NAME_COUNT = 100;
/** A 3-4 letter run with no vowel ("bbc", "nyc") that is no word reads as initials: as a word seen 30 times. */
const INITIALS_COUNT = 30;
/**
 * An unknown span costs as much as a word seen once, plus a price per letter (Norvig's unknown-word model, milder):
 * a coined brand name stays whole ("zentrix"), while two ordinary words beat one unknown run of their letters, and
 * trade words beside an unknown one are split off it ("sakurasushibar" → Sakura Sushi Bar, "oakinnhq" → Oak Inn HQ;
 * at 2.5 a letter both stayed one unknown word).
 */
const UNKNOWN_PER_CHAR = 3.5;
/** Two-letter corpus tokens are mostly fragments ("ly", "th"); only function words or very common ones are words. */
const SHORT_MIN_COUNT = 3_000;
/**
 * Every word adds this much (a word-insertion penalty, as speech recognisers use): a chain of tiny common words
 * ("clouds a as") must not beat two real words ("cloud saas") by a hair.
 */
const WORD_PENALTY = 3;
/**
 * An article after other words ends no name ("catterybythesea" is Cattery by the Sea, not "Cattery by These a"),
 * while a letter after a word still may ("planabakery" still splits as plan + a + bakery): a chunk's last word costs
 * this much more when it is one, and it follows a word of the chunk.
 */
const FINAL_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const FINAL_ARTICLE_PENALTY = 5;
/** What "n" for "and" costs more than "and" itself: about as much as a word seen a few hundred times. */
const SHORT_AND_COST = 6;
/** What "r" for "are" before a closing "us" costs more than "and" ("carpetsrus" is Carpets R Us, not "Carpetsr Us"). */
const SHORT_ARE_COST = 2;
/** A given name + "s" that is no word of its own reads as a possessive ("tonys" → Tony's): a little dearer. */
const POSSESSIVE_COST = 1.5;
/** ...unless the corpus has the "s" form at 2% or more of the name's own count ("kings" is a word, not King's). */
const POSSESSIVE_MAX_RATIO = 0.02;
/**
 * A known word of 5+ letters with one or two more letters that make no word ("ledger" + "ly", "shift" + "ly") is a
 * coined brand name, written as one word: priced as the word plus a word seen 1,000 times, so that two real words
 * still win ("blues" + "ky" loses to "blue sky").
 */
const COINED_SUFFIX_COUNT = 1000;
/**
 * The endings brand names are coined with ("ledger" + "ly", "flick" + "r", "brick" + "ie"). Other letters after a
 * word are the start of the next one: "greenacresfarmshop" is Greenacres Farm Shop, not "Greenacresf Arm Shop";
 * "blackdiamondskishop" is Black Diamond Ski Shop, not "Diamondski".
 */
const COINED_ENDINGS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'n', 'o', 'r', 's', 'x', 'y', 'z', 'ee', 'er', 'ex', 'ey', 'ia', 'ie', 'io', 'ix', 'ly', 'ox']);
/**
 * A corpus word seen this many times or fewer is a rare one ("andiron", seen 3 times): it pays the word penalty
 * twice, so it stands only when it is cheaper than the words its letters split into, penalties aside ("oakandiron"
 * is oak + and + iron: 15.2 against 16.6 for "andiron").
 */
const RARE_COUNT = 5;
/**
 * Words that subtitles are full of and business names are not, with what each costs more in a name: "theironhorse"
 * is The Iron Horse, not "their on horse" (4: as if seen ~55 times less often); "thebeadshop" is The Bead Shop, not
 * "beads hop" (a hop after a plural is the tail of "shop" far more often than beer; "The Hop House" still reads).
 */
const UNLIKELY_IN_NAMES: ReadonlyMap<string, number> = new Map([
  ['their', 4],
  ['theirs', 4],
  ['there', 4],
  ['they', 4],
  ['them', 4],
  ['hop', 2],
  // Crude words read nowhere in a business's name but across a word boundary ("millerscrapmetal" is Miller Scrap
  // Metal, not "Miller's Crap Metal"): priced out unless nothing else reads.
  ['crap', 12],
  ['crappy', 12],
  ['shit', 12],
  ['shits', 12],
  ['piss', 12],
  ['arse', 12],
  ['ass', 8],
  ['asses', 8],
  ['turd', 12],
  ['turds', 12],
]);
/**
 * English place names are made of a landscape or tree word and an ending that is no word of a business name on its
 * own ("brook" + "ham", "river" + "worth", "hill" + "combe", "summer" + "ton"), or one that is but reads as a place
 * after such a word ("oak" + "field", "river" + "dale"): a coined one the place list lacks is one name (Brookham
 * Vets, Riverworth Insurance, Oakfield Law), not "Brook Ham", "Summer Ton", "Oak Field". Compass words stay apart (West Ham,
 * East Ham), so do castles (Castle Combe), and words outside this list keep their split ("net worth", "fresh ham").
 */
const PLACE_ENDINGS: readonly string[] = ['ton', 'ham', 'worth', 'combe', 'wick', 'bury', 'stead', 'stock', 'thorpe', 'hurst', 'ford', 'leigh', 'ley', 'field', 'dale', 'brook', 'bridge'];
const PLACE_STEMS: ReadonlySet<string> = new Set([
  'alder', 'apple', 'ash', 'autumn', 'barley', 'bay', 'bear', 'beech', 'birch', 'black', 'bramble', 'briar', 'bright', 'brook', 'brown', 'cedar',
  'chalk', 'cherry', 'church', 'clay', 'cliff', 'clover', 'copper', 'corn', 'crow', 'dale', 'deer', 'elm', 'fair', 'fern', 'fox', 'glen', 'gold', 'golden',
  'green', 'grey', 'hart', 'hawk', 'hay', 'hazel', 'heath', 'heather', 'hill', 'holly', 'iron', 'ivy', 'king', 'kings', 'lake', 'lark', 'lily', 'little',
  'long', 'maple', 'marsh', 'meadow', 'mill', 'moor', 'moss', 'oak', 'pine', 'primrose', 'queen', 'queens', 'raven', 'red', 'ridge', 'river', 'rose', 'rye',
  'salt', 'sand', 'silver', 'spring', 'stag', 'star', 'stone', 'summer', 'sun', 'swan', 'thorn', 'wheat', 'white', 'willow', 'winter', 'wolf', 'wood', 'wren', 'yew',
]);
/*
 * A label may also be read in French, Italian, Spanish, German or Dutch ("cafedelaplace" is Cafe de la Place,
 * "tandartsdevries" Tandarts De Vries): each such reading is a split of its own, in which the words and names of that
 * language (data/foreign-words.txt, data/foreign-names.txt) are words beside the English ones, and it wins only when it
 * is cheaper than the English split by more than the price of the language itself (LANGUAGE_COST), which a TLD of a
 * country that speaks it waives (.fr, .it, .de ...). English splits never see a foreign word.
 */
/**
 * A word of a foreign word list (data/foreign-words.txt: common words of shop and restaurant names, "bella", "markt"):
 * as a word seen 1,000 times, like a lexicon keyword (≈ 10.8), or its corpus count if higher. Foreign names and places
 * cost what English ones do (NAME_COUNT).
 */
const FOREIGN_WORD_COUNT = 1000;
/**
 * A particle (article, preposition, "van", "von") of the language: as a word seen 100,000 times (≈ 6.2), as common as
 * "de" and "la" are in French ("cafedelaplace" is de + la, not "del a": 12.4 against 15.5), but a word of the name
 * only beside a word or name of the same language, or in a run of particles beside one ("de la" before "place"):
 * "label" is no "la bel", "dean" no "de an", "delivery" no "de livery", since "bel", "an" and "livery" are no French
 * words of the lists.
 */
const PARTICLE_COUNT = 100_000;
/**
 * A word read as English in a reading in another language costs this much more (a name seldom switches language):
 * "labellavita" read in Italian is la + bella + vita, not "label" + la + vita; "fleurdelis" in French fleur + de +
 * lis, not "del" + "is".
 */
const SWITCH_COST = 2;
/**
 * What reading a label in another language costs where the TLD says nothing of it (.com, .co.uk): a prior, set low,
 * since SWITCH_COST and the rule of particles are what keep English names English (the review sets of 13,000 names
 * read the same at 2 as at 6). "elrancho.com" is El Rancho (23.0 + 2 against 48.7 for "Elrancho", unknown);
 * "cafedelaplace.com" Cafe de la Place (42.6 + 2 against 45.7 for "Cafe Del a Place"); "laterra.com" La Terra
 * (23.0 + 2 against 28.8 for "Laterr a").
 */
const LANGUAGE_COST = 2;
/** The languages a country's TLD waives LANGUAGE_COST for. */
const TLD_LANGUAGES: Readonly<Record<string, readonly Language[]>> = {
  fr: ['fr'],
  be: ['fr', 'nl'],
  lu: ['fr', 'de'],
  mc: ['fr'],
  ch: ['de', 'fr', 'it'],
  it: ['it'],
  sm: ['it'],
  es: ['es'],
  mx: ['es'],
  ar: ['es'],
  cl: ['es'],
  pe: ['es'],
  de: ['de'],
  at: ['de'],
  li: ['de'],
  nl: ['nl'],
};

/** The languages a TLD waives the price of reading a label in (none for .com, .uk). */
export function languagesOfTld(tld: string): readonly Language[] {
  return Object.hasOwn(TLD_LANGUAGES, tld) ? (TLD_LANGUAGES[tld] as readonly Language[]) : [];
}

const MAX_WORD = 24;
const NAME_MASK = (1 << NAME_BITS) - 1;
/** A run of one letter repeated (AAA). */
const SAME_LETTER = /^(\p{L})\1+$/u;

/**
 * A name that opens with a letter, "and", a letter ("jandjcleaning", "randrautos", "bandbhotel") reads them as
 * initials joined by "and": J and J. Only at the start of a run, and only where the five letters are no word or name
 * of their own (sandy, handy, candy, sands stay words).
 */
const LETTER_AND_LETTER = /^[a-z]and[a-z]$/;
/** What the rest of such a run must split into: words, not fragments, initials or coined endings ("kandlelight"). */
const READ_AFTER_LETTERS: ReadonlySet<string> = new Set(['word', 'keyword', 'acronym', 'name', 'possessive']);

/** Letters that make a run pronounceable: with "y" ("kysp" in "blueskyspa" is no set of initials; "nyc" is listed). */
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/u;

/** Runs of letters and runs of digits; anything else (hyphens, marks of punctuation) separates. */
export function chunksOf(label: string): string[] {
  return label.toLowerCase().match(/[\p{L}\p{M}]+|\p{Nd}+/gu) ?? [];
}

/**
 * A word's price. Every one has all the fields (one object shape: the split loops read them for every substring of a
 * label, and a property some prices lack made those reads several times slower).
 */
export interface Priced {
  kind: PieceKind;
  cost: number;
  flags: number;
  /** The known word a coined word is made from ("ledger" for "ledgerly"). */
  stem: string | undefined;
  /** What the word is in the other languages (WordData.foreign), 0 when nothing. */
  foreign: number;
  /**
   * By language (bit i for LANGUAGES[i]), when `foreign` is set: where the word is a word or name (`content`), where
   * only a particle (`particle`), and where reading it as the language's costs less than reading it as English.
   */
  languages: { content: number; particle: number; cheaper: number } | undefined;
}

function makePriced(kind: PieceKind, cost: number, flags: number, stem?: string): Priced {
  return { kind, cost, flags, stem, foreign: 0, languages: undefined };
}

export function pricer(data: WordData, vocabulary: Vocabulary, astral: boolean, accented = astral): (word: string) => Priced {
  const log = Math.log;
  const base = log(data.total);
  const costOfCount = (count: number): number => base - log(count);
  const unknownBase = costOfCount(1);
  const nameCost = costOfCount(NAME_COUNT);
  const keywordCost = costOfCount(KEYWORD_COUNT);
  const coinedCost = costOfCount(COINED_SUFFIX_COUNT);
  const lengthOf = (word: string): number => (astral ? Array.from(word).length : word.length);
  const { keywords, acronyms } = vocabulary;
  /** Whether a word of 1-2 letters is a fragment rather than a word. */
  const fragment = (word: string, length: number): boolean =>
    length === 1 ? word !== 'a' : !SMALL_WORDS.has(word) && !keywords.has(word) && !acronyms.has(word) && (data.count(word) ?? 0) < SHORT_MIN_COUNT;
  /**
   * A vowelless run that starts or ends with a listed acronym is that acronym beside letters of another word, not
   * initials of its own: "cedartaxhq" is cedar + tax + hq, never "cedarta" + "xhq" ("tshq", "nhq" the same).
   */
  const besideAcronym = (word: string): boolean => {
    for (let cut = 1; cut < word.length; cut++) if (acronyms.has(word.slice(cut)) || acronyms.has(word.slice(0, cut))) return true;
    return false;
  };
  /** A word of the corpus, the lexicon or the name lists (not a fragment of one). */
  const known = (word: string): boolean => data.count(word) !== undefined || keywords.has(word) || data.nameFlags(word) !== 0;
  /**
   * The last three code units of every keyword of 3+ of them: a keyword of 3+ letters that ends a word ends in the
   * word's last three, so a word whose last three are none of these ends in no keyword, and its cuts are not looked
   * up one by one (most words priced are substrings of labels that end in no keyword at all).
   */
  const keywordTails = new Set<string>();
  for (const keyword of keywords) if (keyword.length >= 3) keywordTails.add(keyword.slice(-3));
  /** The word is a known word of 3+ letters followed by a lexicon keyword of 3+ letters. */
  const endsInKeyword = (word: string): boolean => {
    if (!keywordTails.has(word.slice(-3))) return false;
    for (let cut = 3; cut <= word.length - 3; cut++) if (keywords.has(word.slice(cut)) && known(word.slice(0, cut))) return true;
    return false;
  };

  /** The English price of a word; `entry` is its `data.lookup`, whose low bits are its name flags. */
  const english = (word: string, entry: number): Priced => {
    const length = lengthOf(word);
    const count = data.count(word);
    const counted = count === undefined ? Infinity : costOfCount(count);
    const unknownCost = unknownBase + UNKNOWN_PER_CHAR * length;
    if (length <= 2 && fragment(word, length)) return makePriced('unknown', length === 1 ? unknownCost * 2 : unknownCost, 0);
    const flags = entry & NAME_MASK;
    // One letter three or four times ("aaaplumbing", "aaaa") is a business's initials (AAA), never "A a a".
    if (length >= 3 && length <= 4 && flags === 0 && SAME_LETTER.test(word)) return makePriced('initials', costOfCount(INITIALS_COUNT), 0);
    if (acronyms.has(word)) return makePriced('acronym', Math.min(counted, keywords.has(word) ? keywordCost : nameCost), flags);
    if (keywords.has(word)) return makePriced('keyword', Math.min(counted, keywordCost), flags);
    if (flags !== 0) return makePriced('name', Math.min(counted, nameCost), flags);
    if (length >= 4 && word.endsWith('s')) {
      const owner = word.slice(0, -1);
      if (data.nameFlags(owner) & GIVEN) {
        const ownerCount = Math.max(data.count(owner) ?? 0, NAME_COUNT);
        if (count === undefined || count < ownerCount * POSSESSIVE_MAX_RATIO) return makePriced('possessive', costOfCount(ownerCount) + POSSESSIVE_COST, 0);
      } else if (count === undefined && length >= 5 && !astral && entry >>> NAME_BITS === 0 && foreignGiven(data.lookup(owner, accented) >>> NAME_BITS)) {
        // A given name of another language's list + "s" ("rositas" → Rosita's): what a restaurant or shop of a family
        // from there is called. Only when the letters are no word at all, here or there ("carlos" is a
        // name of its own, "jeans" a word).
        return makePriced('possessive', costOfCount(NAME_COUNT) + POSSESSIVE_COST, 0);
      }
    }
    // A three-letter token rarer than initials ("nco", seen 6 times) is a fragment of the words around it, not a word.
    if (count !== undefined && !(length === 3 && count < INITIALS_COUNT)) {
      return makePriced('word', (count <= RARE_COUNT ? counted + WORD_PENALTY : counted) + (UNLIKELY_IN_NAMES.get(word) ?? 0), 0);
    }
    if (vowelless(word, length) && !besideAcronym(word)) return makePriced('initials', costOfCount(INITIALS_COUNT), 0);
    if (!astral && placeCompound(word)) return makePriced('name', nameCost, PLACE);
    // Not when the letters end in a trade word after a known word ("breezespa" is breeze + spa, not "breezes" + pa).
    if (length >= 6 && !astral && !endsInKeyword(word)) {
      for (const cut of [1, 2]) {
        if (length - cut < 5) continue;
        // The ending first: one look-up in a set of twenty rules most cuts out before the stem's three.
        const ending = word.slice(length - cut);
        if (!COINED_ENDINGS.has(ending)) continue;
        const stem = word.slice(0, length - cut);
        if (!known(stem) || !fragment(ending, cut)) continue;
        const stemCount = data.count(stem);
        const stemCost =
          Math.min(stemCount === undefined ? Infinity : costOfCount(stemCount), keywords.has(stem) ? keywordCost : Infinity, data.nameFlags(stem) ? nameCost : Infinity) +
          (UNLIKELY_IN_NAMES.get(stem) ?? 0);
        return makePriced('coined', Math.min(unknownCost, stemCost + coinedCost), 0, stem);
      }
    }
    return makePriced('unknown', unknownCost, 0);
  };
  const costs = foreignCosts(data);
  return (word) => {
    const entry = data.lookup(word, accented);
    const read = english(word, entry);
    const foreign = astral ? 0 : entry >>> NAME_BITS;
    if (foreign === 0) return read;
    const languages = { content: 0, particle: 0, cheaper: 0 };
    read.foreign = foreign;
    read.languages = languages;
    LANGUAGES.forEach((_, index) => {
      const native = nativeCost(read, index, costs);
      if (native === undefined) return;
      if (native.particle) languages.particle |= 1 << index;
      else languages.content |= 1 << index;
      if (read.kind === 'unknown' || native.cost < read.cost) languages.cheaper |= 1 << index;
    });
    return read;
  };
}

/**
 * A word no list knows made of a place stem and a place ending ("brookham", "summerton"): a coined place name. A
 * stem that is the ending itself ("brookbrook", "daledale") is two words, not a place.
 */
function placeCompound(word: string): boolean {
  for (const ending of PLACE_ENDINGS) {
    if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem !== ending && PLACE_STEMS.has(stem)) return true;
  }
  return false;
}

/**
 * Most of segmentation is pricing the substrings of a label, and the substrings of one catalogue's labels repeat from
 * label to label ("best", "law", "estl" ...): the prices are a pure function of the word, the word data and the
 * vocabulary, so they are kept per vocabulary, up to a bound (cleared when full: never per-domain growth).
 */
const PRICE_MEMO_LIMIT = 50_000;
const pricers = new WeakMap<
  Vocabulary,
  { data: WordData; plain: (word: string) => Priced; accented: (word: string) => Priced; astral: (word: string) => Priced }
>();

function memoised(price: (word: string) => Priced): (word: string) => Priced {
  const seen = new Map<string, Priced>();
  // `remembered` by hand: this runs for every substring of every label, and a price is never undefined.
  return (word) => {
    let priced = seen.get(word);
    if (priced === undefined) {
      priced = price(word);
      if (seen.size >= PRICE_MEMO_LIMIT) seen.clear();
      seen.set(word, priced);
    }
    return priced;
  };
}

/** The (memoised) pricer of a vocabulary over the word data; `astral` for chunks with characters beyond the BMP. */
export function pricerFor(data: WordData, vocabulary: Vocabulary, astral: boolean, accented = astral): (word: string) => Priced {
  let entry = pricers.get(vocabulary);
  if (entry === undefined || entry.data !== data) {
    entry = {
      data,
      plain: memoised(pricer(data, vocabulary, false)),
      accented: memoised(pricer(data, vocabulary, false, true)),
      astral: memoised(pricer(data, vocabulary, true)),
    };
    pricers.set(vocabulary, entry);
  }
  return astral ? entry.astral : accented ? entry.accented : entry.plain;
}

/**
 * Initials: 3-4 letters without a vowel or "y" ("bbc"; "nyc" is a listed acronym). Two-letter runs ("ss", "ly") are
 * far more often pieces of words; the two-letter acronyms that matter (TV, UK, DJ) are in the lexicon's acronym list.
 */
function vowelless(word: string, length: number): boolean {
  return length >= 3 && length <= 4 && !VOWEL.test(word) && /^\p{L}+$/u.test(word);
}

/**
 * Cheapest split of `chars` by dynamic programming; ties keep the split found first (longest last word). With
 * `languages`, it also says which other languages could read the chunk cheaper (`readable`, bit i for LANGUAGES[i]):
 * those where some substring reads cheaper as the language's word or name (and is not inside a known word of the
 * split: below), or as its particle where one of its particles touches one of its words. A split in a language whose
 * every word of that language costs at least its English price can never beat the English split (see cheapestIn).
 */
function cheapest(chars: readonly string[], price: (word: string) => Priced, exclude?: string, languages = false): { words: string[]; cost: number; readable: number } {
  const n = chars.length;
  // Substrings by code-unit offsets of one string: slicing is cheaper than joining arrays of characters.
  const text = chars.join('');
  const offsets: number[] = [0];
  chars.forEach((ch, i) => (offsets[i + 1] = (offsets[i] ?? 0) + ch.length));
  const span = (start: number, end: number): string => text.slice(offsets[start], offsets[end]);
  const best: number[] = [0];
  const from: number[] = [0];
  // Words of other languages that read cheaper so, as start, end, languages; and particles that do, by language.
  const cheaper: number[] = [];
  let cheaperParticle = 0;
  // Where words of each language start and end (bits by language), and the particles met, as start, end, languages.
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  const particles: number[] = [];
  for (let end = 1; end <= n; end++) {
    best[end] = Infinity;
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const word = span(start, end);
      if (word === exclude) continue;
      // "n" between two words is "and" written short ("fishnchips", "rocknroll"), priced as "and" and a little more;
      // at either end of the run it stays a stray letter ("nsmithlaw", "na-one").
      // And "r" before a closing "us" is "are", as "Toys R Us" writes it ("tradiesrus" → Tradies R Us).
      const priced = word === 'n' && start > 0 && end < n ? shortAnd(price) : word === 'r' && start > 0 && span(end, n) === 'us' ? shortAre(price) : price(word);
      const read = priced.languages;
      if (read !== undefined && languages) {
        if ((read.content & read.cheaper) !== 0) cheaper.push(start, end, read.content & read.cheaper);
        cheaperParticle |= read.particle & read.cheaper;
        if (read.particle !== 0) particles.push(start, end, read.particle);
        if (read.content !== 0) {
          starts ??= new Array<number>(n + 1).fill(0);
          ends ??= new Array<number>(n + 1).fill(0);
          starts[start] = (starts[start] ?? 0) | read.content;
          ends[end] = (ends[end] ?? 0) | read.content;
        }
      }
      let total = (best[start] ?? Infinity) + priced.cost + WORD_PENALTY;
      if (end === n && start > 0 && FINAL_ARTICLES.has(word)) total += FINAL_ARTICLE_PENALTY;
      if (total < (best[end] ?? Infinity)) {
        best[end] = total;
        from[end] = start;
      }
    }
    // Unknown text may be longer than any word: a coined name of 30 letters stays one span.
    if (n > MAX_WORD && end > MAX_WORD) {
      const whole = span(0, end);
      const total = price(whole).cost + WORD_PENALTY;
      if (whole !== exclude && total < (best[end] ?? Infinity)) {
        best[end] = total;
        from[end] = 0;
      }
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) words.unshift(span(from[end] ?? 0, end));
  if (!languages) return { words, cost: best[n] ?? Infinity, readable: 0 };
  // A word of another language inside a known word of the English split does not count: to read it, a split must
  // break that word into it and fragments ("orth" in "north", "ven" in "seven"), which seldom pays. It spares most of
  // the other splits (1,311 → 592 over 10,000 word-built names), and no name of the review sets reads otherwise.
  let cheaperContent = 0;
  if (cheaper.length > 0) {
    const inside = new Array<number>(n).fill(-1);
    for (let end = n; end > 0; end = from[end] ?? 0) {
      const start = from[end] ?? 0;
      if (price(span(start, end)).kind !== 'unknown') for (let i = start; i < end; i++) inside[i] = start * (n + 1) + end;
    }
    for (let i = 0; i < cheaper.length; i += 3) {
      const start = cheaper[i] ?? 0;
      const end = cheaper[i + 1] ?? 0;
      const word = inside[start] ?? -1;
      if (word >= 0 && word === inside[end - 1] && word !== start * (n + 1) + end) continue;
      cheaperContent |= cheaper[i + 2] ?? 0;
    }
  }
  let touching = 0;
  if (starts !== undefined && ends !== undefined) {
    for (let i = 0; i < particles.length; i += 3) {
      touching |= (particles[i + 2] ?? 0) & ((ends[particles[i] ?? 0] ?? 0) | (starts[particles[i + 1] ?? 0] ?? 0));
    }
  }
  return { words, cost: best[n] ?? Infinity, readable: cheaperContent | (cheaperParticle & touching) };
}

/** "n" read as "and": the price of "and" plus SHORT_AND_COST. */
function shortAnd(price: (word: string) => Priced): Priced {
  return makePriced('word', price('and').cost + SHORT_AND_COST, 0);
}

/**
 * A run that opens with a letter, "and", a letter ("jandjcleaning") split as "J and J" and the rest, when the five
 * letters are no word or name, the rest splits into known pieces only, and that costs less than the run's own
 * cheapest split: "and" and a little more for each letter. "kandinsky", "kandlelight" keep their own reading (their
 * rest leaves fragments or initials), as do sandy, handy and sands (words).
 */
function openingLettersAnd(chars: readonly string[], price: (word: string) => Priced): { words: string[]; cost: number } | undefined {
  if (chars.length < 5) return undefined;
  const head = chars.slice(0, 5).join('');
  if (!LETTER_AND_LETTER.test(head) || price(head).kind !== 'unknown') return undefined;
  const rest = chars.length === 5 ? { words: [], cost: 0 } : cheapest(chars.slice(5), price);
  if (rest.words.some((word) => !READ_AFTER_LETTERS.has(price(word).kind))) return undefined;
  return { words: [head.charAt(0), 'and', head.charAt(4), ...rest.words], cost: price('and').cost + 2 * SHORT_AND_COST + WORD_PENALTY + rest.cost };
}

/** "r" read as "are" before a closing "us": cheaper than a coined ending "r" ("Tradiesr"), as the idiom is. */
function shortAre(price: (word: string) => Priced): Priced {
  return makePriced('word', price('and').cost + SHORT_ARE_COST, 0);
}

/** A split in another language: its words, which of them are read as that language's (`native`), its cost. */
interface ForeignSplit {
  words: string[];
  native: boolean[];
  cost: number;
}

/** The word is a given name in some language's list (`bits`: WordData.foreign). */
function foreignGiven(bits: number): boolean {
  for (let language = 0; language < LANGUAGES.length; language++) if (bits & (1 << (FOREIGN_KINDS * language + FOREIGN_GIVEN))) return true;
  return false;
}

/** The bits of a language's words and names (not its particles) in `WordData.foreign`. */
function contentBits(language: number): number {
  const at = FOREIGN_KINDS * language;
  return (1 << (at + FOREIGN_WORD)) | (1 << (at + FOREIGN_GIVEN)) | (1 << (at + FOREIGN_SURNAME)) | (1 << (at + FOREIGN_PLACE));
}

/** Costs of a foreign word or name and a particle, on the corpus's scale. */
function foreignCosts(data: WordData): { word: number; name: number; particle: number } {
  const base = Math.log(data.total);
  return { word: base - Math.log(FOREIGN_WORD_COUNT), name: base - Math.log(NAME_COUNT), particle: base - Math.log(PARTICLE_COUNT) };
}

/** What a word read as a word of `language` costs: a particle's price, or a word's or name's; undefined if neither. */
function nativeCost(priced: Priced, language: number, costs: ReturnType<typeof foreignCosts>): { cost: number; particle: boolean } | undefined {
  const bits = priced.foreign ?? 0;
  const at = FOREIGN_KINDS * language;
  const english = priced.kind === 'unknown' ? Infinity : priced.cost;
  if (bits & (1 << (at + FOREIGN_WORD))) return { cost: Math.min(english, costs.word), particle: false };
  if (bits & contentBits(language)) return { cost: Math.min(english, costs.name), particle: false };
  if (bits & (1 << (at + FOREIGN_PARTICLE))) return { cost: Math.min(english, costs.particle), particle: true };
  return undefined;
}

/*
 * States of the split in another language after a word: OTHER (an English word), NATIVE (a word of the language, or a
 * particle after one), PENDING (particles with no word of the language before them: the next word must be one).
 */
const OTHER = 0;
const NATIVE = 1;
const PENDING = 2;

/**
 * Cheapest split of `chars` read in `language` (an index of LANGUAGES): each word is read as English (its price and
 * SWITCH_COST) or as a word of the language (nativeCost), and a particle stands only beside a word of the language
 * (see PARTICLE_COUNT).
 */
function cheapestIn(chars: readonly string[], price: (word: string) => Priced, language: number, costs: ReturnType<typeof foreignCosts>): ForeignSplit {
  const n = chars.length;
  const text = chars.join('');
  // best[3 * end + state]; from the same, with how the word ending there was read.
  const best = new Float64Array(3 * (n + 1)).fill(Infinity);
  const from = new Int32Array(3 * (n + 1));
  const fromState = new Int8Array(3 * (n + 1));
  const read = new Uint8Array(3 * (n + 1));
  best[OTHER] = 0;
  const relax = (end: number, state: number, total: number, start: number, before: number, native: boolean): void => {
    const at = 3 * end + state;
    if (total < (best[at] ?? Infinity)) {
      best[at] = total;
      from[at] = start;
      fromState[at] = before;
      read[at] = native ? 1 : 0;
    }
  };
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const other = best[3 * start + OTHER] ?? Infinity;
      const nativeBefore = best[3 * start + NATIVE] ?? Infinity;
      const pending = best[3 * start + PENDING] ?? Infinity;
      if (other === Infinity && nativeBefore === Infinity && pending === Infinity) continue;
      const priced = price(text.slice(start, end));
      const english = priced.cost + WORD_PENALTY + SWITCH_COST;
      relax(end, OTHER, other + english, start, OTHER, false);
      relax(end, OTHER, nativeBefore + english, start, NATIVE, false);
      const native = priced.foreign === undefined ? undefined : nativeCost(priced, language, costs);
      if (native === undefined) continue;
      const cost = native.cost + WORD_PENALTY;
      if (native.particle) {
        relax(end, NATIVE, nativeBefore + cost, start, NATIVE, true);
        relax(end, PENDING, other + cost, start, OTHER, true);
        relax(end, PENDING, pending + cost, start, PENDING, true);
      } else {
        relax(end, NATIVE, other + cost, start, OTHER, true);
        relax(end, NATIVE, nativeBefore + cost, start, NATIVE, true);
        relax(end, NATIVE, pending + cost, start, PENDING, true);
      }
    }
  }
  const endState = (best[3 * n + NATIVE] ?? Infinity) < (best[3 * n + OTHER] ?? Infinity) ? NATIVE : OTHER;
  const words: string[] = [];
  const native: boolean[] = [];
  for (let end = n, state = endState; end > 0; ) {
    const at = 3 * end + state;
    const start = from[at] ?? 0;
    words.unshift(text.slice(start, end));
    native.unshift(read[at] === 1);
    state = fromState[at] ?? OTHER;
    end = start;
  }
  return { words, native, cost: best[3 * n + endState] ?? Infinity };
}


function nameLabel(flags: number): WordPiece['name'] {
  const person = flags & (GIVEN | SURNAME);
  if (person === (GIVEN | SURNAME)) return 'given name or surname';
  if (person === GIVEN) return 'given';
  if (person === SURNAME) return 'surname';
  return flags & PLACE ? 'place' : undefined;
}

/**
 * The cheapest of the English split and the splits in the other languages that could beat it (`readable`), each with
 * LANGUAGE_COST unless the TLD's language; English on a tie.
 */
function bestSplit(chars: readonly string[], price: (word: string) => Priced, data: WordData, languages: readonly Language[]): { words: string[]; native?: boolean[]; language?: number } {
  const english = cheapest(chars, price, undefined, true);
  const letters = openingLettersAnd(chars, price);
  if (letters !== undefined && letters.cost < english.cost) return { words: letters.words };
  if (english.readable === 0) return english;
  let best: { words: string[]; native?: boolean[]; language?: number; cost: number } = english;
  const costs = foreignCosts(data);
  LANGUAGES.forEach((language, index) => {
    if ((english.readable & (1 << index)) === 0) return;
    const split = cheapestIn(chars, price, index, costs);
    const cost = split.cost + (languages.includes(language) ? 0 : LANGUAGE_COST);
    if (cost < best.cost) best = { words: split.words, native: split.native, language: index, cost };
  });
  return best;
}

/** Pieces of one chunk (a run of letters or digits); `languages`, those its TLD says the label may well be in. */
export function segmentChunk(chunk: string, vocabulary: Vocabulary = EMPTY_VOCABULARY, languages: readonly Language[] = []): WordPiece[] {
  if (/^\p{Nd}+$/u.test(chunk)) return [{ word: chunk, kind: 'number', cost: 0 }];
  const data = wordData();
  const astral = /[\uD800-\uDBFF]/.test(chunk);
  const price = pricerFor(data, vocabulary, astral, /[^\x00-\x7f]/.test(chunk));
  const { words, native, language } = bestSplit(Array.from(chunk), price, data, astral ? [] : languages);
  const merged = mergeFragments(words, price, native);
  return merged.map(({ word, native: read }) => {
    const priced = price(word);
    const piece: WordPiece = { word, kind: priced.kind, cost: round(priced.cost, 1) };
    if (read && language !== undefined) return nativePiece(piece, priced, language, foreignCosts(data));
    if (priced.stem !== undefined) piece.stem = priced.stem;
    const name = nameLabel(priced.flags);
    if (name) piece.name = name;
    if (priced.kind !== 'unknown') {
      const rather = ratherOf(word, price);
      if (rather !== undefined) piece.rather = { words: [...rather.words], cost: rather.cost };
    }
    return piece;
  });
}

/** A piece read as a word of another language: a particle, a word of its list, or a name of its lists. */
function nativePiece(piece: WordPiece, priced: Priced, language: number, costs: ReturnType<typeof foreignCosts>): WordPiece {
  const bits = priced.foreign ?? 0;
  const at = FOREIGN_KINDS * language;
  const native = nativeCost(priced, language, costs);
  const lang = LANGUAGES[language];
  if (native === undefined || lang === undefined) return piece;
  piece.lang = lang;
  piece.cost = round(native.cost, 1);
  if (native.particle) {
    piece.kind = 'particle';
    return piece;
  }
  // A name of the English lists or the language's ("dam" is a Dutch surname: "van Dam").
  const flags =
    priced.flags |
    (bits & (1 << (at + FOREIGN_GIVEN)) ? GIVEN : 0) |
    (bits & (1 << (at + FOREIGN_SURNAME)) ? SURNAME : 0) |
    (bits & (1 << (at + FOREIGN_PLACE)) ? PLACE : 0);
  const name = nameLabel(flags);
  if (name) piece.name = name;
  // Cheaper as the English word it also is ("place", "pizzeria"): that word, read as the language's.
  if (priced.kind !== 'unknown' && priced.cost <= native.cost) return piece;
  piece.kind = bits & (1 << (at + FOREIGN_WORD)) ? 'word' : 'name';
  return piece;
}

/** Each pricer's "rather" splits by word (words recur from label to label: "best", "plumbing"), bounded like prices. */
const ratherMemos = new WeakMap<(word: string) => Priced, Map<string, { words: readonly string[]; cost: number } | null>>();

/** For a word of 4 or more letters: its cheapest split into smaller words, when one exists (see WordPiece.rather). */
function ratherOf(word: string, price: (word: string) => Priced): { words: readonly string[]; cost: number } | undefined {
  let memo = ratherMemos.get(price);
  if (memo === undefined) {
    memo = new Map();
    ratherMemos.set(price, memo);
  }
  const found = remembered(memo, word, PRICE_MEMO_LIMIT, () => {
    const chars = Array.from(word);
    if (chars.length < 4) return null;
    const split = cheapest(chars, price, word);
    return Number.isFinite(split.cost) && split.words.length > 1 ? { words: split.words, cost: round(split.cost - WORD_PENALTY * split.words.length, 1) } : null;
  });
  return found ?? undefined;
}

/**
 * Unknown fragments are not words of a name: adjacent unknown pieces join ("xq", "zv" → "xqzv"), and a one- or
 * two-letter unknown piece joins the word before it ("ledger" + "ly" → "ledgerly": a coined brand name), or the
 * word after it when it comes first; an unknown "by" or "and" with a two-letter given name is the two ("by Jo").
 */
function mergeFragments(words: readonly string[], price: (word: string) => Priced, native?: readonly boolean[]): { word: string; native: boolean }[] {
  const out: { word: string; unknown: boolean; native: boolean }[] = [];
  words.forEach((word, i) => {
    // A word read as another language's is a word of the name, whatever English makes of it ("el", "de").
    const read = native?.[i] === true;
    // "n" between two words is "and" (cheapest reads it so only there), not a letter to join to its neighbour.
    // Nor the letters of an opening "J and J" (cheapest reads "jandj" so), to be joined back into "jandj".
    const initialAnd = (i === 0 || i === 2) && words[1] === 'and' && LETTER_AND_LETTER.test(`${words[0]}and${words[2]}`);
    const unknown = !read && !initialAnd && price(word).kind === 'unknown' && !(word === 'n' && i > 0 && i < words.length - 1) && !(word === 'r' && i > 0 && i === words.length - 2 && words[i + 1] === 'us');
    const last = out[out.length - 1];
    if (last && unknown && (last.unknown || Array.from(word).length <= 2)) {
      last.word += word;
      last.unknown = true;
      last.native = false;
    } else if (last && last.unknown && !read && Array.from(last.word).length <= 2 && out.length === 1) {
      last.word += word;
      last.unknown = true;
    } else {
      out.push({ word, unknown, native: read });
    }
  });
  // A two-letter given name after "by" or "and" is that person, not the tail of an unknown run: the run "byjo" of
  // "weddingcakesbyjo" is by + Jo (a fragment costs more than the run, so the split never wins on price alone).
  return out.flatMap(({ word, unknown, native: read }) => {
    if (!unknown) return [{ word, native: read }];
    for (const joiner of ['by', 'and']) {
      const name = word.slice(joiner.length);
      if (word.startsWith(joiner) && name.length === 2 && (wordData().nameFlags(name) & GIVEN) !== 0) return [joiner, name].map((w) => ({ word: w, native: false }));
    }
    return [{ word, native: false }];
  });
}

/** The English ordinal ending of a number written in digits: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinalSuffix(digits: string): string {
  const n = Number(digits.slice(-2));
  if (n >= 11 && n <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * Pieces of a label, chunk by chunk (`24hourplumber` → 24, hour, plumber). A number's ordinal ending run into the
 * letters after it is a chunk of its own when the rest reads cheaper without it (`3rdwavecoffee` → 3, rd, wave,
 * coffee; `1stop` stays 1, stop).
 */
export function segmentPieces(label: string, vocabulary: Vocabulary = EMPTY_VOCABULARY, languages: readonly Language[] = []): WordPiece[][] {
  const chunks = chunksOf(label);
  const out: WordPiece[][] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as string;
    const before = chunks[i - 1];
    const suffix = before !== undefined && /^\p{Nd}+$/u.test(before) ? ordinalSuffix(before) : undefined;
    if (suffix !== undefined && chunk.length > suffix.length + 2 && chunk.startsWith(suffix) && !/[\uD800-\uDBFF]/.test(chunk)) {
      const price = pricerFor(wordData(), vocabulary, false);
      const rest = chunk.slice(suffix.length);
      if (cheapest(Array.from(rest), price).cost < cheapest(Array.from(chunk), price).cost) {
        out.push([{ word: suffix, kind: 'unknown', cost: 0 }], segmentChunk(rest, vocabulary, languages));
        continue;
      }
    }
    out.push(segmentChunk(chunk, vocabulary, languages));
  }
  if (out.length > 1) particlesAcrossHyphens(out, vocabulary, languages);
  return out;
}

/**
 * A chunk that is one particle of a language, set apart by hyphens, is that particle when a word of the language is
 * beside it, across the hyphen or across other such particles (the rule of PARTICLE_COUNT): "cafe-de-la-place" is
 * Cafe de la Place, "tandarts-de-vries" Tandarts de Vries; the word beside it is read as the language's too. The
 * TLD's languages are tried first. Changes `chunks` in place.
 */
function particlesAcrossHyphens(chunks: WordPiece[][], vocabulary: Vocabulary, languages: readonly Language[]): void {
  const data = wordData();
  const price = pricerFor(data, vocabulary, false);
  const costs = foreignCosts(data);
  const order = [...languages, ...LANGUAGES.filter((language) => !languages.includes(language))];
  const lone = (chunk: WordPiece[] | undefined): WordPiece | undefined => (chunk?.length === 1 && chunk[0]?.kind !== 'number' ? chunk[0] : undefined);
  for (let i = 0; i < chunks.length; i++) {
    const first = lone(chunks[i]);
    if (first === undefined || first.lang !== undefined || (price(first.word).foreign ?? 0) === 0) continue;
    for (const language of order) {
      const index = LANGUAGES.indexOf(language);
      const particle = (piece: WordPiece | undefined): boolean =>
        piece !== undefined && piece.lang === undefined && ((price(piece.word).foreign ?? 0) & (1 << (FOREIGN_KINDS * index + FOREIGN_PARTICLE))) !== 0;
      let end = i;
      while (particle(lone(chunks[end]))) end++;
      if (end === i) continue;
      // The word just before the particles and the one just after: one must be a word or name of the language.
      const beside = [chunks[i - 1]?.at(-1), chunks[end]?.[0]].filter((piece): piece is WordPiece => piece !== undefined);
      const native = (piece: WordPiece): boolean =>
        piece.lang === language || (piece.lang === undefined && ((price(piece.word).foreign ?? 0) & contentBits(index)) !== 0);
      if (!beside.some(native)) continue;
      for (let j = i; j < end; j++) {
        const piece = lone(chunks[j]) as WordPiece;
        chunks[j] = [nativePiece({ ...piece }, price(piece.word), index, costs)];
      }
      for (const piece of beside) {
        if (piece.lang !== undefined || !native(piece)) continue;
        Object.assign(piece, nativePiece({ ...piece }, price(piece.word), index, costs));
      }
      i = end - 1;
      break;
    }
  }
}

/** Words of a label, lower case (`bestlawfirm` → best, law, firm). */
export function segmentWords(label: string, vocabulary: Vocabulary = EMPTY_VOCABULARY, languages: readonly Language[] = []): string[] {
  return segmentPieces(label, vocabulary, languages).flatMap((pieces) => pieces.map((p) => p.word));
}
