import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import { DENSITIES, ELEVATION_STYLES, RADIUS_STYLES } from '../../src/shared/vocabulary.js';
import { elevationFor, roundedFor, spacingFor } from '../../src/design/index.js';

const seed = seedFor('wdm-design/1', 'smithlaw.com');
const STEPS = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'];

describe('spacingFor', () => {
  const EXPECTED: Record<(typeof DENSITIES)[number], number[]> = {
    compact: [3, 6, 12, 18, 24, 36, 48, 18],
    comfortable: [4, 8, 16, 24, 32, 48, 64, 24],
    airy: [5, 10, 20, 30, 40, 60, 80, 30],
  };
  it.each(DENSITIES)('%s', (density) => {
    const s = spacingFor(density, seed);
    expect([...STEPS, 'gutter'].map((k) => s[k])).toEqual(EXPECTED[density]);
  });

  it('varies the container between 1120 and 1280 px on the 8 px grid, by the domain', () => {
    const widths = Array.from({ length: 200 }, (_, i) => spacingFor('airy', seedFor('wdm-design/1', `s${i}.com`)).container!);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(1120);
      expect(w).toBeLessThanOrEqual(1280);
      expect(w % 8).toBe(0);
    }
    expect(new Set(widths).size).toBeGreaterThan(10);
    expect(spacingFor('compact', seed).container).toBe(spacingFor('airy', seed).container);
  });

  it('rejects an unknown density', () => {
    expect(() => spacingFor('roomy', seed)).toThrow(/Unknown spacing density "roomy", expected one of compact, comfortable, airy/);
  });
});

describe('roundedFor', () => {
  it.each(RADIUS_STYLES)('%s: none 0, increasing steps, full 9999', (style) => {
    const r = roundedFor(style);
    expect(Object.keys(r)).toEqual(['none', 'sm', 'md', 'lg', 'xl', 'full']);
    const values = Object.values(r);
    expect(r.none).toBe(0);
    expect(r.full).toBe(9999);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
  });
  it('gets rounder from sharp to pill', () => {
    const md = RADIUS_STYLES.map((s) => roundedFor(s).md!);
    expect([...md].sort((a, b) => a - b)).toEqual(md);
  });
  it('rejects an unknown style', () => {
    expect(() => roundedFor('blobby')).toThrow(/Unknown radius style "blobby"/);
  });
});

describe('elevationFor', () => {
  const LAYERS: Record<(typeof ELEVATION_STYLES)[number], number[]> = {
    flat: [0, 0, 0, 0],
    subtle: [0, 1, 1, 1],
    layered: [0, 2, 2, 2],
  };
  it.each(ELEVATION_STYLES)('%s', (style) => {
    const e = elevationFor(style);
    expect(e.style).toBe(style);
    expect(['0', '1', '2', '3'].map((l) => e.levels[l]!.length)).toEqual(LAYERS[style]);
    // Higher levels cast longer, softer shadows.
    for (let l = 2; l <= 3 && style !== 'flat'; l++) {
      const lift = (level: number) => Math.max(...e.levels[String(level)]!.map((s) => s.y + s.blur));
      expect(lift(l)).toBeGreaterThan(lift(l - 1));
    }
    for (const s of Object.values(e.levels).flat()) {
      expect(s.opacity).toBeGreaterThan(0);
      expect(s.opacity).toBeLessThanOrEqual(1);
    }
  });
  it('returns fresh objects each call', () => {
    const a = elevationFor('subtle');
    a.levels['1']![0]!.opacity = 1;
    expect(elevationFor('subtle').levels['1']![0]!.opacity).toBeLessThan(1);
  });
  it('rejects an unknown style', () => {
    expect(() => elevationFor('floating')).toThrow(/Unknown elevation style "floating"/);
  });
});
