// culori, set up once: the colour modes every stage parses and converts with, and the converters built on them.
import {
  clampChroma,
  converter,
  differenceEuclidean,
  formatHex,
  modeHsl,
  modeHwb,
  modeLab,
  modeLch,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeRgb,
  parse,
  useMode,
  wcagContrast,
  wcagLuminance,
} from 'culori/fn';

// culori/fn registers nothing by itself. rgb parses hex and carries WCAG luminance (through lrgb); oklab and oklch
// are the palette's spaces and the perceptual distance; hsl, hwb, lab and lch are the other colour syntaxes a
// stylesheet may use, which verify resolves. Registering is idempotent and global, so it happens here and only here.
useMode(modeRgb);
useMode(modeLrgb);
useMode(modeHsl);
useMode(modeHwb);
useMode(modeLab);
useMode(modeLch);
useMode(modeOklab);
useMode(modeOklch);

/** Any colour (a CSS colour string or a culori object) in sRGB, channels 0..1 (may be out of gamut). */
export const toRgb = converter('rgb');
/** Any colour in OKLCH (hue undefined for an achromatic colour). */
export const toOklch = converter('oklch');
/** Euclidean distance in OKLab (about 0.02 is a just-noticeable difference). */
export const oklabDistance = differenceEuclidean('oklab');

export { clampChroma, formatHex, parse, wcagContrast, wcagLuminance };
