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

/** Image formats a photo may have, found by the file's content (never its name). */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif';

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
  /** Format found by sniffing the bytes; decides the asset's extension. */
  format: ImageFormat;
  caption?: string;
  /** Where the user wants it (the layout decides otherwise). */
  role?: PhotoRole;
}

export const PHOTO_ROLES = ['hero', 'about', 'gallery', 'team'] as const;
export type PhotoRole = (typeof PHOTO_ROLES)[number];

/** A photo as the user wrote it, before the pipeline has read the file: what the batch stage can validate. */
export interface PhotoRef {
  src: string;
  alt: string;
  caption?: string;
  role?: PhotoRole;
  /** Where `src` is written (file, line, key path), so a problem with the file itself names that place. */
  at: { file: string; line: number; path: string };
}

export interface OpeningHours {
  /** Two-letter days, schema.org style: Mo Tu We Th Fr Sa Su. */
  days: string[];
  /** `HH:MM`, 24-hour. */
  opens: string;
  /** `HH:MM`, 24-hour; earlier than `opens` means past midnight. */
  closes: string;
}

export interface PostalAddress {
  street: string;
  locality: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** Something offered: a service, a dish, a product or a listing. `price` is shown as written. */
export interface OfferFact<P> {
  name: string;
  description?: string;
  price?: string;
  photo?: P;
}

/**
 * Business facts, generic in how a photo is known: `FactsOf<PhotoRef>` as the batch stage reads them,
 * `Facts` (= `FactsOf<Photo>`) once the pipeline has read, measured and hashed every file. Every field is optional;
 * a page states only what is here (issue 10: never invent a fact).
 */
export interface FactsOf<P> {
  /** As written (`+45 33 12 34 56`, `(555) 010-2000`); the `tel:` link is derived from it. */
  phone?: string;
  email?: string;
  address?: PostalAddress;
  hours?: OpeningHours[];
  serviceArea?: string[];
  /** The business's own account of itself, one to four paragraphs, shown in the About section. */
  story?: string[];
  services?: OfferFact<P>[];
  menu?: (OfferFact<P> & { group?: string })[];
  products?: OfferFact<P>[];
  listings?: OfferFact<P>[];
  team?: { name: string; role?: string; photo?: P }[];
  testimonials?: { quote: string; author: string; context?: string }[];
  figures?: { value: string; label: string }[];
  social?: { url: string; label?: string }[];
  logo?: P;
  photos?: P[];
}

export type Facts = FactsOf<Photo>;
export type FactsInput = FactsOf<PhotoRef>;

/** The fact keys in documented order (the order they are written to the DESIGN.md). */
export const FACT_KEYS = [
  'phone',
  'email',
  'address',
  'hours',
  'serviceArea',
  'story',
  'services',
  'menu',
  'products',
  'listings',
  'team',
  'testimonials',
  'figures',
  'social',
  'logo',
  'photos',
] as const satisfies readonly (keyof Facts)[];
export type FactKey = (typeof FACT_KEYS)[number];

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
  /** Key path of the value at fault inside the row or content file (`facts.social[0].url`). */
  path?: string;
  /** This rejection stands for `count` rows rejected for the same reason (itself included); the first lines. */
  repeats?: { count: number; lines: number[] };
}

export interface Batch {
  /** The batch id: the file's stem (`010` for `batches/010.yaml`). */
  id: string;
  file: string;
  sites: Site[];
  /** Grouped: rows rejected for the same reason are one entry with `repeats` (see `rowsIn`). */
  rejected: Rejection[];
  /** Facts written inline in a row (`facts:`), by domain, before the pipeline reads their photo files. */
  inlineFacts?: Map<string, FactsInput>;
  /** Rows accepted with a warning (a look-alike domain, by default). */
  warnings?: Rejection[];
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
  /** The category the batch gave, when words of the name narrowed it to `category` below it (`inferredFrom`). */
  givenCategory?: { id: string; label: string };
  /** Set only when the rules' copy was given in American English (the project's `english: us`): the page's language. */
  english?: 'us';
  /** Top-level family of the category (`home-services` for `landscaping`); equal to `category` for a family. */
  family?: string;
  /** The category's ancestry, family first (`[home-services, landscaping]`). Rules data keyed by category
   *  (imagery, icons ...) resolves through it, most specific first. */
  lineage?: string[];
  /** Words of the domain (or TLD) that decided an inferred category, or narrowed a given one. */
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
  /** What the page can state and what the business still has to supply (rules/sections.yaml). */
  content?: ContentPlan;
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

/** One photo the layout needs, for the DESIGN.md's content brief. */
export interface PhotoNeed {
  /** Where it goes: `hero`, `about`, `gallery`, `team` ... */
  slot: string;
  /** What it should show, for this category. */
  subject: string;
  /** Width:height, e.g. `3:2`. */
  aspect: string;
  /** Where on the page, in words. */
  place: string;
  /** Alt-text guidance. */
  alt: string;
  /** How many photos of this kind. */
  count: number;
  /** How many the facts already give. */
  given: number;
}

/**
 * The content plan of a site (rules stage): which sections the facts allow, which stand as labelled samples, what the
 * business has not supplied, and the schema.org type its JSON-LD uses.
 */
export interface ContentPlan {
  /**
   * Sections of the layout left out because the facts they need are missing (`placeholders: false`); `orPhoto`: the
   * role of a photo that would bring the section back on its own.
   */
  dropped: { section: string; needs: FactKey[]; orPhoto?: string }[];
  /** Sections rendered from sample copy, visibly labelled (`placeholders: true`). */
  samples: string[];
  /** Facts the content brief asks for: the missing essentials, then what dropped or sample sections need. */
  missing: FactKey[];
  photos: PhotoNeed[];
  /** schema.org types, most specific for the category (`[Dentist]`, `[VeterinaryCare, LocalBusiness]` ...). */
  schemaTypes: string[];
  /** Whether the type is a LocalBusiness (hours, address, price range apply) or another Organization. */
  localBusiness: boolean;
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
  /** The fact whose items fill this section (`testimonials`, `services` ...): the page lists the business's own items
   *  from `x-wdm.facts` and the block's `items` are empty. */
  from?: FactKey;
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
