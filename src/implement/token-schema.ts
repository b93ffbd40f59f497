// The DESIGN.md front matter as valibot schemas (docs/design-md-format.md): what each key may hold, in the words of the
// messages, with the conversions to the values CSS is built from; DesignTokens and its parts are inferred from them.
import * as v from 'valibot';
import { isMapping, whenMissing } from '../shared/schema.js';
import { COLOR_ROLES, FACT_KEYS, TYPE_LEVELS, type Composition, type ContrastPair, type CopyBlock, type Facts, type Shadow } from '../shared/types.js';
import {
  ART_SCENES,
  CARD_STYLES,
  HEADER_STYLES,
  HERO_ARRANGEMENTS,
  LAYOUT_TEMPLATES,
  SECTION_IDS,
  SECTION_RHYTHMS,
  type LayoutTemplate,
  type SectionId,
} from '../shared/vocabulary.js';
import { parseDimension, parseFontStack, parseHexColor } from './css-values.js';

export const REQUIRED_ROUNDED = ['none', 'sm', 'md', 'lg', 'xl', 'full'] as const;
export const REQUIRED_SPACING = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', 'gutter', 'container'] as const;
/** Elevation levels the site's CSS uses (`0` is flat and may be omitted). */
export const REQUIRED_ELEVATION = ['1', '2', '3'] as const;

export const TOKEN_KEY = /^[a-z0-9][a-z0-9-]*$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCHEMA_TYPE = /^[A-Z][A-Za-z]{2,60}$/;
const MAX_TEXT = 2000;
const MAX_ITEMS = 24;

/** `keys` mapped to `value(key)`, typed by its keys (Object.fromEntries types any result as Record<string, V>). */
function recordOf<const K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

const nonBlank = (value: string): boolean => value.trim() !== '';

/** A string of at most `max` characters; `required`: not blank either. */
function text(max: number, required: boolean) {
  const expected = `${required ? 'a non-empty' : 'a'} string of at most ${max} characters`;
  return required
    ? v.pipe(v.string(expected), v.check(nonBlank, expected), v.maxLength(max, expected))
    : v.pipe(v.string(expected), v.maxLength(max, expected));
}

/** A value `parse` turns into `T` (undefined: refused, worded as `expected`); the checked value is the parsed one. */
function converted<T>(parse: (value: unknown) => T | undefined, expected: string) {
  const schema = v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const out = parse(dataset.value);
      if (out === undefined) {
        addIssue({ message: expected });
        return NEVER;
      }
      return out;
    }),
  );
  return whenMissing(schema, expected);
}

/** A finite number from `min` to `max`. */
function range(min: number, max: number, expected: string) {
  return v.pipe(v.number(expected), v.finite(expected), v.minValue(min, expected), v.maxValue(max, expected));
}

/** A list checked for its length before its items (a list too long is one problem, not one per item). */
function listOf<const S extends v.GenericSchema>(item: S, min: number, max: number, expected: string) {
  return v.pipe(v.array(v.unknown(), expected), v.minLength(min, expected), v.maxLength(max, expected), v.array(item, expected));
}

/** A mapping with these keys (others are ignored, as the format allows); a list or a scalar is refused as a whole. */
function mapping<const E extends v.ObjectEntries>(entries: E, expected: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isMapping, expected), v.object(entries, expected));
}

/* ---------------------------------------------------------------------------------------------------------- colours */

const COLOR_KEYS = [...COLOR_ROLES, ...COLOR_ROLES.map((role) => `${role}-dark` as const)];
const COLOR_HEX = 'a colour written as "#rrggbb"';

const COLORS = v.pipe(
  mapping(
    recordOf(COLOR_KEYS, (key) => whenMissing(converted(parseHexColor, COLOR_HEX), `a colour for the role ${key} written as "#rrggbb"`)),
    `a map of the ${COLOR_ROLES.length} colour roles and their -dark twins`,
  ),
  v.transform((colors) => ({
    light: recordOf(COLOR_ROLES, (role) => colors[role]),
    dark: recordOf(COLOR_ROLES, (role) => colors[`${role}-dark`]),
  })),
);

/* ------------------------------------------------------------------------------------------------------- typography */

function fontWeight(value: unknown): number | undefined {
  const weight = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof weight === 'number' && Number.isInteger(weight) && weight >= 1 && weight <= 1000 ? weight : undefined;
}

function lineHeight(value: unknown) {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 10 ? value : parseDimension(value, ['px', 'rem', 'em']);
}

export const TYPE_FIELDS = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing'] as const;

const TYPE_TOKEN = mapping(
  {
    fontFamily: converted(parseFontStack, 'a font stack of family names, quoted names and generic families separated by commas'),
    fontSize: converted((value) => {
      const size = parseDimension(value, ['px', 'rem', 'em']);
      return size !== undefined && size.value > 0 ? size : undefined;
    }, 'a positive dimension in px, rem or em'),
    fontWeight: converted(fontWeight, 'a whole number from 1 to 1000'),
    lineHeight: converted(lineHeight, 'a unitless number (e.g. 1.5) or a dimension in px, rem or em'),
    letterSpacing: converted((value) => parseDimension(value, ['em', 'px', 'rem']), 'a dimension in em, px or rem (e.g. -0.01em)'),
  },
  'a map with fontFamily, fontSize, fontWeight, lineHeight and letterSpacing',
);

const TYPOGRAPHY = mapping(
  recordOf(TYPE_LEVELS, () => TYPE_TOKEN),
  `a map of the type levels ${TYPE_LEVELS.join(', ')}`,
);

/* ----------------------------------------------------------------------------------------------- rounded, spacing */

/** Words for the refused key of a token map, after "found the key ..., expected". */
export const TOKEN_KEY_EXPECTED = 'lower-case letters, digits and hyphens';

const PX = converted((value) => {
  const px = parseDimension(value, ['px']);
  return px !== undefined && px.value >= 0 ? px.value : undefined;
}, 'a non-negative dimension in px (e.g. 16px)');

/** px values by key: the `required` keys, and any other token key. */
function pxScale<const K extends string>(required: readonly K[]) {
  const expected = `a map of px dimensions with the keys ${required.join(', ')}`;
  return v.pipe(
    v.custom<Record<string, unknown>>(isMapping, expected),
    v.intersect([
      v.object(recordOf(required, () => whenMissing(PX, 'a dimension in px'))),
      v.record(v.pipe(v.string(), v.regex(TOKEN_KEY, TOKEN_KEY_EXPECTED)), PX),
    ]),
  );
}

/* ------------------------------------------------------------------------------------------------------- components */

const COMPONENTS = v.optional(
  v.pipe(
    v.custom<Record<string, unknown>>(isMapping, 'a map of component names to their tokens'),
    v.record(
      v.string(),
      v.pipe(
        v.custom<Record<string, unknown>>(isMapping, 'a map of component tokens (backgroundColor, textColor, typography ...)'),
        // References ("{colors.primary}") are resolved against the other groups after this check (componentReferences).
        v.record(
          v.string(),
          v.custom<string | number>(
            (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
            'a token reference like "{colors.primary}" or a dimension',
          ),
        ),
      ),
    ),
  ),
  () => ({}),
);

/* ------------------------------------------------------------------------------------------------------------ x-wdm */

const SHADOW = mapping(
  {
    y: range(-200, 200, 'a number of px from -200 to 200'),
    blur: range(0, 400, 'a number of px from 0 to 400'),
    spread: range(-200, 200, 'a number of px from -200 to 200'),
    opacity: range(0, 1, 'a number from 0 to 1'),
  },
  'a map with y, blur, spread (px numbers) and opacity (0 to 1)',
);

const SHADOWS = listOf(SHADOW, 0, 4, 'a list of at most 4 shadows');

export const LEVEL_EXPECTED = 'a single digit';
export const LEVEL_KEY = /^[0-9]$/;

const ELEVATION = v.pipe(
  v.custom<Record<string, unknown>>(
    (value) => isMapping(value) && isMapping(value['levels']),
    'a map with style and levels ("0" to "3", each a list of shadows)',
  ),
  v.object({
    style: v.fallback(v.string(), ''),
    levels: v.intersect([
      v.object(recordOf(REQUIRED_ELEVATION, () => whenMissing(SHADOWS, 'a list of shadows (may be empty)'))),
      v.record(v.pipe(v.string(), v.regex(LEVEL_KEY, LEVEL_EXPECTED)), SHADOWS),
    ]),
  }),
);

/** Any icon name: lower-case words joined by hyphens. */
const isIconName = (value: unknown): value is string => typeof value === 'string' && ICON_NAME.test(value);

const COMPOSITION = mapping(
  {
    hero: v.picklist(HERO_ARRANGEMENTS, `one of ${HERO_ARRANGEMENTS.join(', ')}`),
    header: v.picklist(HEADER_STYLES, `one of ${HEADER_STYLES.join(', ')}`),
    rhythm: v.picklist(SECTION_RHYTHMS, `one of ${SECTION_RHYTHMS.join(', ')}`),
    cards: v.picklist(CARD_STYLES, `one of ${CARD_STYLES.join(', ')}`),
    scene: v.picklist(ART_SCENES, `one of ${ART_SCENES.join(', ')}`),
    // One problem for the whole list, as the message names the list: "a list of 1 to 6 icon names".
    subjects: v.custom<string[]>(
      (value) => Array.isArray(value) && value.length >= 1 && value.length <= 6 && value.every(isIconName),
      'a list of 1 to 6 icon names (lower-case words joined by hyphens)',
    ),
  },
  'a map with hero, header, rhythm, cards, scene and subjects',
);

/** What a DESIGN.md written before compositions existed gets: each layout's signature arrangement. */
export const SIGNATURE_COMPOSITION: Record<LayoutTemplate, Omit<Composition, 'subjects' | 'scene'>> = {
  services: { hero: 'split', header: 'bar', rhythm: 'open', cards: 'raised' },
  landing: { hero: 'centered', header: 'bar', rhythm: 'banded', cards: 'raised' },
  menu: { hero: 'plate', header: 'stacked', rhythm: 'centered', cards: 'outline' },
  portfolio: { hero: 'banner', header: 'bar', rhythm: 'open', cards: 'plain' },
  editorial: { hero: 'story', header: 'masthead', rhythm: 'ruled', cards: 'plain' },
  storefront: { hero: 'panel', header: 'bar', rhythm: 'open', cards: 'raised' },
};

const JSON_LD = v.pipe(
  // One problem for the whole map, as its message describes both keys.
  v.custom<{ types: string[]; localBusiness: boolean }>(
    (value) =>
      isMapping(value) &&
      Array.isArray(value['types']) &&
      value['types'].length >= 1 &&
      value['types'].length <= 4 &&
      value['types'].every((type) => typeof type === 'string' && SCHEMA_TYPE.test(type)) &&
      typeof value['localBusiness'] === 'boolean',
    'a map with types (1 to 4 schema.org type names like Dentist) and localBusiness (true or false)',
  ),
  v.transform((jsonLd) => ({ types: [...jsonLd.types], localBusiness: jsonLd.localBusiness })),
);

const CONTRAST_RATIO = range(1, 21, 'a contrast ratio from 1 to 21');

const CONTRAST_PAIR = mapping(
  {
    text: v.picklist(COLOR_ROLES, `one of ${COLOR_ROLES.join(', ')}`),
    background: v.picklist(COLOR_ROLES, `one of ${COLOR_ROLES.join(', ')}`),
    target: CONTRAST_RATIO,
    // Never refused (what the pair is for, in words); before light and dark as the pair is written.
    use: v.fallback(v.string(), ''),
    light: CONTRAST_RATIO,
    dark: CONTRAST_RATIO,
  },
  'a map with text, background, target, use, light and dark',
);

const COPY_ITEM = mapping(
  {
    title: text(MAX_TEXT, true),
    text: v.nullish(text(MAX_TEXT, false), ''),
    price: v.optional(text(40, true)),
    icon: v.optional(
      v.pipe(
        v.string('an icon name (lower-case words joined by hyphens, e.g. paw-print)'),
        v.regex(ICON_NAME, 'an icon name (lower-case words joined by hyphens, e.g. paw-print)'),
        v.maxLength(60, 'an icon name (lower-case words joined by hyphens, e.g. paw-print)'),
      ),
    ),
  },
  'a map with title and text',
);

/** The copy block of `section`, on a page of `sections` (each call to action leads to one of them). */
export function copyBlockSchema(section: string, sections: readonly SectionId[]) {
  const target = v.optional(v.picklist(sections, `a section of this page, one of ${sections.join(', ')}`));
  return mapping(
    {
      title: text(MAX_TEXT, true),
      lead: v.nullish(text(MAX_TEXT, false), ''),
      action: v.optional(text(200, true)),
      secondaryAction: v.optional(text(200, true)),
      nav: v.optional(text(60, true)),
      actionTarget: target,
      secondaryActionTarget: target,
      sample: v.optional(v.boolean('true or false')),
      from: v.optional(v.picklist(FACT_KEYS, `the fact that fills the section, one of ${FACT_KEYS.join(', ')}`)),
      items: v.nullish(listOf(COPY_ITEM, 0, MAX_ITEMS, `a list of at most ${MAX_ITEMS} items, each with title and text`), () => []),
    },
    `a copy block (title, lead, items) for the section ${section} named in x-wdm.sections`,
  );
}

export type DesignCopyBlock = v.InferOutput<ReturnType<typeof copyBlockSchema>>;

const X_WDM = v.pipe(
  v.custom<Record<string, unknown>>(isMapping, 'a map of wdm data (schema, domain, layout, sections, copy ...)'),
  // A file written before categoryLabel existed shows its category id.
  v.transform((wdm) => ({ ...wdm, categoryLabel: wdm['categoryLabel'] ?? wdm['category'] })),
  v.object({
    schema: v.literal(1, 'schema version 1'),
    domain: v.pipe(
      v.string('a lower-case ASCII (punycode) domain name such as smithlaw.com'),
      v.regex(DOMAIN, 'a lower-case ASCII (punycode) domain name such as smithlaw.com'),
    ),
    unicode: v.fallback(v.optional(v.string()), undefined),
    category: text(100, true),
    categoryLabel: text(100, true),
    english: v.optional(v.picklist(['gb', 'us'], 'gb or us')),
    tone: v.fallback(v.string(), ''),
    layout: v.picklist(LAYOUT_TEMPLATES, `one of ${LAYOUT_TEMPLATES.join(', ')}`),
    // Repeats, hero first and contact present are checked after this (sectionProblems), on the list as written.
    sections: v.pipe(
      v.array(v.picklist(SECTION_IDS, `a section id, one of ${SECTION_IDS.join(', ')}`), 'a non-empty list of section ids starting with hero'),
      v.minLength(1, 'a non-empty list of section ids starting with hero'),
    ),
    elevation: ELEVATION,
    // Blocks are checked for the sections the page has, once they are known (copyBlockSchema).
    copy: v.custom<Record<string, unknown>>(isMapping, 'a map of section id to its copy block (title, lead, items)'),
    contrast: v.optional(v.array(CONTRAST_PAIR, 'a list of contrast pairs (text, background, target, use, light, dark)'), () => []),
    composition: v.optional(COMPOSITION),
    jsonLd: v.optional(JSON_LD, () => ({ types: ['LocalBusiness'], localBusiness: true })),
    // `facts` is checked by the batch's facts validator after this (readFacts), as if a user had written them.
  }),
);

/** x-wdm's keys in the order their problems are reported. */
export const WDM_ORDER: readonly string[] = [...Object.keys(X_WDM.pipe[2].entries), 'facts'];

/** The front matter's keys in the order the contract lists them (and problems are reported in). */
export const FRONT_MATTER = v.object({
  name: text(200, true),
  description: text(500, false),
  colors: COLORS,
  typography: TYPOGRAPHY,
  rounded: pxScale(REQUIRED_ROUNDED),
  spacing: pxScale(REQUIRED_SPACING),
  components: COMPONENTS,
  'x-wdm': X_WDM,
});

type FrontMatter = v.InferOutput<typeof FRONT_MATTER>;
type CheckedWdm = FrontMatter['x-wdm'];

/** One type level: font stack, size, weight, line height (unitless or a dimension), letter spacing. */
export type TypeToken = v.InferOutput<typeof TYPE_TOKEN>;

export type WdmData = Omit<CheckedWdm, 'unicode' | 'copy' | 'composition' | 'facts' | 'elevation'> & {
  /** The domain as the visitor reads it (the ASCII domain when the file gives none). */
  unicode: string;
  elevation: { style: string; levels: Record<string, Shadow[]> };
  /** Keyed by section id: the block of every section in `sections`. */
  copy: Record<string, DesignCopyBlock>;
  /** Hero arrangement, header, rhythm, cards and art (the layout's signature when the file predates them). */
  composition: Composition;
  /** The business's facts (validated again on reading), when it gave any. */
  facts?: Facts;
};

export interface DesignTokens extends Omit<FrontMatter, 'x-wdm' | 'rounded' | 'spacing'> {
  /** The file the tokens were read from (project-relative), for findings. */
  file: string;
  /** px values by key (`none`, `sm` ... `full`). */
  rounded: Record<string, number>;
  /** px values by key (`xs` ... `3xl`, `gutter`, `container`). */
  spacing: Record<string, number>;
  wdm: WdmData;
}

/** Compile-time ties to the shared types the other stages use: a field added on one side must be added on the other. */
const TIED: [
  ContrastPair extends CheckedWdm['contrast'][number] ? true : false,
  CheckedWdm['contrast'][number] extends ContrastPair ? true : false,
  DesignCopyBlock extends CopyBlock ? true : false,
  Shadow extends v.InferOutput<typeof SHADOW> ? true : false,
] = [true, true, true, true];
void TIED;
