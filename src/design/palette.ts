// The palette: 14 colour roles in a light and a dark scheme, every declared pair meeting its WCAG target.
import type { Seed } from '../shared/hash.js';
import { floor2, round } from '../shared/format.js';
import type { ColorRole, ContrastAdjustment, ContrastPair, Palette, Scheme, Selection } from '../shared/types.js';
import { COLOR_ROLES } from '../shared/types.js';
import { type Lch, type Luminance, clamp, hexOf, lchOf, luminanceMemo, ratioOf, wrapHue } from './color.js';
import { type Constraint, fitLightness } from './contrast.js';
import { distinctColorNames } from './naming.js';
import { calmMud, strategyFor } from './strategies.js';
import { ACCENT_ROLES, frameworkAccentNear } from './framework-accents.js';

export type DeclaredPair = Omit<ContrastPair, 'light' | 'dark'>;

const PAIRS: readonly DeclaredPair[] = [
  { text: 'on-surface', background: 'surface', target: 4.5, use: 'body text' },
  { text: 'on-surface-variant', background: 'surface', target: 4.5, use: 'muted text' },
  { text: 'on-surface', background: 'surface-container', target: 4.5, use: 'card text' },
  { text: 'on-surface-variant', background: 'surface-container', target: 4.5, use: 'card muted text' },
  { text: 'link', background: 'surface', target: 4.5, use: 'links' },
  { text: 'link', background: 'surface-container', target: 4.5, use: 'links in cards' },
  { text: 'on-primary', background: 'primary', target: 4.5, use: 'primary button label' },
  { text: 'on-secondary', background: 'secondary', target: 4.5, use: 'secondary button label' },
  { text: 'on-tertiary', background: 'tertiary', target: 4.5, use: 'badge label' },
  { text: 'on-neutral', background: 'neutral', target: 4.5, use: 'footer text' },
  { text: 'primary', background: 'surface', target: 3, use: 'button shape against the page' },
  { text: 'outline', background: 'surface', target: 3, use: 'input borders and dividers' },
  { text: 'outline', background: 'surface-container', target: 3, use: 'input borders in cards and forms' },
];

/** The text/background pairs every palette guarantees, in both schemes (a fresh copy each call). */
export function declaredPairs(): DeclaredPair[] {
  return PAIRS.map((p) => ({ ...p }));
}

// Backgrounds first, then each text colour after everything it is paired with; primary is both.
const BUILD_ORDER: readonly ColorRole[] = [
  'surface',
  'surface-container',
  'neutral',
  'secondary',
  'tertiary',
  'primary',
  'link',
  'on-surface',
  'on-surface-variant',
  'outline',
  'on-primary',
  'on-secondary',
  'on-tertiary',
  'on-neutral',
];

/** The base colour the seed and the rules give the primary, before any contrast nudging. */
export interface PrimaryChoice {
  color: Lch;
  /** The batch's brand colour, when it pins the primary. */
  brand?: string;
}

const DEFAULT_NEUTRAL_CHROMA = 0.01;
// A brand colour below this chroma has no usable hue to build companions from.
const ACHROMATIC = 0.03;

function parseBrand(brand: string): string {
  const hex = brand.trim().toLowerCase();
  if (!/^#[0-9a-f]{6}$/.test(hex)) throw new Error(`Unexpected brandColor "${brand}", expected #rrggbb`);
  return hex;
}

/** A hue inside [from, to], where `from > to` wraps through 360. */
function hueIn([from, to]: [number, number], u: number): number {
  const span = wrapHue(to - from);
  return wrapHue(from + u * span);
}

/** The seed's primary from the rules' ranges (hue, chroma, lightness each by its own label). */
function rangePrimary(p: Selection['palette'], seed: Seed): Lch {
  const [cMin, cMax] = p.chroma;
  return {
    h: hueIn(p.hue, seed.unit('hue')),
    c: Math.max(0, cMin + seed.unit('chroma') * (cMax - cMin)),
    // Rich, not pale: a primary dark enough to carry a white label and stand out from the page.
    l: seed.range('lightness', 0.42, 0.56),
  };
}

export function primaryFor(p: Selection['palette'], seed: Seed): PrimaryChoice {
  if (p.brandColor === undefined) return { color: rangePrimary(p, seed) };
  const brand = parseBrand(p.brandColor);
  return { color: lchOf(brand), brand };
}

/** The colour the strategy turns from: the primary, except that an achromatic brand (black, white, grey) has no
 * hue to turn from, so its companions come from the rules' range. */
function companionBase(p: Selection['palette'], seed: Seed, choice: PrimaryChoice): Lch {
  return choice.brand !== undefined && choice.color.c < ACHROMATIC ? rangePrimary(p, seed) : choice.color;
}

const surfaceLightness = (seed: Seed): number => seed.range('surface', 0.975, 0.99);
const darkSurfaceLightness = (seed: Seed): number => seed.range('dark-surface', 0.17, 0.23);

/** What the seed (or a brand colour) decided for the palette, before contrast fitting: for `explain`. */
export function paletteChoices(p: Selection['palette'], seed: Seed): Record<string, unknown> {
  const choice = primaryFor(p, seed);
  const { secondary, tertiary } = strategyFor(p.strategy)(companionBase(p, seed, choice), seed);
  const primary =
    choice.brand !== undefined
      ? { source: 'brandColor', color: choice.brand }
      : {
          source: 'seed',
          hue: round(choice.color.h, 1),
          chroma: round(choice.color.c, 3),
          lightness: round(choice.color.l, 3),
        };
  return {
    primary,
    secondaryHue: round(secondary.h, 1),
    tertiaryHue: round(tertiary.h, 1),
    surfaceLightness: round(surfaceLightness(seed), 3),
    darkSurfaceLightness: round(darkSurfaceLightness(seed), 3),
  };
}

type Tones = Record<ColorRole, Lch>;

/** Light-scheme starting tones: tinted near-white page, deep neutral band, dark text. */
function lightTones(primary: Lch, secondary: Lch, tertiary: Lch, nh: number, nc: number, seed: Seed): Tones {
  const surfaceL = surfaceLightness(seed);
  return {
    surface: { l: surfaceL, c: Math.min(nc * 0.6, 0.012), h: nh },
    'surface-container': { l: surfaceL - 0.03, c: Math.min(nc, 0.02), h: nh },
    neutral: { l: 0.27, c: Math.min(nc * 2.5, 0.05), h: nh },
    primary,
    secondary,
    tertiary,
    link: primary,
    'on-surface': { l: 0.24, c: Math.min(nc * 1.5, 0.025), h: nh },
    'on-surface-variant': { l: 0.45, c: Math.min(nc * 2, 0.03), h: nh },
    outline: { l: 0.62, c: Math.min(nc * 1.5, 0.03), h: nh },
    // On-colours start from the lighter candidate; onColor() picks the side per background.
    'on-primary': { l: 0.985, c: Math.min(primary.c * 0.15, 0.02), h: primary.h },
    'on-secondary': { l: 0.985, c: Math.min(secondary.c * 0.15, 0.02), h: secondary.h },
    'on-tertiary': { l: 0.985, c: Math.min(tertiary.c * 0.15, 0.02), h: tertiary.h },
    'on-neutral': { l: 0.95, c: Math.min(nc, 0.02), h: nh },
  };
}

/** Below this chroma a primary has no hue worth carrying into the dark surfaces; they take the neutral hue. */
const BRAND_SURFACE_MIN_CHROMA = 0.03;

/** The dark page's tint: the brand's own hue, a little chroma, so dark mode is the brand at night, not grey. */
export function darkSurfaceTint(primary: Lch, nh: number, nc: number): { h: number; c: number } {
  if (primary.c < BRAND_SURFACE_MIN_CHROMA) return { h: nh, c: Math.min(nc * 1.2, 0.02) };
  return { h: primary.h, c: clamp(primary.c * 0.2, 0.012, 0.028) };
}

/**
 * Dark-scheme accents keep their hue and nearly all their chroma: they start at the light colour's lightness
 * (at least `minL`) and the contrast search lifts them only as far as the dark page needs, instead of turning them
 * into pastels. Gamut mapping may still take some chroma at high lightness; the loss is bounded by the tests.
 */
function forDark(c: Lch, minL: number, chroma = 1): Lch {
  return { l: Math.max(c.l, minL), c: c.c * chroma, h: c.h };
}

function darkTones(primary: Lch, secondary: Lch, tertiary: Lch, nh: number, nc: number, seed: Seed): Tones {
  const surfaceL = darkSurfaceLightness(seed);
  const tint = darkSurfaceTint(primary, nh, nc);
  const darkPrimary = forDark(primary, 0.5);
  return {
    surface: { l: surfaceL, c: tint.c, h: tint.h },
    'surface-container': { l: surfaceL + 0.05, c: tint.c * 1.15, h: tint.h },
    neutral: { l: Math.max(surfaceL - 0.06, 0.13), c: tint.c * 0.9, h: tint.h },
    primary: darkPrimary,
    secondary: forDark(secondary, 0.6, 0.95),
    tertiary: forDark(tertiary, 0.62, 0.95),
    link: darkPrimary,
    'on-surface': { l: 0.93, c: Math.min(tint.c * 0.5, 0.015), h: tint.h },
    'on-surface-variant': { l: 0.76, c: Math.min(tint.c, 0.025), h: tint.h },
    outline: { l: 0.52, c: Math.min(tint.c * 1.2, 0.03), h: tint.h },
    'on-primary': { l: 0.2, c: Math.min(primary.c * 0.3, 0.04), h: primary.h },
    'on-secondary': { l: 0.2, c: Math.min(secondary.c * 0.3, 0.04), h: secondary.h },
    'on-tertiary': { l: 0.2, c: Math.min(tertiary.c * 0.3, 0.04), h: tertiary.h },
    'on-neutral': { l: 0.9, c: Math.min(tint.c * 0.5, 0.015), h: tint.h },
  };
}

const ON_BACKGROUND: Partial<Record<ColorRole, ColorRole>> = {
  'on-primary': 'primary',
  'on-secondary': 'secondary',
  'on-tertiary': 'tertiary',
  'on-neutral': 'neutral',
};

/**
 * Luminance at which white and black text give the same contrast ((1 + 0.05) / (Y + 0.05) = (Y + 0.05) / 0.05):
 * above it dark text wins, below it light text does.
 */
const CROSSOVER = Math.sqrt(1.05 * 0.05) - 0.05;

/** Starts an on-colour on whichever side (near-white or near-black) its background favours. */
function onColor(start: Lch, backgroundHex: string, luminance: Luminance): Lch {
  return luminance(backgroundHex) > CROSSOVER
    ? { ...start, l: Math.min(start.l, 0.22) }
    : { ...start, l: Math.max(start.l, 0.97) };
}

interface SchemeResult {
  colors: Record<ColorRole, string>;
  adjustments: ContrastAdjustment[];
}

function buildScheme(
  scheme: Scheme,
  tones: Tones,
  pinned: Partial<Record<ColorRole, string>>,
  luminance: Luminance,
): SchemeResult {
  const colors: Partial<Record<ColorRole, string>> = {};
  const finals: Partial<Record<ColorRole, Lch>> = {};
  const adjustments: ContrastAdjustment[] = [];
  const hexFor = (role: ColorRole): string => {
    const hex = colors[role];
    if (hex === undefined) throw new Error(`Palette build order: ${role} is needed before it is built`);
    return hex;
  };
  for (const role of BUILD_ORDER) {
    const pairs = PAIRS.filter((p) => p.text === role);
    // The link starts from the primary as it came out, so it stays the brand's colour when that is legible.
    let start = role === 'link' ? (finals.primary ?? tones.link) : tones[role];
    const onBg = ON_BACKGROUND[role];
    if (onBg !== undefined) start = onColor(start, hexFor(onBg), luminance);
    if (pairs.length === 0) {
      colors[role] = pinned[role] ?? hexOf(start);
      finals[role] = start;
      continue;
    }
    const constraints: Constraint[] = pairs.map((p) => ({ hex: hexFor(p.background), target: p.target }));
    const fit = fitLightness(start, constraints, pinned[role], luminance);
    colors[role] = fit.hex;
    finals[role] = fit.color;
    if (fit.adjusted) {
      const binding = pairs[fit.binding] ?? pairs[0];
      if (binding === undefined) throw new Error(`No pair for ${role}`);
      adjustments.push({
        scheme,
        role,
        against: binding.background,
        from: fit.from,
        to: fit.hex,
        ratioBefore: floor2(fit.before),
        ratioAfter: floor2(ratioOf(luminance(fit.hex), luminance(hexFor(binding.background)))),
        target: binding.target,
      });
    }
  }
  const complete = Object.fromEntries(COLOR_ROLES.map((r) => [r, hexFor(r)])) as Record<ColorRole, string>;
  return { colors: complete, adjustments };
}

/** Hue turns (degrees) tried in order until no accent reads as a framework default: none first, then small steps. */
const ACCENT_NUDGES = [0, 8, -8, 16, -16, 24, -24, 32, -32];

/** The accent roles of both schemes that a framework default stands for (a brand colour given by the user is kept). */
function frameworkLike(light: Record<ColorRole, string>, dark: Record<ColorRole, string>, pinned: boolean): string[] {
  const out: string[] = [];
  for (const [scheme, colors] of [['light', light], ['dark', dark]] as const) {
    for (const role of ACCENT_ROLES) {
      if (pinned && scheme === 'light' && role === 'primary') continue;
      if (frameworkAccentNear(colors[role]) !== undefined) out.push(`${scheme}.${role}`);
    }
  }
  return out;
}

/**
 * The palette of one site: `selection.palette` varied by the seed, or pinned by its brand colour. A palette whose
 * primary, secondary, tertiary or link lands on a framework's default accent (Tailwind's indigo-500 ...) is turned a
 * few degrees around the wheel (all three hues together, so the strategy's relations hold), the smallest turn that
 * clears it, so no site reads as an unstyled template.
 */
export function paletteFor(p: Selection['palette'], seed: Seed): Palette {
  // A brand colour the user gave is theirs to choose, companions included (they keep their relation to it).
  // One luminance memo for every turn tried: the surfaces and greys do not turn, so their hexes recur.
  const luminance = luminanceMemo();
  if (primaryFor(p, seed).brand !== undefined) return paletteWith(p, seed, 0, luminance).palette;
  let first: Palette | undefined;
  for (const nudge of ACCENT_NUDGES) {
    const { palette, clear } = paletteWith(p, seed, nudge, luminance);
    if (clear) return palette;
    first ??= palette;
  }
  return first as Palette;
}

function turned(c: Lch, degrees: number): Lch {
  return degrees === 0 ? c : { ...c, h: wrapHue(c.h + degrees) };
}

function paletteWith(p: Selection['palette'], seed: Seed, nudge: number, luminance: Luminance): { palette: Palette; clear: boolean } {
  const choice = primaryFor(p, seed);
  const pinned = choice.brand !== undefined;
  const primary = pinned ? choice.color : turned(choice.color, nudge);
  const base = companionBase(p, seed, choice);
  const companions = strategyFor(p.strategy)(base, seed);
  const secondary = calmMud(turned(companions.secondary, nudge));
  const tertiary = calmMud(turned(companions.tertiary, nudge));
  const nh = p.neutralHue ?? base.h;
  const nc = clamp(p.neutralChroma ?? DEFAULT_NEUTRAL_CHROMA, 0, 0.1);
  const light = buildScheme(
    'light',
    lightTones(primary, secondary, tertiary, nh, nc, seed),
    choice.brand !== undefined ? { primary: choice.brand } : {},
    luminance,
  );
  const dark = buildScheme('dark', darkTones(primary, secondary, tertiary, nh, nc, seed), {}, luminance);
  const pairs: ContrastPair[] = PAIRS.map((pair) => ({
    ...pair,
    light: floor2(ratioOf(luminance(light.colors[pair.text]), luminance(light.colors[pair.background]))),
    dark: floor2(ratioOf(luminance(dark.colors[pair.text]), luminance(dark.colors[pair.background]))),
  }));
  const names = distinctColorNames(light.colors);
  const palette: Palette = {
    strategy: p.strategy,
    hue: round(wrapHue(primary.h), 1),
    light: light.colors,
    dark: dark.colors,
    pairs,
    names,
    adjustments: [...light.adjustments, ...dark.adjustments],
  };
  return { palette, clear: frameworkLike(light.colors, dark.colors, pinned).length === 0 };
}
