// frameworkAccentNear compares with accents converted to OKLab once: the same answers (and distances) as converting
// both colours on every comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oklabDistance, parse, toOklab } from '../../src/design/culori.js';
import { FRAMEWORK_ACCENTS, SAME_ACCENT, frameworkAccentNear } from '../../src/design/framework-accents.js';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
/** Near each accent: its channels moved by a few steps, so hits and near misses are both tried. */
const nearAccent = fc.tuple(fc.constantFrom(...FRAMEWORK_ACCENTS.map((a) => a.hex)), fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })).map(([h, dr, dg, db]) => {
  const n = Number.parseInt(h.slice(1), 16);
  const ch = (v: number) => Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0');
  return `#${ch(((n >> 16) & 255) + dr)}${ch(((n >> 8) & 255) + dg)}${ch((n & 255) + db)}`;
});

function reference(h: string): { hex: string; name: string } | undefined {
  const colour = parse(h);
  if (colour === undefined) return undefined;
  const hit = FRAMEWORK_ACCENTS.find((a) => oklabDistance(colour, parse(a.hex) as NonNullable<ReturnType<typeof parse>>) < SAME_ACCENT);
  return hit ? { hex: hit.hex, name: hit.name } : undefined;
}

describe('frameworkAccentNear', () => {
  it('answers as converting both colours on every comparison does', () => {
    let hits = 0;
    fc.assert(
      fc.property(fc.oneof(hex, nearAccent), (h) => {
        const got = frameworkAccentNear(h);
        if (got) hits++;
        expect(got).toEqual(reference(h));
      }),
      { numRuns: 4000 },
    );
    expect(hits).toBeGreaterThan(100);
  });

  it('an OKLab colour is compared as it is: the same distance as from its hex', () => {
    const a = parse('#6366f1');
    const b = parse('#6a6cf0');
    if (a === undefined || b === undefined) throw new Error('unparsed');
    const [la, lb] = [toOklab(a), toOklab(b)];
    if (la === undefined || lb === undefined) throw new Error('unconverted');
    expect(oklabDistance(la, lb)).toBe(oklabDistance(a, b));
  });
});
