// Spacing, corner radii and elevation: the shape of a design, from the rules' style ids and the seed.
import type { Seed } from '../shared/hash.js';
import type { Shadow } from '../shared/types.js';
import type { DENSITIES, ELEVATION_STYLES, RADIUS_STYLES } from '../shared/vocabulary.js';

type Density = (typeof DENSITIES)[number];
type RadiusStyle = (typeof RADIUS_STYLES)[number];
type ElevationStyle = (typeof ELEVATION_STYLES)[number];

function lookup<K extends string, V>(table: Record<K, V>, id: string, what: string): V {
  if (!Object.hasOwn(table, id)) {
    throw new Error(`Unknown ${what} "${id}", expected one of ${Object.keys(table).join(', ')}`);
  }
  return table[id as K];
}

/** The spacing unit (px) per density; the scale steps are multiples of it. */
export const SPACING_UNITS: Record<Density, number> = { compact: 6, comfortable: 8, airy: 10 };
const STEPS: ReadonlyArray<readonly [string, number]> = [
  ['xs', 0.5],
  ['sm', 1],
  ['md', 2],
  ['lg', 3],
  ['xl', 4],
  ['2xl', 6],
  ['3xl', 8],
];
const CONTAINER_MIN = 1120;
const CONTAINER_MAX = 1280;
const CONTAINER_STEP = 8; // keeps the width on the 8 px grid

/** px by step (xs .. 3xl), plus `gutter` and `container` (max content width, varied by the seed). */
export function spacingFor(density: string, seed: Seed): Record<string, number> {
  const unit = lookup(SPACING_UNITS, density, 'spacing density');
  const spacing: Record<string, number> = {};
  for (const [name, factor] of STEPS) spacing[name] = Math.round(unit * factor);
  spacing.gutter = Math.round(unit * 3);
  const slots = (CONTAINER_MAX - CONTAINER_MIN) / CONTAINER_STEP + 1;
  spacing.container = CONTAINER_MIN + CONTAINER_STEP * Math.floor(seed.unit('container') * slots);
  return spacing;
}

export const RADII: Record<RadiusStyle, Record<'sm' | 'md' | 'lg' | 'xl', number>> = {
  sharp: { sm: 2, md: 3, lg: 4, xl: 6 },
  soft: { sm: 4, md: 6, lg: 8, xl: 12 },
  rounded: { sm: 6, md: 10, lg: 16, xl: 24 },
  // Pill buttons and badges take `full`; cards and inputs stay at generous but finite radii.
  pill: { sm: 8, md: 12, lg: 20, xl: 28 },
};

/** px per radius name: none, sm, md, lg, xl, full. */
export function roundedFor(radius: string): Record<string, number> {
  const r = lookup(RADII, radius, 'radius style');
  return { none: 0, ...r, full: 9999 };
}

const none: Shadow[] = [];
export const ELEVATIONS: Record<ElevationStyle, Record<string, Shadow[]>> = {
  flat: { '0': none, '1': none, '2': none, '3': none },
  subtle: {
    '0': none,
    '1': [{ y: 1, blur: 2, spread: 0, opacity: 0.08 }],
    '2': [{ y: 2, blur: 6, spread: 0, opacity: 0.1 }],
    '3': [{ y: 6, blur: 16, spread: 0, opacity: 0.12 }],
  },
  // A tight contact shadow under a soft ambient one, as material surfaces cast.
  layered: {
    '0': none,
    '1': [
      { y: 1, blur: 2, spread: 0, opacity: 0.06 },
      { y: 1, blur: 3, spread: 1, opacity: 0.1 },
    ],
    '2': [
      { y: 2, blur: 4, spread: -1, opacity: 0.06 },
      { y: 4, blur: 8, spread: -2, opacity: 0.1 },
    ],
    '3': [
      { y: 4, blur: 6, spread: -2, opacity: 0.05 },
      { y: 12, blur: 24, spread: -4, opacity: 0.12 },
    ],
  },
};

/** Shadow layers per elevation level "0".."3" (fresh objects: callers may not share mutable state). */
export function elevationFor(style: string): { style: string; levels: Record<string, Shadow[]> } {
  const levels = lookup(ELEVATIONS, style, 'elevation style');
  return {
    style,
    levels: Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, v.map((s) => ({ ...s }))])),
  };
}
