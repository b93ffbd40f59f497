// The English of a page (src/rules/english.ts): the rules' copy is British; `english: us` shows American spellings
// and words, and never touches the business's own name or a tagline it gave.
import { afterAll, describe, expect, it } from 'vitest';
import { selectFor } from '../../src/rules/index.js';
import { loadProject } from '../../src/pipeline/project.js';
import { designSite } from '../../src/pipeline/site.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';
import { compileSiteTemplates, implementSite, readDesign } from '../../src/implement/index.js';
import { loadIconSet } from '../../src/pipeline/icon-set.js';
import { loadFontCatalogue } from '../../src/pipeline/fonts.js';
import { englishPairs, inEnglish, inEnglishKeeping } from '../../src/rules/english.js';
import { readFileSync } from 'node:fs';
import { lineageOf } from '../../src/rules/tree.js';
import { builtinRules, site } from './builtinRules.js';
import type { Selection } from '../../src/shared/types.js';

/**
 * British spellings and words a US reader would notice. Each is a pattern, not a word of data/english-us.txt, so a
 * new line of copy with a British form the list lacks fails here until the list learns it.
 */
const BRITISH = [
  /\b\w*(colour|flavour|neighbour|favour|behaviour|honour|harbour|parlour|odour|humour|labour|armour|rumour|vapour)\w*\b/i,
  /\b\w*(centre|theatre|metre|litre|fibre|calibre|sombre|spectre)s?\b/i,
  /\b(organis|realis|recognis|categoris|personalis|customis|apologis|prioritis|optimis|specialis|summaris|visualis|utilis|minimis|maximis|standardis|finalis|authoris)(e|es|ed|ing|ation|ations)\b/i,
  /\b\w*(tyre|jewell|travell|cancell|counsell|labell|remodell|catalogue|programme|licence|defence|offence|enquir|practis|windscreen|doughnut|draught|mould|manoeuvr|judgement|socialis|localis)\w*\b/i,
  /\b(maths|cosy|takeaways?|rubbish|removals|aluminium|whilst|amongst|grey|cheque|kerb|lorry|nappy|storey|pyjamas?|yoghurt|washing-up|take away)\b/i,
  /\bis a takeout\b/i,
  /\b(have|always|close) to hand\b/i,
  /\bon a lead\b/i,
  /\blook(ing)? round\b/i,
  /\b(hardware shop|spectacles|eye tests?|annual accounts|to a garage|pedalos?|rowing boats?|buoyancy aids?)\b/i,
  /\b(types of cover|about cover for|cover that (fits|could fit)|equipment cover|veterinary surgery|buildings and contents)\b/i,
  /\b(caravans?|aerials?|motorways?|pavements?|tailor-made|part exchange|farm shops?|decking|lofts?|pupils?|CV|timetables?|high street|conservator(y|ies)|splashbacks?)\b/i,
  /\b(sockets?|guttering|downpipes?|closeboard|headlining|valets|self-catering|remortgag\w*|viewings?|allowances|tax office|moving home|painting and decorating)\b/i,
  /\bextensions and (renovations|alterations)\b/i,
  /\b(shop ?fronts?|tree surgery)\b/i,
  /\b(sweet shops?|sugar-free sweets|sells sweets|sweets and|sweets for|jigsaws|toy shop|record shop)\b/i,
  /(\bfêtes?\b|\btarmac\b|\bblock paving\b|\boff the lead\b|\bleads and a\b|\bheadcollars?\b|\brugs for the field\b|\bbridles,? (and )?rugs\b|\bgarden break\b|\btrees and gardens\b|\bgarden furniture\b|\bor in hospital\b|\bhedges and the garden\b|\bhorse rugs\b)/i,
  /\b(strimmers?|carburettors?|garden machinery|homeware|line-up|running a stall|second-hand|pre-loved|thrift shop|supplying a pub|provisional licence|articulated lorr\w*|cookery school)\b/i,
  /\b(post work|matches and groups|about matches, club|corporate days)\b/i,
];
/** "Hire" for renting things out (bike hire, what to hire); a recruiter's hiring is the same word in both. */
const HIRE = /\bhir(e|es|ed|ing)\b/i;

/**
 * Every line of text the rules give a page and its DESIGN.md: label, tagline, copy (titles, leads, labels, items),
 * guidance, the voice words and the photo brief.
 */
function lines(selection: Selection): string[] {
  const out = [selection.categoryLabel, selection.tagline, ...selection.voice];
  for (const photo of selection.content?.photos ?? []) out.push(photo.subject, photo.place, photo.alt);
  for (const block of Object.values(selection.copy)) {
    out.push(block.title, block.lead, block.nav ?? '', block.action ?? '', block.secondaryAction ?? '');
    for (const item of block.items) out.push(item.title, item.text);
  }
  if (selection.guidance) out.push(selection.guidance.imagery, selection.guidance.icons, selection.guidance.voice);
  return out.filter((l) => l !== '');
}

describe('inEnglish', () => {
  it('changes whole British words to American ones, keeping the first letter’s case', () => {
    expect(inEnglish('Tyres and windscreens, in the town centre.', 'us')).toBe('Tires and windshields, in the town center.');
    expect(inEnglish("The jeweller's counter, centred.", 'us')).toBe("The jeweler's counter, centered.");
    expect(inEnglish('CENTRE', 'us')).toBe('CENTER');
    // Inside another word, nothing changes.
    expect(inEnglish('A centrepiece of colourways.', 'us')).toBe('A centrepiece of colourways.');
  });
  it('changes whole phrases, longest first, with punctuation at either end', () => {
    expect(inEnglish('A puncture, sorted.', 'us')).toBe('A flat tire, taken care of.');
    expect(inEnglish('Homes for sale and to let. Buy to let.', 'us')).toBe('Homes for sale and for rent. Rental property.');
    expect(inEnglish('Rubbish removal and skip hire', 'us')).toBe('Junk removal and dumpster rental');
    expect(inEnglish('Homes sorted and organised.', 'us')).toBe('Homes sorted and organized.');
  });
  it('leaves British text as it is', () => {
    expect(inEnglish('Tyres, colour and flavour.', 'gb')).toBe('Tyres, colour and flavour.');
    expect(inEnglish('Tyres, colour and flavour.', undefined)).toBe('Tyres, colour and flavour.');
  });
  it('keeps the strings it is told to keep', () => {
    expect(inEnglishKeeping('City Centre Theatre shows plays in the centre.', 'us', ['City Centre Theatre'])).toBe('City Centre Theatre shows plays in the center.');
  });
});

/**
 * The reference `inEnglish`: one regular expression of every British key (longest first), each bounded by letters as
 * the scan bounds it. The scan must say exactly what this says.
 */
function patternOf(pairs: Map<string, string>): RegExp {
  const keys = [...pairs.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const bounded = (w: string): string => `${/^\p{L}/u.test(w) ? "(?<![\\p{L}'])" : ''}${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${/\p{L}$/u.test(w) ? "(?![\\p{L}'])" : ''}`;
  return new RegExp(keys.map(bounded).join('|'), 'giu');
}

function inEnglishByPattern(text: string, pairs: Map<string, string>, pattern: RegExp): string {
  return text.replace(pattern, (word) => {
    const us = pairs.get(word.toLowerCase()) as string;
    if (word === word.toUpperCase() && word.length > 1) return us.toUpperCase();
    return word[0] === word[0]?.toUpperCase() ? us[0]?.toUpperCase() + us.slice(1) : us;
  });
}

describe('inEnglish, the scan, against one regular expression of every key', () => {
  const pairs = englishPairs(readFileSync(new URL('../../data/english-us.txt', import.meta.url), 'utf8'));
  const pattern = patternOf(pairs);
  const rules = builtinRules();
  it('says the same of every line the rules can print, of every British key in any case, and of edge cases', () => {
    const texts: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('acme.com', { category, name: 'Acme' }), rules, { placeholders: true, trace: false });
      texts.push(...lines(selection));
    }
    for (const key of pairs.keys()) texts.push(key, key.toUpperCase(), `${key.charAt(0).toUpperCase()}${key.slice(1)}.`, `x${key}`, `${key}s`, `${key}'s`, `${key}’s`, `(${key})`);
    texts.push("The jeweller's centre-piece, centres' colours; CENTRE.", 'A puncture, sorted, sorted.', '', "'colour'", 'colour-coded grey-green');
    const differ = texts.filter((t) => inEnglish(t, 'us') !== inEnglishByPattern(t, pairs, pattern));
    expect(texts.length).toBeGreaterThan(3000);
    expect(differ.map((t) => `${t} → ${inEnglish(t, 'us')} / ${inEnglishByPattern(t, pairs, pattern)}`)).toEqual([]);
  });
});

describe('english: us', () => {
  const rules = builtinRules();
  it('leaves no British spelling in any category’s page copy, label or guidance', () => {
    const british: string[] = [];
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('acme.com', { category, name: 'Acme' }), rules, { english: 'us', placeholders: true, trace: false });
      const patterns = lineageOf(rules, category).includes('recruitment') ? BRITISH : [...BRITISH, HIRE];
      for (const line of lines(selection)) {
        for (const pattern of patterns) {
          const found = pattern.exec(line);
          if (found) british.push(`${category}: "${found[0]}" in "${line}"`);
        }
      }
    }
    expect([...new Set(british)]).toEqual([]);
  });
  it('finds British spellings in the same copy without it (else the test above proves nothing)', () => {
    let count = 0;
    for (const category of Object.keys(rules.categories)) {
      const { selection } = selectFor(site('acme.com', { category, name: 'Acme' }), rules, { placeholders: true, trace: false });
      for (const line of lines(selection)) if (BRITISH.some((p) => p.test(line))) count += 1;
    }
    expect(count).toBeGreaterThan(20);
  });
  it('never changes the name or a tagline the business gave, and changes nothing else of the selection', () => {
    const given = site('citycentretheatre.com', { tagline: 'The best theatre in the centre of town' });
    const us = selectFor(given, rules, { english: 'us', trace: false }).selection;
    const gb = selectFor(given, rules, { trace: false }).selection;
    expect(us.name).toBe('City Centre Theatre');
    expect(us.categoryLabel).toBe('Theater');
    expect(gb.categoryLabel).toBe('Theatre');
    expect(us.tagline).toBe('The best theatre in the centre of town');
    expect(JSON.stringify(us.copy)).toContain('The best theatre in the centre of town');
    expect(JSON.stringify(us.copy)).toContain('City Centre Theatre');
    // Only words change: the same sections, items, icons and targets.
    const shape = (s: Selection) => JSON.stringify(Object.entries(s.copy).map(([id, b]) => [id, b.items.length, b.items.map((i) => i.icon), b.actionTarget, b.secondaryActionTarget]));
    expect(shape(us)).toBe(shape(gb));
    expect(us.english).toBe('us');
    const words = { copy: undefined, categoryLabel: undefined, guidance: undefined, tagline: undefined, voice: undefined, content: undefined };
    expect({ ...us, ...words, english: undefined }).toEqual({ ...gb, ...words });
    // The voice words and the photo brief change in their words only.
    expect(us.voice.length).toBe(gb.voice.length);
    const brief = (s: Selection) => ({ ...s.content, photos: s.content?.photos.map((p) => ({ ...p, subject: undefined, place: undefined, alt: undefined })) });
    expect(brief(us)).toEqual(brief(gb));
    // A tyre shop's photo brief: "racks of tires" on an American site.
    const tyres = site('acmewheels.com', { category: 'tyres', name: 'Acme' });
    const photoText = (english: 'us' | 'gb') => JSON.stringify(selectFor(tyres, rules, { english, trace: false }).selection.content?.photos);
    expect(photoText('gb')).toMatch(/racks of tyres/);
    expect(photoText('us')).toMatch(/racks of tires/);
  });
  it("lets a country's TLD decide its site's English: .co.uk, .ie, .com.au British, .us American, others the project's", () => {
    const label = (domain: string, english?: 'gb' | 'us') => selectFor(site(domain, { category: 'tyres' }), rules, { ...(english ? { english } : {}), trace: false }).selection;
    for (const domain of ['bestwheels.co.uk', 'bestwheels.ie', 'bestwheels.com.au', 'bestwheels.co.nz', 'bestwheels.co.za']) {
      expect(label(domain, 'us').categoryLabel).toBe('Tyres');
      expect(label(domain, 'us').english).toBeUndefined();
    }
    expect(label('bestwheels.us').categoryLabel).toBe('Tires');
    expect(label('bestwheels.us', 'gb').english).toBe('us');
    expect(label('bestwheels.com', 'us').categoryLabel).toBe('Tires');
    expect(label('bestwheels.com', 'gb').categoryLabel).toBe('Tyres');
    expect(label('bestwheels.ca', 'us').categoryLabel).toBe('Tires');
    expect(label('bestwheels.ca').categoryLabel).toBe('Tyres');
  });
  it('gives a tyre shop tires and keeps its icons', () => {
    const us = selectFor(site('joestyres.com'), rules, { english: 'us', trace: false }).selection;
    const gb = selectFor(site('joestyres.com'), rules, { trace: false }).selection;
    expect(us.name).toBe("Joe's Tyres");
    const usText = lines(us).join(' ').replaceAll("Joe's Tyres", '');
    const gbText = lines(gb).join(' ').replaceAll("Joe's Tyres", '');
    expect(gbText).toMatch(/\btyres\b/i);
    expect(usText).not.toMatch(/\btyres?\b/i);
    expect(usText).toMatch(/\btires\b/i);
    expect(us.copy['services']?.items.map((i) => i.icon)).toEqual(gb.copy['services']?.items.map((i) => i.icon));
  });
});

describe('a project with english: us', () => {
  afterAll(removeTempProjects);
  it("writes American copy into the DESIGN.md, and its keys differ from a British project's (gb is the default)", () => {
    const us = loadProject(tempProject({ 'wdm.config.yaml': 'english: us\n' }));
    const gb = loadProject(tempProject({ 'wdm.config.yaml': 'english: gb\n' }));
    const plain = loadProject(tempProject({}));
    expect(gb.rulesDigest).toBe(plain.rulesDigest);
    expect(us.rulesDigest).not.toBe(gb.rulesDigest);
    const shop = site('bestwheels.com', { category: 'tyres' });
    const usText = designSite(shop, us).text;
    const gbText = designSite(shop, gb).text;
    expect(gbText).toMatch(/categoryLabel: Tyres/);
    expect(usText).toMatch(/categoryLabel: Tires/);
    expect(usText).not.toBe(gbText);
    // The page says which English it is in; a British page's DESIGN.md and lang are as they always were.
    expect(usText).toMatch(/\n  english: us\n/);
    expect(gbText).not.toMatch(/english:/);
    const templates = compileSiteTemplates(us.templates, { icons: loadIconSet() });
    const fonts = loadFontCatalogue(Object.values(us.rules.fonts), true);
    const page = (text: string) => implementSite(readDesign(text, 'designs/t/bestwheels.com/DESIGN.md').tokens, templates, fonts).html;
    expect(page(usText)).toContain('<html lang="en-US">');
    expect(page(gbText)).toContain('<html lang="en">');
  });
});
