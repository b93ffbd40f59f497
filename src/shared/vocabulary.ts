// The ids that rules data may name. Rules validation checks against these lists; design/ and implement/ map each
// id to its implementation (a test asserts every id has one). Adding a strategy means adding its id here.

export const PALETTE_STRATEGIES = [
  'monochrome', // one hue; secondary and tertiary are tonal shifts of it
  'analogous', // neighbouring hues (±30°)
  'complementary', // accent opposite the primary
  'split-complementary', // accent at ±150°
  'triadic', // three hues 120° apart
  'earthy', // low-chroma, warm-shifted neighbours
  'vivid', // high-chroma primary with a contrasting bright accent
] as const;
export type PaletteStrategy = (typeof PALETTE_STRATEGIES)[number];

/** Modular type scales by ratio. */
export const TYPE_SCALES = {
  'minor-second': 1.067,
  'major-second': 1.125,
  'minor-third': 1.2,
  'major-third': 1.25,
  'perfect-fourth': 1.333,
  'augmented-fourth': 1.414,
  'perfect-fifth': 1.5,
  golden: 1.618,
} as const;
export type TypeScaleId = keyof typeof TYPE_SCALES;

export const RADIUS_STYLES = ['sharp', 'soft', 'rounded', 'pill'] as const;
export const DENSITIES = ['compact', 'comfortable', 'airy'] as const;
export const ELEVATION_STYLES = ['flat', 'subtle', 'layered'] as const;
export const TONES = ['corporate', 'creative', 'warm', 'clinical', 'playful', 'luxury', 'rustic', 'technical', 'civic'] as const;

/** Layout templates: each is a folder under templates/site/. */
export const LAYOUT_TEMPLATES = ['landing', 'services', 'portfolio', 'menu', 'editorial', 'storefront'] as const;
export type LayoutTemplate = (typeof LAYOUT_TEMPLATES)[number];

/** Sections a layout may render, in any order the rules give. `hero` and `contact` are in every layout. */
export const SECTION_IDS = [
  'hero',
  'services',
  'features',
  'about',
  'process',
  'stats',
  'testimonials',
  'gallery',
  'menu',
  'pricing',
  'team',
  'faq',
  'listings',
  'schedule',
  'products',
  'articles',
  'cta',
  'contact',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/* Composition variants (issue 11.3): each layout names the options it allows in rules/compositions.yaml; the design
 * stage picks one of each by the domain hash; templates/site/variants/<dimension>-<id>.css styles each. */

/** How the hero arranges its text and its art. */
export const HERO_ARRANGEMENTS = ['split', 'split-reverse', 'centered', 'banner', 'panel', 'plate', 'story'] as const;
export type HeroArrangement = (typeof HERO_ARRANGEMENTS)[number];

/** How the site header (or the editorial masthead) sits. */
export const HEADER_STYLES = ['bar', 'stacked', 'band', 'tinted', 'masthead', 'masthead-left'] as const;
export type HeaderStyle = (typeof HEADER_STYLES)[number];

/** How sections follow each other. */
export const SECTION_RHYTHMS = ['open', 'banded', 'ruled', 'centered'] as const;
export type SectionRhythm = (typeof SECTION_RHYTHMS)[number];

/** How cards (services, products, quotes, plans) are drawn. */
export const CARD_STYLES = ['raised', 'outline', 'tinted', 'plain'] as const;
export type CardStyle = (typeof CARD_STYLES)[number];

/** Arrangements of the hero and section art; each is templates/site/art/<id>.hbs, drawn around the trade's subjects. */
export const ART_SCENES = ['tiles', 'orbit', 'arch', 'stack', 'band', 'badge', 'window', 'hill', 'blob', 'split', 'frame', 'steps', 'rings'] as const;
export type ArtScene = (typeof ART_SCENES)[number];

/** Sections whose items carry an icon (rules/icons.yaml chooses it). */
export const ICON_SECTIONS = ['services', 'features', 'gallery', 'products', 'listings', 'articles'] as const;

/** The root font size a `rem` (and an `em` at the root) stands for: every browser's default, 16 px. */
export const ROOT_PX = 16;
