// hexOf computes culori's clampChroma + formatHex without culori's objects: the same hex for every colour, on the
// palette's own inputs, on random ones (in and far out of gamut) and on the edges (greys, white, black, tiny chroma,
// non-finite channels, hues outside 0..360).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexOf, hexOfByCulori, type Lch } from '../../src/design/color.js';

const lch = fc.record({
  l: fc.oneof(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.constantFrom(0, 1, 0.5, 1e-9, 1 - 1e-9)),
  c: fc.oneof(fc.double({ min: -0.1, max: 0.6, noNaN: true }), fc.constantFrom(0, 1e-6, (0.4 / 8192) * 0.9, 0.4 / 8192, 0.37)),
  h: fc.oneof(fc.double({ min: -720, max: 720, noNaN: true }), fc.constantFrom(0, -0, 90, 180, 270, 359.99, 360)),
});

describe('hexOf', () => {
  it('gives culori clampChroma + formatHex on random colours, in and out of gamut', () => {
    let clipped = 0;
    fc.assert(
      fc.property(lch, (color: Lch) => {
        const expected = hexOfByCulori(color);
        expect(hexOf(color)).toBe(expected);
        if (Math.max(0, color.c) > 0.2) clipped++;
      }),
      { numRuns: 50_000 },
    );
    expect(clipped).toBeGreaterThan(1000);
  });

  it('gives culori on a grid of lightness and hue at chromas from none to far out of gamut', () => {
    for (let l = 0; l <= 1.0001; l += 0.05) {
      for (let h = 0; h < 360; h += 7.5) {
        for (const c of [0, 0.001, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]) {
          const color = { l, c, h };
          expect(hexOf(color), JSON.stringify(color)).toBe(hexOfByCulori(color));
        }
      }
    }
  });

  // (An infinite chroma is not tried: culori's own bisection never ends on it, and hexOf hands it to culori.)
  it('hands non-finite channels to culori (the same answer)', () => {
    for (const color of [
      { l: Number.NaN, c: 0.1, h: 10 },
      { l: 0.5, c: Number.NaN, h: 10 },
      { l: 0.5, c: 0.1, h: Number.NaN },
      { l: Number.POSITIVE_INFINITY, c: 0.1, h: 10 },
      { l: 0.5, c: 0.1, h: Number.NEGATIVE_INFINITY },
    ]) {
      expect(hexOf(color)).toBe(hexOfByCulori(color));
    }
  });
});
