// OKLCH colours as the palette works with them: gamut-mapped to sRGB, written as #rrggbb, compared by WCAG contrast.
import { clampChroma, formatHex, luminanceOf, toOklch, wcagContrast } from './culori.js';

/** An OKLCH colour: lightness 0..1, chroma >= 0, hue in degrees. */
export interface Lch {
  l: number;
  c: number;
  h: number;
}

/** Hue in [0, 360). */
export function wrapHue(h: number): number {
  const r = h % 360;
  return r < 0 ? r + 360 : r;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/**
 * `#rrggbb` of an OKLCH colour, chroma reduced (hue and lightness held) until it fits sRGB, so a colour never
 * shifts hue the way RGB clipping does.
 */
export function hexOf(color: Lch): string {
  const mapped = clampChroma(
    { mode: 'oklch', l: clamp(color.l, 0, 1), c: Math.max(0, color.c), h: wrapHue(color.h) },
    'oklch',
  );
  return formatHex(mapped);
}

/** OKLCH of a colour string; achromatic colours get hue 0 (culori leaves it undefined). */
export function lchOf(hex: string): Lch {
  const c = toOklch(hex);
  if (c === undefined) throw new Error(`Unexpected colour "${hex}", expected #rrggbb`);
  return { l: c.l, c: c.c, h: c.h ?? 0 };
}

/** WCAG 2.x contrast ratio of two colours (culori's wcagContrast), unrounded. */
export function contrastRatio(hexA: string, hexB: string): number {
  return wcagContrast(hexA, hexB);
}

/** WCAG relative luminance of a colour string (culori's wcagLuminance). */
export type Luminance = (hex: string) => number;

/**
 * A luminance function memoised for one palette build: the same few hexes are compared again and again across
 * pairs, search steps and the recorded ratios, and parsing a hex costs more than the arithmetic.
 */
export function luminanceMemo(): Luminance {
  const seen = new Map<string, number>();
  return (hex) => {
    let lum = seen.get(hex);
    if (lum === undefined) {
      lum = luminanceOf(hex);
      seen.set(hex, lum);
    }
    return lum;
  };
}

/** WCAG contrast of two luminances: the same formula as culori's wcagContrast, so the same double. */
export function ratioOf(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
