// The merged, validated rules: what loadRules returns and every later step reads.
import type { CopyBlock, FontPairing, Tone } from '../shared/types.js';
import type { ContentRules } from './facts.js';
import type { CompositionRule, IconRules, ImageryRule } from './craftSchema.js';

export interface CategoryRule {
  /** The category this one sits under; it inherits every field the category does not set itself. */
  parent?: string;
  /** TLDs that favour this category over its siblings once its family is decided. */
  tldHints?: string[];
  label: string;
  tone: Tone;
  palette: { strategy: string; hue: [number, number]; chroma: [number, number]; neutralHue: number; neutralChroma: number };
  typography: { pairings: string[]; scale: string; base: number };
  shape: { radius: string; density: string; elevation: string };
  layout: { template: string; sections: string[] };
  voice: string[];
  tagline: string;
}

export type TldStrength = 'strong' | 'weak';

export interface Lexicon {
  /** Keyword → category; a later file moves a word to another category. */
  keywords: Record<string, string>;
  /** Keywords that name a trade only weakly (shop, group): sorted, each also in `keywords`. */
  generic: string[];
  /** TLD (without the dot) → hint. */
  tlds: Record<string, { category: string; strength: TldStrength }>;
  /** Written in capitals wherever they occur in a derived name (HVAC, CPA, BBC); sorted. */
  acronyms: string[];
  /** Written in capitals only when they stand alone between hyphens or digits ("it-solutions" but "make it pop"). */
  standaloneAcronyms: string[];
  /** Mixed-case spellings (saas → SaaS). */
  spellings: Record<string, string>;
  /** Subdomain labels that name no site (www, shop, blog): such a site is named after its registrable label. */
  hostLabels: string[];
}

/** Where a call to action goes, with its label, when the page lacks its own target. */
export interface ActionFallback {
  target: string;
  label: string;
}

/** Copy as written: blocks may be partial, defaults and ancestors fill the rest. A fallback may be a list, tried in
 *  order (a page without the business's facts can lack the first one too). */
export type PartialCopyBlock = Partial<CopyBlock> & { actionFallback?: ActionFallback | ActionFallback[]; secondaryActionFallback?: ActionFallback | ActionFallback[] };

export interface CascadeMatch {
  category?: string[];
  tone?: Tone[];
  keywords?: string[];
  tld?: string[];
}

export interface CascadeRule {
  id: string;
  /** The file that declared the rule and its index there, for the trace. */
  file: string;
  match: CascadeMatch;
  set: Record<string, unknown>;
}

export interface RuleSet {
  categories: Record<string, CategoryRule>;
  /** File that last set anything in a category, for the trace. */
  categoryFiles: Record<string, string>;
  fonts: Record<string, FontPairing>;
  lexicon: Lexicon;
  copy: { defaults: Record<string, PartialCopyBlock>; categories: Record<string, Record<string, PartialCopyBlock>> };
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
