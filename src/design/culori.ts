// culori, set up once: the colour modes every stage parses and converts with, and the converters built on them.
import { createRequire } from 'node:module';
import type * as CuloriFn from 'culori/fn';

interface ModeDefinition {
  mode: string;
  parse?: unknown[];
}

/**
 * The single-file CommonJS build: it loads in a fraction of the time of culori/fn's ~150 ES modules (start-up of
 * every command that designs or verifies). It registers every colour mode, so the modes this tool does not use are
 * made unparseable again below: parse() accepts exactly what it accepted when only KEPT_MODES were registered.
 */
const culori = createRequire(import.meta.url)('culori') as typeof CuloriFn & { removeParser(parser: unknown): void } & Record<string, unknown>;
const { clampChroma, converter, differenceEuclidean, formatHex, parse, useMode, wcagContrast, wcagLuminance } = culori;

// rgb parses hex and carries WCAG luminance (through lrgb); oklab and oklch are the palette's spaces and the
// perceptual distance; hsl, hwb, lab and lch are the other colour syntaxes a stylesheet may use, which verify
// resolves. Registering is idempotent and global, so it happens here and only here.
const KEPT_MODES = [culori.modeRgb, culori.modeLrgb, culori.modeHsl, culori.modeHwb, culori.modeLab, culori.modeLch, culori.modeOklab, culori.modeOklch];
for (const mode of KEPT_MODES) useMode(mode);
const kept = new Set<string>(KEPT_MODES.map((m) => (m as ModeDefinition).mode));
for (const [name, value] of Object.entries(culori)) {
  const definition = value as ModeDefinition | null;
  if (!name.startsWith('mode') || definition === null || typeof definition !== 'object' || typeof definition.mode !== 'string' || kept.has(definition.mode)) continue;
  // Other modes parse only `color(<profile> ...)` (`display-p3`, `xyz`, `--hsv`...): their profile names go.
  for (const parser of definition.parse ?? []) culori.removeParser(parser);
}

/** Any colour (a CSS colour string or a culori object) in sRGB, channels 0..1 (may be out of gamut). */
export const toRgb = converter('rgb');
/** Any colour in OKLCH (hue undefined for an achromatic colour). */
export const toOklch = converter('oklch');
/** Any colour in OKLab: a colour converted once and compared many times (`oklabDistance` takes it as it is). */
export const toOklab = converter('oklab');
/** Euclidean distance in OKLab (about 0.02 is a just-noticeable difference). */
export const oklabDistance = differenceEuclidean('oklab');

/**
 * culori's linear-light value of each 8-bit sRGB channel, taken from culori's own rgb → lrgb conversion: a `#rrggbb`
 * parses to channel/255 and converts channel by channel, so a table of the 256 values gives the same doubles.
 */
const toLrgb = converter('lrgb');
const LINEAR: readonly number[] = Array.from({ length: 256 }, (_, i) => toLrgb({ mode: 'rgb', r: i / 255, g: 0, b: 0 })?.r ?? Number.NaN);
const HEX6 = /^#[0-9a-fA-F]{6}$/;
// culori's weights of the three channels, read back from culori (a pure primary is 1 on its channel, 0 elsewhere, and
// culori's transfer function gives exactly 1 and 0 there): never written out by hand.
const [WR, WG, WB] = ['#ff0000', '#00ff00', '#0000ff'].map((c) => wcagLuminance(c)) as [number, number, number];

/**
 * WCAG relative luminance, exactly culori's wcagLuminance (its weighted sum of the linear channels, R + G + B in that
 * order), read from the table for a `#rrggbb` string instead of parsing it through culori's parser chain: the
 * palette search asks this for every candidate colour. Any other colour string goes to culori.
 */
export function luminanceOf(color: string): number {
  if (!HEX6.test(color)) return wcagLuminance(color);
  const n = Number.parseInt(color.slice(1), 16);
  return WR * (LINEAR[(n >> 16) & 255] as number) + WG * (LINEAR[(n >> 8) & 255] as number) + WB * (LINEAR[n & 255] as number);
}

export { clampChroma, formatHex, parse, wcagContrast, wcagLuminance };
