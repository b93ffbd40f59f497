// Copy for a section: category blocks over shared defaults, `{name}` substituted, checked for completeness.
import type { CopyBlock, SiteCopy } from '../shared/types.js';
import type { PartialCopyBlock, RuleSet } from './ruleSet.js';
import { lineageOf } from './tree.js';

/** Sections that present a list; they need 3 to 6 items. The others (hero, about, cta, contact) need none. */
export const LIST_SECTIONS: ReadonlySet<string> = new Set([
  'services', 'features', 'process', 'stats', 'testimonials', 'gallery', 'menu', 'pricing', 'team', 'faq', 'listings', 'schedule', 'products', 'articles',
]);

/** The only placeholder copy may use. */
export const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Defaults, then the family's fields, then each category below it down to this one: a field set lower wins; lists
 * are replaced, not appended.
 */
export function copyBlockFor(rules: RuleSet, category: string, section: string): PartialCopyBlock | undefined {
  let block: PartialCopyBlock | undefined = own(rules.copy.defaults, section);
  for (const id of lineageOf(rules, category)) {
    const over = own(own(rules.copy.categories, id), section);
    if (over) block = { ...block, ...over };
  }
  return block;
}

/** An own property of a map keyed by ids that users write, or undefined (never Object.prototype's). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** What is missing or wrong in a merged block, in words (empty when it is complete). */
export function copyProblems(section: string, block: PartialCopyBlock | undefined): string[] {
  if (!block) return ['no copy (neither copy.defaults nor the category has this section)'];
  const problems: string[] = [];
  if (block.title === undefined) problems.push('no "title"');
  if (block.lead === undefined) problems.push('no "lead"');
  const items = block.items?.length ?? 0;
  if (LIST_SECTIONS.has(section) && (items < 3 || items > 6)) problems.push(`${items} items, expected 3 to 6`);
  if ((section === 'hero' || section === 'contact') && block.action === undefined) problems.push('no "action"');
  return problems;
}

/** Replace `{name}` everywhere in a block. */
function substitute(block: PartialCopyBlock, name: string): CopyBlock {
  const fill = (text: string): string => substituteName(text, name);
  const out: CopyBlock = {
    title: fill(block.title ?? ''),
    lead: fill(block.lead ?? ''),
    items: (block.items ?? []).map((item) => ({ title: fill(item.title), text: fill(item.text) })),
  };
  if (block.action !== undefined) out.action = fill(block.action);
  if (block.secondaryAction !== undefined) out.secondaryAction = fill(block.secondaryAction);
  return out;
}

/** Copy for every section of a layout. Validation guarantees each block is complete. */
export function siteCopyFor(rules: RuleSet, category: string, sections: readonly string[], name: string): SiteCopy {
  const copy: SiteCopy = {};
  for (const section of sections) {
    const block = copyBlockFor(rules, category, section);
    if (!block) throw new Error(`siteCopyFor: no copy for ${category}.${section}; validation should have caught it`);
    copy[section] = substitute(block, name);
  }
  return copy;
}

/** Placeholders other than `{name}` in a text. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).filter((p) => p !== '{name}');
}

export function substituteName(text: string, name: string): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => (key === 'name' ? name : whole));
}
