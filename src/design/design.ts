// Selection + the domain's seed → Design: composes palette, typography, shape and components.
import { seedFor } from '../shared/hash.js';
import type { Design, Selection, Site } from '../shared/types.js';
import { contrastRatio } from './color.js';
import { componentsFor } from './components.js';
import { compositionFor } from './composition.js';
import { paletteChoices, paletteFor } from './palette.js';
import { elevationFor, roundedFor, spacingFor } from './shape.js';
import { typographyFor } from './typography.js';

/** Bumping this changes every site's hash-derived choices at once; keep it with the design rules' version. */
export const SEED_NAMESPACE = 'wdm-design/1';

export function designFor(selection: Selection, site: Site): Design {
  const seed = seedFor(SEED_NAMESPACE, site.domain);
  const palette = paletteFor(selection.palette, seed);
  const typography = typographyFor(selection.typography, seed, selection.tone);
  const spacing = spacingFor(selection.shape.density, seed);
  const composition = compositionFor(selection.craft, seed);
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
      ...paletteChoices(selection.palette, seed),
      primaryPinned: selection.palette.brandColor !== undefined && palette.light.primary === selection.palette.brandColor,
      pairing: typography.pairing.id,
      labelTracking: typography.levels.label.letterSpacing,
      container: spacing.container,
      composition: `hero ${composition.hero}, header ${composition.header}, rhythm ${composition.rhythm}, cards ${composition.cards}, art ${composition.scene} of ${composition.subjects.join(', ')}`,
    },
    composition,
  };
}

export { contrastRatio };
