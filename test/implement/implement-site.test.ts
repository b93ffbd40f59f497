// implementSite: each layout renders its sections in order as valid, semantic, offline HTML with token-driven CSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCss } from 'css-tree';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { LAYOUT_TEMPLATES, SECTION_IDS, type LayoutTemplate } from '../../src/shared/vocabulary.js';
import { editSample, renderFixtureSite, sampleText } from './helpers.js';

const COPY = parse(readFileSync(join(import.meta.dirname, 'fixtures/copy-all.yaml'), 'utf8')) as Record<string, unknown>;

const LAYOUT_SECTIONS: Record<LayoutTemplate, string[]> = {
  landing: ['hero', 'features', 'stats', 'testimonials', 'cta', 'contact'],
  services: ['hero', 'services', 'process', 'about', 'testimonials', 'faq', 'contact'],
  portfolio: ['hero', 'gallery', 'about', 'team', 'testimonials', 'contact'],
  menu: ['hero', 'menu', 'schedule', 'about', 'gallery', 'contact'],
  editorial: ['hero', 'articles', 'about', 'team', 'faq', 'cta', 'contact'],
  storefront: ['hero', 'products', 'features', 'pricing', 'testimonials', 'faq', 'contact'],
};

function designFor(layout: LayoutTemplate, sections: readonly string[], extra?: (wdm: Record<string, unknown>) => void): string {
  return editSample((front) => {
    const wdm = front['x-wdm'] as Record<string, unknown>;
    wdm['layout'] = layout;
    wdm['sections'] = [...sections];
    wdm['copy'] = Object.fromEntries(sections.map((s) => [s, COPY[s]]));
    extra?.(wdm);
  });
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function htmlErrors(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

function cssErrors(css: string): string[] {
  const errors: string[] = [];
  parseCss(css, { onParseError: (e) => errors.push(e.message) });
  return errors;
}

const sectionIds = (html: string): string[] => [...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1] as string);
const headingLevels = (html: string): number[] => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

describe.each(LAYOUT_TEMPLATES)('the %s layout', (layout) => {
  const sections = LAYOUT_SECTIONS[layout];
  const site = renderFixtureSite(designFor(layout, sections));

  test('renders its sections in x-wdm.sections order with one h1 and headings in order', () => {
    expect(site.findings).toEqual([]);
    expect(sectionIds(site.html)).toEqual(sections);
    const levels = headingLevels(site.html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(site.html).toMatch(new RegExp(`<body class="layout layout--${layout} header--[a-z-]+ rhythm--[a-z]+ cards--[a-z]+">`));
  });

  test('has the landmarks, skip link, labelled navigation and a contact form that never loses a message', () => {
    const { html } = site;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n')).toBe(true);
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<main id="main">');
    expect(html).toMatch(/<header class="(site-header|masthead)">/);
    expect(html).toContain('<nav class="site-nav" aria-label="Primary">');
    for (const s of sections.filter((id) => id !== 'hero' && id !== 'cta')) expect(html).toContain(`<a href="#${s}">`);
    expect(html).toContain('<footer class="site-footer">');
    // No email in the facts: the form has no address to send to, and no invented one appears anywhere. It is a
    // labelled sample whose fields and button are disabled, so a visitor cannot type a message that goes nowhere.
    expect(html).toContain('<form class="form form--sample" aria-describedby="contact-form-note">');
    expect(html).toContain('<p class="form__note" id="contact-form-note">This form is not connected yet: a message typed here would not be sent.</p>');
    expect(html.match(/<(?:input|textarea) [^>]*required disabled>/g)).toHaveLength(3);
    expect(html).toMatch(/<button class="button button--primary" type="submit" disabled>/);
    expect(html).not.toContain('mailto:');
    expect(html).toContain('<link rel="stylesheet" href="styles.css">');
  });

  test('passes html-validate recommended with zero errors', async () => {
    expect(await htmlErrors(site.html)).toEqual([]);
  });

  test('loads nothing from the network and runs no script', () => {
    expect(site.html).not.toMatch(/<script|<img|<iframe|\son[a-z]+=|https?:|\/\//i);
    expect(site.css).not.toMatch(/url\(|@import|@font-face|https?:/i);
  });

  test('writes CSS that parses, with light and dark tokens and fluid headings', () => {
    expect(cssErrors(site.css)).toEqual([]);
    expect(site.css).toContain('color-scheme: light dark;');
    expect(site.css).toContain('--color-primary: #1a4d8f;');
    expect(site.css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n {2}:root \{\n {4}--color-primary: #8db4f0;/);
    expect(site.css).toContain('--text-display-size: clamp(2.2563rem, 1.8417rem + 2.0729vw, 3.5rem);');
    expect(site.css).toContain('--text-body-md-size: 1rem;');
    expect(site.css).toContain('@media (prefers-reduced-motion: reduce)');
    expect(site.css).toContain(':focus-visible');
  });
});

test('every section id has a partial and renders valid HTML in one page', async () => {
  const all = ['hero', ...SECTION_IDS.filter((s) => s !== 'hero')];
  const site = renderFixtureSite(designFor('landing', all));
  expect(site.findings.filter((f) => f.rule === 'implement/generic-section' || f.severity === 'error')).toEqual([]);
  expect(sectionIds(site.html)).toEqual(all);
  expect(await htmlErrors(site.html)).toEqual([]);
});

test('menu and storefront show their prices, escaped', () => {
  const menu = renderFixtureSite(designFor('menu', LAYOUT_SECTIONS.menu));
  expect(menu.html).toContain('<p class="bill__price">$21</p>');
  const shop = renderFixtureSite(designFor('storefront', LAYOUT_SECTIONS.storefront));
  expect(shop.html).toContain('<p class="price">$54</p>');
});

test("the storefront's strip above the header carries the shop's address and phone, and is left out without them", () => {
  const withFacts = renderFixtureSite(
    designFor('storefront', LAYOUT_SECTIONS.storefront, (wdm) => {
      wdm['facts'] = { phone: '(555) 010-0188', address: { street: '5 Valley Road', locality: 'Cornerstone', region: 'VT', postalCode: '05401', country: 'US' } };
    }),
  );
  const strip = /<div class="topbar">([\s\S]*?)<\/div>/.exec(withFacts.html)?.[1] ?? '';
  expect(strip).toContain('<span class="topbar__place">5 Valley Road, ');
  expect(strip).toMatch(/<a class="topbar__phone" href="tel:5550100188">/);
  const area = renderFixtureSite(designFor('storefront', LAYOUT_SECTIONS.storefront, (wdm) => (wdm['facts'] = { serviceArea: 'Bristol and Bath' })));
  expect(area.html).toContain('<p class="container topbar__text"><span class="topbar__place">Bristol and Bath</span></p>');
  // The strip used to repeat the tagline, which the hero's headline says just below it.
  const bare = renderFixtureSite(designFor('storefront', LAYOUT_SECTIONS.storefront));
  expect(bare.html).not.toContain('topbar');
});

test("the editorial masthead names the trade once: the hero under it has no eyebrow, and the tagline is not repeated above the headline", () => {
  const editorial = renderFixtureSite(designFor('editorial', LAYOUT_SECTIONS.editorial));
  expect(editorial.html).toContain('<p class="masthead__kicker">');
  expect(editorial.html).not.toContain('class="eyebrow"');
  expect(editorial.html).not.toContain('masthead__tagline');
  for (const layout of LAYOUT_TEMPLATES.filter((l) => l !== 'editorial')) {
    expect(renderFixtureSite(designFor(layout, LAYOUT_SECTIONS[layout])).html, layout).toMatch(/<p class="eyebrow">[^<]+<\/p>\s*<h1 /);
  }
});

describe('hostile copy reaches no page unescaped', () => {
  const HOSTILE = ['<script>alert(1)</script>', 'javascript:alert(1)', '}</style><script>alert(2)</script>', '"><svg onload=alert(3)>', "' onmouseover='x"];

  test.each(HOSTILE)('%s in name, tagline, titles, items and prices', async (payload) => {
    const text = editSample((front) => {
      front['name'] = `Smith ${payload}`;
      front['description'] = payload;
      const wdm = front['x-wdm'] as Record<string, unknown>;
      wdm['categoryLabel'] = payload;
      const copy = wdm['copy'] as Record<string, Record<string, unknown>>;
      for (const [id, block] of Object.entries(copy)) {
        // Distinct titles: sections are landmarks named by their headings, which must differ.
        block['title'] = `${payload} ${id}`;
        block['lead'] = payload;
        if ('action' in block) block['action'] = payload;
        block['items'] = [{ title: payload, text: payload, price: payload }];
      }
    });
    const site = renderFixtureSite(text);
    expect(site.html).not.toContain('<script');
    expect(site.html).not.toContain('<svg onload');
    expect(site.html).not.toMatch(/href="javascript:/i);
    if (/[<>"']/.test(payload)) expect(site.html).not.toContain(payload);
    expect(site.css).not.toContain('</style>');
    expect(site.css).not.toContain('alert');
    expect(await htmlErrors(site.html)).toEqual([]);
  });

  test('a closing </style> in a font stack or a colour never reaches the CSS', () => {
    const attempts: ((front: Record<string, unknown>) => void)[] = [
      (f) => {
        ((f['typography'] as Record<string, Record<string, unknown>>)['body-md'] as Record<string, unknown>)['fontFamily'] = "'x'}</style><script>alert(1)</script>";
      },
      (f) => {
        (f['colors'] as Record<string, unknown>)['primary'] = '#1a4d8f;}</style>';
      },
      (f) => {
        ((f['components'] as Record<string, Record<string, unknown>>)['card'] as Record<string, unknown>)['padding'] = '1px;}</style><script>';
      },
    ];
    for (const edit of attempts) {
      let html = '';
      let css = '';
      try {
        ({ html, css } = renderFixtureSite(editSample(edit)));
      } catch (error) {
        expect((error as { code?: string }).code).toBe('E_DESIGN_SCHEMA');
        continue;
      }
      // A value that is not a valid token is dropped rather than written.
      expect(css).not.toContain('</style>');
      expect(html).not.toContain('<script');
    }
  });
});

test('the same DESIGN.md gives the same bytes', () => {
  const a = renderFixtureSite(sampleText());
  const b = renderFixtureSite(sampleText());
  expect(b.html).toBe(a.html);
  expect(b.css).toBe(a.css);
  expect(a.html.endsWith('</html>\n')).toBe(true);
  expect(a.html).not.toMatch(/\r|[ \t]\n/);
});

test('a price at the end of an item text moves to the price column; other text is left alone', async () => {
  const { splitPrice } = await import('../../src/implement/site-view.js');
  expect(splitPrice('Basil oil, aged balsamic. $14', undefined)).toEqual({ text: 'Basil oil, aged balsamic.', price: '$14' });
  expect(splitPrice('Portraits for your website. From $450', undefined)).toEqual({ text: 'Portraits for your website.', price: 'From $450' });
  expect(splitPrice('Costs $14 per hour.', undefined)).toEqual({ text: 'Costs $14 per hour.', price: '' });
  expect(splitPrice('$14', undefined)).toEqual({ text: '$14', price: '' });
  expect(splitPrice('Set of two. $22', '$20')).toEqual({ text: 'Set of two. $22', price: '$20' });
});

test('a numbered section shows each number once: the step marker, not also "1. " in the title', async () => {
  const { withoutOrdinal } = await import('../../src/implement/site-view.js');
  expect(withoutOrdinal('1. Get in touch', 0)).toBe('Get in touch');
  expect(withoutOrdinal('3. Get it fixed', 2)).toBe('Get it fixed');
  // A number that is not the item's place, or no space after it, is part of the words.
  expect(withoutOrdinal('2. Get in touch', 0)).toBe('2. Get in touch');
  expect(withoutOrdinal('1.5 hours', 0)).toBe('1.5 hours');
  expect(withoutOrdinal('24 hours', 0)).toBe('24 hours');
  // The built page: every process step title is the copy's title without its ordinal, and its marker shows it.
  const { html } = renderFixtureSite(editSample((front) => {
    const copy = (front['x-wdm'] as Record<string, unknown>)['copy'] as Record<string, { items: { title: string }[] }>;
    copy['process']?.items.forEach((item, i) => (item.title = `${i + 1}. ${item.title}`));
  }));
  const steps = [...html.matchAll(/<span class="step__number" aria-hidden="true">(\d+)<\/span>\s*<h3>([^<]*)<\/h3>/g)].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
  expect(steps).toEqual(['01 Talk it through', '02 Agree the fee', '03 Get it done']);
});

test('an About without anything of the business own is one centred statement; with points it keeps its two columns', () => {
  const about = (html: string) => /<section id="about" class="([^"]*)"[^>]*>\s*<div class="([^"]*)">/.exec(html)?.slice(1, 3);
  expect(about(renderFixtureSite(sampleText()).html)).toEqual(['section section--band about', 'container split']);
  const bare = editSample((front) => {
    const copy = (front['x-wdm'] as Record<string, unknown>)['copy'] as Record<string, { items: unknown[]; lead: string }>;
    if (copy['about']) Object.assign(copy['about'], { items: [], lead: '' });
  });
  const { html } = renderFixtureSite(bare);
  expect(about(html)).toEqual(['section section--band about about--statement', 'container']);
  expect(html).toContain('class="about__card"');
});

test('a hero with one call to action is fine; one whose two buttons lead to the same place is reported', () => {
  const hero = (edit: (h: Record<string, unknown>) => void) =>
    renderFixtureSite(
      editSample((front) => {
        const copy = (front['x-wdm'] as Record<string, unknown>)['copy'] as Record<string, Record<string, unknown>>;
        if (copy['hero']) edit(copy['hero']);
      }),
    );
  const rule = (site: { findings: { rule: string; message: string }[] }) => site.findings.filter((f) => f.rule === 'implement/hero-actions').map((f) => f.message);
  const single = hero((h) => {
    delete h['secondaryAction'];
    delete h['secondaryActionTarget'];
  });
  expect(rule(single)).toEqual([]);
  expect(single.html.match(/class="button button--ghost"/g) ?? []).toEqual([]);
  const twice = hero((h) => Object.assign(h, { action: 'Find us', actionTarget: 'contact', secondaryAction: 'Find us', secondaryActionTarget: 'contact' }));
  expect(rule(twice)).toEqual(['found two hero buttons that repeat each other ("Find us" to #contact, "Find us" to #contact), expected the second to lead elsewhere or be left out']);
  expect(rule(hero((h) => delete h['action']))).toEqual(['found a hero without action, expected its main call to action']);
});

test('with an email the contact form sends to it, and nothing in it is disabled or marked a sample', () => {
  const { html } = renderFixtureSite(
    editSample((front) => {
      const wdm = front['x-wdm'] as Record<string, unknown>;
      wdm['facts'] = { ...((wdm['facts'] as Record<string, unknown> | undefined) ?? {}), email: 'hello@example.com' };
    }),
  );
  expect(html).toContain('<form class="form" action="mailto:hello@example.com" method="post" enctype="text/plain">');
  expect(html).not.toContain('form--sample');
  expect(html).not.toMatch(/<(?:input|textarea|button) [^>]*disabled/);
});
