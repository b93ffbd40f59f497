// The lightness search that makes a text colour meet its WCAG targets against its backgrounds, by construction.
import { type Lch, type Luminance, hexOf, luminanceMemo, ratioOf } from './color.js';

/** Aimed-for headroom over a target, so 8-bit rounding elsewhere never drops a pair below it. */
export const MARGIN = 0.05;
const MAX_STEPS = 20;
const RESOLUTION = 0.001;

/** One background a text colour must stand out from, and by how much. */
export interface Constraint {
  hex: string;
  target: number;
}

export interface Fit {
  /** Final colour, lightness moved if needed (hue and chroma held, gamut-mapped). */
  color: Lch;
  hex: string;
  /** The constraint that was hardest to meet (lowest ratio over its target) before and after. */
  binding: number;
  before: number;
  after: number;
  /** The starting hex, and whether the search had to move away from it. */
  from: string;
  adjusted: boolean;
}

interface Score {
  /** Smallest `ratio - target` over all constraints: >= 0 means every target is met. */
  slack: number;
  index: number;
  ratio: number;
}

function scoreOf(lum: number, lums: readonly number[], constraints: readonly Constraint[]): Score {
  // One Score made at the end, not one for each constraint that beats the last (the search scores ~150 hexes a site).
  let slack = Infinity;
  let index = 0;
  let best = Infinity;
  for (let i = 0; i < constraints.length; i++) {
    const ratio = ratioOf(lum, lums[i] ?? 0);
    const s = ratio - (constraints[i] as Constraint).target;
    if (s < slack) {
      slack = s;
      index = i;
      best = ratio;
    }
  }
  return { slack, index, ratio: best };
}

/**
 * Moves `text`'s OKLCH lightness (hue and chroma held) the shortest way that makes it meet every constraint,
 * aiming for target + MARGIN. Keeps the colour (and `startHex`, when given, byte for byte) if it already meets
 * every target. Every candidate is judged on its final hex, so the result meets its targets after rounding.
 */
export function fitLightness(
  text: Lch,
  constraints: readonly Constraint[],
  startHex?: string,
  luminance: Luminance = luminanceMemo(),
): Fit {
  if (constraints.length === 0) throw new Error('fitLightness needs at least one background');
  const lums = constraints.map((c) => luminance(c.hex));
  const score = (hex: string): Score => scoreOf(luminance(hex), lums, constraints);
  const from = startHex ?? hexOf(text);
  const start = score(from);
  const result = (color: Lch, hex: string, after: Score): Fit => ({
    color,
    hex,
    binding: start.index,
    before: start.ratio,
    after: after.ratio,
    from,
    adjusted: hex !== from,
  });
  if (start.slack >= 0) return result(text, from, start);

  const textLum = luminance(from);
  const darker = lums.every((l) => textLum <= l);
  const lighter = lums.every((l) => textLum >= l);
  // Search on the side the colour already sits on; cross to the other side only if that side cannot reach.
  const sides: Array<0 | 1> = darker ? [0, 1] : lighter ? [1, 0] : textLum < Math.max(...lums) / 2 ? [0, 1] : [1, 0];
  for (const [n, side] of sides.entries()) {
    const extreme = { ...text, l: side };
    const extremeHex = hexOf(extreme);
    const atExtreme = score(extremeHex);
    if (atExtreme.slack < 0) continue;
    const goal = atExtreme.slack >= MARGIN ? MARGIN : 0;
    // Failing end: the colour itself on its own side; the nearest background's lightness after crossing over.
    const bgLightness = lums.map(lightnessForLum);
    let lo = n === 0 ? text.l : side === 1 ? Math.max(...bgLightness) : Math.min(...bgLightness);
    let hi: number = side;
    let best: { color: Lch; hex: string; score: Score } = { color: extreme, hex: extremeHex, score: atExtreme };
    for (let step = 0; step < MAX_STEPS && Math.abs(hi - lo) > RESOLUTION; step++) {
      const mid = (lo + hi) / 2;
      const color = { ...text, l: mid };
      const hex = hexOf(color);
      const s = score(hex);
      if (s.slack >= goal) {
        hi = mid;
        best = { color, hex, score: s };
      } else {
        lo = mid;
      }
    }
    return result(best.color, best.hex, best.score);
  }
  const against = constraints.map((c) => `${c.hex} (${c.target}:1)`).join(', ');
  throw new Error(`No lightness of hue ${Math.round(text.h)} meets the contrast targets against ${against}`);
}

/** OKLab lightness of a grey with this WCAG luminance: where a crossed-over search starts from. */
function lightnessForLum(lum: number): number {
  return Math.cbrt(lum);
}

