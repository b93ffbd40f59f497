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

export { clampChroma, formatHex, parse, wcagContrast, wcagLuminance };
