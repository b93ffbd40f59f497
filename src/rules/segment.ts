// Split a domain label into words: hyphens and digits first, then the cheapest split by word frequency (Zipf cost).
import { SMALL_WORDS } from 'title-case';
import { round } from '../shared/format.js';
import { GIVEN, PLACE, SURNAME, wordData, type WordData } from './wordData.js';
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

export type PieceKind = 'word' | 'name' | 'possessive' | 'coined' | 'keyword' | 'acronym' | 'initials' | 'number' | 'unknown';

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
]);
/**
 * English place names are made of a landscape or tree word and an ending that is no word of a business name on its
 * own ("brook" + "ham", "river" + "worth", "hill" + "combe", "summer" + "ton"): a coined one the place list lacks is
 * one name (Brookham Vets, Riverworth Insurance), not "Brook Ham", "Summer Ton". Compass words stay apart (West Ham,
 * East Ham), so do castles (Castle Combe), and words outside this list keep their split ("net worth", "fresh ham").
 */
const PLACE_ENDINGS: readonly string[] = ['ton', 'ham', 'worth', 'combe', 'wick', 'bury', 'stead', 'stock', 'thorpe', 'hurst', 'ford', 'leigh', 'ley'];
const PLACE_STEMS: ReadonlySet<string> = new Set([
  'alder', 'apple', 'ash', 'autumn', 'barley', 'bay', 'bear', 'beech', 'birch', 'black', 'bramble', 'briar', 'bright', 'brook', 'brown', 'cedar',
  'chalk', 'cherry', 'church', 'clay', 'cliff', 'clover', 'copper', 'corn', 'crow', 'dale', 'deer', 'elm', 'fair', 'fern', 'fox', 'glen', 'gold', 'golden',
  'green', 'grey', 'hart', 'hawk', 'hay', 'hazel', 'heath', 'heather', 'hill', 'holly', 'iron', 'ivy', 'king', 'kings', 'lake', 'lark', 'lily', 'little',
  'long', 'maple', 'marsh', 'meadow', 'mill', 'moor', 'moss', 'oak', 'pine', 'primrose', 'queen', 'queens', 'raven', 'red', 'ridge', 'river', 'rose', 'rye',
  'salt', 'sand', 'silver', 'spring', 'stag', 'star', 'stone', 'summer', 'sun', 'swan', 'thorn', 'wheat', 'white', 'willow', 'winter', 'wolf', 'wood', 'wren', 'yew',
]);
const MAX_WORD = 24;
/** Letters that make a run pronounceable: with "y" ("kysp" in "blueskyspa" is no set of initials; "nyc" is listed). */
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/u;

/** Runs of letters and runs of digits; anything else (hyphens, marks of punctuation) separates. */
export function chunksOf(label: string): string[] {
  return label.toLowerCase().match(/[\p{L}\p{M}]+|\p{Nd}+/gu) ?? [];
}

export interface Priced {
  kind: PieceKind;
  cost: number;
  flags: number;
  /** The known word a coined word is made from ("ledger" for "ledgerly"). */
  stem?: string;
}

export function pricer(data: WordData, vocabulary: Vocabulary, astral: boolean): (word: string) => Priced {
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
  /** The word is a known word of 3+ letters followed by a lexicon keyword of 3+ letters. */
  const endsInKeyword = (word: string): boolean => {
    for (let cut = 3; cut <= word.length - 3; cut++) if (keywords.has(word.slice(cut)) && known(word.slice(0, cut))) return true;
    return false;
  };

  return (word) => {
    const length = lengthOf(word);
    const count = data.count(word);
    const counted = count === undefined ? Infinity : costOfCount(count);
    const unknownCost = unknownBase + UNKNOWN_PER_CHAR * length;
    if (length <= 2 && fragment(word, length)) return { kind: 'unknown', cost: length === 1 ? unknownCost * 2 : unknownCost, flags: 0 };
    if (acronyms.has(word)) return { kind: 'acronym', cost: Math.min(counted, keywords.has(word) ? keywordCost : nameCost), flags: data.nameFlags(word) };
    if (keywords.has(word)) return { kind: 'keyword', cost: Math.min(counted, keywordCost), flags: data.nameFlags(word) };
    const flags = data.nameFlags(word);
    if (flags !== 0) return { kind: 'name', cost: Math.min(counted, nameCost), flags };
    if (length >= 4 && word.endsWith('s')) {
      const owner = word.slice(0, -1);
      if (data.nameFlags(owner) & GIVEN) {
        const ownerCount = Math.max(data.count(owner) ?? 0, NAME_COUNT);
        if (count === undefined || count < ownerCount * POSSESSIVE_MAX_RATIO) return { kind: 'possessive', cost: costOfCount(ownerCount) + POSSESSIVE_COST, flags: 0 };
      }
    }
    // A three-letter token rarer than initials ("nco", seen 6 times) is a fragment of the words around it, not a word.
    if (count !== undefined && !(length === 3 && count < INITIALS_COUNT)) {
      return { kind: 'word', cost: (count <= RARE_COUNT ? counted + WORD_PENALTY : counted) + (UNLIKELY_IN_NAMES.get(word) ?? 0), flags: 0 };
    }
    if (vowelless(word, length) && !besideAcronym(word)) return { kind: 'initials', cost: costOfCount(INITIALS_COUNT), flags: 0 };
    if (!astral && placeCompound(word)) return { kind: 'name', cost: nameCost, flags: PLACE };
    // Not when the letters end in a trade word after a known word ("breezespa" is breeze + spa, not "breezes" + pa).
    if (length >= 6 && !astral && !endsInKeyword(word)) {
      for (const cut of [1, 2]) {
        if (length - cut < 5) continue;
        const stem = word.slice(0, length - cut);
        if (!known(stem) || !fragment(word.slice(length - cut), cut) || !COINED_ENDINGS.has(word.slice(length - cut))) continue;
        const stemCount = data.count(stem);
        const stemCost =
          Math.min(stemCount === undefined ? Infinity : costOfCount(stemCount), keywords.has(stem) ? keywordCost : Infinity, data.nameFlags(stem) ? nameCost : Infinity) +
          (UNLIKELY_IN_NAMES.get(stem) ?? 0);
        return { kind: 'coined', cost: Math.min(unknownCost, stemCost + coinedCost), flags: 0, stem };
      }
    }
    return { kind: 'unknown', cost: unknownCost, flags: 0 };
  };
}

/** A word no list knows made of a place stem and a place ending ("brookham", "summerton"): a coined place name. */
function placeCompound(word: string): boolean {
  for (const ending of PLACE_ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && PLACE_STEMS.has(word.slice(0, -ending.length))) return true;
  }
  return false;
}

/**
 * Most of segmentation is pricing the substrings of a label, and the substrings of one catalogue's labels repeat from
 * label to label ("best", "law", "estl" ...): the prices are a pure function of the word, the word data and the
 * vocabulary, so they are kept per vocabulary, up to a bound (cleared when full: never per-domain growth).
 */
const PRICE_MEMO_LIMIT = 50_000;
const pricers = new WeakMap<Vocabulary, { data: WordData; plain: (word: string) => Priced; astral: (word: string) => Priced }>();

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
export function pricerFor(data: WordData, vocabulary: Vocabulary, astral: boolean): (word: string) => Priced {
  let entry = pricers.get(vocabulary);
  if (entry === undefined || entry.data !== data) {
    entry = { data, plain: memoised(pricer(data, vocabulary, false)), astral: memoised(pricer(data, vocabulary, true)) };
    pricers.set(vocabulary, entry);
  }
  return astral ? entry.astral : entry.plain;
}

/**
 * Initials: 3-4 letters without a vowel or "y" ("bbc"; "nyc" is a listed acronym). Two-letter runs ("ss", "ly") are
 * far more often pieces of words; the two-letter acronyms that matter (TV, UK, DJ) are in the lexicon's acronym list.
 */
function vowelless(word: string, length: number): boolean {
  return length >= 3 && length <= 4 && !VOWEL.test(word) && /^\p{L}+$/u.test(word);
}

/** Cheapest split of `chars` by dynamic programming; ties keep the split found first (longest last word). */
function cheapest(chars: readonly string[], price: (word: string) => Priced, exclude?: string): { words: string[]; cost: number } {
  const n = chars.length;
  // Substrings by code-unit offsets of one string: slicing is cheaper than joining arrays of characters.
  const text = chars.join('');
  const offsets: number[] = [0];
  chars.forEach((ch, i) => (offsets[i + 1] = (offsets[i] ?? 0) + ch.length));
  const span = (start: number, end: number): string => text.slice(offsets[start], offsets[end]);
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    best[end] = Infinity;
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const word = span(start, end);
      if (word === exclude) continue;
      const total = (best[start] ?? Infinity) + price(word).cost + WORD_PENALTY;
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
  return { words, cost: best[n] ?? Infinity };
}


function nameLabel(flags: number): WordPiece['name'] {
  const person = flags & (GIVEN | SURNAME);
  if (person === (GIVEN | SURNAME)) return 'given name or surname';
  if (person === GIVEN) return 'given';
  if (person === SURNAME) return 'surname';
  return flags & PLACE ? 'place' : undefined;
}

/** Pieces of one chunk (a run of letters or digits). */
export function segmentChunk(chunk: string, vocabulary: Vocabulary = EMPTY_VOCABULARY): WordPiece[] {
  if (/^\p{Nd}+$/u.test(chunk)) return [{ word: chunk, kind: 'number', cost: 0 }];
  const price = pricerFor(wordData(), vocabulary, /[\uD800-\uDBFF]/.test(chunk));
  const { words } = cheapest(Array.from(chunk), price);
  const merged = mergeFragments(words, price);
  return merged.map((word) => {
    const priced = price(word);
    const piece: WordPiece = { word, kind: priced.kind, cost: round(priced.cost, 1) };
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
function mergeFragments(words: readonly string[], price: (word: string) => Priced): string[] {
  const out: { word: string; unknown: boolean }[] = [];
  for (const word of words) {
    const unknown = price(word).kind === 'unknown';
    const last = out[out.length - 1];
    if (last && unknown && (last.unknown || Array.from(word).length <= 2)) {
      last.word += word;
      last.unknown = true;
    } else if (last && last.unknown && Array.from(last.word).length <= 2 && out.length === 1) {
      last.word += word;
      last.unknown = true;
    } else {
      out.push({ word, unknown });
    }
  }
  // A two-letter given name after "by" or "and" is that person, not the tail of an unknown run: the run "byjo" of
  // "weddingcakesbyjo" is by + Jo (a fragment costs more than the run, so the split never wins on price alone).
  return out.flatMap(({ word, unknown }) => {
    if (!unknown) return [word];
    for (const joiner of ['by', 'and']) {
      const name = word.slice(joiner.length);
      if (word.startsWith(joiner) && name.length === 2 && (wordData().nameFlags(name) & GIVEN) !== 0) return [joiner, name];
    }
    return [word];
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
export function segmentPieces(label: string, vocabulary: Vocabulary = EMPTY_VOCABULARY): WordPiece[][] {
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
        out.push([{ word: suffix, kind: 'unknown', cost: 0 }], segmentChunk(rest, vocabulary));
        continue;
      }
    }
    out.push(segmentChunk(chunk, vocabulary));
  }
  return out;
}

/** Words of a label, lower case (`bestlawfirm` → best, law, firm). */
export function segmentWords(label: string, vocabulary: Vocabulary = EMPTY_VOCABULARY): string[] {
  return segmentPieces(label, vocabulary).flatMap((pieces) => pieces.map((p) => p.word));
}
