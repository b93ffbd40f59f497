// The site checks as units: a table of valid and invalid pages for each, asserting the rule ids and places found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesign, type DesignTokens } from '../../src/implement/index.js';
import type { SiteCheck, SiteCheckInput } from '../../src/verify/checks/index.js';
import { linksCheck } from '../../src/verify/checks/links.js';
import { accentsCheck } from '../../src/verify/checks/quality-accents.js';
import { fontsCheck } from '../../src/verify/checks/quality-fonts.js';
import { hierarchyCheck, lengthAt } from '../../src/verify/checks/quality-hierarchy.js';
import { samenessCheck } from '../../src/verify/checks/quality-sameness.js';
import { factsCheck } from '../../src/verify/checks/quality-facts.js';
import { REPO } from './helpers.js';
import type { SectionId } from '../../src/shared/vocabulary.js';

const designText = readFileSync(join(REPO, 'fixtures/designs/demo/bestlawfirm.com/DESIGN.md'), 'utf8');
const tokens = readDesign(designText, 'designs/demo/bestlawfirm.com/DESIGN.md').tokens;

function input(parts: { html?: string; css?: string; tokens?: DesignTokens }): SiteCheckInput {
  return { file: 'DESIGN.md', htmlFile: 'index.html', cssFile: 'styles.css', designText, html: parts.html ?? '', css: parts.css ?? '', tokens: parts.tokens ?? tokens };
}

const page = (body: string): string => `<!DOCTYPE html>\n<html lang="en">\n<body>\n${body}\n</body>\n</html>\n`;
const rulesOf = (check: SiteCheck, i: SiteCheckInput) => check.run(i).map((f) => `${f.rule}@${f.place.line ?? '-'}`);

/** Sections of the fixture (services layout): hero, services, about, stats, testimonials, faq, contact. */
const sections = (extra = ''): string =>
  tokens.wdm.sections.map((id) => `<section id="${id}"><h2>${tokens.wdm.copy[id]?.title ?? id}</h2></section>`).join('\n') + extra;

describe('links', () => {
  it.each([
    ['a nav link to its section', `<nav><a href="#services">Services</a></nav>`, []],
    ['a button whose label names no section', `<a class="button" href="#contact">Book a consultation</a>`, []],
    ['a button to the section its label names', `<a class="button" href="#services">Our services</a>`, []],
    ['a plain text link, not an action', `<p><a href="#contact">our services team</a></p>`, []],
    ['a request for what a section names, made in the contact section', `<a class="button" href="#contact">Book our services</a>`, []],
  ])('accepts %s', (_name, links, expected) => {
    expect(rulesOf(linksCheck, input({ html: page(`${links}\n${sections()}`) }))).toEqual(expected);
  });

  it.each([
    ['a link to a missing id', `<a class="button" href="#menu">See the menu</a>`, ['links/missing-target@4']],
    ['an empty fragment', `<nav><a href="#">Home</a></nav>`, ['links/missing-target@4']],
    ['a button naming one section and pointing at another', `<a class="button" href="#contact">Our services</a>`, ['links/label-target@4']],
    ['a nav link whose label names another section', `<nav><a href="#faq">Services</a></nav>`, ['links/label-target@4']],
    ['a request that points elsewhere than the contact section', `<a class="button" href="#faq">Book our services</a>`, ['links/label-target@4']],
  ])('finds %s', (_name, links, expected) => {
    expect(rulesOf(linksCheck, input({ html: page(`${links}\n${sections()}`) }))).toEqual(expected);
  });
});

describe('links and the business name', () => {
  const named = (titles: Partial<Record<SectionId, string>>): DesignTokens => {
    const t = structuredClone(tokens);
    t.name = 'Taco Loco Truck';
    for (const [id, title] of Object.entries(titles) as [SectionId, string][]) {
      // A section the site lacks (a demo site without its story has no About section) is added with that title.
      if (!t.wdm.sections.includes(id)) t.wdm.sections.splice(t.wdm.sections.length - 1, 0, id);
      t.wdm.copy[id] = { ...(t.wdm.copy[id] ?? { lead: '', items: [] }), title };
    }
    return t;
  };
  const html = (t: DesignTokens, link: string) => page(`${link}\n${t.wdm.sections.map((id) => `<section id="${id}"><h2>${t.wdm.copy[id]?.title ?? id}</h2></section>`).join('\n')}`);
  const found = (t: DesignTokens, link: string) => rulesOf(linksCheck, input({ html: html(t, link), tokens: t }));

  it('does not read a title made only of the business name as naming its section', () => {
    const t = named({ contact: 'Book Taco Loco Truck', about: 'Our story' });
    expect(found(t, '<a class="button" href="#about">About Taco Loco Truck</a>')).toEqual([]);
  });
  it('reads a short title with a word of its own whole, the name included', () => {
    const t = named({ faq: 'Taco Loco answers', about: 'Our story' });
    expect(found(t, '<a class="button" href="#about">Taco Loco answers</a>')).toEqual(['links/label-target@4']);
    // "Talk to us" lacks the name's words, so it does not name a section titled "Talk to Taco Loco Truck".
    expect(found(named({ faq: 'Talk to Taco Loco' }), '<a class="button" href="#contact">Talk to us</a>')).toEqual([]);
  });
});

describe('quality-accents', () => {
  it('accepts brand colours away from framework defaults', () => {
    expect(rulesOf(accentsCheck, input({ css: ':root {\n  --color-primary: #1a4d8f;\n  --color-link: #0b5e3a;\n}\n' }))).toEqual([]);
  });
  it("finds Tailwind's indigo-500 and a near twin of Bootstrap's blue, with their lines", () => {
    const css = ':root {\n  --color-primary: #6366f1;\n  --color-surface: #6366f1;\n  --color-link: #0e6ffd;\n}\n';
    expect(rulesOf(accentsCheck, input({ css }))).toEqual(['quality/framework-accent@2', 'quality/framework-accent@4']);
  });
});

describe('quality-fonts', () => {
  const family = tokens.typography.display.fontFamily[0]?.name ?? '';
  it('accepts the families the DESIGN.md names and generic fallbacks', () => {
    expect(rulesOf(fontsCheck, input({ css: `:root {\n  --font-display: '${family}', serif;\n}\nh1 { font-family: var(--font-display); }\n` }))).toEqual([]);
  });
  it('finds a family the DESIGN.md does not name, once', () => {
    const css = `:root {\n  --font-display: Inter, sans-serif;\n}\np { font-family: Inter, sans-serif; }\n`;
    expect(rulesOf(fontsCheck, input({ css }))).toEqual(['quality/undeclared-font@2']);
  });
});

describe('quality-hierarchy', () => {
  it('evaluates fluid sizes at a viewport width', () => {
    expect(lengthAt('clamp(2rem, 1rem + 5vw, 4rem)', 390)).toBeCloseTo(35.5, 5);
    expect(lengthAt('clamp(2rem, 1rem + 5vw, 4rem)', 1280)).toBe(64);
    expect(lengthAt('1.5rem', 390)).toBe(24);
  });
  it('accepts an h1 1.5x the section titles and at least 32 px on a phone', () => {
    const css = ':root {\n  --text-display-size: clamp(2.25rem, 1.5rem + 4vw, 4.5rem);\n  --text-headline-lg-size: clamp(1.4rem, 1.2rem + 1vw, 2.25rem);\n}\n';
    expect(rulesOf(hierarchyCheck, input({ css }))).toEqual([]);
  });
  it('finds an h1 shrunk to section-title size and under 32 px on a phone', () => {
    const css = ':root {\n  --text-display-size: clamp(1.8rem, 1.4rem + 2.3vw, 3.2rem);\n  --text-headline-lg-size: clamp(1.7rem, 1.5rem + 1.4vw, 2.6rem);\n}\n';
    expect(rulesOf(hierarchyCheck, input({ css }))).toEqual(['quality/display-size@2', 'quality/display-size@2', 'quality/display-size@2']);
  });
});

const icon = (d: string) => `<svg class="icon" viewBox="0 0 24 24"><path d="${d}"/></svg>`;
const cards = (id: string, icons: string[]) =>
  `<section id="${id}"><h2>${id}</h2><ul class="grid">${icons.map((d, i) => `<li class="card"><span>${icon(d)}</span><h3>Item ${i}</h3><p>Text</p></li>`).join('')}</ul></section>`;
const featureList = (id: string) =>
  `<section id="${id}"><h2>${id}</h2><ul class="grid">${['M1', 'M2', 'M3'].map((d) => `<li class="feature"><span>${icon(d)}</span><div><h3>Point</h3><p>Text</p></div></li>`).join('')}</ul></section>`;

describe('quality-sameness', () => {
  it('accepts one icon card grid, a side-by-side list and a quote list with the same ornament', () => {
    const quotes = `<section id="testimonials"><div class="grid">${[1, 2, 3].map(() => '<figure class="quote"><svg class="quote__mark"><path d="M0"/></svg><blockquote><p>x</p></blockquote></figure>').join('')}</div></section>`;
    expect(rulesOf(samenessCheck, input({ html: page(cards('services', ['M1', 'M2', 'M3']) + featureList('features') + quotes) }))).toEqual([]);
  });
  it('finds a section whose icons are all one drawing', () => {
    expect(rulesOf(samenessCheck, input({ html: page(cards('services', ['M1', 'M1', 'M1'])) }))).toEqual(['quality/icons-alike@4']);
  });
  it('finds the icon-above-heading card grid in three sections', () => {
    const html = page([cards('services', ['M1', 'M2', 'M3']), cards('features', ['M4', 'M5', 'M6']), cards('gallery', ['M7', 'M8', 'M9'])].join('\n'));
    expect(rulesOf(samenessCheck, input({ html }))).toEqual(['quality/same-card-grid@4']);
  });
});

describe('quality-facts', () => {
  const quotes = '<section id="testimonials"><h2>Kind words</h2><div class="grid"><figure class="quote"><blockquote><p>Wonderful.</p></blockquote><figcaption>A client</figcaption></figure></div></section>';
  const stats = '<section id="stats"><ul class="stats"><li class="stat"><p class="stat__value">48,000</p><p>meals</p></li></ul></section>';
  const withFacts = (facts: object): DesignTokens => ({ ...tokens, wdm: { ...tokens.wdm, facts } as DesignTokens['wdm'] });

  it('finds a testimonial and a figure with no facts behind them', () => {
    expect(rulesOf(factsCheck, input({ html: page(quotes + stats) }))).toEqual(['quality/invented-quote@4', 'quality/invented-figure@4']);
  });
  it('accepts them when the facts give them', () => {
    const t = withFacts({ testimonials: [{ quote: 'Wonderful.', author: 'A client' }], figures: [{ value: '48,000', label: 'meals' }] });
    expect(rulesOf(factsCheck, input({ html: page(quotes + stats), tokens: t }))).toEqual([]);
  });
  it('accepts them marked as samples', () => {
    const html = page(`<div data-placeholder="sample">${quotes}${stats}</div>`);
    expect(rulesOf(factsCheck, input({ html }))).toEqual([]);
  });
  it("finds the rules' sample text printed unmarked, and accepts it marked or in the business's words", () => {
    const team = (lead: string) => `<section id="team"><h2>The team</h2><p class="lead">${lead}</p></section>`;
    expect(rulesOf(factsCheck, input({ html: page(team('Sample team: the people, as they want to be introduced, go here.')) }))).toEqual(['quality/unmarked-sample@4']);
    expect(rulesOf(factsCheck, input({ html: page(`<div data-placeholder="sample">${team('Sample team: the people go here.')}</div>`) }))).toEqual([]);
    expect(rulesOf(factsCheck, input({ html: page(team('Samples of our fabrics are free: ask.')) }))).toEqual([]);
  });
  it('finds a price and a named person invented', () => {
    const html = page('<section id="pricing"><p class="plan__price">$40</p></section>\n<section id="team"><ul><li class="person"><h3>Ms. Clara Jensen</h3></li></ul></section>');
    expect(rulesOf(factsCheck, input({ html }))).toEqual(['quality/invented-price@4', 'quality/invented-person@5']);
  });
});
