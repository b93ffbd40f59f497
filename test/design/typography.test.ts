import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import { TYPE_LEVELS } from '../../src/shared/types.js';
import { TYPE_SCALES } from '../../src/shared/vocabulary.js';
import { typographyFor } from '../../src/design/index.js';
import { PAIRINGS, testSelection } from './fixtures.js';

const seed = seedFor('wdm-design/1', 'smithlaw.com');
const typeFor = (scale: string, base = 16) => typographyFor(testSelection({ typography: { scale, base } }).typography, seed);

// Expected px for base 16, in TYPE_LEVELS order: display, headline-lg/md/sm, body-lg/md/sm, label, caption, code.
// Worked out by hand from base × ratio^step; display capped at 4.5 × base with the headings spread evenly below
// it; body-sm, label and caption floored at 12 px.
const EXPECTED: Record<keyof typeof TYPE_SCALES, number[]> = {
  'minor-second': [22.13, 20.74, 19.44, 18.22, 17.07, 16, 15, 15, 14.05, 15.49],
  'major-second': [28.83, 25.63, 22.78, 20.25, 18, 16, 14.22, 14.22, 12.64, 15.08],
  'minor-third': [39.81, 33.18, 27.65, 23.04, 19.2, 16, 13.33, 13.33, 12, 14.61],
  'major-third': [48.83, 39.06, 31.25, 25, 20, 16, 12.8, 12.8, 12, 14.31],
  'perfect-fourth': [67.34, 50.52, 37.9, 28.43, 21.33, 16, 12, 12, 12, 13.86],
  'augmented-fourth': [72, 53.91, 40.36, 30.22, 22.62, 16, 12, 12, 12, 13.46],
  'perfect-fifth': [72, 54.71, 41.57, 31.59, 24, 16, 12, 12, 12, 13.06],
  golden: [72, 55.75, 43.17, 33.43, 25.89, 16, 12, 12, 12, 12.58],
};

describe('typographyFor: sizes per type scale (base 16)', () => {
  it('has an expectation for every scale id in the vocabulary', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(TYPE_SCALES).sort());
  });
  it.each(Object.entries(EXPECTED))('%s', (scale, sizes) => {
    const t = typeFor(scale);
    expect(TYPE_LEVELS.map((l) => t.levels[l].size)).toEqual(sizes);
    expect(t.scale).toEqual({ id: scale, ratio: TYPE_SCALES[scale as keyof typeof TYPE_SCALES], base: 16 });
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
    expect(t.levels.display.size).toBeLessThanOrEqual(16 * 4.5);
  });

  it('uses the pairing weights and families, 600 for labels, tracking by size', () => {
    const t = typeFor('perfect-fourth');
    const p = t.pairing;
    expect(PAIRINGS).toContainEqual(p);
    for (const l of ['display', 'headline-lg', 'headline-md', 'headline-sm'] as const) {
      expect(t.levels[l]).toMatchObject({ family: 'heading', weight: p.headingWeight });
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
