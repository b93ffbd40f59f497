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
];
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
};
export const RADIUS_STYLES = ['sharp', 'soft', 'rounded', 'pill'];
export const DENSITIES = ['compact', 'comfortable', 'airy'];
export const ELEVATION_STYLES = ['flat', 'subtle', 'layered'];
export const TONES = ['corporate', 'creative', 'warm', 'clinical', 'playful', 'luxury', 'rustic', 'technical', 'civic'];
/** Layout templates: each is a folder under templates/site/. */
export const LAYOUT_TEMPLATES = ['landing', 'services', 'portfolio', 'menu', 'editorial', 'storefront'];
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
];
