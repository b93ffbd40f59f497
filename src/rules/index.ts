// The rules stage: load and validate rules data, infer categories, and select a design's inputs for a site.
export { loadRules, validateRules, type RulesSource } from './load.js';
export { rulesDigest } from './digest.js';
export { inferCategory, type Inference } from './infer.js';
export { displayNameFor } from './displayName.js';
export { segmentWords } from './segment.js';
export { selectFor } from './select.js';
export { DEFAULT_CATEGORY } from './references.js';
export type { CascadeRule, CategoryRule, Lexicon, RuleSet } from './ruleSet.js';
