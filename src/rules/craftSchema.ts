// The shape of the craft rules files (icons, imagery, compositions) and their cross-checks against the categories.
import { ART_SCENES, CARD_STYLES, HEADER_STYLES, HERO_ARRANGEMENTS, ICON_SECTIONS, LAYOUT_TEMPLATES, SECTION_RHYTHMS } from '../shared/vocabulary.js';
import { suggestion } from './didYouMean.js';
import type { Problem } from './load.js';
import type { RuleSet } from './ruleSet.js';
import type * as v from 'valibot';
import { list, object, oneOf, record, str, text, type Path } from './schema.js';

const ICON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Icon names are checked against the icon set by a test (the rules stage reads no package files). */
export const iconNameSpec = str(ICON, 'an icon name of the Lucide set (lower-case words joined by hyphens, e.g. paw-print)');
const keywordSpec = str(/^[\p{Ll}\p{Nd}]+(?:-[\p{Ll}\p{Nd}]+)*$/u, 'a lower-case word');
const CATEGORY_KEY = str(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a category id');

export const iconsSpec = object({
  keywords: record(keywordSpec, iconNameSpec),
  sections: record(text('a section id'), list(iconNameSpec, 1, 12, true)),
  categories: record(CATEGORY_KEY, object({ keywords: record(keywordSpec, iconNameSpec), pool: list(iconNameSpec, 1, 12, true) })),
});

export const imageryRuleSpec = object({ scenes: list(oneOf(ART_SCENES), 1, 6, true), subjects: list(iconNameSpec, 3, 3, true) }, ['scenes', 'subjects']);
export const imagerySpec = record(CATEGORY_KEY, imageryRuleSpec);

export const compositionRuleSpec = object(
  {
    hero: list(oneOf(HERO_ARRANGEMENTS), 1, 8, true),
    header: list(oneOf(HEADER_STYLES), 1, 8, true),
    rhythm: list(oneOf(SECTION_RHYTHMS), 1, 8, true),
    cards: list(oneOf(CARD_STYLES), 1, 8, true),
  },
  ['hero', 'header', 'rhythm', 'cards'],
);
export const compositionsSpec = record(text('a layout id'), compositionRuleSpec);

/** The merged icons rules: every table present (a file may give only some). */
export type IconRules = Required<v.InferOutput<typeof iconsSpec>>;

export type ImageryRule = v.InferOutput<typeof imageryRuleSpec>;

export type CompositionRule = v.InferOutput<typeof compositionRuleSpec>;

/** Every category, section and layout these files name exists. (A site whose layout or category has no entry gets a
 * plain composition: the built-in files cover every built-in layout and category.) */
export function craftProblems(rules: RuleSet): Problem[] {
  const problems: Problem[] = [];
  const ref = (path: Path, message: string, hint?: string): void => {
    problems.push({ code: 'E_RULES_SCHEMA', path, message, ...(hint ? { hint } : {}) });
  };
  const categoryIds = Object.keys(rules.categories);
  const category = (path: Path, id: string): void => {
    if (!rules.categories[id]) ref(path, `found the unknown category "${id}", expected one of ${categoryIds.join(', ')}`, suggestion(id, categoryIds));
  };
  for (const id of Object.keys(rules.icons.categories)) category(['icons', 'categories', id], id);
  for (const section of Object.keys(rules.icons.sections)) {
    if (!(ICON_SECTIONS as readonly string[]).includes(section)) {
      ref(['icons', 'sections', section], `found icons for the section "${section}", expected one of ${ICON_SECTIONS.join(', ')} (the sections whose items show an icon)`, suggestion(section, ICON_SECTIONS));
    }
  }
  for (const id of Object.keys(rules.imagery)) category(['imagery', id], id);
  for (const layout of Object.keys(rules.compositions)) {
    if (!(LAYOUT_TEMPLATES as readonly string[]).includes(layout)) {
      ref(['compositions', layout], `found compositions for the unknown layout "${layout}", expected one of ${LAYOUT_TEMPLATES.join(', ')}`, suggestion(layout, LAYOUT_TEMPLATES));
    }
  }
  return problems;
}
