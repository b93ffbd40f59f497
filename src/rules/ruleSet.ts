// The merged, validated rules: what loadRules returns and every later step reads.
import type { CopyBlock, FontPairing, Tone } from '../shared/types.js';

export interface CategoryRule {
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
}

/** Copy as written: blocks may be partial, defaults fill the rest. */
export type PartialCopyBlock = Partial<CopyBlock>;

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
}
