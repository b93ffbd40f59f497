// Selection.craft + the domain's seed → the site's composition: hero arrangement, header, rhythm, cards and art.
import type { Seed } from '../shared/hash.js';
import type { Composition, CraftOptions } from '../shared/types.js';

/** Used when a selection carries no craft options (a hand-built Selection in a test, an older caller). */
const PLAIN: CraftOptions = { hero: ['split'], header: ['bar'], rhythm: ['open'], cards: ['raised'], scenes: ['blob'], subjects: ['star', 'map-pin', 'handshake'] };

/**
 * One option of each dimension, each by its own hash label so that one choice never shifts another. The subjects
 * keep their order (the most telling first); the scene decides how they are arranged.
 */
export function compositionFor(craft: CraftOptions | undefined, seed: Seed): Composition {
  const c = craft ?? PLAIN;
  return {
    hero: seed.pick('composition.hero', c.hero),
    header: seed.pick('composition.header', c.header),
    rhythm: seed.pick('composition.rhythm', c.rhythm),
    cards: seed.pick('composition.cards', c.cards),
    scene: seed.pick('composition.scene', c.scenes),
    subjects: [...c.subjects],
  };
}
