// Selection + the domain's seed → Design: composes palette, typography, shape and components.
import { seedFor } from '../shared/hash.js';
import { round } from '../shared/hash.js';
import { contrastRatio } from './color.js';
import { componentsFor } from './components.js';
import { paletteFor, primaryFor } from './palette.js';
import { elevationFor, roundedFor, spacingFor } from './shape.js';
import { typographyFor } from './typography.js';
/** Bumping this changes every site's hash-derived choices at once; keep it with the design rules' version. */
export const SEED_NAMESPACE = 'wdm-design/1';
export function designFor(selection, site) {
    const seed = seedFor(SEED_NAMESPACE, site.domain);
    const palette = paletteFor(selection.palette, seed);
    const typography = typographyFor(selection.typography, seed);
    const spacing = spacingFor(selection.shape.density, seed);
    const primary = primaryFor(selection.palette, seed);
    return {
        site: { domain: site.domain, unicode: site.unicode, name: selection.name, tagline: selection.tagline },
        selection,
        palette,
        typography,
        spacing,
        rounded: roundedFor(selection.shape.radius),
        elevation: elevationFor(selection.shape.elevation),
        components: componentsFor(selection.shape, spacing),
        // What the seed (or a brand colour) decided, for `explain`; contrast nudges are in palette.adjustments.
        choices: {
            primary: primary.brand !== undefined
                ? { source: 'brandColor', color: primary.brand, pinned: palette.light.primary === primary.brand }
                : {
                    source: 'seed',
                    hue: round(primary.color.h, 1),
                    chroma: round(primary.color.c, 3),
                    lightness: round(primary.color.l, 3),
                },
            pairing: typography.pairing.id,
            labelTracking: typography.levels.label.letterSpacing,
            container: spacing.container,
        },
    };
}
export { contrastRatio };
