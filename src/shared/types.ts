// The values that flow between stages: Site → Selection → Design → DESIGN.md → SiteFiles.
import type { Place } from './errors.js';

/* ------------------------------------------------------------------ batch */

/** One accepted row of a batch file, after normalisation and validation. */
export interface Site {
  /** Lower-case ASCII (punycode) registrable host name: the folder name and the hash input. */
  domain: string;
  /** The Unicode form of the domain (equal to `domain` for ASCII names), for display. */
  unicode: string;
  category?: string;
  name?: string;
  tagline?: string;
  /** `#rrggbb`, lower case, when the batch pins the primary colour. */
  brandColor?: string;
  /** Facts only the business can state (inline in the row or from `content/<batch>/<domain>.yaml`), validated. */
  facts?: Facts;
  /** Where the row came from (file is project-relative, line is 1-based). */
  source: { file: string; line: number };
}

/* ------------------------------------------------------------------ facts */

/**
 * A photo (or logo) the user supplied: a regular file under the project, read and checked by the pipeline, copied
 * into the site as `assets/<stem>-<sha256 first 8>.<ext>`. Width and height are the image's own pixels.
 */
export interface Photo {
  /** Project-relative path of the source file (`content/010/smithlaw.com/office.jpg`). */
  src: string;
  alt: string;
  width: number;
  height: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
  caption?: string;
  /** Where the user wants it (the layout decides otherwise). */
  role?: 'hero' | 'about' | 'gallery' | 'team';
}

export interface OpeningHours {
  /** Two-letter days, schema.org style: Mo Tu We Th Fr Sa Su. */
  days: string[];
  /** `HH:MM`, 24-hour. */
  opens: string;
  closes: string;
}

/**
 * Business facts. Every field is optional; a page states only what is here (issue 10: never invent a fact). The
 * owner of this shape is the facts/content work; other stages read it.
 */
export interface Facts {
  phone?: string;
  email?: string;
  address?: { street: string; locality: string; region?: string; postalCode?: string; country?: string };
  hours?: OpeningHours[];
  serviceArea?: string[];
  services?: { name: string; description?: string; price?: string }[];
  menu?: { name: string; description?: string; price?: string; group?: string }[];
  team?: { name: string; role?: string; photo?: Photo }[];
  testimonials?: { quote: string; author: string; context?: string }[];
  figures?: { value: string; label: string }[];
  social?: { url: string; label?: string }[];
  logo?: Photo;
  photos?: Photo[];
}

/* ----------------------------------------------------------------- assets */

/**
 * A file copied into a site folder beside index.html (fonts, photos, licences). The implementation stage names
 * it; the pipeline copies the bytes (regular files only, confined to the project or installed packages) and
 * checks their hash.
 */
export interface SiteAsset {
  /** Path inside the site folder, `assets/...`, content-hashed where it is a binary. */
  path: string;
  source: { kind: 'package'; specifier: string } | { kind: 'project'; file: string } | { kind: 'text'; text: string };
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/* ------------------------------------------------------------------ fonts */

/** One woff2 file of a self-hosted family: one weight, one style, one unicode-range subset. */
export interface WebFontFile {
  subset: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Package specifier of the file (`@fontsource/inter/files/inter-latin-400-normal.woff2`). */
  specifier: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  bytes: number;
}

/**
 * A family the sites can self-host, read from its installed `@fontsource/<id>` package by the pipeline once per
 * process: its licence, the unicode-range of each subset, and (for `implement`) its woff2 files with their hashes.
 */
export interface WebFont {
  /** CSS family name, as the font stacks in rules/fonts.yaml name it (`Source Serif 4`). */
  family: string;
  /** Fontsource id (`source-serif-4`): the package is `@fontsource/<id>`. */
  id: string;
  version: string;
  /** SPDX id of the licence (`OFL-1.1`, `Apache-2.0`) and the package file that holds its text. */
  licence: { type: string; specifier: string; sha256: string };
  /** Subset name → CSS unicode-range (`latin` → `U+0000-00FF, ...`). */
  subsets: Record<string, string>;
  /** Empty when only the names and licences were read (generate does not copy files). */
  files: WebFontFile[];
}

/** Self-hostable families by CSS family name. */
export type FontCatalogue = Record<string, WebFont>;

/** A batch row that was refused, with the reason. The run goes on without it. */
export interface Rejection {
  file: string;
  line: number;
  /** The raw text of the domain as written in the file. */
  input: string;
  message: string;
  hint?: string;
}

export interface Batch {
  /** The batch id: the file's stem (`010` for `batches/010.yaml`). */
  id: string;
  file: string;
  sites: Site[];
  rejected: Rejection[];
}

/* ------------------------------------------------------------------ rules */

export type Tone = 'corporate' | 'creative' | 'warm' | 'clinical' | 'playful' | 'luxury' | 'rustic' | 'technical' | 'civic';

export interface FontPairing {
  id: string;
  /** Full CSS font-family stacks. The first family is self-hosted when an `@fontsource` package of that name is
   *  installed (see FontCatalogue); the rest are system fallbacks. */
  heading: string;
  body: string;
  mono: string;
  headingWeight: number;
  bodyWeight: number;
}

/** What the rules decided for one site, before any per-domain variation is applied. */
export interface Selection {
  domain: string;
  name: string;
  nameSource: 'given' | 'derived';
  tagline: string;
  taglineSource: 'given' | 'rules';
  category: string;
  categoryLabel: string;
  categorySource: 'given' | 'inferred' | 'default';
  /** Top-level family of the category (`home-services` for `landscaping`); equal to `category` for a family. */
  family?: string;
  /** The category's ancestry, family first (`[home-services, landscaping]`). Rules data keyed by category
   *  (imagery, icons ...) resolves through it, most specific first. */
  lineage?: string[];
  /** Words of the domain (or TLD) that decided an inferred category. */
  inferredFrom: string[];
  /** The second-level label split into words (`bestlawfirm` → best, law, firm). */
  words: string[];
  tone: Tone;
  palette: {
    /** Strategy id: mapped to a function by design/palette.ts. */
    strategy: string;
    /** Primary hue range in OKLCH degrees; `from > to` wraps through 360. */
    hue: [number, number];
    /** Primary chroma range in OKLCH. */
    chroma: [number, number];
    /** Neutral temperature: hue the neutrals lean towards, and how much chroma they carry. */
    neutralHue?: number;
    neutralChroma?: number;
    /** Pinned primary colour (`#rrggbb`), from the batch's brandColor. */
    brandColor?: string;
  };
  typography: {
    /** Candidate pairings; one is picked per domain by the seed. */
    pairings: FontPairing[];
    /** Scale id (`major-third`, `perfect-fourth` ...): mapped to a ratio by design/typography.ts. */
    scale: string;
    /** Base body size in px. */
    base: number;
  };
  shape: {
    /** Radius style id: `sharp`, `soft`, `rounded`, `pill`. */
    radius: string;
    /** Spacing density id: `compact`, `comfortable`, `airy`. */
    density: string;
    /** Elevation style id: `flat`, `subtle`, `layered`. */
    elevation: string;
  };
  layout: {
    /** Layout template id (a folder under templates/site/). */
    template: string;
    /** Ordered section ids the layout renders. */
    sections: string[];
  };
  /** Copy for the site, per section id (`{name}` already substituted), from rules data. */
  copy: SiteCopy;
  /** Brand voice words for the prose (`trustworthy`, `precise` ...). */
  voice: string[];
  /** The site's facts, when the batch or its content file gives any. */
  facts?: Facts;
  /** The composition options and imagery subjects the rules allow for this site (rules/compositions.yaml,
   *  rules/imagery.yaml through the lineage); the design stage picks one of each by the domain hash. */
  craft?: CraftOptions;
  /** DESIGN.md guidance on imagery, icons and voice, from rules/guidance.yaml through the lineage (`{name}` filled). */
  guidance?: { imagery: string; icons: string; voice: string };
}

/** What rules allow a site to look like: one of each list is picked per domain. */
export interface CraftOptions {
  hero: string[];
  header: string[];
  rhythm: string[];
  cards: string[];
  /** Art scenes (templates/site/art/<id>.hbs). */
  scenes: string[];
  /** Icon names of the trade's objects the art is drawn around (a bakery's loaves, a vet's paw), most telling first. */
  subjects: string[];
}

/** The composition a site was given: written to x-wdm.composition, read by the implementation stage. */
export interface Composition {
  hero: string;
  header: string;
  rhythm: string;
  cards: string;
  scene: string;
  subjects: string[];
}

export interface CopyItem {
  title: string;
  text: string;
  /** Display price (`$14`, `from €40`) for menu, pricing and product items; rendered as written, HTML-escaped.
   *  Only ever from the user's facts, never from rules. */
  price?: string;
  /** Icon name from the icon set, chosen by rules data (keywords → icon). */
  icon?: string;
}

/**
 * The words of one section. `hero` uses `title` (the headline), `lead`, `action` (primary call to action) and
 * `secondaryAction`; list sections (services, menu, pricing, faq, testimonials ...) use `items`.
 */
export interface CopyBlock {
  title: string;
  lead: string;
  items: CopyItem[];
  action?: string;
  secondaryAction?: string;
  /** Short navigation label for the section ("Menu", "Our rooms"), from rules data. */
  nav?: string;
  /** Section ids the two calls to action point to (`contact`, `menu` ...); the label must name that section. */
  actionTarget?: string;
  secondaryActionTarget?: string;
  /** Sample copy standing in for facts the business has not given: rendered only when the project asks for
   *  placeholders, visibly labelled. */
  sample?: boolean;
}

/** Keyed by section id (see SECTION_IDS in vocabulary.ts); every section the layout names has a block. */
export type SiteCopy = Record<string, CopyBlock>;

/** One step of the rules trace: which rule fired and what it set. */
export interface RuleTraceStep {
  /** `rules/categories.yaml#rules[3]` or `builtin:categories.legal` */
  rule: string;
  /** Why it matched (`category = legal`, `keyword "law"`, `tld .law`). */
  because: string[];
  /** The values it set, as dotted paths. */
  set: Record<string, unknown>;
}

/* ----------------------------------------------------------------- design */

export type ColorRole =
  | 'primary'
  | 'on-primary'
  | 'secondary'
  | 'on-secondary'
  | 'tertiary'
  | 'on-tertiary'
  | 'neutral'
  | 'on-neutral'
  | 'surface'
  | 'on-surface'
  | 'surface-container'
  | 'on-surface-variant'
  | 'link'
  | 'outline';

export const COLOR_ROLES: readonly ColorRole[] = [
  'primary',
  'on-primary',
  'secondary',
  'on-secondary',
  'tertiary',
  'on-tertiary',
  'neutral',
  'on-neutral',
  'surface',
  'on-surface',
  'surface-container',
  'on-surface-variant',
  'link',
  'outline',
];

export type Scheme = 'light' | 'dark';

/** A declared text/background pair and the ratio it achieved in each scheme. */
export interface ContrastPair {
  text: ColorRole;
  background: ColorRole;
  /** WCAG 2.x target: 4.5 for body text, 3 for large text and UI. */
  target: number;
  /** What the pair is for (`body text`, `button label`, `input border`). */
  use: string;
  light: number;
  dark: number;
}

/** A contrast adjustment made while building the palette (for `explain`). */
export interface ContrastAdjustment {
  scheme: Scheme;
  role: ColorRole;
  against: ColorRole;
  from: string;
  to: string;
  ratioBefore: number;
  ratioAfter: number;
  target: number;
}

export interface Palette {
  strategy: string;
  /** OKLCH hue of the primary, degrees, rounded to 0.1. */
  hue: number;
  light: Record<ColorRole, string>;
  dark: Record<ColorRole, string>;
  pairs: ContrastPair[];
  /** Descriptive names ("deep teal") of the light-scheme colours, for the prose. */
  names: Record<ColorRole, string>;
  adjustments: ContrastAdjustment[];
}

export type TypeLevel =
  | 'display'
  | 'headline-lg'
  | 'headline-md'
  | 'headline-sm'
  | 'body-lg'
  | 'body-md'
  | 'body-sm'
  | 'label'
  | 'caption'
  | 'code';

export const TYPE_LEVELS: readonly TypeLevel[] = [
  'display',
  'headline-lg',
  'headline-md',
  'headline-sm',
  'body-lg',
  'body-md',
  'body-sm',
  'label',
  'caption',
  'code',
];

export interface TypeStyle {
  family: 'heading' | 'body' | 'mono';
  /** px, rounded to 0.01 */
  size: number;
  lineHeight: number;
  weight: number;
  /** em */
  letterSpacing: number;
}

export interface Typography {
  pairing: FontPairing;
  scale: { id: string; ratio: number; base: number };
  levels: Record<TypeLevel, TypeStyle>;
}

export interface Shadow {
  y: number;
  blur: number;
  spread: number;
  /** 0..1, of the shadow colour (the neutral's darkest tone) */
  opacity: number;
}

export interface Design {
  site: { domain: string; unicode: string; name: string; tagline: string };
  selection: Selection;
  palette: Palette;
  typography: Typography;
  /** px values by scale step: xs, sm, md, lg, xl, 2xl, 3xl, plus gutter and container width */
  spacing: Record<string, number>;
  /** px values: none, sm, md, lg, xl, full */
  rounded: Record<string, number>;
  /** Shadow per elevation level: 0 (flat) .. 3 */
  elevation: { style: string; levels: Record<string, Shadow[]> };
  /** Component tokens in DESIGN.md form: values are `{colors.x}` references or dimensions. */
  components: Record<string, Record<string, string>>;
  /** Hash-derived choices and adjustments, for `explain`. */
  choices: Record<string, unknown>;
  /** Hero arrangement, header, section rhythm, card style and art, picked from Selection.craft. */
  composition?: Composition;
}

/* ----------------------------------------------------- findings and files */

export type Severity = 'error' | 'warning' | 'info';

/** A problem found by a stage (lint, verification), collected and reported grouped per site. */
export interface Finding {
  severity: Severity;
  /** Rule id: `contrast`, `html-validate/void-style`, `designmd/orphaned-tokens` ... */
  rule: string;
  message: string;
  place: Place;
}
