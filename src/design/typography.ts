// The type system: a font pairing picked by the seed, ten levels on a modular scale, and a display size that keeps
// a clear hierarchy over the section titles on every screen, with a ceiling set by the category's tone.
import type { Seed } from '../shared/hash.js';
import { round } from '../shared/format.js';
import type { Selection, Tone, TypeLevel, TypeStyle, Typography } from '../shared/types.js';
import { TYPE_SCALES, type TypeScaleId } from '../shared/vocabulary.js';

const MIN_SMALL = 12; // px: below this small print stops being readable, so steps under the base stop here
const MIN_LABEL_TRACKING = 0.02;
const MAX_LABEL_TRACKING = 0.06;

/** The page title (display) is at least this many times the section titles (headline-lg), on every screen. */
export const HIERARCHY = 1.5;
/** Desktop sizes aim a little above HIERARCHY so that rounding never takes a design below it. */
const HIERARCHY_AIM = 1.6;
/** The smallest display size on a phone (px, at 320 px wide and up). */
export const PHONE_DISPLAY_MIN = 32;
/** The display size never falls below this multiple of the base: a title must read as one next to body text. */
const DISPLAY_FLOOR = 2.5;

/**
 * Largest display size (px) and heaviest heading weight per tone. Calm trades (a spa, a clinic, a café) get quieter
 * titles than loud ones (a gym, a studio): a 72 px bold headline shouts on a wellness site.
 */
export const TONE_TYPE: Record<Tone, { displayMax: number; headingWeightMax: number; calm: boolean }> = {
  clinical: { displayMax: 48, headingWeightMax: 600, calm: true },
  warm: { displayMax: 52, headingWeightMax: 600, calm: true },
  luxury: { displayMax: 60, headingWeightMax: 600, calm: true },
  civic: { displayMax: 52, headingWeightMax: 700, calm: false },
  corporate: { displayMax: 56, headingWeightMax: 700, calm: false },
  rustic: { displayMax: 56, headingWeightMax: 700, calm: false },
  technical: { displayMax: 56, headingWeightMax: 700, calm: false },
  playful: { displayMax: 68, headingWeightMax: 800, calm: false },
  creative: { displayMax: 72, headingWeightMax: 800, calm: false },
};

interface LevelSpec {
  family: TypeStyle['family'];
  role: 'heading' | 'body' | 'label' | 'mono';
}

const LEVELS: Record<TypeLevel, LevelSpec> = {
  display: { family: 'heading', role: 'heading' },
  'headline-lg': { family: 'heading', role: 'heading' },
  'headline-md': { family: 'heading', role: 'heading' },
  'headline-sm': { family: 'heading', role: 'heading' },
  'body-lg': { family: 'body', role: 'body' },
  'body-md': { family: 'body', role: 'body' },
  'body-sm': { family: 'body', role: 'body' },
  label: { family: 'body', role: 'label' },
  caption: { family: 'body', role: 'body' },
  code: { family: 'mono', role: 'mono' },
};

/** Steps of the body levels on the modular scale (the headings are placed by `headingSizes`). */
const BODY_STEPS: Partial<Record<TypeLevel, number>> = { 'body-lg': 1, 'body-md': 0, 'body-sm': -1, label: -1, caption: -2, code: -0.5 };

export function scaleRatio(id: string): number {
  if (!Object.hasOwn(TYPE_SCALES, id)) {
    throw new Error(`Unknown type scale "${id}", expected one of ${Object.keys(TYPE_SCALES).join(', ')}`);
  }
  return TYPE_SCALES[id as TypeScaleId];
}

export function toneType(tone: string): (typeof TONE_TYPE)[Tone] {
  if (!Object.hasOwn(TONE_TYPE, tone)) throw new Error(`Unknown tone "${tone}", expected one of ${Object.keys(TONE_TYPE).join(', ')}`);
  return TONE_TYPE[tone as Tone];
}

/**
 * Desktop heading sizes (px). The display follows the scale (base × ratio⁵) between a floor of 2.5 × base and the
 * tone's ceiling; the section title (headline-lg) follows the scale too but stays at most display / 1.6; the two
 * smaller headlines divide the step from body-lg to headline-lg evenly (geometrically), so every heading keeps its
 * place above the body text whatever the ratio.
 */
export function headingSizes(base: number, ratio: number, tone: string): Record<'display' | 'headline-lg' | 'headline-md' | 'headline-sm', number> {
  const { displayMax } = toneType(tone);
  const bodyLg = base * ratio;
  const display = Math.min(Math.max(base * ratio ** 5, base * DISPLAY_FLOOR), Math.max(displayMax, base * DISPLAY_FLOOR));
  const lg = Math.max(Math.min(base * ratio ** 4, display / HIERARCHY_AIM), bodyLg * 1.08);
  const step = (lg / bodyLg) ** (1 / 3);
  // Only a very large base with a very large ratio can push the section title this high: the hierarchy wins over
  // the tone's ceiling then.
  return { display: Math.max(display, lg * HIERARCHY_AIM), 'headline-lg': lg, 'headline-md': bodyLg * step ** 2, 'headline-sm': bodyLg * step };
}

export type HeadingLevel = 'display' | 'headline-lg' | 'headline-md' | 'headline-sm';
export const HEADING_LEVELS: readonly HeadingLevel[] = ['display', 'headline-lg', 'headline-md', 'headline-sm'];

/**
 * Heading sizes on the smallest screen (px at 320 px wide; the CSS grows them linearly to the token size at
 * 1280 px). Each headline shrinks by a fixed share but never below the one beneath it; the display is at least
 * PHONE_DISPLAY_MIN and HIERARCHY × the section title, so the page title stays the page title on a phone. One
 * function for the CSS (implement) and the prose (render), so the DESIGN.md states what the stylesheet does.
 */
export function phoneSizes(sizes: Record<HeadingLevel | 'body-lg', number>): Record<HeadingLevel, number> {
  const sm = Math.min(sizes['headline-sm'], Math.max(sizes['headline-sm'] * 0.85, sizes['body-lg']));
  const md = Math.min(sizes['headline-md'], Math.max(sizes['headline-md'] * 0.72, sm));
  const lg = Math.min(sizes['headline-lg'], Math.max(sizes['headline-lg'] * 0.6, md));
  const display = Math.min(sizes.display, Math.max(sizes.display * 0.55, lg * HIERARCHY + 0.1, PHONE_DISPLAY_MIN));
  // Rounded up for the display and down for the others, so rounding never weakens the hierarchy (the 0.1 px above
  // covers the CSS's 4-decimal rem values).
  return {
    display: Math.ceil(display * 100) / 100,
    'headline-lg': Math.floor(lg * 100) / 100,
    'headline-md': Math.floor(md * 100) / 100,
    'headline-sm': Math.floor(sm * 100) / 100,
  };
}

/** Line height falls from 1.6 at body size to 1.1 at 4.5 × base: big type needs less leading. */
function lineHeightFor(size: number, base: number): number {
  const t = Math.log(Math.max(size / base, 1)) / Math.log(4.5);
  return round(1.6 - 0.5 * Math.min(t, 1), 2);
}

/** Large headings are tightened (down to -0.025em at 4.5 × base); running text keeps its designed spacing. */
function headingTracking(size: number, base: number): number {
  const t = Math.log(Math.max(size / base, 1)) / Math.log(4.5);
  return round(-0.025 * Math.min(t, 1), 3);
}

export function typographyFor(t: Selection['typography'], seed: Seed, tone: string = 'corporate'): Typography {
  const pairing = seed.pick('pairing', t.pairings);
  const ratio = scaleRatio(t.scale);
  const base = t.base;
  if (!(base > 0)) throw new Error(`Unexpected base font size ${base}, expected a positive number of px`);
  const { headingWeightMax } = toneType(tone);
  const headingWeight = Math.min(pairing.headingWeight, headingWeightMax);
  const labelTracking = round(seed.range('label-tracking', MIN_LABEL_TRACKING, MAX_LABEL_TRACKING), 2);
  const headings = headingSizes(base, ratio, tone);
  const levels = {} as Record<TypeLevel, TypeStyle>;
  for (const [level, spec] of Object.entries(LEVELS) as Array<[TypeLevel, LevelSpec]>) {
    const step = BODY_STEPS[level];
    let size = step === undefined ? headings[level as HeadingLevel] : base * ratio ** step;
    if (step !== undefined && step < 0) size = Math.max(size, Math.min(MIN_SMALL, base));
    // The display rounds up and the section titles down, so the recorded sizes keep the hierarchy.
    size = level === 'display' ? Math.ceil(size * 100) / 100 : level === 'headline-lg' ? Math.floor(size * 100) / 100 : round(size, 2);
    const weight = spec.role === 'heading' ? headingWeight : spec.role === 'label' ? 600 : pairing.bodyWeight;
    const letterSpacing = spec.role === 'heading' ? headingTracking(size, base) : spec.role === 'label' ? labelTracking : 0;
    levels[level] = { family: spec.family, size, lineHeight: lineHeightFor(size, base), weight, letterSpacing };
  }
  return { pairing, scale: { id: t.scale, ratio, base }, levels };
}
