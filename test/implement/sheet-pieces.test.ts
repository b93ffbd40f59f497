// The stylesheet put together from its pieces' kept forms is the stylesheet normalised whole, byte for byte: for
// every composition of the real templates, and for arbitrary texts made of the characters the rules hinge on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleSheet, drawnSheet, normalise, normaliseLines } from '../../src/implement/sheet-pieces.js';
import { codePointsOf, implementSite, readDesign } from '../../src/implement/index.js';
import { CARD_STYLES, HEADER_STYLES, HERO_ARRANGEMENTS, LAYOUT_TEMPLATES, SECTION_RHYTHMS } from '../../src/shared/vocabulary.js';
import { editSample, fontCatalogue, sampleText, siteTemplates } from './helpers.js';

/** implementSite's normalise before the pieces were kept: three expressions on the whole text. */
function reference(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** What implementSite did before the pieces were kept: each function on the whole text. */
function whole(head: string, pieces: readonly string[]): { css: string; drawn: string } {
  return { css: reference([head, ...pieces].join('\n')), drawn: [head, ...pieces].join('\n').replace(/\/\*[\s\S]*?\*\//g, '') };
}

function expectSame(head: string, pieces: readonly string[]): void {
  const expected = whole(head, pieces);
  const sheet = assembleSheet(head, pieces);
  if (sheet) {
    expect(sheet.css).toBe(expected.css);
    expect(expected.css.endsWith(sheet.tail.join(''))).toBe(true);
  }
  const drawn = drawnSheet(head, pieces);
  if (drawn) {
    expect(drawn.drawn).toBe(expected.drawn);
    const points = codePointsOf(drawn.head);
    for (const list of drawn.piecePoints) for (const p of list) points.add(p);
    expect([...points].sort((a, b) => a - b)).toEqual([...codePointsOf(expected.drawn)].sort((a, b) => a - b));
  }
}

const HEADS = [
  '/* services layout */\n:root {\n  --color-primary: #123456;\n}',
  'a { color: red; }  \r\n\r\n\r\n',
  'b {}\n\n\n\n',
  '/* an open comment',
  '',
  '  \t',
  '--font: x',
];

describe('sheet pieces', () => {
  it('give every composition of the templates the bytes of the whole sheet normalised', () => {
    const t = siteTemplates();
    const dims = [HERO_ARRANGEMENTS.map((id) => `hero-${id}`), HEADER_STYLES.map((id) => `header-${id}`), SECTION_RHYTHMS.map((id) => `rhythm-${id}`), CARD_STYLES.map((id) => `cards-${id}`)];
    let compositions = 0;
    for (const layout of LAYOUT_TEMPLATES) {
      for (const hero of dims[0] ?? []) {
        for (const header of dims[1] ?? []) {
          for (const rhythm of dims[2] ?? []) {
            for (const cards of dims[3] ?? []) {
              const variants = [hero, header, rhythm, cards].map((k) => t.variants[k]).filter((css): css is string => css !== undefined);
              const pieces = [t.baseCss, t.layouts[layout].css, ...variants];
              // The real pieces all take the kept path (else the saving is gone, not the bytes).
              expect(assembleSheet(HEADS[0] as string, pieces)).toBeDefined();
              expect(drawnSheet(HEADS[0] as string, pieces)).toBeDefined();
              // Every composition with a real head; the odd heads with one composition of each layout and variant.
              const odd = hero === dims[0]?.[compositions % 7] || header === dims[1]?.[0];
              for (const head of odd ? HEADS : HEADS.slice(0, 1)) expectSame(head, pieces);
              compositions++;
            }
          }
        }
      }
    }
    expect(compositions).toBe(LAYOUT_TEMPLATES.length * HERO_ARRANGEMENTS.length * HEADER_STYLES.length * SECTION_RHYTHMS.length * CARD_STYLES.length);
  });

  it('give arbitrary texts of line ends, blanks, comments and custom properties the bytes of the whole', () => {
    const fragment = fc.constantFrom('\r', '\n', '\r\n', ' ', '\t', '/*', '*/', '*', '/', '--x', ':', ';', '{', '}', 'a', 'é', '😀', '\u2028', '\u00a0');
    const text = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), (head, pieces) => {
        expectSame(head, pieces);
      }),
      { numRuns: 3000 },
    );
  });

  it('normalise as the three expressions did', () => {
    const fragment = fc.constantFrom('\r', '\n', '\r\n', ' ', '\t', 'a', '\u2028', '\u2029', '\u00a0', '\n\n\n');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalise(text)).toBe(reference(text));
        expect(normaliseLines(text)).toBe(text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n'));
      }),
      { numRuns: 5000 },
    );
  });

  it('leave implementSite writing what it wrote with the whole sheet normalised', () => {
    for (const text of [sampleText(), editSample((front) => ((front['x-wdm'] as Record<string, unknown>)['layout'] = 'menu'))]) {
      const { tokens } = readDesign(text, 'DESIGN.md');
      const site = implementSite(tokens, siteTemplates(), fontCatalogue());
      const c = tokens.wdm.composition;
      const header = `/* ${tokens.wdm.layout} layout (hero ${c.hero}, header ${c.header}, rhythm ${c.rhythm}, cards ${c.cards}): self-hosted fonts, design tokens, shared base, layout styles */`;
      expect(site.css).toBe(reference([header, site.parts.tokens, site.parts.base, site.parts.layout].join('\n')));
      expect(site.cssTail.length).toBeGreaterThan(1);
      expect(site.css.endsWith(site.cssTail.join(''))).toBe(true);
    }
  });
});
