// OKLCH colours as the palette works with them: gamut-mapped to sRGB, written as #rrggbb, compared by WCAG contrast.
import { clampChroma, converter, formatHex, modeLrgb, modeOklab, modeOklch, modeRgb, useMode, wcagContrast, wcagLuminance, } from 'culori/fn';
// culori/fn registers nothing by itself; these four modes are all the conversions the palette needs.
useMode(modeRgb);
useMode(modeLrgb);
useMode(modeOklab);
useMode(modeOklch);
const toOklch = converter('oklch');
/** Hue in [0, 360). */
export function wrapHue(h) {
    const r = h % 360;
    return r < 0 ? r + 360 : r;
}
export function clamp(value, min, max) {
    return value < min ? min : value > max ? max : value;
}
/**
 * `#rrggbb` of an OKLCH colour, chroma reduced (hue and lightness held) until it fits sRGB, so a colour never
 * shifts hue the way RGB clipping does.
 */
globalThis.C={hex:0,fits:0,adj:0,steps:0};export function hexOf(color) {
    globalThis.C.hex++;
    const mapped = clampChroma({ mode: 'oklch', l: clamp(color.l, 0, 1), c: Math.max(0, color.c), h: wrapHue(color.h) }, 'oklch');
    return formatHex(mapped);
}
/** OKLCH of a colour string; achromatic colours get hue 0 (culori leaves it undefined). */
export function lchOf(hex) {
    const c = toOklch(hex);
    if (c === undefined)
        throw new Error(`Unexpected colour "${hex}", expected #rrggbb`);
    return { l: c.l, c: c.c, h: c.h ?? 0 };
}
/** WCAG 2.x contrast ratio of two colours (culori's wcagContrast), unrounded. */
export function contrastRatio(hexA, hexB) {
    return wcagContrast(hexA, hexB);
}
/**
 * A luminance function memoised for one palette build: the same few hexes are compared again and again across
 * pairs, search steps and the recorded ratios, and parsing a hex costs more than the arithmetic.
 */
export function luminanceMemo() {
    const seen = new Map();
    return (hex) => {
        let lum = seen.get(hex);
        if (lum === undefined) {
            lum = wcagLuminance(hex);
            seen.set(hex, lum);
        }
        return lum;
    };
}
/** WCAG contrast of two luminances: the same formula as culori's wcagContrast, so the same double. */
export function ratioOf(a, b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
/** A ratio rounded DOWN to 2 decimals, so a recorded ratio never overstates what was achieved. */
export function floor2(ratio) {
    return Math.floor(ratio * 100) / 100;
}
