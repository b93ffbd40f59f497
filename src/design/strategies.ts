// Palette strategies by id: how secondary and tertiary colours follow from the primary (light-scheme tones).
import type { Seed } from '../shared/hash.js';
import type { PaletteStrategy } from '../shared/vocabulary.js';
import { type Lch, clamp, wrapHue } from './color.js';

export interface StrategyTones {
  secondary: Lch;
  tertiary: Lch;
}

export type StrategyFn = (primary: Lch, seed: Seed) => StrategyTones;

// Secondary and tertiary are button and badge backgrounds: mid lightness keeps a legible label possible either way.
function tone(l: number, c: number, h: number): Lch {
  return { l: clamp(l, 0.3, 0.8), c: Math.max(0, c), h: wrapHue(h) };
}

/** +1 or -1 from the seed: which way round the colour wheel a strategy turns for this domain. */
function turn(seed: Seed, label: string): 1 | -1 {
  return seed.unit(label) < 0.5 ? 1 : -1;
}

/** Signed shortest turn from hue `h` towards `target`, in degrees (-180, 180]. */
function towards(h: number, target: number): number {
  const d = wrapHue(target - h);
  return d > 180 ? d - 360 : d;
}

const WARM_HUE = 60; // ochre: where earthy palettes drift

export const STRATEGIES: Record<PaletteStrategy, StrategyFn> = {
  monochrome: (p) => ({
    secondary: tone(p.l - 0.12, p.c * 0.55, p.h),
    tertiary: tone(p.l + 0.18, p.c * 0.4, p.h),
  }),
  analogous: (p, seed) => {
    const dir = turn(seed, 'analogous-turn');
    return {
      secondary: tone(p.l + 0.05, p.c * 0.85, p.h + 30 * dir),
      tertiary: tone(p.l + 0.12, p.c * 0.9, p.h - 30 * dir),
    };
  },
  complementary: (p) => ({
    secondary: tone(p.l - 0.08, p.c * 0.5, p.h),
    tertiary: tone(0.64, Math.max(p.c, 0.1), p.h + 180),
  }),
  'split-complementary': (p, seed) => {
    const dir = turn(seed, 'split-turn');
    return {
      secondary: tone(p.l + 0.04, p.c * 0.8, p.h + 150 * dir),
      tertiary: tone(0.66, p.c * 0.9, p.h - 150 * dir),
    };
  },
  triadic: (p, seed) => {
    const dir = turn(seed, 'triadic-turn');
    return {
      secondary: tone(p.l + 0.04, p.c * 0.8, p.h + 120 * dir),
      tertiary: tone(0.66, p.c * 0.85, p.h + 240 * dir),
    };
  },
  earthy: (p) => {
    // Neighbours drift towards ochre, so even a cool primary gets sand and clay companions.
    const warm = towards(p.h, WARM_HUE) >= 0 ? 1 : -1;
    return {
      secondary: tone(p.l + 0.06, Math.min(p.c * 0.7, 0.08), p.h + 25 * warm),
      tertiary: tone(p.l + 0.16, Math.min(p.c * 0.6, 0.07), p.h + 50 * warm),
    };
  },
  vivid: (p, seed) => {
    const dir = turn(seed, 'vivid-turn');
    return {
      secondary: tone(p.l + 0.04, Math.max(p.c, 0.14), p.h + 40 * dir),
      tertiary: tone(0.72, Math.max(p.c, 0.2), p.h + 180),
    };
  },
};

/** The strategy function for an id; unknown ids are a rules-validation miss, so they throw. */
export function strategyFor(id: string): StrategyFn {
  if (!Object.hasOwn(STRATEGIES, id)) {
    throw new Error(`Unknown palette strategy "${id}", expected one of ${Object.keys(STRATEGIES).join(', ')}`);
  }
  return STRATEGIES[id as PaletteStrategy];
}
