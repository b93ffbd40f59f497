// Rules → the composition options and art subjects one site may take (rules/compositions.yaml, rules/imagery.yaml).
import type { CraftOptions } from '../shared/types.js';
import type { RuleSet } from './ruleSet.js';

/** The most specific imagery entry of the lineage, else `general`. */
export function imageryFor(lineage: readonly string[], rules: RuleSet): { from: string; scenes: string[]; subjects: string[] } | undefined {
  for (const id of [...lineage.slice().reverse(), 'general']) {
    const entry = rules.imagery[id];
    if (entry) return { from: id, scenes: [...entry.scenes], subjects: [...entry.subjects] };
  }
  return undefined;
}

/** Undefined when the rules name no compositions for the layout or no imagery at all (the design stage then uses a plain one). */
export function craftFor(layout: string, lineage: readonly string[], rules: RuleSet): CraftOptions | undefined {
  const options = rules.compositions[layout];
  const imagery = imageryFor(lineage, rules);
  if (!options || !imagery) return undefined;
  return {
    hero: [...options.hero],
    header: [...options.header],
    rhythm: [...options.rhythm],
    cards: [...options.cards],
    scenes: imagery.scenes,
    subjects: imagery.subjects,
  };
}
