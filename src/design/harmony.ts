// Measures a built palette against its strategy's harmony rule and the dark scheme's brand rule: hue offsets, chroma
// shares, at most one strong contrasting accent, no muddy olive, and a dark primary that is still the brand.
import type { Palette } from '../shared/types.js';
import type { PaletteStrategy } from '../shared/vocabulary.js';
import { fixed } from '../shared/format.js';
import { type Lch, lchOf, wrapHue } from './color.js';
import { FAR_HUE, HARMONY, MUD_CHROMA_MAX, STRONG_SHARE, inMud } from './strategies.js';

/** Below this chroma a colour's hue is not meaningful (and 8-bit rounding moves it freely). */
export const HUE_MIN_CHROMA = 0.04;
/** Tolerances of the measurement on final `#rrggbb` colours: rounding and gamut mapping move hue and chroma a little. */
export const HUE_TOLERANCE = 6;
const CHROMA_TOLERANCE = 0.006;
/** The dark primary keeps the light primary's hue within this many degrees ... */
export const DARK_HUE_SHIFT_MAX = 4;
/** ... and at least this share of its chroma. */
export const DARK_CHROMA_KEPT_MIN = 0.7;
/** The dark page carries the brand hue within this many degrees when the primary has a hue. */
export const DARK_SURFACE_HUE_MAX = 25;

/** Signed shortest turn from a to b, degrees in (-180, 180]. */
export function hueTurn(a: number, b: number): number {
  const d = wrapHue(b - a);
  return d > 180 ? d - 360 : d;
}

export interface CompanionMeasure {
  /** Hue offset from the intended primary, degrees (undefined when either is too grey to have a hue). */
  offset: number | undefined;
  /** Chroma as a share of the intended primary's. */
  share: number;
  chroma: number;
  lightness: number;
}

export interface HarmonyMeasure {
  secondary: CompanionMeasure;
  tertiary: CompanionMeasure;
  dark: { hueShift: number | undefined; chromaKept: number; surfaceHueShift: number | undefined };
  /** Every broken bound, in words; empty when the palette keeps its rule. */
  problems: string[];
}

function companion(primary: Lch, hex: string): CompanionMeasure {
  const c = lchOf(hex);
  const offset = primary.c >= HUE_MIN_CHROMA && c.c >= HUE_MIN_CHROMA ? hueTurn(primary.h, c.h) : undefined;
  return { offset, share: primary.c > 0 ? c.c / primary.c : 0, chroma: c.c, lightness: c.l };
}

/**
 * `intended` is the primary the strategy turned from (before contrast fitting moved its lightness), which is what
 * the offsets and shares are relative to.
 */
export function measureHarmony(palette: Palette, strategy: PaletteStrategy, intended: Lch): HarmonyMeasure {
  const rule = HARMONY[strategy];
  const problems: string[] = [];
  const sec = companion(intended, palette.light.secondary);
  const ter = companion(intended, palette.light.tertiary);
  for (const [role, m, rel] of [
    ['secondary', sec, rule.secondary],
    ['tertiary', ter, rule.tertiary],
  ] as const) {
    if (m.offset !== undefined) {
      const allowed = rel.offset === 0 ? [0] : rule.mirrored || rule.warmward ? [rel.offset, -rel.offset] : [rel.offset];
      const miss = Math.min(...allowed.map((o) => Math.abs(hueTurn(o, m.offset as number))));
      if (miss > HUE_TOLERANCE) problems.push(`${role} sits ${fixed(m.offset, 1)}° from the primary, expected ${allowed.join(' or ')}°`);
    }
    const ceiling = Math.min(rel.chroma * intended.c, rel.chromaMax);
    if (m.chroma > ceiling + CHROMA_TOLERANCE) problems.push(`${role} chroma ${fixed(m.chroma, 3)} is over its ceiling ${fixed(ceiling, 3)}`);
    const hue = lchOf(role === 'secondary' ? palette.light.secondary : palette.light.tertiary).h;
    if (m.chroma >= HUE_MIN_CHROMA && inMud(hue) && m.lightness < 0.78 && m.chroma > MUD_CHROMA_MAX + CHROMA_TOLERANCE) {
      problems.push(`${role} is a muddy olive (hue ${fixed(hue, 0)}°, chroma ${fixed(m.chroma, 3)})`);
    }
  }
  const strongFar = [sec, ter].filter((m) => m.offset !== undefined && Math.abs(m.offset) > FAR_HUE && m.share > STRONG_SHARE + 0.05);
  if (strongFar.length > 1) problems.push('two strong companions far round the wheel from the primary');

  const light = lchOf(palette.light.primary);
  const dark = lchOf(palette.dark.primary);
  const surface = lchOf(palette.dark.surface);
  const hasHue = light.c >= HUE_MIN_CHROMA;
  const hueShift = hasHue && dark.c >= HUE_MIN_CHROMA / 2 ? hueTurn(light.h, dark.h) : undefined;
  const chromaKept = light.c > 0 ? dark.c / light.c : 1;
  const surfaceHueShift = hasHue && surface.c >= 0.008 ? hueTurn(dark.h, surface.h) : undefined;
  if (hasHue) {
    if (hueShift === undefined || Math.abs(hueShift) > DARK_HUE_SHIFT_MAX) problems.push(`dark primary hue moved ${hueShift === undefined ? 'to grey' : fixed(hueShift, 1)}° from the light one`);
    if (chromaKept < DARK_CHROMA_KEPT_MIN) problems.push(`dark primary kept ${fixed(chromaKept * 100, 0)}% of the light chroma, expected at least ${DARK_CHROMA_KEPT_MIN * 100}%`);
    if (surfaceHueShift === undefined || Math.abs(surfaceHueShift) > DARK_SURFACE_HUE_MAX) problems.push(`dark page does not carry the brand hue (${surfaceHueShift === undefined ? 'grey' : fixed(surfaceHueShift, 0)})`);
  }
  return { secondary: sec, tertiary: ter, dark: { hueShift, chromaKept, surfaceHueShift }, problems };
}
