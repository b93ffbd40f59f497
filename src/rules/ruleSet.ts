// The merged, validated rules: what loadRules returns and every later step reads.
import type * as v from 'valibot';
import type { FontPairing } from '../shared/types.js';
import type { cascadeRuleSpec, categorySpec, copyBlockSpec, copySpec, lexiconSpec } from './ruleSchema.js';
import type { ContentRules } from './facts.js';
import type { CompositionRule, IconRules, ImageryRule } from './craftSchema.js';

/**
 * A category once its tree is resolved: `parent` is the category it sits under (it inherits every field it does not
 * set itself), `tldHints` the TLDs that favour it over its siblings once its family is decided.
 */
export type CategoryRule = v.InferOutput<typeof categorySpec>;

export type TldStrength = v.InferOutput<typeof lexiconSpec>['tlds'] extends Record<string, { strength: infer S }> | undefined ? S : never;

export interface Lexicon {
  /** Keyword → category; a later file moves a word to another category. */
  keywords: Record<string, string>;
  /** Keywords that name a trade only weakly (shop, group): sorted, each also in `keywords`. */
  generic: string[];
  /** TLD (without the dot) → hint. */
  tlds: Record<string, { category: string; strength: TldStrength }>;
  /**
   * Country code → keyword → the category the keyword names on that country's domains instead of its own (`.com.au`,
   * `.au` and `.net.au` end in `au`): "nursery" is a plant nursery in Australia and New Zealand, children's care in
   * Britain.
   */
  regional: Record<string, Record<string, string>>;
  /** Written in capitals wherever they occur in a derived name (HVAC, CPA, BBC); sorted. */
  acronyms: string[];
  /** Written in capitals only when they stand alone between hyphens or digits ("it-solutions" but "make it pop"). */
  standaloneAcronyms: string[];
  /** Mixed-case spellings (saas → SaaS). */
  spellings: Record<string, string>;
  /** Subdomain labels that name no site (www, shop, blog): such a site is named after its registrable label. */
  hostLabels: string[];
  /**
   * Words of their own that never stand for the longer keyword they are the stem of ("flow" is not "flower", "walk"
   * not "walker"): sorted. A keyword's own stems ("roofers" → roofer) are not affected.
   */
  plainWords: string[];
}

/** Copy as written: blocks may be partial, defaults and ancestors fill the rest. A fallback is a list (one item
 *  written alone becomes a list of one), tried in order: a page without the business's facts can lack the first one too. */
export type PartialCopyBlock = v.InferOutput<typeof copyBlockSpec>;

/** A category's copy (or the defaults): section id → block. */
export type CopySections = v.InferOutput<typeof copySpec>[string];

/** Where a call to action goes, with its label, when the page lacks its own target. */
export type ActionFallback = NonNullable<PartialCopyBlock['actionFallback']>[number];

export type CascadeMatch = v.InferOutput<typeof cascadeRuleSpec>['match'];

export type CascadeRule = v.InferOutput<typeof cascadeRuleSpec> & {
  /** The file that declared the rule and its index there, for the trace. */
  file: string;
};

export interface RuleSet {
  categories: Record<string, CategoryRule>;
  /** File that last set anything in a category, for the trace. */
  categoryFiles: Record<string, string>;
  fonts: Record<string, FontPairing>;
  lexicon: Lexicon;
  copy: { defaults: CopySections; categories: Record<string, CopySections> };
  cascade: CascadeRule[];
  /** rules/sections.yaml: section needs, essentials, photo slots, schema.org types. */
  content: ContentRules;
  /** Item icons: keyword tables and fallback pools (rules/icons.yaml). */
  icons: IconRules;
  /** Art subjects and scenes per category (rules/imagery.yaml). */
  imagery: Record<string, ImageryRule>;
  /** Composition options per layout (rules/compositions.yaml). */
  compositions: Record<string, CompositionRule>;
  /** DESIGN.md guidance per category id (imagery, icons, voice), `{name}` unsubstituted. */
  guidance: Record<string, { imagery: string; icons: string; voice: string }>;
}
