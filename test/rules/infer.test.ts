// Category inference, word segmentation and display names on real domains.
import { describe, expect, it } from 'vitest';
import { displayNameFor, inferCategory, segmentWords } from '../../src/rules/index.js';
import { WdmError } from '../../src/shared/errors.js';
import { keywordIndex } from '../../src/rules/keywords.js';
import { builtinRules } from './builtinRules.js';

const inference: [domain: string, category: string, words: string, from: string[]][] = [
  ['bestlawfirm.com', 'legal', 'best law firm', ['law']],
  ['brightsmiledental.com', 'dental', 'bright smile dental', ['smile', 'dental']],
  ['oakbarrelbakery.com', 'bakery', 'oak barrel bakery', ['bakery']],
  ['summitroofing.com', 'construction', 'summit roofing', ['roofing']],
  ['thepetgroomer.com', 'pets', 'the pet groomer', ['pet', 'groomer']],
  ['cloudledger.io', 'technology', 'cloud ledger', ['cloud', '.io']],
  ['greenvalleyfarm.com', 'agriculture', 'green valley farm', ['farm']],
  ['24hourplumber.com', 'home-services', '24 hour plumber', ['plumber']],
  ['smith.law', 'legal', 'smith', ['.law']],
  ['harbor.dental', 'dental', 'harbor', ['.dental']],
  ['pixel.studio', 'creative-studio', 'pixel', ['pixel', '.studio']],
  ['sunrise.cafe', 'cafe', 'sunrise', ['.cafe']],
  ['coffeeshop.com', 'cafe', 'coffee shop', ['coffee']],
  ['hopefoundation.org', 'nonprofit', 'hope foundation', ['hope', 'foundation', '.org']],
  ['brightpathacademy.com', 'education', 'bright path academy', ['academy']],
  ['citylightsphoto.com', 'photography', 'city lights photo', ['photo']],
  ['maplewoodrealty.com', 'real-estate', 'maple wood realty', ['realty']],
  ['glamourhairsalon.com', 'beauty', 'glamour hair salon', ['glamour', 'hair', 'salon']],
  ['pawsandclaws.com', 'pets', 'paws and claws', ['paws']],
  ['lakesideyoga.com', 'fitness', 'lake side yoga', ['yoga']],
  ['smithroofers.net', 'construction', 'smith roofers', ['roofers']],
  ['tonyspizzeria.com', 'restaurant', 'tonys pizzeria', ['pizzeria']],
  ['grandharborhotel.com', 'hotel', 'grand harbor hotel', ['hotel']],
  ['wanderlusttours.com', 'travel', 'wanderlust tours', ['tours']],
  ['joesautorepair.com', 'automotive', 'joes auto repair', ['auto']],
  ['riverbendvineyards.com', 'agriculture', 'river bend vineyards', ['vineyards']],
  ['northstarinsurance.com', 'insurance', 'north star insurance', ['insurance']],
  ['taskflowapp.com', 'saas', 'task flow app', ['app']],
  ['sparkle-events.co.uk', 'events', 'sparkle events', ['events']],
  ['smithcoffee.law', 'legal', 'smith coffee', ['.law']],
  ['dentalcoffeecafe.law', 'cafe', 'dental coffee cafe', ['coffee', 'cafe']],
  ['acme.org', 'nonprofit', 'acme', ['.org']],
  ['acmedental.org', 'dental', 'acme dental', ['dental']],
  ['xqzv.com', 'general', 'xqzv', []],
  ['xn--bckerei-mller-bfb28a.de', 'bakery', 'bäckerei müller', ['bäckerei']],
  ['xn--caf-lumire-66ag.fr', 'cafe', 'café lumière', ['café']],
];

describe('inferCategory', () => {
  it.each(inference)('%s → %s', (domain, category, words, from) => {
    const result = inferCategory(domain, builtinRules());
    expect(result).toEqual({ category, source: category === 'general' && from.length === 0 ? 'default' : 'inferred', words: words.split(' '), inferredFrom: from });
  });

  it('takes a given category as it is', () => {
    expect(inferCategory('bestlawfirm.com', builtinRules(), 'bakery')).toEqual({ category: 'bakery', source: 'given', words: ['best', 'law', 'firm'], inferredFrom: [] });
  });

  it('refuses an unknown given category with did-you-mean', () => {
    let error: unknown;
    try {
      inferCategory('smithlaw.com', builtinRules(), 'legl');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WdmError);
    expect((error as WdmError).code).toBe('E_RULES_REF');
    expect((error as WdmError).format()).toBe(
      'category: smithlaw.com: found the unknown category "legl", expected one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness (did you mean "legal"?)',
    );
  });
});

describe('segmentWords', () => {
  it.each([
    ['bestlawfirm', 'best law firm'],
    ['brightsmiledental', 'bright smile dental'],
    ['oakbarrelbakery', 'oak barrel bakery'],
    ['summitroofing', 'summit roofing'],
    ['thepetgroomer', 'the pet groomer'],
    ['cloudledger', 'cloud ledger'],
    ['greenvalleyfarm', 'green valley farm'],
    ['24hourplumber', '24 hour plumber'],
    ['blue-sky-2-go', 'blue sky 2 go'],
    ['therapist', 'therapist'],
    ['zentrix', 'zentrix'],
  ])('%s → %s', (label, words) => {
    expect(segmentWords(label, keywordIndex(builtinRules()).words)).toEqual(words.split(' '));
  });
});

describe('displayNameFor', () => {
  it.each([
    ['bestlawfirm.com', 'Best Law Firm'],
    ['24hourplumber.com', '24 Hour Plumber'],
    ['xn--bckerei-mller-bfb28a.de', 'Bäckerei Müller'],
    ['smithandsons.com', 'Smith and Sons'],
    ['thecoffeehouse.com', 'The Coffeehouse'],
    ['houseofthedragon.com', 'House of the Dragon'],
    ['acmehvac.com', 'Acme HVAC'],
    ['jonescpa.com', 'Jones CPA'],
    ['bigbbq.com', 'Big BBQ'],
    ['it-solutions.com', 'IT Solutions'],
    ['makeitpop.com', 'Make It Pop'],
    ['cloudsaas.io', 'Cloud SaaS'],
    ['xqzv.com', 'Xqzv'],
  ])('%s → %s', (domain, name) => {
    expect(displayNameFor(domain)).toBe(name);
  });

  it('uses the words it is given', () => {
    expect(displayNameFor('bestlawfirm.com', ['best', 'law', 'firm', 'llc'])).toBe('Best Law Firm LLC');
  });
});
