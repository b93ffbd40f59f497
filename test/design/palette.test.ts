import { converter, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import { COLOR_ROLES, type Selection } from '../../src/shared/types.js';
import { PALETTE_STRATEGIES, type PaletteStrategy } from '../../src/shared/vocabulary.js';
import { STRATEGIES, declaredPairs, paletteFor } from '../../src/design/index.js';
import { testSelection } from './fixtures.js';

const oklch = converter('oklch');
const hueOf = (hex: string): number => oklch(hex)?.h ?? Number.NaN;
/** Signed hue difference b - a in (-180, 180]. */
const turn = (a: number, b: number): number => {
  const d = (((b - a) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
};
const seeds = ['smithlaw.com', 'acme.io', 'bakery.fr', 'zeta.net', 'blue.dental', 'x.org'].map((d) =>
  seedFor('wdm-design/1', d),
);
const palette = (p: Partial<Selection['palette']>, domain = 'smithlaw.com') =>
  paletteFor(testSelection({ palette: p }).palette, seedFor('wdm-design/1', domain));

// Hue offsets of secondary and tertiary from the primary, for a strategy turning clockwise (dir +1); the seed
// may turn the other way (dir -1), which negates every offset.
const RELATIONS: Record<PaletteStrategy, { secondary: number; tertiary: number; mirrored: boolean }> = {
  monochrome: { secondary: 0, tertiary: 0, mirrored: false },
  analogous: { secondary: 30, tertiary: -30, mirrored: true },
  complementary: { secondary: 0, tertiary: 180, mirrored: false },
  'split-complementary': { secondary: 150, tertiary: -150, mirrored: true },
  triadic: { secondary: 120, tertiary: -120, mirrored: true },
  earthy: { secondary: -25, tertiary: -50, mirrored: false }, // primary at 200°: the warm way to 60° is down
  vivid: { secondary: 25, tertiary: 180, mirrored: true },
};

describe('palette strategies', () => {
  it('every strategy id in the vocabulary has an implementation, and nothing else', () => {
    expect(Object.keys(STRATEGIES).sort()).toEqual([...PALETTE_STRATEGIES].sort());
  });

  const primary = { l: 0.5, c: 0.12, h: 200 };
  it.each(PALETTE_STRATEGIES)('%s: hue relations to the primary', (id) => {
    const rel = RELATIONS[id];
    const dirs = new Set<number>();
    for (const seed of seeds) {
      const { secondary, tertiary } = STRATEGIES[id](primary, seed);
      const s = turn(primary.h, secondary.h);
      const t = turn(primary.h, tertiary.h);
      const dir = rel.mirrored ? Math.sign(s) * Math.sign(rel.secondary) : 1;
      dirs.add(dir);
      expect(s).toBeCloseTo(rel.secondary * dir, 6);
      // Opposite hues are opposite whichever way round: compare 180° by size only.
      if (Math.abs(rel.tertiary) === 180) expect(Math.abs(t)).toBeCloseTo(180, 6);
      else expect(t).toBeCloseTo(rel.tertiary * dir, 6);
      for (const tone of [secondary, tertiary]) {
        expect(tone.l).toBeGreaterThanOrEqual(0.3);
        expect(tone.l).toBeLessThanOrEqual(0.8);
      }
    }
    // Mirrored strategies turn both ways across domains; fixed ones never do.
    expect(dirs.size).toBe(rel.mirrored ? 2 : 1);
  });

  it('earthy keeps its companions low in chroma; vivid makes its accent bright but below the primary', () => {
    const hot = { l: 0.5, c: 0.25, h: 30 };
    const earthy = STRATEGIES.earthy(hot, seeds[0]!);
    expect(earthy.secondary.c).toBeLessThanOrEqual(0.08);
    expect(earthy.tertiary.c).toBeLessThanOrEqual(0.07);
    expect(turn(30, earthy.secondary.h)).toBe(25); // 30° is below ochre: warm-shifting turns up
    const vivid = STRATEGIES.vivid({ l: 0.5, c: 0.2, h: 30 }, seeds[0]!);
    expect(vivid.tertiary.c).toBeCloseTo(0.16, 6); // 0.85 × 0.2 = 0.17, over the 0.16 ceiling
    expect(vivid.tertiary.l).toBeGreaterThan(0.6);
  });

  it('mutes a companion that would land on muddy olive', () => {
    // Purple at 300°: split-complementary companions at 90° (olive) and 150° (mint).
    for (const seed of seeds) {
      const { secondary, tertiary } = STRATEGIES['split-complementary']({ l: 0.5, c: 0.18, h: 300 }, seed);
      for (const c of [secondary, tertiary]) if (c.h >= 86 && c.h <= 129) expect(c.c).toBeLessThanOrEqual(0.06);
      expect(Math.min(secondary.c, tertiary.c)).toBeLessThanOrEqual(0.08);
    }
  });

  it.each(PALETTE_STRATEGIES)('%s: the built palette keeps the relation in its hex colours', (strategy) => {
    const p = palette({ strategy, hue: [200, 200], chroma: [0.12, 0.12] });
    const rel = RELATIONS[strategy];
    const primaryHue = hueOf(p.light.primary);
    expect(turn(p.hue, primaryHue)).toBeCloseTo(0, -0.5); // within ~1.6°
    const s = Math.abs(turn(primaryHue, hueOf(p.light.secondary)));
    const t = Math.abs(turn(primaryHue, hueOf(p.light.tertiary)));
    expect(Math.abs(s - Math.abs(rel.secondary))).toBeLessThan(4);
    expect(Math.abs(t - Math.abs(rel.tertiary))).toBeLessThan(4);
  });

  it('rejects an unknown strategy id', () => {
    expect(() => palette({ strategy: 'rainbow' })).toThrow(/Unknown palette strategy "rainbow", expected one of monochrome/);
  });
});

describe('paletteFor', () => {
  it('declares the thirteen pairs of the contract', () => {
    expect(declaredPairs().map((p) => `${p.text}/${p.background} ${p.target}`)).toEqual([
      'on-surface/surface 4.5',
      'on-surface-variant/surface 4.5',
      'on-surface/surface-container 4.5',
      'on-surface-variant/surface-container 4.5',
      'link/surface 4.5',
      'link/surface-container 4.5',
      'on-primary/primary 4.5',
      'on-secondary/secondary 4.5',
      'on-tertiary/tertiary 4.5',
      'on-neutral/neutral 4.5',
      'primary/surface 3',
      'outline/surface 3',
      'outline/surface-container 3',
    ]);
    declaredPairs()[0]!.target = 1; // a fresh copy: callers cannot change the contract
    expect(declaredPairs()[0]!.target).toBe(4.5);
  });

  it('has all 14 roles in both schemes as lower-case #rrggbb, and names for the light ones', () => {
    const p = palette({});
    for (const scheme of [p.light, p.dark]) {
      expect(Object.keys(scheme).sort()).toEqual([...COLOR_ROLES].sort());
      for (const hex of Object.values(scheme)) expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(Object.keys(p.names).sort()).toEqual([...COLOR_ROLES].sort());
  });

  it('takes the primary hue from the range, wrapping through 360', () => {
    const hues = Array.from({ length: 60 }, (_, i) => palette({ hue: [350, 20] }, `site${i}.com`).hue);
    for (const h of hues) expect(h >= 350 || h <= 20).toBe(true);
    expect(hues.some((h) => h >= 350)).toBe(true);
    expect(hues.some((h) => h <= 20)).toBe(true);
  });

  it('looks designed: tinted near-white page, deep footer band, dark tinted page in the dark scheme', () => {
    const p = palette({ neutralHue: 250, neutralChroma: 0.02 });
    const l = (hex: string) => oklch(hex)?.l ?? Number.NaN;
    expect(l(p.light.surface)).toBeGreaterThanOrEqual(0.965);
    expect(l(p.light.surface)).toBeLessThanOrEqual(0.995);
    expect(p.light['surface-container']).not.toBe(p.light.surface);
    expect(l(p.light.neutral)).toBeLessThan(0.35);
    expect(l(p.dark.surface)).toBeGreaterThanOrEqual(0.16);
    expect(l(p.dark.surface)).toBeLessThanOrEqual(0.24);
    expect(l(p.dark['on-surface'])).toBeGreaterThan(0.85);
    // Dark primary: at least as light, no more saturated, most of the chroma kept, same hue.
    expect(l(p.dark.primary)).toBeGreaterThanOrEqual(l(p.light.primary));
    expect(oklch(p.dark.primary)?.c ?? 1).toBeLessThanOrEqual((oklch(p.light.primary)?.c ?? 0) + 0.005);
    expect(oklch(p.dark.primary)?.c ?? 0).toBeGreaterThanOrEqual(0.7 * (oklch(p.light.primary)?.c ?? 0));
    expect(Math.abs(turn(hueOf(p.light.primary), hueOf(p.dark.primary)))).toBeLessThan(4);
    // The dark page is tinted with the brand hue, not a neutral near-black.
    expect(oklch(p.dark.surface)?.c ?? 0).toBeGreaterThanOrEqual(0.008);
    expect(Math.abs(turn(hueOf(p.dark.primary), hueOf(p.dark.surface)))).toBeLessThan(25);
  });

  it('records the ratios each pair achieved, rounded down', () => {
    const p = palette({ strategy: 'vivid' });
    for (const pair of p.pairs) {
      for (const scheme of ['light', 'dark'] as const) {
        const actual = wcagContrast(p[scheme][pair.text], p[scheme][pair.background]);
        expect(pair[scheme]).toBe(Math.floor(actual * 100) / 100);
      }
    }
  });

  it('pins the primary to the brand colour exactly when it stands out from the page', () => {
    const p = palette({ brandColor: '#1a4d8f' });
    expect(p.light.primary).toBe('#1a4d8f');
    expect(p.adjustments.filter((a) => a.role === 'primary' && a.scheme === 'light')).toEqual([]);
  });

  it('nudges a brand colour too light for the page, keeping its hue, and records why', () => {
    const p = palette({ brandColor: '#ffff00' });
    expect(p.light.primary).not.toBe('#ffff00');
    expect(Math.abs(turn(hueOf('#ffff00'), hueOf(p.light.primary)))).toBeLessThan(3);
    const adj = p.adjustments.find((a) => a.role === 'primary' && a.scheme === 'light');
    expect(adj).toMatchObject({ against: 'surface', from: '#ffff00', to: p.light.primary, target: 3 });
    expect(adj!.ratioBefore).toBeLessThan(3);
    expect(adj!.ratioAfter).toBeGreaterThanOrEqual(3);
  });

  it('builds a full palette from an achromatic brand colour', () => {
    for (const brand of ['#000000', '#ffffff', '#808080']) {
      const p = palette({ brandColor: brand });
      expect(wcagContrast(p.light.primary, p.light.surface)).toBeGreaterThanOrEqual(3);
      // Companions still get colour from the rules' range.
      expect(oklch(p.light.tertiary)?.c ?? 0).toBeGreaterThan(0.03);
    }
    expect(palette({ brandColor: '#000000' }).light.primary).toBe('#000000');
  });

  it('rejects a brand colour that is not #rrggbb', () => {
    expect(() => palette({ brandColor: 'blue' })).toThrow(/Unexpected brandColor "blue", expected #rrggbb/);
  });

  it('varies with the domain but not with unrelated inputs', () => {
    const a = palette({}, 'a.com');
    const b = palette({}, 'b.com');
    expect(a.light.primary).not.toBe(b.light.primary);
    // The strategy decides companions only: the primary and the page stay put.
    const c = palette({ strategy: 'triadic' }, 'a.com');
    expect(c.light.primary).toBe(a.light.primary);
    expect(c.light.surface).toBe(a.light.surface);
    expect(c.hue).toBe(a.hue);
  });
});
