// The differential test of the fast path: seeded defects injected into generated sites; verifying by shapes must
// report each exactly as the full validators do (same findings, same places), and never pass what they fail.
import { describe, expect, it } from 'vitest';
import { createCheckers, verifySite, type CheckName } from '../../src/verify/index.js';
import { retrace, ShapeCache } from '../../src/verify/fast-verify.js';
import { cssRulesOf, type CssRule } from '../../src/verify/css-model.js';
import { parseCssChecked } from '../../src/verify/css-syntax.js';
import { cssShape, designShape, htmlShape, treeShape } from '../../src/verify/shapes.js';
import { inVerifySample } from '../../src/pipeline/sample.js';
import type { Finding } from '../../src/shared/types.js';
import { onePerLayout, type BuiltSite } from './helpers.js';

const checkers = createCheckers();

type Files = Pick<BuiltSite, 'designText' | 'html' | 'css'>;

/** Replaces the first match of `pattern` (which must match: a defect that injects nothing proves nothing). */
function sub(text: string, pattern: RegExp | string, replacement: string): string {
  const out = text.replace(pattern, replacement);
  if (out === text) throw new Error(`seeded defect did not apply: ${String(pattern)}`);
  return out;
}

/** The dark-scheme block of the tokens: `@media (prefers-color-scheme: dark) { :root { ... } }`. */
function inDarkTokens(css: string, edit: (block: string) => string): string {
  const at = css.indexOf('@media (prefers-color-scheme: dark)');
  if (at === -1) throw new Error('no dark tokens block');
  const end = css.indexOf('}', at);
  return css.slice(0, at) + edit(css.slice(at, end)) + css.slice(end);
}

/**
 * The corpus of seeded defects. Each is a change to one generated site's files and the finding rules the full
 * validators report for it (the test also requires the fast path to report exactly the same findings).
 */
const DEFECTS: { name: string; rules: string[]; inject: (f: Files) => Partial<Files> }[] = [
  {
    name: 'a broken token reference in a component',
    rules: ['designmd/broken-ref'],
    inject: (f) => ({ designText: sub(f.designText, '"{colors.on-surface}"', '"{colors.on-surfce}"') }),
  },
  {
    name: 'a contrast pair below target in the dark scheme only',
    rules: ['contrast/text'],
    // Body text in the dark scheme takes the dark surface's own lightness: nearly invisible, light scheme intact.
    inject: (f) => ({ css: inDarkTokens(f.css, (b) => sub(b, /--color-on-surface: #[0-9a-f]{6};/, '--color-on-surface: #3a3f45;')) }),
  },
  {
    name: 'a contrast pair below target in the light scheme, through a token that stays a plain colour',
    rules: ['contrast/text'],
    inject: (f) => ({ css: sub(f.css, /--color-on-surface-variant: #[0-9a-f]{6};/, '--color-on-surface-variant: #d8dde2;') }),
  },
  {
    name: 'a translucent text colour (composited, so only the full cascade can judge it)',
    rules: ['contrast/text'],
    inject: (f) => ({ css: sub(f.css, /--color-on-surface: #[0-9a-f]{6};/, '--color-on-surface: rgb(25 32 40 / 0.2);') }),
  },
  {
    name: 'a component pair of the DESIGN.md below 4.5:1',
    rules: ['designmd/contrast-ratio'],
    inject: (f) => ({ designText: sub(f.designText, /\n {2}on-primary: "#[0-9a-f]{6}"/, (m => `\n  on-primary: ${m ? '"#7f7f7f"' : ''}`)('x')) }),
  },
  {
    name: 'unescaped markup in copy',
    rules: ['html-validate/element-name', 'html-validate/close-order'],
    inject: (f) => ({ html: sub(f.html, /(<h1 id="hero-title">)/, '$1Fish <chips> ') }),
  },
  {
    name: 'a raw ampersand in text',
    rules: ['html-validate/no-raw-characters'],
    inject: (f) => ({ html: sub(f.html, /(<h1 id="hero-title">)/, '$1Fish & chips; ') }),
  },
  {
    name: 'a missing section',
    rules: ['structure/missing-section'],
    inject: (f) => ({ html: sub(f.html, /<section id="contact"/, '<section id="kontakt"') }),
  },
  {
    name: 'an invalid attribute value',
    rules: ['html-validate/attribute-allowed-values'],
    inject: (f) => ({ html: sub(f.html, /<input id="contact-name" name="name" type="text"/, '<input id="contact-name" name="name" type="txet"') }),
  },
  {
    name: 'a duplicate id',
    rules: ['html-validate/no-dup-id'],
    inject: (f) => ({ html: sub(f.html, /<p class="lead">/, '<p class="lead" id="hero-title">') }),
  },
  {
    name: 'a CSS syntax error',
    rules: ['css/parse-error'],
    inject: (f) => ({ css: sub(f.css, /\n\}\n/, '\n  color: red red;;{\n}\n') }),
  },
  {
    // The sheet's head of @font-face blocks is checked block by block, apart from the rest of the sheet.
    name: 'a CSS syntax error inside an @font-face block',
    rules: ['css/parse-error'],
    inject: (f) => {
      const face = (weight: string) => `@font-face {\n  font-family: 'Seeded Sans';\n  font-weight: ${weight};\n  src: url(assets/fonts/seeded.woff2) format('woff2');\n}\n`;
      const head = f.css.indexOf('\n') + 1;
      return { css: `${f.css.slice(0, head)}${face('400')}${face('700 !')}${f.css.slice(head)}` };
    },
  },
  {
    // The custom property values are the same as the clean site's: only the sheet's structure tells the pairs apart.
    name: 'a contrast failure through a literal colour in one rule, with every token unchanged',
    rules: ['contrast/text'],
    inject: (f) => ({ css: sub(f.css, /(\n {2}color: )var\(--color-on-surface-variant\);/, '$1#d8dde2;') }),
  },
  {
    name: 'a contrast failure in the third of several identical repeated items only, through a class',
    rules: ['contrast/text'],
    inject: (f) => {
      const opens = [...f.html.matchAll(/<(li|article|div) class="([a-z_ -]+)">/g)];
      const repeated = opens.find((m) => opens.filter((o) => o[0] === m[0]).length >= 3);
      const third = opens.filter((o) => o[0] === repeated?.[0])[2];
      if (!third || third.index === undefined) throw new Error('fewer than three identical items');
      const html = `${f.html.slice(0, third.index)}<${third[1]} class="${third[2]} faint">${f.html.slice(third.index + third[0].length)}`;
      return { html, css: `${f.css}\n.faint,\n.faint * {\n  color: #d8dde2 !important;\n}\n` };
    },
  },
  {
    // The insides of a plain drawing are left out of the tree shape only when no :has() or :empty could see them.
    name: 'a contrast failure that a :has() reads from inside an <svg> drawing',
    rules: ['contrast/text'],
    inject: (f) => ({
      html: sub(f.html, /(<svg\b[^>]*>)/, '$1<circle class="seeded-mark" r="1"/>'),
      css: `${f.css}\nbody:has(.seeded-mark) p {\n  color: #d8dde2 !important;\n}\n`,
    }),
  },
  {
    // The contrast key keeps only the classes some colour rule names: this one is named, by a rule already there.
    name: 'a contrast failure through a class a colour rule names, with the sheet unchanged',
    rules: ['contrast/text'],
    inject: (f) => ({ html: f.html.split('<p class="lead">').join('<p class="lead ink-on-primary">') }),
  },
  {
    // URLs and free text are stand-ins in the shape: a colour rule that compares them can only be judged in full.
    name: 'a contrast failure through an attribute selector on a URL',
    rules: ['contrast/text'],
    inject: (f) => ({
      html: sub(f.html, /(<h1 id="hero-title">)/, '<a href="https://example.com/menu.pdf">Menu</a>\n$1'),
      css: `${f.css}\na[href$=".pdf"] {\n  color: #d8dde2 !important;\n  background: #ffffff !important;\n}\n`,
    }),
  },
  {
    // A rule that sets only layout is left out of the contrast key: one that also sets a colour is not.
    name: 'a contrast failure through a colour added to a rule that otherwise sets only layout',
    rules: ['contrast/text'],
    inject: (f) => ({ css: sub(f.css, /(\n\.container \{\n)/, '$1  color: #d8dde2 !important;\n') }),
  },
  {
    // The structure key leaves out class names and drawings, not tags.
    name: 'a section on a <div>, not a landmark element',
    rules: ['structure/section-element'],
    inject: (f) => ({ html: sub(f.html, /<section id="contact" class="([^"]*)"/, '<div id="contact" class="$1"') }),
  },
  {
    name: 'no space between two attributes of a path inside an <svg> icon (html-validate reads its tokens)',
    rules: ['html-validate/attr-spacing'],
    inject: (f) => ({ html: sub(f.html, /(<svg\b[^>]*>)/, '$1<path d="M0 0h4"fill="none"/>') }),
  },
  {
    name: 'an attribute value of a drawing element delimited by white space',
    rules: ['html-validate/attr-delimiter'],
    inject: (f) => ({ html: sub(f.html, /(<svg\b[^>]*>)/, '$1<path d= "M0 0h4"/>') }),
  },
  {
    name: 'a section id on an element inside an <svg> drawing',
    rules: ['structure/section-element'],
    inject: (f) => ({ html: sub(sub(f.html, /<section id="contact"/, '<section id="contact-old"'), /(<svg\b[^>]*>)/, '$1<g id="contact"></g>') }),
  },
  {
    name: 'an unused token (its custom property renamed)',
    rules: ['tokens/unused'],
    inject: (f) => ({ css: f.css.split('--radius-xl').join('--radius-xxl') }),
  },
  {
    name: 'a dark twin that never takes over',
    rules: ['tokens/unused'],
    inject: (f) => ({ css: inDarkTokens(f.css, (b) => sub(b, /\n\s*--color-outline: #[0-9a-f]{6};/, '')) }),
  },
  {
    name: 'an empty heading',
    rules: ['html-validate/empty-heading'],
    inject: (f) => ({ html: sub(f.html, /(<h2 id="[a-z-]+-title">)[^<]+(<\/h2>)/, '$1$2') }),
  },
  {
    name: 'a page title over the length limit',
    rules: ['html-validate/long-title'],
    inject: (f) => ({ html: sub(f.html, /<title>([^<]*)<\/title>/, `<title>$1 ${'and more words '.repeat(6)}</title>`) }),
  },
  {
    name: 'two landmarks named by headings with the same text',
    rules: ['html-validate/unique-landmark'],
    inject: (f) => {
      const heads = [...f.html.matchAll(/<h2 id="[a-z-]+-title">([^<]+)<\/h2>/g)];
      const first = heads[0]?.[1];
      const second = heads[1]?.[0];
      if (!first || !second) throw new Error('fewer than two section headings');
      return { html: f.html.replace(second, second.replace(/>[^<]+</, `>${first}<`)) };
    },
  },
  {
    name: 'two h1 elements',
    rules: ['structure/one-h1'],
    inject: (f) => ({ html: sub(f.html, /<h2 id="([a-z-]+)-title">([^<]+)<\/h2>/, '<h1 id="$1-title">$2</h1>') }),
  },
  {
    name: 'sections out of order',
    rules: ['structure/section-order'],
    inject: (f) => ({ html: sub(f.html, /<section id="contact"/, '<section id="contact-old"').replace('<section id="hero"', '<section id="contact" class="x"></section>\n<section id="hero"') }),
  },
  {
    // Class names are stand-ins in the shape html-validate sees; their repetition must still show.
    name: 'a class named twice on one element',
    rules: ['html-validate/no-dup-class'],
    inject: (f) => ({ html: sub(f.html, /<body class="layout /, '<body class="layout layout ') }),
  },
  {
    // The shape keeps each attribute value's own delimiter.
    name: 'a link target in single quotes',
    rules: ['html-validate/attr-quotes'],
    inject: (f) => ({ html: sub(f.html, /<a class="skip-link" href="#main">/, "<a class=\"skip-link\" href='#main'>") }),
  },
  {
    // A level-2 heading names a DESIGN.md section: it stays verbatim in the shape (other headings do not).
    name: 'a DESIGN.md section heading out of the format\'s order',
    rules: ['designmd/section-order'],
    inject: (f) => {
      const colors = /\n## Colors\n/.exec(f.designText);
      const overview = /\n## Overview\n/.exec(f.designText);
      if (!colors || !overview) throw new Error('no Overview or Colors section');
      return { designText: f.designText.replace('\n## Overview\n', '\n## Colours-first\n').replace('\n## Colors\n', '\n## Overview\n').replace('\n## Colours-first\n', '\n## Colors\n') };
    },
  },
  {
    name: 'a typo in a top-level DESIGN.md key',
    rules: ['designmd/unknown-key'],
    inject: (f) => ({ designText: sub(f.designText, /\nrounded:\n/, '\nroundd:\n') }),
  },
  {
    // The shape's own findings (made with stand-in colours) keep only what holds whatever the colours are.
    name: 'text on a background image',
    rules: ['contrast/unprovable-background'],
    inject: (f) => ({ css: `${f.css}\nmain { background: linear-gradient(#101010, #202020); }\n` }),
  },
  {
    name: 'a colour rule with a selector the matcher cannot evaluate',
    rules: ['contrast/unprovable-selector'],
    inject: (f) => ({ css: `${f.css}\nmain p:contains(x) { color: #777777; }\n` }),
  },
  {
    // Font lists share one stand-in in the shape; a family without a comma could be a colour and keeps its text.
    name: 'a font family that is a colour name',
    rules: ['designmd/model'],
    inject: (f) => ({ designText: sub(f.designText, /(\n {4}fontFamily: ).*/, '$1red') }),
  },
  {
    name: 'a colour token that is not a colour',
    rules: ['design/read'],
    inject: (f) => ({ designText: sub(f.designText, /\n {2}primary: "#[0-9a-f]{6}"/, '\n  primary: "#12"') }),
  },
];

function verify(site: BuiltSite, files: Files, shapes?: ShapeCache, onFull?: (c: readonly CheckName[]) => void, cssTail?: readonly string[]): Finding[] {
  return verifySite({ file: site.file, ...files, ...(cssTail ? { cssTail } : {}) }, checkers, shapes ? { shapes, ...(onFull ? { onFull } : {}) } : {});
}

const errorsAndWarnings = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');

describe('the fast path', () => {
  const sites = onePerLayout();
  const shapes = new ShapeCache();

  it('answers every clean site of every layout by shapes alone, with the findings of the full validators', () => {
    for (const site of sites) {
      const full: CheckName[] = [];
      const files = { designText: site.designText, html: site.html, css: site.css };
      // The check units of checks/ run on every site either way (their warnings, if any, are the same).
      expect(verify(site, files, shapes, (c) => full.push(...c)), site.domain).toEqual(verify(site, files));
      expect(full, `${site.domain} needed a full check`).toEqual([]);
      // With the stylesheet's shared pieces as implement hands them over (the build's way): the same.
      expect(verify(site, files, shapes, undefined, site.cssTail), site.domain).toEqual(verify(site, files));
    }
  });

  const targets = sites.filter((s) => s.layout === 'services' || s.layout === 'menu');
  for (const defect of DEFECTS) {
    it(`reports ${defect.name} exactly as --full does`, () => {
      expect(targets.length).toBe(2);
      for (const site of targets) {
        const files = { designText: site.designText, html: site.html, css: site.css, ...defect.inject(site) };
        const full = verify(site, files);
        const fast = verify(site, files, shapes);
        expect([...new Set(errorsAndWarnings(full).map((f) => f.rule))].filter((r) => defect.rules.includes(r)), `${site.domain}: the full validators miss it`).not.toEqual([]);
        expect(fast, site.domain).toEqual(full);
        // The clean site's shared pieces as the hint (the build's way): a defect in them, or after them, leaves
        // the sheet not ending with them, and the whole is read; one before them is read with them.
        expect(verify(site, files, shapes, undefined, site.cssTail), `${site.domain} with its sheet's pieces`).toEqual(full);
      }
    });
  }

  it('checks contrast once for sheets that differ only in rules setting layout, and again for a colour rule', () => {
    const cache = new ShapeCache();
    const site = sites[0] as BuiltSite;
    const files = { designText: site.designText, html: site.html, css: site.css };
    const withRule = (rule: string) => ({ ...files, css: `${site.css}\n${rule}\n` });
    expect(verify(site, files, cache)).toEqual(verify(site, files));
    expect([cache.size('css'), cache.size('contrast'), cache.size('structure')]).toEqual([1, 1, 1]);
    const layoutOnly = withRule('main .container {\n  gap: 3px;\n  padding-block: 1px;\n}');
    expect(verify(site, layoutOnly, cache)).toEqual(verify(site, layoutOnly));
    expect([cache.size('css'), cache.size('contrast')]).toEqual([2, 1]);
    const colour = withRule('main .container {\n  gap: 3px;\n  color: #202020;\n}');
    expect(verify(site, colour, cache)).toEqual(verify(site, colour));
    expect([cache.size('css'), cache.size('contrast')]).toEqual([3, 2]);
  });

  it('checks structure once for pages that differ only in class names', () => {
    const cache = new ShapeCache();
    const site = sites[0] as BuiltSite;
    const files = { designText: site.designText, html: site.html, css: site.css };
    const renamed = { ...files, html: sub(site.html, /<body class="/, '<body class="seeded-variant ') };
    expect(verify(site, files, cache)).toEqual(verify(site, files));
    expect(verify(site, renamed, cache)).toEqual(verify(site, renamed));
    expect(cache.size('structure')).toBe(1);
  });

  it('says why a file has no shape instead of guessing', () => {
    expect(htmlShape('<p>a < b</p>')).toMatchObject({ ok: false });
    expect(htmlShape('<p>line one\nline two</p>')).toMatchObject({ ok: false });
    expect(cssShape(':root { --a: x;} .b { color: red }')).toMatchObject({ ok: true });
    expect(cssShape(':root { --a: "x; y" }')).toMatchObject({ ok: false });
    expect(designShape('no front matter')).toMatchObject({ ok: false });
  });

  it('gives two sites whose texts repeat in the same pattern one page shape, and different patterns different ones', () => {
    const a = htmlShape('<h2>One</h2><p>Two</p><p>One</p>');
    const b = htmlShape('<h2>Uno</h2><p>Dos</p><p>Uno</p>');
    const c = htmlShape('<h2>Uno</h2><p>Dos</p><p>Tres</p>');
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.shape).toBe(b.shape);
      expect(c.shape).not.toBe(a.shape);
    }
  });
});

describe('shapes that abstract what no validator reads', () => {
  it('gives DESIGN.md files that differ only in extension numbers and in their title one shape', () => {
    const doc = (title: string, hue: string) => `---\nname: ${title}\ncolors:\n  primary: "#123456"\nx-wdm:\n  palette:\n    hue: ${hue}\n---\n# ${title}\n\n## Overview\n\nText.\n`;
    const a = designShape(doc('Best Law', '254.7'));
    const b = designShape(doc('Bright Law', '267.1'));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.shape).toBe(b.shape);
    // A number in a standard section is read by the linter: it stays.
    const c = designShape(doc('Best Law', '254.7').replace('colors:\n', 'spacing:\n  base: 4\ncolors:\n'));
    const d = designShape(doc('Best Law', '254.7').replace('colors:\n', 'spacing:\n  base: 8\ncolors:\n'));
    if (c.ok && d.ok) expect(c.shape).not.toBe(d.shape);
    else expect.unreachable('no shape');
  });

  it('gives font family lists one stand-in and numeric weights another, keeping any family that could be a colour', () => {
    const doc = (family: string, weight: string) => `---\nname: A\ntypography:\n  body-md:\n    fontFamily: ${family}\n    fontSize: 16px\n    fontWeight: ${weight}\n---\n# A\n\n## Overview\n\nText.\n`;
    const shapeOf = (family: string, weight: string) => {
      const s = designShape(doc(family, weight));
      if (!s.ok) throw new Error(`no shape for ${family}`);
      return s.shape;
    };
    const list = shapeOf("Barlow, system-ui, 'Segoe UI', sans-serif", '400');
    expect(shapeOf(`"'Fira Sans', Arial, sans-serif"`, '700')).toBe(list);
    expect(shapeOf('Inter, sans-serif', '650.5')).toBe(list);
    // The linter reports a family that parses as a colour: a hex, a colour name, a colour function. Those (and any
    // family it could not be told apart from one, or that YAML might read otherwise) keep their own text.
    for (const family of ['red', 'Inter', '"#ff0000"', '"rgb(0, 0, 0)"', '"Inter, hsl(0 0% 0%)"', '"#abc, Inter"', 'Inter, sans-serif #x', 'Inter, a: b']) {
      expect(shapeOf(family, '400'), family).not.toBe(list);
    }
    // A weight that is not a number is reported: it keeps a stand-in of its own class.
    expect(shapeOf('Inter, sans-serif', 'bold')).not.toBe(list);
  });

  it('gives pages that differ only in class names one validity shape, keeping repeated classes apart', () => {
    const page = (cls: string) => `<body class="${cls}"><p class="a b">x</p></body>`;
    const [a, b, c] = [page('layout header--band'), page('layout header--rail'), page('layout layout')].map(htmlShape);
    if (!a?.ok || !b?.ok || !c?.ok) return expect.unreachable('no shape');
    expect(a.validity).toBe(b.validity);
    expect(a.shape).not.toBe(b.shape); // selectors are matched against the page shape: its classes stay
    expect(c.validity).not.toBe(a.validity);
  });
});

describe('the tree shape', () => {
  const page = (drawing: string, text: string) => `<body>\n<p>${text}</p>\n<svg class="art" viewBox="0 0 4 4">${drawing}</svg>\n</body>`;

  it('writes every text as x and leaves out the insides of plain drawings only when asked', () => {
    const a = htmlShape(page('<g class="k"><path d="M0 0h4"/></g><circle cx="1" cy="1" r="1"/>', 'One two'));
    const b = htmlShape(page('<rect x="1" y="1" width="2" height="2"/>', 'Three'));
    if (!a.ok || !b.ok) return expect.unreachable('no shape');
    expect(a.tree).toBe(a.tree.replace('One two', 'x'));
    expect(treeShape(a, true)).toBe(treeShape(b, true));
    expect(treeShape(a, true)).toContain('<svg class="art" viewBox="0 0 4 4"></svg>');
    expect(treeShape(a, false)).not.toBe(treeShape(b, false));
  });

  it('keeps only the given classes, in their order, when asked', () => {
    const s = htmlShape('<body class="layout header--band layout">\n<p class=\'a  b c\'>One</p><svg class="k"><path class="b"/></svg></body>');
    if (!s.ok) return expect.unreachable('no shape');
    expect(treeShape(s, false, new Set(['layout', 'c', 'b']))).toBe('<body class="layout layout">\n<p class=\'b c\'>x</p><svg class=""><path class="b"/></svg></body>');
    expect(treeShape(s, true, new Set(['k']))).toBe('<body class="">\n<p class=\'\'>x</p><svg class="k"></svg></body>');
    expect(treeShape(s, false)).toBe(s.tree);
  });

  it('gives pages whose drawings differ only in plain-form drawing elements one validity shape', () => {
    const a = htmlShape(page('<g class="k"><path d="M0 0h4"/></g>\n<circle cx="1" cy="1" r="1" />', 'One'));
    const b = htmlShape(page('<rect x="1" y="1" width="2" height="2"/>', 'Two'));
    if (!a.ok || !b.ok) return expect.unreachable('no shape');
    expect(a.validity).toBe(b.validity);
    expect(a.validity).toContain('<svg class="c0" viewBox="0 0 4 4"></svg>');
    expect(a.shape).not.toBe(b.shape);
    // What a rule can read in the tokens of a discarded body, or what html-validate keeps of it, stays.
    // Attributes with no space between them are no plain tag: that page has no shape at all (the full validators).
    expect(htmlShape(page('<path d="a"fill="none"/>', 'One')).ok).toBe(false);
    for (const inside of ['<path d= "a"/>', "<path d='a'/>", '<path  d="a"/>', '<path d="a&amp;b"/>', '<PATH d="a"/>', '<g>\u00a0</g>', '<title>x</title>', '<g id="k"></g>']) {
      const s = htmlShape(page(inside, 'One'));
      if (!s.ok) return expect.unreachable('no shape');
      expect(s.validity, inside).not.toBe(a.validity);
    }
  });

  it('keeps the insides of a drawing with an id, a text, a comment, another element or unclosed elements', () => {
    for (const inside of ['<g id="contact"></g>', '<text>Hi</text>', '<g><!-- c --></g>', '<foreignObject><p>x</p></foreignObject>', '<g><path d="M0 0"></g>', '<svg><g/></svg>']) {
      const s = htmlShape(page(inside, 'One'));
      if (!s.ok) return expect.unreachable('no shape');
      expect(s.svgInsides, inside).toEqual([]);
      expect(treeShape(s, true), inside).toBe(s.tree);
    }
  });
});

describe('the head of a sheet', () => {
  const face = (weight: string) => `@font-face {\n  font-family: 'A B';\n  font-weight: ${weight};\n  src: url(a.woff2) format('woff2');\n}\n`;
  const rest = ':root {\n  --a: #111111;\n}\n.b {\n  color: var(--a);\n}\n';

  it('peels whole-line comments and strict @font-face blocks off the structure, keeping the blocks', () => {
    const a = cssShape(`/* one */\n${face('400')}/* two\n lines */\n${face('700')}${rest}`);
    const b = cssShape(`/* other */\n${face('600')}${rest}`);
    if (!a.ok || !b.ok) return expect.unreachable('no shape');
    expect(a.structure).toBe(b.structure);
    expect(a.fontFaces).toEqual([face('400'), face('700')]);
    expect(b.fontFaces).toEqual([face('600')]);
  });

  it('stops at a block that could run on into the rest of the sheet, or at anything else', () => {
    for (const open of [face('400').replace('format(', 'format(('), face('400').replace("'A B'", "'A {B'"), face('400').replace('400;', '400; /* x */'), face('400').replace('400', '[400')]) {
      const s = cssShape(`${open}${rest}`);
      if (!s.ok) return expect.unreachable('no shape');
      expect(s.fontFaces).toEqual([]);
      expect(s.structure.startsWith('@font-face')).toBe(true);
    }
    const late = cssShape(`${rest}${face('400')}`);
    if (!late.ok) return expect.unreachable('no shape');
    expect(late.fontFaces).toEqual([]);
  });
});

describe('rules of a sheet with other custom property values', () => {
  it('are those a parse of the rewritten sheet gives, for every layout', () => {
    for (const site of onePerLayout()) {
      const shape = cssShape(site.css);
      if (!shape.ok) return expect.unreachable(`${site.domain}: no CSS shape`);
      const structure = cssRulesOf(parseCssChecked(shape.structure, 'a.css').ast, shape.structure);
      // Every third declaration gets a new colour, the others their own value back.
      const replacement = new Map(shape.values.flatMap((_, i) => (i % 3 === 0 ? [[i, `#0a0b${(i % 256).toString(16).padStart(2, '0')}`] as const] : [])));
      let n = 0;
      const rewritten = site.css.replace(/(--[A-Za-z0-9_-]+)(\s*:\s*)([^;{}]*?)(\s*)(?=[;}])/g, (all, name: string, colon: string, _v: string, trail: string) => {
        const t = replacement.get(n++);
        return t === undefined ? all : `${name}${colon}${t}${trail}`;
      });
      expect(n, site.domain).toBe(shape.values.length);
      // The structure leaves the sheet's head out: its rules are the sheet's, their lines aside.
      const lineless = (rules: CssRule[] | undefined) => rules?.map((r) => ({ ...r, line: 0, declarations: r.declarations.map((d) => ({ ...d, line: 0 })) }));
      expect(lineless(retrace(structure, shape.values, replacement)), site.domain).toEqual(lineless(cssRulesOf(parseCssChecked(rewritten, 'a.css').ast, rewritten)));
    }
  });

  it('are not made up when the declarations do not line up', () => {
    const css = ':root { --a: #111111; --b: #222222; }';
    const shape = cssShape(css);
    if (!shape.ok) return expect.unreachable('no shape');
    const rules = cssRulesOf(parseCssChecked(shape.structure, 'a.css').ast, shape.structure);
    expect(retrace(rules, shape.values.slice(1), new Map())).toBeUndefined();
    expect(retrace(rules, [...shape.values].reverse(), new Map())).toBeUndefined();
  });
});

describe('the verification sample', () => {
  it('is the same domains on every call and about the configured share', () => {
    const domains = Array.from({ length: 4000 }, (_, i) => `site${i}.example.com`);
    const picked = domains.filter((d) => inVerifySample(d, 0.05));
    expect(picked).toEqual(domains.filter((d) => inVerifySample(d, 0.05)));
    expect(picked.length).toBeGreaterThan(140);
    expect(picked.length).toBeLessThan(260);
    expect(domains.filter((d) => inVerifySample(d, 0))).toEqual([]);
    expect(domains.filter((d) => inVerifySample(d, 1))).toEqual(domains);
  });
});
