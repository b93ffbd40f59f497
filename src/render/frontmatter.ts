// Design → the DESIGN.md front matter object (fixed key order) and its YAML text (yaml-block.ts, equal to `yaml`'s).
import { stringify } from 'yaml';
import { emittedDirectly, emitYaml, YAML_OPTIONS } from './yaml-block.js';
import { formatNumber, round } from '../shared/format.js';
import { COLOR_ROLES, TYPE_LEVELS, type ColorRole, type Design, type TypeStyle } from '../shared/types.js';

/** Version of the `x-wdm` block; the implementation stage refuses other values. */
export const X_WDM_SCHEMA = 1;

export function px(value: number): string {
  return `${formatNumber(round(value, 2))}px`;
}

export function em(value: number): string {
  return `${formatNumber(round(value, 3))}em`;
}


function typographyToken(style: TypeStyle, families: Design['typography']['pairing']): Record<string, string | number> {
  const family = style.family === 'heading' ? families.heading : style.family === 'mono' ? families.mono : families.body;
  return {
    fontFamily: family,
    fontSize: px(style.size),
    fontWeight: style.weight,
    lineHeight: round(style.lineHeight, 3),
    letterSpacing: em(style.letterSpacing),
  };
}

/** Each role's key in the dark scheme, made once: a key built anew for every site is looked up as a new string. */
const DARK_KEYS: readonly string[] = COLOR_ROLES.map((role) => `${role}-dark`);

/** The front matter as a plain object whose key order is the order written. */
export function frontMatterFor(design: Design): Record<string, unknown> {
  const { palette, typography, selection } = design;
  const colors: Record<string, string> = {};
  for (const role of COLOR_ROLES) colors[role] = palette.light[role];
  for (let i = 0; i < COLOR_ROLES.length; i++) colors[DARK_KEYS[i] as string] = palette.dark[COLOR_ROLES[i] as ColorRole];

  const type: Record<string, unknown> = {};
  for (const level of TYPE_LEVELS) type[level] = typographyToken(typography.levels[level], typography.pairing);

  const rounded: Record<string, string> = {};
  for (const [key, value] of Object.entries(design.rounded)) rounded[key] = px(value);
  const spacing: Record<string, string> = {};
  for (const [key, value] of Object.entries(design.spacing)) spacing[key] = px(value);

  const elevationLevels: Record<string, unknown> = {};
  for (const key of Object.keys(design.elevation.levels).sort()) {
    elevationLevels[key] = (design.elevation.levels[key] ?? []).map((s) => ({
      y: round(s.y, 2),
      blur: round(s.blur, 2),
      spread: round(s.spread, 2),
      opacity: round(s.opacity, 3),
    }));
  }

  const copy: Record<string, unknown> = {};
  for (const section of selection.layout.sections) {
    const block = selection.copy[section];
    if (!block) continue;
    const out: Record<string, unknown> = { title: block.title, lead: block.lead };
    // Navigation label, the section each call to action leads to, and whether the block is a sample (rules data).
    if (block.nav !== undefined) out['nav'] = block.nav;
    if (block.action !== undefined) out['action'] = block.action;
    if (block.actionTarget !== undefined) out['actionTarget'] = block.actionTarget;
    if (block.secondaryAction !== undefined) out['secondaryAction'] = block.secondaryAction;
    if (block.secondaryActionTarget !== undefined) out['secondaryActionTarget'] = block.secondaryActionTarget;
    if (block.sample === true) out['sample'] = true;
    if (block.from !== undefined) out['from'] = block.from;
    out['items'] = block.items.map((item) => {
      const entry: Record<string, string> = { title: item.title, text: item.text };
      if (item.price !== undefined) entry['price'] = item.price;
      if (item.icon !== undefined) entry['icon'] = item.icon;
      return entry;
    });
    copy[section] = out;
  }

  return {
    version: 'alpha',
    name: design.site.name,
    description: design.site.tagline,
    colors,
    typography: type,
    rounded,
    spacing,
    components: design.components,
    'x-wdm': {
      schema: X_WDM_SCHEMA,
      domain: design.site.domain,
      unicode: design.site.unicode,
      category: selection.category,
      categoryLabel: selection.categoryLabel,
      categorySource: selection.categorySource,
      // Only a page in American English says so (its `lang` is en-US): a British page's bytes are as before.
      ...(selection.english === 'us' ? { english: 'us' } : {}),
      // The category tree (rules/categories.yaml `parent`): family first, the category itself last.
      family: selection.family ?? selection.category,
      lineage: [...(selection.lineage ?? [selection.category])],
      inferredFrom: [...selection.inferredFrom],
      tone: selection.tone,
      voice: [...selection.voice],
      layout: selection.layout.template,
      sections: [...selection.layout.sections],
      palette: { strategy: palette.strategy, hue: round(palette.hue, 1) },
      typeScale: { id: typography.scale.id, ratio: typography.scale.ratio, base: typography.scale.base },
      fonts: { pairing: typography.pairing.id },
      elevation: { style: design.elevation.style, levels: elevationLevels },
      ...(design.composition ? { composition: { ...design.composition, subjects: [...design.composition.subjects] } } : {}),
      contrast: palette.pairs.map((p) => ({
        text: p.text,
        background: p.background,
        target: p.target,
        use: p.use,
        light: p.light,
        dark: p.dark,
      })),
      copy,
      ...factsEntries(selection),
    },
  };
}

/** `jsonLd` (the schema.org types of the page) and the site's `facts`, when it has any: written by the `yaml` package
 *  like the rest (the emitter hands shapes outside its subset to `yaml`), since their shape varies with what the business gave. */
function factsEntries(selection: Design['selection']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const plan = selection.content;
  if (plan) out['jsonLd'] = { types: [...plan.schemaTypes], localBusiness: plan.localBusiness };
  if (selection.facts !== undefined && Object.keys(selection.facts).length > 0) out['facts'] = structuredClone(selection.facts);
  return out;
}

/**
 * YAML text of the front matter: what one `yaml.stringify(frontMatter, YAML_OPTIONS)` writes (no line folding, so a
 * long tagline cannot wrap differently between versions; block style; double quotes only where YAML needs quoting),
 * built by the emitter of yaml-block.ts, which hands anything outside its proven subset back to `yaml`.
 */
export function frontMatterYaml(frontMatter: Record<string, unknown>): string {
  return emitYaml(frontMatter);
}

/**
 * The front matter's entries whose values recur from site to site (a batch has a handful of component token sets and
 * radius scales): the emitter gives their text again for an equal value instead of writing it anew (a third of the
 * front matter is the component tokens).
 */
const RECURRING: ReadonlySet<string> = new Set(['rounded', 'components']);

/** `frontMatterYaml` and whether the emitter wrote it itself (then it has no blank line and no trailing blank). */
export function frontMatterText(frontMatter: Record<string, unknown>): { yaml: string; tidy: boolean } {
  const direct = emittedDirectly(frontMatter, RECURRING);
  return direct !== undefined ? { yaml: direct, tidy: true } : { yaml: emitYaml(frontMatter), tidy: false };
}

/** The same text in one `yaml.stringify` call, for tests that prove the emitter equal to it. */
export function frontMatterYamlWhole(frontMatter: Record<string, unknown>): string {
  return stringify(frontMatter, YAML_OPTIONS);
}
