// The validated, typed content of a DESIGN.md: what the implementation stage builds a site from.
import type { ColorRole, Composition, ContrastPair, Facts, Shadow, SiteCopy, TypeLevel } from '../shared/types.js';
import type { LayoutTemplate, SectionId } from '../shared/vocabulary.js';

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

export interface TypeToken {
  fontFamily: FontFamily[];
  fontSize: Dimension;
  fontWeight: number;
  /** Unitless multiplier or a dimension. */
  lineHeight: number | Dimension;
  letterSpacing: Dimension;
}

export interface WdmData {
  schema: 1;
  /** ASCII (punycode) host name, checked against a strict pattern: it is used in the contact form's mailto. */
  domain: string;
  unicode: string;
  category: string;
  categoryLabel: string;
  tone: string;
  layout: LayoutTemplate;
  /** Ordered; `hero` first, `contact` present, no repeats. */
  sections: SectionId[];
  elevation: { style: string; levels: Record<string, Shadow[]> };
  copy: SiteCopy;
  contrast: ContrastPair[];
  /** Hero arrangement, header, rhythm, cards and art (the layout's signature when the file predates them). */
  composition: Composition;
  /** schema.org types of the page's JSON-LD, and whether LocalBusiness properties apply. */
  jsonLd: { types: string[]; localBusiness: boolean };
  /** The business's facts (validated again on reading), when it gave any. */
  facts?: Facts;
}

export interface DesignTokens {
  /** The file the tokens were read from (project-relative), for findings. */
  file: string;
  name: string;
  description: string;
  colors: { light: Record<ColorRole, Rgb>; dark: Record<ColorRole, Rgb> };
  typography: Record<TypeLevel, TypeToken>;
  /** px values by key (`none`, `sm` ... `full`). */
  rounded: Record<string, number>;
  /** px values by key (`xs` ... `3xl`, `gutter`, `container`). */
  spacing: Record<string, number>;
  /** Component tokens as written: references (`{colors.primary}`, all resolved) or dimensions. */
  components: Record<string, Record<string, string | number>>;
  wdm: WdmData;
}

export const REQUIRED_ROUNDED = ['none', 'sm', 'md', 'lg', 'xl', 'full'] as const;
export const REQUIRED_SPACING = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', 'gutter', 'container'] as const;
/** Elevation levels the site's CSS uses (`0` is flat and may be omitted). */
export const REQUIRED_ELEVATION = ['1', '2', '3'] as const;
