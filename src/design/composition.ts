// Selection.craft + the domain's seed → the site's composition: hero arrangement, header, rhythm, cards and art.
import type { Seed } from '../shared/hash.js';
import type { Composition, CraftOptions } from '../shared/types.js';

/** Used when a selection carries no craft options (a hand-built Selection in a test, an older caller). */
const PLAIN: CraftOptions = { hero: ['split'], header: ['bar'], rhythm: ['open'], cards: ['raised'], scenes: ['blob'], subjects: ['star', 'map-pin', 'handshake'] };

/**
 * One option of each dimension, each by its own hash label so that one choice never shifts another. Every subject
 * is one of the trade's own objects, so any may lead: the hash picks which one the scene sets largest, and the others
 * follow in the rules' order. Ten plumbers of one batch drew the same drop in the same places when the first always
 * led; three scenes by three leads give nine pictures a trade.
 */
export function compositionFor(craft: CraftOptions | undefined, seed: Seed): Composition {
  const c = craft ?? PLAIN;
  const lead = seed.pick('composition.lead', c.subjects.map((_, i) => i));
  return {
    hero: seed.pick('composition.hero', c.hero),
    header: seed.pick('composition.header', c.header),
    rhythm: seed.pick('composition.rhythm', c.rhythm),
    cards: seed.pick('composition.cards', c.cards),
    scene: seed.pick('composition.scene', c.scenes),
    subjects: [c.subjects[lead] as string, ...c.subjects.filter((_, i) => i !== lead)],
  };
}
