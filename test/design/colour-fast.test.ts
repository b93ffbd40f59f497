// frameworkAccentNear compares with accents converted to OKLab once: the same answers (and distances) as converting
// both colours on every comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luminanceOf, oklabDistance, oklchOf, parse, toOklab, toOklch, wcagLuminance } from '../../src/design/culori.js';
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

describe('luminanceOf', () => {
  it('equals culori wcagLuminance on every channel value and on random colours, either case', () => {
    const ch = (v: number) => v.toString(16).padStart(2, '0');
    for (let v = 0; v < 256; v++) {
      for (const h of [`#${ch(v)}${ch(v)}${ch(v)}`, `#${ch(v)}0000`, `#00${ch(v)}00`, `#0000${ch(v)}`, `#ff${ch(v)}80`]) expect(luminanceOf(h)).toBe(wcagLuminance(h));
    }
    fc.assert(fc.property(hex, fc.boolean(), (h, upper) => {
      const s = upper ? h.toUpperCase() : h;
      return luminanceOf(s) === wcagLuminance(s);
    }), { numRuns: 100_000 });
  });

  it('hands any other colour string to culori', () => {
    for (const c of ['#abc', 'rebeccapurple', 'rgb(10 20 30)', 'oklch(0.5 0.1 200)', '#aabbccdd']) expect(luminanceOf(c)).toBe(wcagLuminance(c));
  });
});

describe('oklchOf', () => {
  /** The same l, c and h (or the same absence of h) as culori's toOklch. */
  const same = (c: string): boolean => {
    const [a, b] = [oklchOf(c), toOklch(c)];
    return a !== undefined && b !== undefined && Object.is(a.l, b.l) && Object.is(a.c, b.c) && Object.is(a.h, b.h) && 'h' in a === 'h' in b;
  };

  it('equals culori toOklch on every grey and channel value and on random colours, either case', () => {
    const ch = (v: number) => v.toString(16).padStart(2, '0');
    for (let v = 0; v < 256; v++) {
      for (const h of [`#${ch(v)}${ch(v)}${ch(v)}`, `#${ch(v)}0000`, `#00${ch(v)}00`, `#0000${ch(v)}`, `#ff${ch(v)}80`]) expect(same(h)).toBe(true);
    }
    fc.assert(fc.property(hex, fc.boolean(), (h, upper) => same(upper ? h.toUpperCase() : h)), { numRuns: 100_000 });
  });

  it('hands any other colour string to culori', () => {
    for (const c of ['#abc', 'rebeccapurple', 'rgb(10 20 30)', 'oklch(0.5 0.1 200)', '#aabbccdd']) expect(same(c)).toBe(true);
  });
});
