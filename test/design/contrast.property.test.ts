import { wcagContrast } from 'culori';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import type { Selection } from '../../src/shared/types.js';
import { PALETTE_STRATEGIES } from '../../src/shared/vocabulary.js';
import { declaredPairs, designFor, paletteFor } from '../../src/design/index.js';
import { testSelection, testSite } from './fixtures.js';

const HEX = /^#[0-9a-f]{6}$/;
const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
const brand = fc.oneof(
  fc.constantFrom('#ffff00', '#000000', '#ffffff', '#808080', '#00ff00', '#0000ff', '#ff0000', '#00ffff'),
  hexColor,
);
const degrees = fc.double({ min: 0, max: 359.99, noNaN: true });

const paletteInput: fc.Arbitrary<Selection['palette']> = fc
  .record(
    {
      strategy: fc.constantFrom(...PALETTE_STRATEGIES),
      hue: fc.tuple(degrees, degrees),
      chroma: fc
        .tuple(fc.double({ min: 0, max: 0.4, noNaN: true }), fc.double({ min: 0, max: 0.4, noNaN: true }))
        .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
      neutralHue: degrees,
      neutralChroma: fc.double({ min: 0, max: 0.2, noNaN: true }),
      brandColor: brand,
    },
    { requiredKeys: ['strategy', 'hue', 'chroma'] },
  )
  .map((p) => p as Selection['palette']);
const domain = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}\.(com|io|law|co\.uk)$/);

describe('palette contrast (property)', () => {
  it('every declared pair meets its target in both schemes, re-computed from the hex', () => {
    fc.assert(
      fc.property(paletteInput, domain, (input, d) => {
        const p = paletteFor(input, seedFor('wdm-design/1', d));
        for (const scheme of ['light', 'dark'] as const) {
          for (const hex of Object.values(p[scheme])) expect(hex).toMatch(HEX);
        }
        const declared = declaredPairs();
        expect(p.pairs.map(({ text, background, target, use }) => ({ text, background, target, use }))).toEqual(declared);
        for (const pair of p.pairs) {
          for (const scheme of ['light', 'dark'] as const) {
            const actual = wcagContrast(p[scheme][pair.text], p[scheme][pair.background]);
            expect(actual, `${scheme} ${pair.text}/${pair.background}`).toBeGreaterThanOrEqual(pair.target);
            expect(pair[scheme]).toBeLessThanOrEqual(actual);
            expect(pair[scheme]).toBeGreaterThanOrEqual(pair.target);
          }
        }
        for (const adj of p.adjustments) {
          expect(adj.ratioAfter).toBeGreaterThanOrEqual(adj.target);
          expect(adj.ratioAfter).toBeLessThanOrEqual(wcagContrast(adj.to, p[adj.scheme][adj.against]));
          expect(adj.to).toBe(p[adj.scheme][adj.role]);
        }
        if (input.brandColor !== undefined && wcagContrast(input.brandColor, p.light.surface) >= 3) {
          // Feasible brand colours are kept byte for byte.
          expect(p.light.primary).toBe(input.brandColor);
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('designFor is deterministic: the same input gives a deep-equal design, whatever ran in between', () => {
    fc.assert(
      fc.property(paletteInput, domain, domain, (input, d, other) => {
        const selection = testSelection({ palette: input });
        const first = designFor(selection, testSite(d));
        designFor(testSelection(), testSite(other));
        expect(designFor(selection, testSite(d))).toEqual(first);
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
