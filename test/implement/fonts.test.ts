// Which @font-face rules and font files a page gets: the families its levels use, the subsets its text needs.
import { describe, expect, it } from 'vitest';
import { parse as parseCss } from 'css-tree';
import { codePointsOf, pageFonts, pageSetsItalic, subsetsFor } from '../../src/implement/index.js';
import { readDesign } from '../../src/implement/index.js';
import { editSample, fontCatalogue, renderFixtureSite } from './helpers.js';

const catalogue = fontCatalogue();
/** The sample DESIGN.md with every heading level in `heading` and every other level in `body` (and code in mono). */
function tokensWith(heading: string, body: string, mono = "'IBM Plex Mono', monospace") {
  const text = editSample((front) => {
    const type = front.typography as Record<string, Record<string, unknown>>;
    for (const [level, token] of Object.entries(type)) {
      token.fontFamily = level.startsWith('display') || level.startsWith('headline') ? heading : level === 'code' ? mono : body;
    }
  });
  return readDesign(text, 'DESIGN.md').tokens;
}

describe('subsetsFor', () => {
  const inter = catalogue['Inter']!;
  it.each([
    ['Plain English, café and £5', ['latin']],
    ['Łódź bakery', ['latin', 'latin-ext']],
    ['Phở Hà Nội', ['latin', 'vietnamese']],
    ['Кафе', ['cyrillic']],
  ])('%s → %j', (text, subsets) => {
    expect(subsetsFor(inter, codePointsOf(text))).toEqual(subsets);
  });
});

describe('pageFonts', () => {
  it('loads the heading, body and mono families at the weights the levels use, latin only for English text', () => {
    const tokens = tokensWith("'Source Serif 4', Georgia, serif", "'Source Sans 3', Arial, sans-serif", "'Source Code Pro', monospace");
    const fonts = pageFonts(tokens, catalogue, codePointsOf('Hello, world.'));
    expect(fonts.families).toEqual(['Source Serif 4', 'Source Sans 3', 'Source Code Pro']);
    const files = fonts.assets.map((a) => a.path);
    expect(files.filter((p) => p.endsWith('.woff2')).map((p) => p.replace(/-[0-9a-f]{8}\.woff2$/, ''))).toEqual([
      'assets/fonts/source-serif-4-latin-600-normal',
      'assets/fonts/source-serif-4-latin-700-normal',
      'assets/fonts/source-sans-3-latin-400-normal',
      'assets/fonts/source-sans-3-latin-600-normal',
      'assets/fonts/source-code-pro-latin-400-normal',
    ]);
    expect(files.filter((p) => p.endsWith('.txt'))).toEqual(['assets/fonts/source-serif-4-license.txt', 'assets/fonts/source-sans-3-license.txt', 'assets/fonts/source-code-pro-license.txt']);
    for (const asset of fonts.assets) {
      expect(asset.source.kind).toBe('package');
      expect(asset.path).toMatch(/^assets\/fonts\/[a-z0-9-]+(\.txt|-[0-9a-f]{8}\.woff2)$/);
    }
    const faces = fonts.css.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(5);
    for (const face of faces) {
      expect(face).toContain('font-display: swap;');
      expect(face).toMatch(/unicode-range: U\+0000-00FF, /);
      expect(face).toMatch(/src: url\(assets\/fonts\/[a-z0-9-]+-[0-9a-f]{8}\.woff2\) format\('woff2'\);/);
    }
    const errors: string[] = [];
    parseCss(fonts.css, { onParseError: (e) => errors.push(e.message) });
    expect(errors).toEqual([]);
  });

  it('adds latin-ext files only when the text needs them', () => {
    const tokens = tokensWith('Inter, sans-serif', 'Inter, sans-serif');
    const plain = pageFonts(tokens, catalogue, codePointsOf('Zurich'));
    const polish = pageFonts(tokens, catalogue, codePointsOf('Zurich and Łódź'));
    expect(plain.assets.some((a) => a.path.includes('latin-ext'))).toBe(false);
    expect(polish.assets.filter((a) => a.path.includes('latin-ext')).length).toBeGreaterThan(0);
    expect(polish.css).toContain('unicode-range: U+0100-02BA');
  });

  it('loads nothing for system stacks, and nothing without a catalogue', () => {
    const tokens = tokensWith('Georgia, serif', 'system-ui, sans-serif', 'ui-monospace, monospace');
    expect(pageFonts(tokens, catalogue, codePointsOf('x'))).toEqual({ css: '', assets: [], families: [] });
    expect(pageFonts(tokensWith('Inter, sans-serif', 'Inter, sans-serif'), {}, codePointsOf('x')).assets).toEqual([]);
  });

  it('adds the body family\'s real italic only when the page sets italic', () => {
    const tokens = tokensWith("'Source Serif 4', Georgia, serif", "'Source Sans 3', Arial, sans-serif", "'Source Code Pro', monospace");
    const upright = pageFonts(tokens, catalogue, codePointsOf('Hello'));
    const slanted = pageFonts(tokens, catalogue, codePointsOf('Hello'), true);
    expect(upright.css).not.toContain('italic');
    const italics = slanted.assets.map((a) => a.path).filter((p) => p.includes('italic'));
    expect(italics.map((p) => p.replace(/-[0-9a-f]{8}\.woff2$/, ''))).toEqual(['assets/fonts/source-sans-3-latin-400-italic']);
    expect(slanted.css).toMatch(/font-family: 'Source Sans 3';\n {2}font-style: italic;\n {2}font-weight: 400;/);
  });

  it.each([
    ['<p>plain</p>', '.a { font-style: normal; }', false],
    ['<p>plain</p>', '.masthead__tagline {\n  font-style: italic;\n}', true],
    ['<p><em>so</em></p>', '', true],
    ['<p><cite>Book</cite></p>', '', true],
    ['<p><img src="x.png" alt=""></p>', '', false],
  ])('pageSetsItalic(%s, %s) is %s', (html, css, expected) => expect(pageSetsItalic(html, css)).toBe(expected));

  it('gives a weight the catalogue lacks the nearest file it has', () => {
    const text = editSample((front) => {
      const type = front.typography as Record<string, Record<string, unknown>>;
      for (const token of Object.values(type)) {
        token.fontFamily = 'Inter, sans-serif';
        token.fontWeight = 300;
      }
    });
    const fonts = pageFonts(readDesign(text, 'DESIGN.md').tokens, catalogue, codePointsOf('x'));
    expect(fonts.css).toContain('font-weight: 400;');
    expect(fonts.css).not.toContain('font-weight: 300;');
  });
});

describe('implementSite with fonts', () => {
  it('puts the @font-face rules first in styles.css and returns their files as assets; nothing points outside the site', () => {
    const site = renderFixtureSite(editSample((front) => {
      for (const token of Object.values(front.typography as Record<string, Record<string, unknown>>)) token.fontFamily = "'Fira Sans', sans-serif";
    }));
    const first = site.css.indexOf('@font-face');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(site.css.indexOf(':root {'));
    for (const m of site.css.matchAll(/url\(([^)]*)\)/g)) {
      expect(m[1]).toMatch(/^assets\/fonts\//);
      expect(site.assets.map((a) => a.path)).toContain(m[1]);
    }
    expect(site.html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe('codePointsOf', () => {
  it('gives each code point once, in the order first seen, as iterating the text by code points does', () => {
    const texts = ['Hello, wörld — 日本 😀 é\u0301', '\ud800 lone \udc00 and \ud83d\ude00 pair', 'ASCII again: Hello', ''];
    const expected = new Set<number>();
    for (const t of texts) for (const ch of t) expected.add(ch.codePointAt(0) as number);
    expect([...codePointsOf(...texts)]).toEqual([...expected]);
  });
});
