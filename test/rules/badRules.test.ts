// Bad rules files: each problem is reported with its file, line, key path, what was found and what was expected.
import { describe, expect, it } from 'vitest';
import { loadRules, validateRules } from '../../src/rules/index.js';
import { WdmError } from '../../src/shared/errors.js';
import { builtinSources } from './builtinRules.js';

const USER = 'project/rules/custom.yaml';

/** Each case: a user rules file laid over the built-in rules, and the exact problems expected. */
const cases: { name: string; text: string; code: string; problems: string[] }[] = [
  {
    name: "malformed YAML, with the line",
    text: "categories:\n  legal:\n    label: [Law\n    tone: corporate\n",
    code: 'E_RULES_PARSE',
    problems: [
      "project/rules/custom.yaml:4: Flow sequence in block collection must be sufficiently indented and end with a ] (fix the YAML syntax)",
    ],
  },
  {
    name: "a duplicate key",
    text: "categories:\n  legal:\n    label: Law\n    label: Lawyers\n",
    code: 'E_RULES_PARSE',
    problems: [
      "project/rules/custom.yaml:4: Map keys must be unique (fix the YAML syntax)",
    ],
  },
  {
    name: "an alias",
    text: "categories:\n  legal:\n    voice: &v [a, b, c]\n  finance:\n    voice: *v\n",
    code: 'E_RULES_PARSE',
    problems: [
      "project/rules/custom.yaml:5: found the alias *v, expected plain values (aliases are not allowed in rules files) (fix the YAML syntax)",
    ],
  },
  {
    name: "a lead that points down the page (true only on pages with those sections)",
    text: "copy:\n  restaurant:\n    hero:\n      lead: \"{name} cooks. The menu is below.\"\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      'project/rules/custom.yaml:4: copy.restaurant.hero.lead: found a lead that points down the page ("{name} cooks. The menu is below."), which a page without those sections would contradict (move that sentence to copy.restaurant.hero.guide as { needs: [the sections it names], text: "..." }, with a shorter one after it for pages without them)',
    ],
  },
  {
    name: "a guide that needs an unknown section",
    text: "copy:\n  restaurant:\n    hero:\n      guide: { needs: [menus], text: \"The menu is below.\" }\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      'project/rules/custom.yaml:4: copy.restaurant.hero.guide.needs[0]: found "menus", expected one of hero, services, features, about, process, stats, testimonials, gallery, menu, pricing, team, faq, listings, schedule, products, articles, cta, contact (did you mean "menu"?)',
    ],
  },
  {
    name: "a plain word that is also a keyword",
    text: "lexicon:\n  plainWords: [flow, bakery]\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      'project/rules/custom.yaml:2: lexicon.plainWords: found the plain word "bakery" that is also a keyword of bakery, expected a word that names no trade',
    ],
  },
  {
    name: "a regional reading of a word that is no keyword, and one naming an unknown category",
    text: "lexicon:\n  regional:\n    au:\n      ute: automotive\n      nursery: garden-center\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      'project/rules/custom.yaml:5: lexicon.regional.au.nursery: the regional reading of "nursery" in .au names the unknown category "garden-center", expected one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness, or one of the 267 subcategories under them (did you mean "garden-centre"?)',
      'project/rules/custom.yaml:4: lexicon.regional.au.ute: found the regional reading of "ute", which is no keyword, expected a keyword of lexicon.keywords (a regional reading moves a keyword, it adds none)',
    ],
  },
  {
    name: "a regional reading keyed by something other than a country code",
    text: "lexicon:\n  regional:\n    com.au: { nursery: garden-centre }\n",
    code: 'E_RULES_SCHEMA',
    problems: ['project/rules/custom.yaml:3: lexicon.regional.com.au: found "com.au", expected a two-letter country code (au, nz, ie)'],
  },
  {
    name: "a cascade rule naming an unknown category",
    text: "cascade:\n  - id: lawyers-navy\n    match: { category: lawyers }\n    set: { shape.radius: sharp }\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:3: cascade[0].match.category: rule \"lawyers-navy\" names the unknown category \"lawyers\", expected one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness, or one of the 267 subcategories under them",
    ],
  },
  {
    name: "an unknown strategy id, with did-you-mean",
    text: "categories:\n  legal:\n    palette:\n      strategy: analogus\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: categories.legal.palette.strategy: found \"analogus\", expected one of monochrome, analogous, complementary, split-complementary, triadic, earthy, vivid (did you mean \"analogous\"?)",
    ],
  },
  {
    name: "wrong types, all reported",
    text: "categories:\n  dental:\n    typography:\n      base: large\n    palette:\n      hue: [180, 400]\n    voice: gentle\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: categories.dental.typography.base: found \"large\", expected a number between 14 and 20",
      "project/rules/custom.yaml:6: categories.dental.palette.hue[1]: found 400, expected a number between 0 and 360",
      "project/rules/custom.yaml:7: categories.dental.voice: found \"gentle\", expected a list of 3 to 5 (items: text)",
    ],
  },
  {
    name: "an unknown key, with did-you-mean",
    text: "categories:\n  legal:\n    pallete:\n      strategy: vivid\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:3: categories.legal.pallete: unknown key \"pallete\", expected one of parent, tldHints, label, tone, palette, typography, shape, layout, voice, tagline (did you mean \"palette\"?)",
    ],
  },
  {
    name: "a new category missing required fields",
    text: "categories:\n  glassblower:\n    label: Glassblower\n    tone: warm\n    palette: { strategy: analogous, hue: [330, 20], chroma: [0.08, 0.14], neutralHue: 340 }\n    typography: { pairings: [old-style], scale: major-third, base: 17 }\n    shape: { radius: rounded, density: airy, elevation: flat }\n    layout: { template: storefront, sections: [hero, products, contact] }\n    voice: [fresh, seasonal, cheerful]\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:5: categories.glassblower.palette.neutralChroma: missing required key \"neutralChroma\", expected a number between 0 and 0.05",
      "project/rules/custom.yaml:2: categories.glassblower.tagline: missing required key \"tagline\", expected text",
    ],
  },
  {
    name: "an unknown font pairing id",
    text: "categories:\n  legal:\n    typography:\n      pairings: [classic-serif, garamond-classic]\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: categories.legal.typography.pairings[1]: found the unknown font pairing \"garamond-classic\", expected one of antique-grotesque, classic-serif, didone, editorial-serif, geometric, humanist, industrial, neo-grotesque, old-style, rounded, slab, technical-mono, transitional-serif",
    ],
  },
  {
    name: "a cascade rule setting an unknown path",
    text: "cascade:\n  - id: vivid-bakeries\n    match: { category: bakery }\n    set: { palette.stratgy: vivid }\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: cascade[0].set.palette.stratgy: found the unknown path \"palette.stratgy\", expected one of label, tone, palette.strategy, palette.hue, palette.chroma, palette.neutralHue, palette.neutralChroma, typography.pairings, typography.scale, typography.base, shape.radius, shape.density, shape.elevation, layout.template, layout.sections, voice, tagline (did you mean \"palette.strategy\"?)",
    ],
  },
  {
    name: "font stacks with characters CSS would need escaped",
    text: 'fonts:\n  comic:\n    heading: "\\"Comic Sans MS\\", cursive"\n    body: "Arial, sans-serif"\n    mono: "Courier; monospace"\n    headingWeight: 650\n    bodyWeight: 400\n',
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:3: fonts.comic.heading: found \"\\\"Comic Sans MS\\\", cursive\", expected a font stack: family names of letters, digits, spaces and hyphens (quote multi-word names with '), separated by \", \", ending in a generic family (serif, sans-serif, monospace, system-ui ...)",
      "project/rules/custom.yaml:5: fonts.comic.mono: found \"Courier; monospace\", expected a font stack: family names of letters, digits, spaces and hyphens (quote multi-word names with '), separated by \", \", ending in a generic family (serif, sans-serif, monospace, system-ui ...)",
    ],
  },
  {
    name: "a section list not ending in contact",
    text: "cascade:\n  - id: legal-listings\n    match: { category: legal }\n    set: { layout.sections: [hero, services, contact, about] }\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: cascade[0].set.layout.sections: found sections hero, services, contact, about, expected a list starting with hero and ending with contact",
    ],
  },
  {
    name: "an unknown placeholder in copy",
    text: "copy:\n  legal:\n    hero:\n      title: \"Welcome to {nam}\"\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: copy.legal.hero.title: found the placeholder {nam}, expected only {name}",
    ],
  },
  {
    name: "an unknown top-level key",
    text: "categoris:\n  legal:\n    label: Law\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:1: categoris: unknown key \"categoris\", expected one of categories, fonts, lexicon, copy, cascade, icons, imagery, compositions, guidance, content (did you mean \"categories\"?)",
    ],
  },
  {
    name: "a subcategory under an unknown parent, with did-you-mean",
    text: "categories:\n  stonemason:\n    parent: constructon\n    label: Stonemason\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:3: categories.stonemason.parent: found the unknown parent \"constructon\", expected a category id such as legal, accounting, finance, insurance, medical, dental, wellness, fitness, beauty, restaurant, cafe, bakery, hotel, travel, real-estate, construction, home-services, automotive, retail, fashion, technology, saas, education, nonprofit, photography, creative-studio, music, events, agriculture, pets, general (did you mean \"construction\"?)",
    ],
  },
  {
    name: "categories whose parents form a cycle",
    text: "categories:\n  kiln-works:\n    parent: pottery\n    label: Kiln works\n  pottery:\n    parent: kiln-works\n    label: Pottery\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:3: categories.kiln-works.parent: found the cycle kiln-works → pottery → kiln-works, expected a chain of parents that ends at a family (a category without parent) (remove \"parent\" from one of kiln-works, pottery)",
      "project/rules/custom.yaml:6: categories.pottery.parent: found the cycle pottery → kiln-works → pottery, expected a chain of parents that ends at a family (a category without parent) (remove \"parent\" from one of pottery, kiln-works)",
    ],
  },
  {
    name: "a bad value in a subcategory, reported once where it is written",
    text: "categories:\n  plumbing:\n    palette:\n      strategy: vivd\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: categories.plumbing.palette.strategy: found \"vivd\", expected one of monochrome, analogous, complementary, split-complementary, triadic, earthy, vivid (did you mean \"vivid\"?)",
    ],
  },
  {
    name: "a keyword under two categories in one file",
    text: "lexicon:\n  keywords:\n    legal: [notary]\n    finance: [notary]\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: lexicon.keywords.finance[0]: found \"notary\" under both legal and finance, expected each keyword under one category (a keyword decides one category; keep it where it fits best)",
    ],
  },
  {
    name: "__proto__ and constructor as keys of a fixed map are unknown keys (they were taken for Object.prototype's)",
    text: "categories:\n  legal:\n    palette:\n      __proto__: { strategy: vivid }\n      constructor: 1\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: categories.legal.palette.__proto__: unknown key \"__proto__\", expected one of strategy, hue, chroma, neutralHue, neutralChroma",
      "project/rules/custom.yaml:5: categories.legal.palette.constructor: unknown key \"constructor\", expected one of strategy, hue, chroma, neutralHue, neutralChroma",
    ],
  },
  {
    name: "guidance entries are complete once merged (a file may change part of a built-in one)",
    text: "guidance:\n  legal:\n    voice: calm\n  nosuch:\n    voice: calm\nimagery:\n  legal:\n    scenes: [tiles]\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:4: guidance.nosuch: the guidance entry names the unknown category \"nosuch\", expected one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness, or one of the 267 subcategories under them",
      "project/rules/custom.yaml:4: guidance.nosuch.imagery: missing required key \"imagery\", expected text",
      "project/rules/custom.yaml:4: guidance.nosuch.icons: missing required key \"icons\", expected text",
    ],
  },
  {
    // Each of these keys once never applied, silently: the built-in schemaTypes named "bar" and "bookstore" (the
    // categories are bar-pub and bookshop), so neither kind of business got its schema.org type.
    name: "keys of the content tables that name no category, section or photo slot, with did-you-mean",
    text: "content:\n  schemaTypes:\n    bakry: Bakery\n  essentials:\n    defualts: [phone]\n  photoSubjects:\n    bakery: { heroo: bread }\n  sections:\n    abuot: { uses: story }\n  photoSlots:\n    hero: { when: [hreo] }\n",
    code: 'E_RULES_SCHEMA',
    problems: [
      "project/rules/custom.yaml:5: content.essentials.defualts: the essentials entry names the unknown category \"defualts\", expected defaults or one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness, or one of the 267 subcategories under them (did you mean \"defaults\"?)",
      "project/rules/custom.yaml:3: content.schemaTypes.bakry: the schemaTypes entry names the unknown category \"bakry\", expected defaults or one of accounting, agriculture, automotive, bakery, beauty, cafe, construction, creative-studio, dental, education, events, fashion, finance, fitness, general, home-services, hotel, insurance, legal, medical, music, nonprofit, pets, photography, real-estate, restaurant, retail, saas, technology, travel, wellness, or one of the 267 subcategories under them (did you mean \"bakery\"?)",
      "project/rules/custom.yaml:7: content.photoSubjects.bakery.heroo: found a subject for the unknown photo slot \"heroo\", expected one of hero, about, gallery, team (did you mean \"hero\"?)",
      "project/rules/custom.yaml:9: content.sections.abuot: found the unknown section \"abuot\", expected one of hero, services, features, about, process, stats, testimonials, gallery, menu, pricing, team, faq, listings, schedule, products, articles, cta, contact (did you mean \"about\"?)",
      "project/rules/custom.yaml:11: content.photoSlots.hero.when[0]: found the unknown section \"hreo\", expected one of hero, services, features, about, process, stats, testimonials, gallery, menu, pricing, team, faq, listings, schedule, products, articles, cta, contact (did you mean \"hero\"?)",
    ],
  },
];

describe('bad rules', () => {
  it.each(cases)('$name', ({ text, code, problems }) => {
    const result = validateRules([...builtinSources, { file: USER, text }]);
    expect(result.rules).toBeUndefined();
    expect(result.problems.map((p) => p.format())).toEqual(problems);
    expect(result.problems[0]?.code).toBe(code);
  });
});

/** A minimal rules set with no shared copy defaults, so missing copy can be shown. */
const MINIMAL = `fonts:
  plain:
    heading: "system-ui, sans-serif"
    body: "system-ui, sans-serif"
    mono: "ui-monospace, monospace"
    headingWeight: 700
    bodyWeight: 400
categories:
  general:
    label: Business
    tone: corporate
    palette: { strategy: analogous, hue: [200, 260], chroma: [0.08, 0.14], neutralHue: 230, neutralChroma: 0.01 }
    typography: { pairings: [plain], scale: major-third, base: 16 }
    shape: { radius: soft, density: comfortable, elevation: subtle }
    layout: { template: landing, sections: [hero, services, contact] }
    voice: [clear, friendly, capable]
    tagline: "{name}"
copy:
  defaults:
    hero: { title: "Welcome to {name}", lead: "We help.", action: Write to us, actionTarget: contact }
    services: { nav: Services, title: Services, lead: "What we do.", items: [{ title: One, text: First }, { title: Two, text: Second }] }
`;

describe('references after merging', () => {
  it('reports a layout section whose merged copy is missing or incomplete', () => {
    const { problems } = validateRules([{ file: 'rules/minimal.yaml', text: MINIMAL }]);
    expect(problems.map((p) => p.format())).toEqual([
      'rules/minimal.yaml:15: categories.general.layout.sections: section "services" of category general has 2 items, expected 3 to 6 (add it under copy.general.services or copy.defaults.services)',
      'rules/minimal.yaml:15: categories.general.layout.sections: section "contact" of category general has no copy (neither copy.defaults nor the category has this section) (add it under copy.general.contact or copy.defaults.contact)',
    ]);
  });

  it('accepts the missing copy once a later file supplies it', () => {
    const extra = `copy:
  general:
    services: { items: [{ title: One, text: First }, { title: Two, text: Second }, { title: Three, text: Third }] }
  defaults:
    contact: { nav: Contact, title: Contact, lead: "Write to us.", action: Send }
`;
    const { problems, rules } = validateRules([{ file: 'rules/minimal.yaml', text: MINIMAL }, { file: 'project/rules/more.yaml', text: extra }]);
    expect(problems).toEqual([]);
    expect(rules?.copy.categories.general?.services?.items).toHaveLength(3);
  });

  it('counts an item shown only where named apart from the three every page needs, and wants the words that name it', () => {
    const extra = `copy:
  general:
    services: { items: [{ title: One, text: First }, { title: Two, text: Second }, { title: Three, text: Third, namedBy: [three], onlyNamed: true }, { title: Four, text: Fourth, onlyNamed: true }] }
  defaults:
    contact: { nav: Contact, title: Contact, lead: "Write to us.", action: Send }
`;
    const { problems } = validateRules([{ file: 'rules/minimal.yaml', text: MINIMAL }, { file: 'project/rules/more.yaml', text: extra }]);
    expect(problems.map((p) => p.format())).toEqual([
      'rules/minimal.yaml:15: categories.general.layout.sections: section "services" of category general has 2 items on every page and 2 only where named, expected 3 to 6 in all and 3 on every page (add it under copy.general.services or copy.defaults.services)',
      'rules/minimal.yaml:15: categories.general.layout.sections: section "services" of category general has the item "Four" shown "onlyNamed" with no "namedBy" (the words of a domain that name it) (add it under copy.general.services or copy.defaults.services)',
    ]);
  });

  it('reports a call to action without a target, or whose target and fallback are not on the page, naming the category and section', () => {
    const extra = `copy:
  general:
    services: { items: [{ title: One, text: First }, { title: Two, text: Second }, { title: Three, text: Third }] }
    hero: { secondaryAction: See the menu, secondaryActionTarget: menu }
    contact: { nav: Contact, title: Contact, lead: "Write to us.", action: Send }
  defaults:
    cta: { title: Go, lead: "Now.", action: Start }
`;
    const { problems } = validateRules([{ file: 'rules/minimal.yaml', text: MINIMAL.replace('sections: [hero, services, contact]', 'sections: [hero, services, cta, contact]') }, { file: 'project/rules/more.yaml', text: extra }]);
    expect(problems.map((p) => p.format())).toEqual([
      'rules/minimal.yaml:15: categories.general.layout.sections: category general: the hero section\'s "See the menu" leads nowhere: "menu" is not on the page, and no "secondaryActionFallback" is given (sections: hero, services, cta, contact) (set copy.general.hero.secondaryActionFallback to a section on the page, or change secondaryActionTarget)',
      'rules/minimal.yaml:15: categories.general.layout.sections: section "cta" of category general has "action" without "actionTarget" (the section it leads to) (add it under copy.general.cta or copy.defaults.cta)',
      'rules/minimal.yaml:15: categories.general.layout.sections: category general: the cta section\'s "action" names no "actionTarget" (sections: hero, services, cta, contact) (set copy.general.cta.actionFallback to a section on the page, or change actionTarget)',
    ]);
  });

  it('requires the general category, the fallback of inference', () => {
    const text = MINIMAL.replace('  general:\n', '  other:\n');
    const { problems } = validateRules([{ file: 'rules/minimal.yaml', text }]);
    expect(problems.map((p) => p.format())[0]).toBe(
      'rules/minimal.yaml:8: categories: found no category "general", expected one: it is the fallback when nothing in a domain decides',
    );
  });
});

describe('loadRules', () => {
  it('returns the rules when there is no problem', () => {
    expect(Object.keys(loadRules(builtinSources).categories)).toContain('legal');
  });

  it('throws the single problem itself', () => {
    const text = 'categories:\n  legal:\n    tone: corprate\n';
    expect(() => loadRules([...builtinSources, { file: USER, text }])).toThrow(
      'found "corprate", expected one of corporate, creative, warm, clinical, playful, luxury, rustic, technical, civic',
    );
  });

  it('throws one WdmError listing every problem', () => {
    const text = 'categories:\n  legal:\n    tone: corprate\n    shape: { radius: round }\n';
    let error: unknown;
    try {
      loadRules([...builtinSources, { file: USER, text }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WdmError);
    const wdm = error as WdmError;
    expect(wdm.code).toBe('E_RULES_SCHEMA');
    expect(wdm.place).toEqual({ file: USER, line: 3, path: 'categories.legal.tone' });
    expect(wdm.message).toBe(
      [
        '2 problems in the rules files:',
        `  ${USER}:3: categories.legal.tone: found "corprate", expected one of corporate, creative, warm, clinical, playful, luxury, rustic, technical, civic (did you mean "corporate"?)`,
        `  ${USER}:4: categories.legal.shape.radius: found "round", expected one of sharp, soft, rounded, pill (did you mean "rounded"?)`,
      ].join('\n'),
    );
  });
});
