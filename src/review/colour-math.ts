// Colour arithmetic a reviewer needs: perceptual distance in OKLab and WCAG contrast, both from `#rrggbb` text.
import { oklabDistance, parse, wcagContrast } from '../design/culori.js';
import { floor2, round } from '../shared/format.js';

/** True for the colour forms a DESIGN.md may hold (`#rgb`, `#rrggbb`, `#rrggbbaa`). */
export function isHexColour(value: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value.trim());
}

/**
 * ΔE in OKLab, scaled by 100 so it reads like the familiar CIE ΔE (about 2 is a just-noticeable difference), rounded
 * to 0.1. Undefined when either side is not a colour.
 */
export function deltaE(before: string, after: string): number | undefined {
  if (!isHexColour(before) || !isHexColour(after)) return undefined;
  const a = parse(before.trim());
  const b = parse(after.trim());
  if (a === undefined || b === undefined) return undefined;
  return round(oklabDistance(a, b) * 100, 1);
}

/**
 * WCAG 2.x contrast ratio rounded DOWN to 0.01 (as the design stage records it), or undefined when either side is not
 * a colour: a pair at 4.496 must not pass a 4.5 target by rounding.
 */
export function contrastOf(text: string | undefined, background: string | undefined): number | undefined {
  if (text === undefined || background === undefined || !isHexColour(text) || !isHexColour(background)) return undefined;
  return floor2(wcagContrast(text.trim(), background.trim()));
}
