import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import { TYPE_LEVELS, type TypeLevel } from '../../src/shared/types.js';
import { TONES, TYPE_SCALES } from '../../src/shared/vocabulary.js';
import { HEADING_LEVELS, HIERARCHY, PHONE_DISPLAY_MIN, TONE_TYPE, phoneSizes, typographyFor } from '../../src/design/index.js';
import { PAIRINGS, testSelection } from './fixtures.js';

const seed = seedFor('wdm-design/1', 'smithlaw.com');
const typeFor = (scale: string, base = 16) => typographyFor(testSelection({ typography: { scale, base } }).typography, seed);

// Expected px for base 16 and a corporate tone (display ceiling 56 px), in TYPE_LEVELS order: display,
// headline-lg/md/sm, body-lg/md/sm, label, caption, code. Worked out by hand: display = base × ratio⁵ between
// 2.5 × base (40) and the ceiling (56); headline-lg = base × ratio⁴ (rounded down) but at most display / 1.6; headline-md and -sm
// divide body-lg → headline-lg geometrically; small steps floored at 12 px.
const EXPECTED: Record<keyof typeof TYPE_SCALES, number[]> = {
  'minor-second': [40, 20.73, 19.44, 18.22, 17.07, 16, 15, 15, 14.05, 15.49],
  'major-second': [40, 25, 22.41, 20.08, 18, 16, 14.22, 14.22, 12.64, 15.08],
  'minor-third': [40, 25, 22.89, 20.97, 19.2, 16, 13.33, 13.33, 12, 14.61],
  'major-third': [48.83, 30.51, 26.51, 23.03, 20, 16, 12.8, 12.8, 12, 14.31],
  'perfect-fourth': [56, 35, 29.67, 25.16, 21.33, 16, 12, 12, 12, 13.86],
  'augmented-fourth': [56, 35, 30.26, 26.17, 22.62, 16, 12, 12, 12, 13.46],
  'perfect-fifth': [56, 35, 30.86, 27.22, 24, 16, 12, 12, 12, 13.06],
  golden: [56, 35, 31.65, 28.63, 25.89, 16, 12, 12, 12, 12.58],
};

describe('typographyFor: sizes per type scale (base 16, corporate)', () => {
  it('has an expectation for every scale id in the vocabulary', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(TYPE_SCALES).sort());
  });
  it.each(Object.entries(EXPECTED))('%s', (scale, sizes) => {
    const t = typeFor(scale);
    expect(TYPE_LEVELS.map((l) => t.levels[l].size)).toEqual(sizes);
    expect(t.scale).toEqual({ id: scale, ratio: TYPE_SCALES[scale as keyof typeof TYPE_SCALES], base: 16 });
  });
});

describe('typographyFor: hierarchy and tone ceilings', () => {
  const bases = [14, 15, 16, 17, 18, 19, 20];
  const cases = Object.keys(TYPE_SCALES).flatMap((scale) => TONES.flatMap((tone) => bases.map((base) => [scale, tone, base] as const)));
  it.each(cases)('%s, %s, base %d: display ≥ 1.5 × section titles on desktop and phone, ≥ 32 px on a phone, under the tone ceiling', (scale, tone, base) => {
    const t = typographyFor(testSelection({ typography: { scale, base } }).typography, seed, tone);
    const size = (l: TypeLevel): number => t.levels[l].size;
    expect(size('display')).toBeGreaterThanOrEqual(HIERARCHY * size('headline-lg'));
    const order: TypeLevel[] = ['display', 'headline-lg', 'headline-md', 'headline-sm', 'body-lg', 'body-md'];
    for (let i = 1; i < order.length; i++) expect(size(order[i - 1]!)).toBeGreaterThan(size(order[i]!));
    const ceiling = Math.max(TONE_TYPE[tone].displayMax, base * 2.5, size('headline-lg') * 1.6);
    expect(size('display')).toBeLessThanOrEqual(ceiling + 0.05);
    const phone = phoneSizes({ display: size('display'), 'headline-lg': size('headline-lg'), 'headline-md': size('headline-md'), 'headline-sm': size('headline-sm'), 'body-lg': size('body-lg') });
    expect(phone.display).toBeGreaterThanOrEqual(PHONE_DISPLAY_MIN);
    expect(phone.display).toBeGreaterThanOrEqual(HIERARCHY * phone['headline-lg']);
    for (const l of HEADING_LEVELS) expect(phone[l]).toBeLessThanOrEqual(size(l));
    expect(phone['headline-lg']).toBeGreaterThanOrEqual(phone['headline-md']);
    expect(phone['headline-md']).toBeGreaterThanOrEqual(phone['headline-sm']);
    expect(t.levels.display.weight).toBeLessThanOrEqual(TONE_TYPE[tone].headingWeightMax);
  });

  it('gives a wellness site (warm, perfect fourth, 17 px) a 52 px display at most weight 600, not a 72 px bold one', () => {
    const t = typographyFor(testSelection({ typography: { scale: 'perfect-fourth', base: 17 } }).typography, seed, 'warm');
    expect(t.levels.display.size).toBe(52);
    expect(t.levels.display.weight).toBeLessThanOrEqual(600);
  });

  it('lets loud tones go larger than calm ones on the same scale', () => {
    const display = (tone: string) => typographyFor(testSelection({ typography: { scale: 'golden', base: 16 } }).typography, seed, tone).levels.display.size;
    expect(display('creative')).toBe(72);
    expect(display('clinical')).toBe(48);
    expect(display('warm')).toBeLessThan(display('playful'));
  });

  it('rejects an unknown tone', () => {
    expect(() => typographyFor(testSelection().typography, seed, 'shouty')).toThrow(/Unknown tone "shouty", expected one of clinical/);
  });
});

describe('typographyFor: level properties', () => {
  it.each(Object.keys(TYPE_SCALES))('%s: line heights fall as sizes grow, display tight, body open', (scale) => {
    const t = typeFor(scale);
    const levels = TYPE_LEVELS.map((l) => t.levels[l]).sort((a, b) => a.size - b.size);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]!.lineHeight).toBeLessThanOrEqual(levels[i - 1]!.lineHeight);
    }
    expect(t.levels['body-md'].lineHeight).toBeGreaterThanOrEqual(1.5);
    expect(t.levels['body-md'].lineHeight).toBeLessThanOrEqual(1.6);
    expect(t.levels.display.lineHeight).toBeLessThanOrEqual(1.5);
    if (t.levels.display.size >= 64) expect(t.levels.display.lineHeight).toBeLessThanOrEqual(1.15);
    expect(t.levels.display.size).toBeLessThanOrEqual(72);
  });

  it('uses the pairing weights and families, 600 for labels, tracking by size', () => {
    const t = typeFor('perfect-fourth');
    const p = t.pairing;
    expect(PAIRINGS).toContainEqual(p);
    for (const l of ['display', 'headline-lg', 'headline-md', 'headline-sm'] as const) {
      expect(t.levels[l]).toMatchObject({ family: 'heading', weight: Math.min(p.headingWeight, TONE_TYPE.corporate.headingWeightMax) });
      expect(t.levels[l].letterSpacing).toBeLessThan(0);
    }
    expect(t.levels.display.letterSpacing).toBeLessThan(t.levels['headline-sm'].letterSpacing);
    for (const l of ['body-lg', 'body-md', 'body-sm', 'caption'] as const) {
      expect(t.levels[l]).toMatchObject({ family: 'body', weight: p.bodyWeight, letterSpacing: 0 });
    }
    expect(t.levels.label).toMatchObject({ family: 'body', weight: 600 });
    expect(t.levels.label.letterSpacing).toBeGreaterThanOrEqual(0.02);
    expect(t.levels.label.letterSpacing).toBeLessThanOrEqual(0.06);
    expect(t.levels.code.family).toBe('mono');
  });

  it('scales with the base size', () => {
    const t = typeFor('major-third', 18);
    expect(t.levels['body-md'].size).toBe(18);
    expect(t.levels['body-lg'].size).toBe(22.5);
    expect(t.levels.caption.size).toBe(12);
  });

  it('picks the pairing by the seed, so different domains get different pairings', () => {
    const sel = testSelection().typography;
    const ids = new Set(
      Array.from({ length: 40 }, (_, i) => typographyFor(sel, seedFor('wdm-design/1', `site${i}.com`)).pairing.id),
    );
    expect(ids).toEqual(new Set(PAIRINGS.map((p) => p.id)));
  });

  it('rejects an unknown scale id and an empty pairing list', () => {
    expect(() => typeFor('minor-fifth')).toThrow(/Unknown type scale "minor-fifth", expected one of minor-second/);
    expect(() => typographyFor(testSelection({ typography: { pairings: [] } }).typography, seed)).toThrow(/empty list/);
  });
});
