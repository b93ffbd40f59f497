// Palette strategies by id, as data: where secondary and tertiary sit on the OKLCH wheel relative to the primary,
// and how much chroma each may carry. One function applies them, so the rule that builds a palette is the rule its
// tests and its DESIGN.md prose measure.
import type { Seed } from '../shared/hash.js';
import type { PaletteStrategy } from '../shared/vocabulary.js';
import { type Lch, clamp, wrapHue } from './color.js';

export interface StrategyTones {
  secondary: Lch;
  tertiary: Lch;
}

export type StrategyFn = (primary: Lch, seed: Seed) => StrategyTones;

/** Where one companion sits relative to the primary. */
export interface Relation {
  /** Hue offset in degrees; mirrored strategies flip its sign per domain. */
  offset: number;
  /** Chroma as a share of the primary's, and an absolute ceiling: the primary leads, companions follow. */
  chroma: number;
  chromaMax: number;
  /** Lightness: a shift from the primary's, or a fixed value (accents that must read as light). */
  lightness: { shift: number } | { fixed: number };
}

export interface Harmony {
  secondary: Relation;
  tertiary: Relation;
  /** The turn (+1 / -1) comes from the seed; false: the offsets are used as written. */
  mirrored: boolean;
  /** Offsets point towards ochre (60°) instead of a seeded turn: earthy palettes drift warm. */
  warmward?: boolean;
  /** Wording for the DESIGN.md. */
  describe: string;
}

/**
 * The harmony rule of each strategy. A palette reads as garish when two companions far round the wheel both carry
 * the primary's full chroma (red + magenta + cyan; purple + olive + mint), so at most one companion more than 60°
 * from the primary may be strong (chroma over 0.6 of the primary's), and the others are muted by their ceilings.
 */
export const HARMONY: Record<PaletteStrategy, Harmony> = {
  monochrome: {
    secondary: { offset: 0, chroma: 0.55, chromaMax: 0.2, lightness: { shift: -0.12 } },
    tertiary: { offset: 0, chroma: 0.4, chromaMax: 0.16, lightness: { shift: 0.18 } },
    mirrored: false,
    describe: 'one hue in three tones',
  },
  analogous: {
    secondary: { offset: 30, chroma: 0.85, chromaMax: 0.2, lightness: { shift: 0.05 } },
    tertiary: { offset: -30, chroma: 0.7, chromaMax: 0.16, lightness: { shift: 0.12 } },
    mirrored: true,
    describe: 'neighbouring hues 30° either side of the primary',
  },
  complementary: {
    secondary: { offset: 0, chroma: 0.5, chromaMax: 0.12, lightness: { shift: -0.08 } },
    tertiary: { offset: 180, chroma: 0.8, chromaMax: 0.13, lightness: { fixed: 0.64 } },
    mirrored: false,
    describe: 'a quieter tone of the primary and one accent opposite it',
  },
  'split-complementary': {
    secondary: { offset: 150, chroma: 0.45, chromaMax: 0.08, lightness: { shift: 0.04 } },
    tertiary: { offset: -150, chroma: 0.75, chromaMax: 0.12, lightness: { fixed: 0.66 } },
    mirrored: true,
    describe: 'the two hues either side of the primary’s opposite, one muted and one as the accent',
  },
  triadic: {
    secondary: { offset: 120, chroma: 0.55, chromaMax: 0.09, lightness: { shift: 0.04 } },
    tertiary: { offset: 240, chroma: 0.45, chromaMax: 0.08, lightness: { fixed: 0.66 } },
    mirrored: true,
    describe: 'three hues a third of the wheel apart, the two companions muted',
  },
  earthy: {
    secondary: { offset: 25, chroma: 0.7, chromaMax: 0.08, lightness: { shift: 0.06 } },
    tertiary: { offset: 50, chroma: 0.6, chromaMax: 0.07, lightness: { shift: 0.16 } },
    mirrored: false,
    warmward: true,
    describe: 'low-chroma neighbours drifting towards ochre',
  },
  vivid: {
    secondary: { offset: 25, chroma: 1, chromaMax: 0.2, lightness: { shift: 0.04 } },
    tertiary: { offset: 180, chroma: 0.85, chromaMax: 0.16, lightness: { fixed: 0.72 } },
    mirrored: true,
    describe: 'a strong neighbour and one bright accent opposite the primary',
  },
};

/** Companions further than this from the primary count as contrasting hues for the one-strong-accent rule. */
export const FAR_HUE = 60;
/** A companion is strong above this share of the primary's chroma. */
export const STRONG_SHARE = 0.6;
/** Olive and khaki-green hues (OKLCH) turn muddy at medium lightness beside a saturated primary. */
export const MUD_HUES: readonly [number, number] = [90, 125];
export const MUD_CHROMA_MAX = 0.06;
const MUD_LIGHT = 0.78; // above this lightness the same hues read as lime or lemon, not mud

const WARM_HUE = 60; // ochre: where earthy palettes drift

/** Signed shortest turn from hue `h` towards `target`, in degrees (-180, 180]. */
export function towards(h: number, target: number): number {
  const d = wrapHue(target - h);
  return d > 180 ? d - 360 : d;
}

/** +1 or -1: which way round the wheel this domain's strategy turns. */
export function turnOf(id: PaletteStrategy, primary: Lch, seed: Seed): 1 | -1 {
  const h = HARMONY[id];
  if (h.warmward) return towards(primary.h, WARM_HUE) >= 0 ? 1 : -1;
  if (!h.mirrored) return 1;
  return seed.unit(`${id}-turn`) < 0.5 ? 1 : -1;
}

/** Whether a hue is in the muddy band; `pad` widens it (generation pads it so rounding never lands a colour inside). */
export function inMud(h: number, pad = 0): boolean {
  const w = wrapHue(h);
  return w >= MUD_HUES[0] - pad && w <= MUD_HUES[1] + pad;
}

/**
 * A companion in the muddy band, below the lightness where it reads as lime, keeps at most MUD_CHROMA_MAX: a
 * greyed olive, not a loud one. Applied where a companion is made and again wherever its hue turns after that
 * (a palette turned away from a framework accent can carry a companion into the band).
 */
export function calmMud(c: Lch): Lch {
  return inMud(c.h, 4) && c.l < MUD_LIGHT && c.c > MUD_CHROMA_MAX ? { ...c, c: MUD_CHROMA_MAX } : c;
}

// Secondary and tertiary are button and badge backgrounds: mid lightness keeps a legible label possible either way.
function companion(p: Lch, r: Relation, dir: 1 | -1): Lch {
  const h = wrapHue(p.h + r.offset * dir);
  const l = clamp('fixed' in r.lightness ? r.lightness.fixed : p.l + r.lightness.shift, 0.3, 0.8);
  return calmMud({ l, c: Math.max(0, Math.min(p.c * r.chroma, r.chromaMax)), h });
}

function strategy(id: PaletteStrategy): StrategyFn {
  return (p, seed) => {
    const dir = turnOf(id, p, seed);
    const h = HARMONY[id];
    return { secondary: companion(p, h.secondary, dir), tertiary: companion(p, h.tertiary, dir) };
  };
}

export const STRATEGIES: Record<PaletteStrategy, StrategyFn> = Object.fromEntries(
  (Object.keys(HARMONY) as PaletteStrategy[]).map((id) => [id, strategy(id)]),
) as Record<PaletteStrategy, StrategyFn>;

/** The strategy function for an id; unknown ids are a rules-validation miss, so they throw. */
export function strategyFor(id: string): StrategyFn {
  if (!Object.hasOwn(STRATEGIES, id)) {
    throw new Error(`Unknown palette strategy "${id}", expected one of ${Object.keys(STRATEGIES).join(', ')}`);
  }
  return STRATEGIES[id as PaletteStrategy];
}
