// Evaluation: category defaults, the cascade (order and specificity), user overrides, and the trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRules, selectFor } from '../../src/rules/index.js';
import { applicationOrder } from '../../src/rules/cascade.js';
import type { CascadeRule } from '../../src/rules/ruleSet.js';
import { builtinRules, builtinSources, site } from './builtinRules.js';

const withUser = (text: string) => loadRules([...builtinSources, { file: 'project/rules/custom.yaml', text }]);

describe('selectFor', () => {
  it('builds a full selection from the category defaults and records why', () => {
    const { selection, trace: all } = selectFor(site('bestlawfirm.com'), builtinRules());
    expect(all[0]?.rule).toBe('rules/lexicon.yaml#name');
    const trace = all.slice(1);
    expect(selection).toMatchObject({
      domain: 'bestlawfirm.com',
      name: 'Best Law Firm',
      nameSource: 'derived',
      tagline: 'Clear legal advice from Best Law Firm, when it matters most.',
      taglineSource: 'rules',
      category: 'legal',
      categoryLabel: 'Legal services',
      categorySource: 'inferred',
      inferredFrom: ['law'],
      words: ['best', 'law', 'firm'],
      tone: 'corporate',
      palette: { strategy: 'analogous', hue: [245, 272], chroma: [0.08, 0.13], neutralHue: 250, neutralChroma: 0.012 },
      typography: { scale: 'major-third', base: 17 },
      shape: { radius: 'soft', density: 'comfortable', elevation: 'subtle' },
      // Without facts, stats, testimonials and about (figures, quotes, the firm's story) are left out: rules/sections.yaml.
      layout: { template: 'services', sections: ['hero', 'services', 'faq', 'contact'] },
      voice: ['trustworthy', 'precise', 'composed', 'reassuring'],
      content: {
        dropped: [{ section: 'about', needs: ['story'], orPhoto: 'about' }, { section: 'stats', needs: ['figures'] }, { section: 'testimonials', needs: ['testimonials'] }],
        samples: [],
        schemaTypes: ['LegalService'],
        localBusiness: true,
      },
    });
    expect(selection.typography.pairings.map((p) => p.id)).toEqual(['classic-serif', 'transitional-serif', 'old-style']);
    expect(selection.copy.hero?.lead).toBe('Best Law Firm gives legal advice and explains what happens next.');
    expect(selection.copy.hero).toMatchObject({ action: 'Arrange a consultation', actionTarget: 'contact', secondaryAction: 'Areas of practice', secondaryActionTarget: 'services' });
    expect(selection.copy.services?.nav).toBe('Practice areas');
    expect(selection.copy.testimonials).toBeUndefined();
    // With placeholders on, the section stays as a labelled sample of the rules' sample copy.
    const sampled = selectFor(site('bestlawfirm.com'), builtinRules(), { placeholders: true }).selection;
    expect(sampled.copy.testimonials?.sample).toBe(true);
    expect(trace).toHaveLength(1);
    expect(trace[0]?.rule).toBe('rules/categories.yaml#categories.legal');
    expect(trace[0]?.because).toEqual(['category = legal (inferred from "law")']);
    expect(trace[0]?.set['palette.strategy']).toBe('analogous');
  });

  it('puts a given tagline first: a headline as the hero title, a sentence at the start of the lead, with its full stop', () => {
    const short = selectFor(site('smithlaw.com', { tagline: 'Trusted counsel for families' }), builtinRules()).selection;
    expect(short.copy.hero?.title).toBe('Trusted counsel for families');
    const long = selectFor(site('smithlaw.com', { tagline: 'We help families and small businesses with contracts, disputes and wills, in plain words' }), builtinRules()).selection;
    // The rules' own headline for this domain stays (one of legal's titles, chosen by the domain).
    const stock = selectFor(site('smithlaw.com'), builtinRules()).selection.copy.hero?.title;
    expect(['Clear legal advice.', 'Advice before you decide.', 'Start with a conversation.']).toContain(stock);
    expect(long.copy.hero?.title).toBe(stock);
    expect(long.copy.hero?.lead).toBe('We help families and small businesses with contracts, disputes and wills, in plain words.');
    const two = selectFor(site('smithlaw.com', { tagline: 'Trusted counsel. Since 1982.' }), builtinRules()).selection;
    expect(two.copy.hero?.lead).toBe('Trusted counsel. Since 1982.');
  });

  it('uses what the batch gives: category, name, tagline, brand colour', () => {
    const { selection, trace } = selectFor(site('smithlaw.com', { category: 'finance', name: 'Smith & Partners', tagline: 'Since 1982', brandColor: '#1a4d8f' }), builtinRules());
    expect(selection).toMatchObject({ category: 'finance', categorySource: 'given', name: 'Smith & Partners', nameSource: 'given', tagline: 'Since 1982', taglineSource: 'given' });
    expect(selection.palette.brandColor).toBe('#1a4d8f');
    expect(selection.copy.contact?.title).toBe('Contact Smith & Partners');
    expect(trace[0]?.because).toEqual(['category = finance (given in the batch)']);
  });

  it('says where a given category was narrowed by the name, and labels the page by the narrower one', () => {
    const { selection, trace } = selectFor(site('oakwoodcarehome.co.uk', { category: 'medical' }), builtinRules());
    expect(selection).toMatchObject({ category: 'care-home', categoryLabel: 'Care home', categorySource: 'given', givenCategory: { id: 'medical', label: 'Medical practice' }, inferredFrom: ['care home'] });
    expect(trace.flatMap((step) => step.because)).toContain('category = care-home (given in the batch as medical; senior-care by "care home"; care-home by "care home")');
    expect(selection.copy.hero?.action).toBe('Ask about a place');
    // Not narrowed: no givenCategory, as before.
    expect(selectFor(site('joesplace.com', { category: 'restaurant' }), builtinRules()).selection.givenCategory).toBeUndefined();
  });

  it('applies matching cascade rules in order and traces each', () => {
    const { selection, trace: all } = selectFor(site('luxuryhomes.com'), builtinRules());
    const trace = all.filter((step) => !step.rule.endsWith('#name'));
    expect(selection.category).toBe('real-estate');
    expect(selection.tone).toBe('luxury');
    expect(selection.shape).toEqual({ radius: 'sharp', density: 'airy', elevation: 'flat' });
    expect(trace.slice(1)).toEqual([
      { rule: 'rules/cascade.yaml#cascade.premium-words-mean-luxury', because: ['keyword "luxury"'], set: { tone: 'luxury', 'shape.radius': 'sharp', 'shape.elevation': 'flat' } },
      { rule: 'rules/cascade.yaml#cascade.luxury-tone-breathes', because: ['tone = luxury'], set: { 'shape.density': 'airy' } },
    ]);
  });

  it('lets a more specific rule win over a later, less specific one', () => {
    const rules = withUser(`cascade:
  - id: dental-kids-pill
    match: { category: dental, keywords: [kids] }
    set: { shape.radius: pill }
  - id: everyone-sharp
    match: { keywords: [kids] }
    set: { shape.radius: sharp }
`);
    const { selection, trace: all } = selectFor(site('kidsdental.com'), rules);
    const trace = all.filter((step) => !step.rule.endsWith('#name'));
    expect(selection.shape.radius).toBe('pill');
    // A children's dentist (pediatric-dentistry) is still dental: the rule for its family matches it.
    expect(trace.map((t) => t.rule.split('#')[1])).toEqual([
      'categories.pediatric-dentistry',
      'cascade.family-words-mean-soft-corners',
      'cascade.everyone-sharp',
      'cascade.kids-care-is-playful',
      'cascade.dental-kids-pill',
    ]);
  });

  it('lets the later of two equally specific rules win', () => {
    const rules = withUser(`cascade:
  - id: first
    match: { tld: [com] }
    set: { shape.radius: pill }
  - id: second
    match: { tld: [com] }
    set: { shape.radius: sharp }
`);
    expect(selectFor(site('acmeplumbing.com'), rules).selection.shape.radius).toBe('sharp');
  });

  it('orders rules by specificity, then file order', () => {
    const rule = (id: string, match: CascadeRule['match']): CascadeRule => ({ id, file: 'f', match, set: {} });
    expect(applicationOrder([rule('a', { category: ['x'], tld: ['y'] }), rule('b', {}), rule('c', { tone: ['warm'] }), rule('d', { keywords: ['k'] })])).toEqual([1, 2, 3, 0]);
  });
});

describe('user rules extend and override the built-in rules', () => {
  it('override part of a category and keep the rest', () => {
    const rules = withUser('categories:\n  legal:\n    palette:\n      strategy: vivid\n    tagline: "{name}, attorneys at law"\n');
    const { selection, trace: all } = selectFor(site('smithlaw.com'), rules);
    const trace = all.filter((step) => !step.rule.endsWith('#name'));
    expect(selection.palette).toEqual({ strategy: 'vivid', hue: [245, 272], chroma: [0.08, 0.13], neutralHue: 250, neutralChroma: 0.012 });
    expect(selection.tagline).toBe('Smith Law, attorneys at law');
    expect(trace[0]?.rule).toBe('project/rules/custom.yaml#categories.legal');
  });

  it('add a category with its keywords, copy and a new font pairing', () => {
    const rules = withUser(`fonts:
  garden-serif:
    heading: "Georgia, serif"
    body: "system-ui, sans-serif"
    mono: "ui-monospace, monospace"
    headingWeight: 600
    bodyWeight: 400
categories:
  stationer:
    label: Stationer
    tone: warm
    palette: { strategy: analogous, hue: [330, 20], chroma: [0.08, 0.14], neutralHue: 340, neutralChroma: 0.01 }
    typography: { pairings: [garden-serif, old-style], scale: major-third, base: 17 }
    shape: { radius: rounded, density: airy, elevation: flat }
    layout: { template: storefront, sections: [hero, products, contact] }
    voice: [fresh, seasonal, cheerful]
    tagline: "Paper and pens from {name}"
lexicon:
  keywords:
    stationer: [stationer, stationery, paper, pens, notebooks]
copy:
  stationer:
    hero: { title: "Paper for every occasion", lead: "{name} sells notebooks, cards and pens.", action: See the shelves, actionTarget: products, actionFallback: { target: contact, label: Visit the shop }, secondaryAction: Visit the shop, secondaryActionTarget: contact }
    products: { nav: Paper and pens }
`);
    const { selection } = selectFor(site('paperandpens.com'), rules, { placeholders: true });
    expect(selection).toMatchObject({ category: 'stationer', family: 'stationer', lineage: ['stationer'], inferredFrom: ['paper', 'pens'], tagline: 'Paper and pens from Paper and Pens' });
    expect(selection.typography.pairings.map((p) => p.id)).toEqual(['garden-serif', 'old-style']);
    expect(selection.copy.hero?.lead).toBe('Paper and Pens sells notebooks, cards and pens.');
    // No products in the facts: with placeholders on, the rules' products stand as a labelled sample.
    expect(selection.copy.products?.items).toHaveLength(3);
    expect(selection.copy.products?.sample).toBe(true);
  });

  it('move a keyword to another category', () => {
    expect(selectFor(site('smithbroker.com'), builtinRules()).selection.category).toBe('insurance');
    const rules = withUser('lexicon:\n  keywords:\n    real-estate: [broker]\n');
    expect(selectFor(site('smithbroker.com'), rules).selection.category).toBe('real-estate');
  });
});

describe('properties', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/).filter((s) => !s.includes('--'));
  const tld = fc.constantFrom('com', 'net', 'org', 'io', 'law', 'dental', 'studio', 'cafe', 'co.uk', 'de');

  it('selectFor never throws for valid domains without a category, and is deterministic', () => {
    const rules = builtinRules();
    fc.assert(
      fc.property(label, tld, (name, suffix) => {
        const domain = `${name}.${suffix}`;
        const a = selectFor(site(domain), rules);
        const b = selectFor(site(domain), rules);
        expect(b).toEqual(a);
        expect(rules.categories[a.selection.category]).toBeDefined();
        expect(a.selection.layout.sections.every((s) => a.selection.copy[s] !== undefined)).toBe(true);
        expect(a.selection.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 20240501 },
    );
  });
});

describe('selectFor without its trace (the cache path: generate, build, check)', () => {
  it('selects exactly what it selects with the trace, for word-built, subdomain, given and odd domains', () => {
    const rules = builtinRules();
    const domains = ['bestlawfirm.com', 'dental.smithgroup.com', 'tonyspizza.co.uk', 'zentrix.io', 'a1-autos.de', 'xqzv.net', 'ledgerly.app', 'bright-yoga-studio.org', 'nordicbakehouse.dk', 'blue-sky-24.com'];
    for (const domain of domains) {
      for (const s of [site(domain), { ...site(domain), category: 'restaurant' }, { ...site(domain), name: 'Given Name', tagline: 'A tagline of their own.' }]) {
        const full = selectFor(s, rules);
        const lean = selectFor(s, rules, { trace: false });
        expect(lean.selection).toEqual(full.selection);
        expect(lean.trace).toEqual([]);
        expect(full.trace.length).toBeGreaterThan(0);
      }
    }
  });

  it('applies the cascade in the same order for a rule list asked again, and orders a list again when it changed length', () => {
    const rules = builtinRules();
    expect(applicationOrder(rules.cascade)).toEqual(applicationOrder(rules.cascade));
    const list: CascadeRule[] = [...rules.cascade];
    const before = applicationOrder(list);
    list.pop();
    const after = applicationOrder(list);
    expect(after.length).toBe(before.length - 1);
    expect(after).toEqual(applicationOrder([...list]));
  });
});
