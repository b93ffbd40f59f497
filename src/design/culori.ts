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

/**
 * OKLCH of a colour, exactly culori's `toOklch` (hue undefined for an achromatic colour): for a `#rrggbb` string, its
 * rgb → oklab → oklch conversion (convertRgbToOklab, convertLabToLch) operation for operation and constant for
 * constant, from the table of linear channels instead of through culori's parser chain and converter objects (the
 * palette names every colour of every site by it). Any other colour string goes to culori.
 */
export function oklchOf(color: string): { l: number; c: number; h?: number } | undefined {
  if (!HEX6.test(color)) return toOklch(color);
  const n = Number.parseInt(color.slice(1), 16);
  const r8 = (n >> 16) & 255;
  const g8 = (n >> 8) & 255;
  const b8 = n & 255;
  const r = LINEAR[r8] as number;
  const g = LINEAR[g8] as number;
  const b = LINEAR[b8] as number;
  const L = Math.cbrt(0.412221469470763 * r + 0.5363325372617348 * g + 0.0514459932675022 * b);
  const M = Math.cbrt(0.2119034958178252 * r + 0.6806995506452344 * g + 0.1073969535369406 * b);
  const S = Math.cbrt(0.0883024591900564 * r + 0.2817188391361215 * g + 0.6299787016738222 * b);
  const l = 0.210454268309314 * L + 0.7936177747023054 * M - 0.0040720430116193 * S;
  // culori zeroes a and b of a grey (equal channels), so its chroma is exactly 0 and it has no hue.
  const grey = r8 === g8 && g8 === b8;
  const a = grey ? 0 : 1.9779985324311684 * L - 2.42859224204858 * M + 0.450593709617411 * S;
  const bb = grey ? 0 : 0.0259040424655478 * L + 0.7827717124575296 * M - 0.8086757549230774 * S;
  const c = Math.sqrt(a * a + bb * bb);
  if (!c) return { l, c };
  const h = ((Math.atan2(bb, a) * 180) / Math.PI) % 360;
  return { l, c, h: h < 0 ? h + 360 : h };
}

export { clampChroma, formatHex, parse, wcagContrast, wcagLuminance };
