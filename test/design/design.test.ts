import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import * as design from '../../src/design/index.js';
import { seedFor } from '../../src/shared/hash.js';
import { TYPE_LEVELS } from '../../src/shared/types.js';
import { contrastRatio, designFor, paletteFor, typographyFor } from '../../src/design/index.js';
import { testSelection, testSite } from './fixtures.js';

describe('designFor', () => {
  it('exports the public surface the other stages use', () => {
    for (const name of [
      'designFor',
      'paletteFor',
      'typographyFor',
      'spacingFor',
      'roundedFor',
      'elevationFor',
      'componentsFor',
      'colorName',
      'declaredPairs',
      'STRATEGIES',
      'contrastRatio',
    ]) {
      expect(design).toHaveProperty(name);
    }
  });

  it('composes the stages from the site and the seed of its domain', () => {
    const selection = testSelection({ name: 'Smith Law', tagline: 'Trusted counsel' });
    const d = designFor(selection, testSite('smithlaw.com', { unicode: 'smithlaw.com' }));
    const seed = seedFor('wdm-design/1', 'smithlaw.com');
    expect(d.site).toEqual({ domain: 'smithlaw.com', unicode: 'smithlaw.com', name: 'Smith Law', tagline: 'Trusted counsel' });
    expect(d.selection).toBe(selection);
    expect(d.palette).toEqual(paletteFor(selection.palette, seed));
    expect(d.typography).toEqual(typographyFor(selection.typography, seed));
    expect(Object.keys(d.typography.levels)).toEqual([...TYPE_LEVELS]);
    expect(d.rounded.full).toBe(9999);
    expect(d.elevation.style).toBe('subtle');
    expect(Object.keys(d.spacing)).toEqual(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', 'gutter', 'container']);
  });

  it('records the hash-derived choices for explain', () => {
    const d = designFor(testSelection(), testSite());
    expect(d.choices).toMatchObject({
      primary: { source: 'seed', hue: d.palette.hue },
      primaryPinned: false,
      pairing: d.typography.pairing.id,
      container: d.spacing.container,
      labelTracking: d.typography.levels.label.letterSpacing,
    });
    // The strategy's turn is a seeded choice too (analogous: ±30°).
    const turn = Math.abs(((((d.choices.secondaryHue as number) - d.palette.hue) % 360) + 540) % 360 - 180);
    expect(turn).toBeCloseTo(30, 1);
    const branded = designFor(testSelection({ palette: { brandColor: '#1a4d8f' } }), testSite());
    expect(branded.choices).toMatchObject({ primary: { source: 'brandColor', color: '#1a4d8f' }, primaryPinned: true });
    const nudged = designFor(testSelection({ palette: { brandColor: '#ffff00' } }), testSite());
    expect(nudged.choices).toMatchObject({ primary: { source: 'brandColor', color: '#ffff00' }, primaryPinned: false });
  });

  it('keeps each choice independent: changing one rule leaves the others alone', () => {
    const site = testSite('acme.io');
    const base = designFor(testSelection(), site);
    const otherScale = designFor(testSelection({ typography: { scale: 'golden' } }), site);
    expect(otherScale.palette).toEqual(base.palette);
    expect(otherScale.spacing).toEqual(base.spacing);
    expect(otherScale.typography.pairing).toEqual(base.typography.pairing);
    const otherShape = designFor(testSelection({ shape: { density: 'airy', radius: 'pill', elevation: 'flat' } }), site);
    expect(otherShape.palette).toEqual(base.palette);
    expect(otherShape.spacing.container).toBe(base.spacing.container);
  });

  it('differs between domains', () => {
    const a = designFor(testSelection(), testSite('a.com'));
    const b = designFor(testSelection(), testSite('b.com'));
    expect(a.palette.light.primary).not.toBe(b.palette.light.primary);
  });

  it('fails clearly on ids the rules should have rejected', () => {
    const site = testSite();
    expect(() => designFor(testSelection({ palette: { strategy: 'neon' } }), site)).toThrow(/palette strategy "neon"/);
    expect(() => designFor(testSelection({ typography: { scale: 'huge' } }), site)).toThrow(/type scale "huge"/);
    expect(() => designFor(testSelection({ shape: { radius: 'x' } }), site)).toThrow(/radius style "x"/);
    expect(() => designFor(testSelection({ shape: { density: 'x' } }), site)).toThrow(/spacing density "x"/);
    expect(() => designFor(testSelection({ shape: { elevation: 'x' } }), site)).toThrow(/elevation style "x"/);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#1a4d8f', '#f7f9fc', 7.96],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
    expect(contrastRatio(a, b)).toBe(wcagContrast(a, b));
  });
});
