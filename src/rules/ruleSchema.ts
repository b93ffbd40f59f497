// The shape of rules files: which top-level keys exist and what each holds.
import { DENSITIES, ELEVATION_STYLES, LAYOUT_TEMPLATES, PALETTE_STRATEGIES, RADIUS_STYLES, SECTION_IDS, TONES, TYPE_SCALES } from '../shared/vocabulary.js';
import { contentSpec } from './facts.js';
import { GENERIC_FAMILIES } from './font-families.js';
import { compositionsSpec, iconsSpec, imagerySpec } from './craftSchema.js';
import type * as v from 'valibot';
import type { SameType } from '../shared/schema.js';
import type { FontPairing } from '../shared/types.js';
import { anything, bool, leafPaths, list, num, object, oneOf, oneOrMany, pair, record, str, text, type Spec } from './schema.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const idText = 'a lower-case id (letters, digits, single hyphens)';
export const idSpec = str(ID, idText);

const WORD = /^[\p{Ll}\p{Nd}]+$/u;
const wordSpec = str(WORD, 'a lower-case word (letters and digits only)');
/** A keyword may be a phrase of up to four words ("dog training"): it matches those words in a row. */
const PHRASE = /^[\p{Ll}\p{Nd}]+(?: [\p{Ll}\p{Nd}]+){0,3}$/u;
const keywordSpec = str(PHRASE, 'a lower-case word, or a phrase of up to four such words separated by single spaces');
const TLD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const tldSpec = str(TLD, 'a top-level domain without the dot (letters, digits, hyphens)');

// The CSS stage writes stacks verbatim, so only characters that need no escaping are allowed.
const BARE = "-?[A-Za-z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*)*";
const QUOTED = "'[A-Za-z0-9][A-Za-z0-9 -]*'";
const FAMILY = `(?:${BARE}|${QUOTED})`;
// A stack ends in a generic family (src/rules/font-families.ts): the browser always has one.
const STACK = new RegExp(`^(?:${FAMILY}, )*(?:${GENERIC_FAMILIES.join('|')})$`);
const stackSpec = str(
  STACK,
  'a font stack: family names of letters, digits, spaces and hyphens (quote multi-word names with \'), separated by ", ", ending in a generic family (serif, sans-serif, monospace, system-ui ...)',
);
const weightSpec = num(100, 900, true);

const degrees = num(0, 360);
/** What a cascade rule may set: every field of a category but its place in the tree. */
const categoryFields = {
  tone: oneOf(TONES),
  palette: object(
    {
      strategy: oneOf(PALETTE_STRATEGIES),
      hue: pair(degrees),
      chroma: pair(num(0, 0.37)),
      neutralHue: degrees,
      neutralChroma: num(0, 0.05),
    },
    ['strategy', 'hue', 'chroma', 'neutralHue', 'neutralChroma'],
  ),
  typography: object(
    { pairings: list(idSpec, 1, 6, true), scale: oneOf(Object.keys(TYPE_SCALES)), base: num(14, 20) },
    ['pairings', 'scale', 'base'],
  ),
  shape: object({ radius: oneOf(RADIUS_STYLES), density: oneOf(DENSITIES), elevation: oneOf(ELEVATION_STYLES) }, ['radius', 'density', 'elevation']),
  layout: object({ template: oneOf(LAYOUT_TEMPLATES), sections: list(oneOf(SECTION_IDS), 2, 12, true) }, ['template', 'sections']),
  voice: list(str(), 3, 5, true),
  tagline: str(),
};
const REQUIRED_CATEGORY_KEYS = ['label', 'tone', 'palette', 'typography', 'shape', 'layout', 'voice', 'tagline'] as const;

/**
 * A category. `parent` places it under another (it inherits every field, see tree.ts); `tldHints` are top-level
 * domains that favour it over its siblings once its family is decided (`.io` for bookkeeping software).
 */
export const categorySpec = object(
  {
    parent: idSpec,
    tldHints: list(tldSpec, 1, undefined, true),
    label: str(),
    ...categoryFields,
  },
  REQUIRED_CATEGORY_KEYS,
);

/** Paths a cascade rule may set, each with the spec its value must meet. */
export const SETTABLE_PATHS: ReadonlyMap<string, Spec> = leafPaths(object({ label: str(), ...categoryFields }));

export const fontSpec = object(
  { heading: stackSpec, body: stackSpec, mono: stackSpec, headingWeight: weightSpec, bodyWeight: weightSpec },
  ['heading', 'body', 'mono', 'headingWeight', 'bodyWeight'],
);
// The shared FontPairing is the schema's output plus its id: a field added to one must be added to the other.
true satisfies SameType<Omit<FontPairing, 'id'>, v.InferOutput<typeof fontSpec>>;

const LETTERS = /^\p{Ll}+$/u;
const lettersSpec = str(LETTERS, 'a lower-case word of letters only');
export const lexiconSpec = object({
  keywords: record(idSpec, list(keywordSpec, 1, undefined, true)),
  generic: list(wordSpec, 1, undefined, true),
  tlds: record(tldSpec, object({ category: idSpec, strength: oneOf(['strong', 'weak']) }, ['category', 'strength'])),
  regional: record(str(/^[a-z]{2}$/, 'a two-letter country code (au, nz, ie)'), record(keywordSpec, idSpec)),
  acronyms: list(lettersSpec, 1, undefined, true),
  standaloneAcronyms: list(lettersSpec, 1, undefined, true),
  spellings: record(lettersSpec, str(/^\p{L}+(?:['\x20&-]\p{L}+)*$/u, "the word as written, letters joined only by inner apostrophes, ampersands, single spaces or hyphens (SaaS, iOS, O'Brien, B&B, High School, T-Shirt)")),
  hostLabels: list(str(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case host label (letters, digits, hyphens)'), 1, undefined, true),
  plainWords: list(lettersSpec, 1, undefined, true),
});

/**
 * An item of a list section. `namedBy`: the words of a domain that name this item as the one option the business
 * offers among others of its kind (a tutor's subjects, a music teacher's instruments): once a domain names one of
 * them, the other options are left out (mathmentorstutoring.com teaches maths, not English and science).
 * `onlyNamed`: the item is shown only where the domain names it (by `namedBy`), and filters no other item.
 */
const copyItem = object({ title: str(), text: str(), namedBy: list(wordSpec, 1, 12, true), onlyNamed: bool() }, ['title', 'text']);
const sectionRef = oneOf(SECTION_IDS);
/**
 * A section's words. `nav` is its navigation label; `actionTarget` / `secondaryActionTarget` name the section each
 * call to action goes to, and `actionFallback` / `secondaryActionFallback` the section and label (one, or a list
 * tried in order) when a page lacks the target. `sample` marks copy that stands in for
 * facts only the business can give (reviews, figures, people, prices, hours). `guide` is what a lead may say about
 * the sections further down ("The menu and how to book are below."): sentences tried in order, the first whose
 * `needs` are all on the page added to the lead, none when none fits, so a lead never names a section the page lacks.
 * `titles` are other titles the section may have, as true as `title`: each site takes one of `title` and `titles`
 * by a stable hash of its domain, so that a batch of cafés does not open with the same headline on every page.
 * `leads` are other leads in the same way (picked under their own label, so a site's lead and headline are chosen
 * apart): ten plumbers of one batch should not all say "... repairs and installs plumbing." under their names.
 */
const fallbackSpec = oneOrMany(object({ target: sectionRef, label: str() }, ['target', 'label']));
const guideSpec = oneOrMany(object({ needs: oneOrMany(sectionRef), text: str() }, ['needs', 'text']));
/**
 * The lines of a block that a business without an address takes instead: a button "Find us" or a heading "Visit
 * Acme" over a contact form, with no address on the page, sends a visitor to look for what is not there. A
 * category that writes one of these lines itself, without its own `withoutAddress`, keeps its line either way.
 */
const withoutAddressSpec = object({
  title: str(),
  lead: str(),
  guide: guideSpec,
  action: str(),
  actionFallback: fallbackSpec,
  secondaryAction: str(),
  secondaryActionFallback: fallbackSpec,
});
export const copyBlockSpec = object({
  title: str(),
  titles: list(str(), 1, 5),
  lead: str(),
  leads: list(str(), 1, 5),
  guide: guideSpec,
  items: list(copyItem, 0, 6),
  nav: str(),
  action: str(),
  actionTarget: sectionRef,
  actionFallback: fallbackSpec,
  secondaryAction: str(),
  secondaryActionTarget: sectionRef,
  secondaryActionFallback: fallbackSpec,
  sample: bool(),
  withoutAddress: withoutAddressSpec,
});
const sectionsSpec = object(Object.fromEntries(SECTION_IDS.map((id) => [id, copyBlockSpec])));
/** `copy.defaults` fills every category; `copy.<category>` overrides per section and field. */
export const COPY_DEFAULTS = 'defaults';
export const copySpec = record(idSpec, sectionsSpec);

export const cascadeRuleSpec = object(
  {
    id: idSpec,
    match: object({ category: oneOrMany(idSpec), tone: oneOrMany(oneOf(TONES)), keywords: list(wordSpec, 1), tld: list(tldSpec, 1) }),
    set: record(text('a dotted path'), anything('a value')),
  },
  ['id', 'match', 'set'],
);

/** DESIGN.md guidance per category (resolved through the lineage); `{name}` is the business's name. */
export const guidanceSpec = object({ imagery: str(), icons: str(), voice: str() }, ['imagery', 'icons', 'voice']);

/** Top-level keys a rules file may hold; any file may hold any of them. */
export const fileSpec = object({
  categories: record(idSpec, categorySpec),
  fonts: record(idSpec, fontSpec),
  lexicon: lexiconSpec,
  copy: copySpec,
  cascade: list(cascadeRuleSpec),
  icons: iconsSpec,
  imagery: imagerySpec,
  compositions: compositionsSpec,
  guidance: record(idSpec, guidanceSpec),
  /** rules/sections.yaml: what each section needs from the business's facts (src/rules/facts.ts). */
  content: contentSpec,
});
