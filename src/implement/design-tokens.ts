// The validated, typed content of a DESIGN.md: what the implementation stage builds a site from. The token types are
// inferred from the front matter's schema (token-schema.ts); the value types here are what css-values.ts parses to.

/** An sRGB colour as integer channels 0..255; CSS text is re-serialised from these, never copied from the file. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export type DimensionUnit = 'px' | 'em' | 'rem';

export interface Dimension {
  value: number;
  unit: DimensionUnit;
}

/** One family of a font stack: a generic keyword (`serif`) or a named family (`Times New Roman`). */
export interface FontFamily {
  kind: 'generic' | 'named';
  name: string;
}

export { REQUIRED_ELEVATION, REQUIRED_ROUNDED, REQUIRED_SPACING, type DesignTokens, type TypeToken, type WdmData } from './token-schema.js';
