// Harmony of every generated palette: thousands of domains over every built-in category, with and without brand
// colours, measured on the written hex colours.
import { wcagContrast } from 'culori';
import fc from 'fast-check';
import { ACCENT_ROLES, frameworkAccentNear } from '../../src/design/framework-accents.js';
import { describe, expect, it } from 'vitest';
import { seedFor } from '../../src/shared/hash.js';
import type { Palette } from '../../src/shared/types.js';
import type { PaletteStrategy } from '../../src/shared/vocabulary.js';
import { SEED_NAMESPACE, paletteFor, primaryFor } from '../../src/design/index.js';
import { measureHarmony } from '../../src/design/harmony.js';
import { lchOf } from '../../src/design/color.js';
import { selectFor } from '../../src/rules/index.js';
import { builtinRules, site } from '../rules/builtinRules.js';

const rules = builtinRules();
const categories = Object.keys(rules.categories);
const label = fc.stringMatching(/^[a-z][a-z0-9]{2,14}$/);
const tld = fc.constantFrom('com', 'net', 'org', 'co.uk', 'de', 'io');
const hexColor = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`);

// A palette depends on the category's palette rules and the domain's seed only, so each category is selected once.
const paletteRules = new Map(categories.map((c) => [c, selectFor(site(`x.com`, { category: c }), rules).selection.palette]));

function build(domain: string, category: string, brandColor?: string): { palette: Palette; strategy: PaletteStrategy; intended: ReturnType<typeof lchOf> } {
  const rule = paletteRules.get(category)!;
  const input = brandColor === undefined ? rule : { ...rule, brandColor };
  const seed = seedFor(SEED_NAMESPACE, domain);
  const palette = paletteFor(input, seed);
  const choice = primaryFor(input, seed);
  // An achromatic brand colour has no hue to turn from: its companions come from the rules' range instead.
  const chosen = choice.brand !== undefined && choice.color.c < 0.03 ? primaryFor(rule, seed).color : choice.color;
  // Without a brand colour, a palette that landed on a framework default accent is turned as a whole (palette.hue).
  const intended = choice.brand === undefined ? { ...chosen, h: palette.hue } : chosen;
  return { palette, strategy: rule.strategy as PaletteStrategy, intended };
}

function expectContrast(p: Palette): void {
  for (const pair of p.pairs) {
    for (const scheme of ['light', 'dark'] as const) {
      expect(wcagContrast(p[scheme][pair.text], p[scheme][pair.background]), `${scheme} ${pair.text}/${pair.background}`).toBeGreaterThanOrEqual(pair.target);
    }
  }
}

describe('palette harmony (property, thousands of domains)', () => {
  it('every category keeps its strategy’s hue relations, chroma ceilings and the dark brand rule, and every contrast target', () => {
    fc.assert(
      fc.property(label, tld, fc.constantFrom(...categories), (name, t, category) => {
        const { palette, strategy, intended } = build(`${name}.${t}`, category);
        expect(measureHarmony(palette, strategy, intended).problems).toEqual([]);
        expectContrast(palette);
        // No accent reads as a framework default (Tailwind's indigo-500 ...), in either scheme.
        const defaults = (['light', 'dark'] as const).flatMap((s) => ACCENT_ROLES.filter((r) => frameworkAccentNear(palette[s][r]) !== undefined).map((r) => `${s}.${r} ${palette[s][r]}`));
        expect(defaults).toEqual([]);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('a palette turned away from a framework accent keeps its companions out of the mud', () => {
    // Found by the property above: the tertiary was made at 129.5° (just outside the padded band), then the whole
    // palette turned 8° from a framework accent and carried it to 121.8° at chroma 0.068, a muddy olive.
    const { palette, strategy, intended } = build('wd5dpqj17.co.uk', 'painting');
    expect(palette.hue).toBe(241.5);
    expect(measureHarmony(palette, strategy, intended).problems).toEqual([]);
  });

  it('brand colours keep the same bounds (companions measured from the brand colour)', () => {
    fc.assert(
      fc.property(label, fc.constantFrom(...categories), hexColor, (name, category, brand) => {
        const { palette, strategy, intended } = build(`${name}.com`, category, brand);
        const problems = measureHarmony(palette, strategy, intended).problems;
        // A brand colour too light or too dark for its scheme moves in lightness; its hue and most of its chroma stay.
        expect(problems).toEqual([]);
        expectContrast(palette);
      }),
      { numRuns: 1000, seed: 12 },
    );
  });
});

describe('measureHarmony', () => {
  const base = build('harmony.com', 'legal');
  it('finds the garish mixes the rule forbids', () => {
    // Purple primary, olive secondary and mint tertiary all at full chroma: two strong far companions.
    const garish: Palette = { ...base.palette, light: { ...base.palette.light, primary: '#8040c0', secondary: '#909020', tertiary: '#40c090' } };
    const problems = measureHarmony(garish, 'split-complementary', lchOf('#8040c0')).problems;
    expect(problems.some((p) => /chroma .* over its ceiling/.test(p))).toBe(true);
    expect(problems).toContain('two strong companions far round the wheel from the primary');
  });
  it('finds a pastel dark primary and a grey dark page', () => {
    const pastel: Palette = { ...base.palette, light: { ...base.palette.light, primary: '#1f5fbf' }, dark: { ...base.palette.dark, primary: '#c8d8f0', surface: '#1c1c1c' } };
    const problems = measureHarmony(pastel, 'analogous', lchOf('#1f5fbf')).problems;
    expect(problems.some((p) => /dark primary kept \d+% of the light chroma/.test(p))).toBe(true);
    expect(problems.some((p) => /dark page does not carry the brand hue/.test(p))).toBe(true);
  });
  it('finds a muddy olive companion', () => {
    const olive: Palette = { ...base.palette, light: { ...base.palette.light, primary: '#7040c0', secondary: '#8a8a20' } };
    expect(measureHarmony(olive, 'split-complementary', lchOf('#7040c0')).problems.some((p) => /muddy olive/.test(p))).toBe(true);
  });
});
