// OKLCH colours as the palette works with them: gamut-mapped to sRGB, written as #rrggbb, compared by WCAG contrast.
import { remembered } from '../shared/memo.js';
import { clampChroma, formatHex, luminanceOf, oklchOf, wcagContrast } from './culori.js';

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
 * shifts hue the way RGB clipping does. The same bytes as culori's clampChroma + formatHex (`hexOfByCulori`), computed
 * without its objects and converter look-ups: the palette's lightness searches ask for ~60 of these a site, and
 * culori's way was most of the design stage's time. Anything off the common path (a non-finite channel, a grey
 * that is out of gamut) is left to culori.
 */
export function hexOf(color: Lch): string {
  const l = clamp(color.l, 0, 1);
  const c = Math.max(0, color.c);
  const h = wrapHue(color.h);
  if (!(Number.isFinite(l) && Number.isFinite(c) && Number.isFinite(h))) return hexOfByCulori(color);
  // The hue's cosine and sine once for every chroma the bisection tries (culori computes the same doubles each time).
  const cosH = Math.cos((h / 180) * Math.PI);
  const sinH = Math.sin((h / 180) * Math.PI);
  oklchTrigToLinear(l, c, cosH, sinH);
  if (inGamut()) return hexOfChannels(gamma(R), gamma(G), gamma(B));
  // culori's bisection on chroma (clampChroma with mode oklch): from 0, which must be in gamut, to the colour's own.
  oklchTrigToLinear(l, 0, cosH, sinH);
  if (!inGamut()) return hexOfByCulori(color);
  let goodR = R;
  let goodG = G;
  let goodB = B;
  let start = 0;
  let end = c;
  while (end - start > CHROMA_RESOLUTION) {
    const mid = start + (end - start) * 0.5;
    oklchTrigToLinear(l, mid, cosH, sinH);
    if (inGamut()) {
      goodR = R;
      goodG = G;
      goodB = B;
      start = mid;
    } else {
      end = mid;
    }
  }
  // culori returns the last chroma tried when it is in gamut, else the last one that was: either way the channels of
  // the last chroma in gamut (the same arithmetic gives the same doubles when culori's formatHex converts it again).
  return hexOfChannels(gamma(goodR), gamma(goodG), gamma(goodB));
}

/** `hexOf` as culori computes it: the reference the fast path is tested against, and its fallback. */
export function hexOfByCulori(color: Lch): string {
  const mapped = clampChroma(
    { mode: 'oklch', l: clamp(color.l, 0, 1), c: Math.max(0, color.c), h: wrapHue(color.h) },
    'oklch',
  );
  return formatHex(mapped);
}

/** culori's chroma resolution for OKLCH: its range of c (0 to 0.4) over 2^13. */
const CHROMA_RESOLUTION = (0.4 - 0) / Math.pow(2, 13);

/**
 * The linear-light channels of the last `oklchTrigToLinear`: kept in variables so a search allocates nothing. The
 * transfer to sRGB (`gamma`) is applied only to the channels a hex is written from; `inGamut` decides on these.
 */
let R = 0;
let G = 0;
let B = 0;

/** culori's linear-light → sRGB transfer of one channel (lrgb's convertLrgbToRgb), the same arithmetic. */
function gamma(v: number): number {
  const abs = Math.abs(v);
  if (abs > 31308e-7) return (Math.sign(v) || 1) * (1.055 * Math.pow(abs, 1 / 2.4) - 0.055);
  return v * 12.92;
}

/**
 * OKLCH → linear sRGB as culori converts it (convertLchToLab, convertOklabToLrgb), operation for operation and constant
 * for constant (taken from culori 4's bundled build), so every channel is the same double, and `gamma` of it the same
 * sRGB channel as culori's convertLrgbToRgb. Takes the hue as `Math.cos((h / 180) * Math.PI)` and
 * `Math.sin((h / 180) * Math.PI)`, the factors culori multiplies the chroma by.
 */
function oklchTrigToLinear(l: number, c: number, cosH: number, sinH: number): void {
  const a = c ? c * cosH : 0;
  const b = c ? c * sinH : 0;
  const L = Math.pow(l + 0.3963377773761749 * a + 0.2158037573099136 * b, 3);
  const M = Math.pow(l - 0.1055613458156586 * a - 0.0638541728258133 * b, 3);
  const S = Math.pow(l - 0.0894841775298119 * a - 1.2914855480194092 * b, 3);
  R = 4.076741636075957 * L - 3.3077115392580616 * M + 0.2309699031821044 * S;
  G = -1.2684379732850317 * L + 2.6097573492876887 * M - 0.3413193760026573 * S;
  B = -0.0041960761386756 * L - 0.7034186179359362 * M + 1.7076146940746117 * S;
}

/** culori's `displayable` on the last conversion: each sRGB channel, `gamma` of the linear one, within 0..1. */
function inGamut(): boolean {
  return channelInGamut(R) && channelInGamut(G) && channelInGamut(B);
}

/**
 * `gamma(v) >= 0 && gamma(v) <= 1`, mostly without the power: `gamma` keeps the sign (v * 12.92 up to 0.0031308,
 * 1.055 * v^(1/2.4) - 0.055 > 0.04 past it; NaN stays NaN), and it is far inside 1 below 0.99 (0.9956) and past it
 * above 1.01 (1.0044); only between those is the channel itself computed. The same answers, with half the
 * powers in a gamut bisection.
 */
function channelInGamut(v: number): boolean {
  if (!(v >= 0)) return false;
  if (v < 0.99) return true;
  if (v > 1.01) return false;
  return gamma(v) <= 1;
}

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** culori's serializeHex: each channel clamped to 0..1, times 255, rounded. */
function hexOfChannels(r: number, g: number, b: number): string {
  const byte = (v: number): string => HEX2[Math.round(Math.max(0, Math.min(1, v || 0)) * 255)] as string;
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** OKLCH of a colour string; achromatic colours get hue 0 (culori leaves it undefined). */
export function lchOf(hex: string): Lch {
  // A site's few colours are converted again and again (naming sorts them by lightness, harmony and prose read
  // them): remembered by the exact string, each caller given its own copy.
  const found = remembered(lchMemo, hex, LCH_MEMO_LIMIT, () => lchOfOnce(hex));
  return { l: found.l, c: found.c, h: found.h };
}

const lchMemo = new Map<string, Lch>();
const LCH_MEMO_LIMIT = 4096;

function lchOfOnce(hex: string): Lch {
  const c = oklchOf(hex);
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
