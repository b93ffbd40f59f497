// Copy + icon rules → the same copy with an icon on every item of an icon section (rules/icons.yaml).
import type { CopyItem, SiteCopy } from '../shared/types.js';
import { ICON_SECTIONS } from '../shared/vocabulary.js';
import type { RuleSet } from './ruleSet.js';

/** Lower-case words of a text, hyphenated words kept whole and also split (`after-school` → after-school, after, school). */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/'s$/, '').replace(/'/g, '');
    out.push(word);
    if (word.includes('-')) out.push(...word.split('-'));
  }
  return out;
}

/** The icon a keyword table gives a word: as written, then without a plural "s" or "es". */
function lookup(table: Readonly<Record<string, string>>, word: string): string | undefined {
  if (Object.hasOwn(table, word)) return table[word];
  if (word.length > 3 && word.endsWith('s') && Object.hasOwn(table, word.slice(0, -1))) return table[word.slice(0, -1)];
  if (word.length > 4 && word.endsWith('es') && Object.hasOwn(table, word.slice(0, -2))) return table[word.slice(0, -2)];
  return undefined;
}

/** Why an item got its icon, for the trace. */
export interface IconChoice {
  section: string;
  item: number;
  icon: string;
  because: string;
}

/**
 * Icons for every item of the icon sections, in page order. Keyword tables of the lineage (most specific first), then
 * the shared table, decide by the words of the item's title; an icon already on the page is passed
 * over while another fits. Without a keyword, the first unused icon of the category pools (lineage order) and then
 * the section pool is taken.
 */
export function iconsFor(copy: SiteCopy, sections: readonly string[], lineage: readonly string[], rules: RuleSet): { copy: SiteCopy; choices: IconChoice[] } {
  const specific = [...lineage].reverse();
  const tables = [
    ...specific.map((id) => ({ from: `icons.categories.${id}.keywords`, table: rules.icons.categories[id]?.keywords ?? {} })),
    { from: 'icons.keywords', table: rules.icons.keywords },
  ];
  const used = new Set<string>();
  const choices: IconChoice[] = [];
  const out: SiteCopy = { ...copy };
  for (const section of sections) {
    const block = copy[section];
    if (!block || !(ICON_SECTIONS as readonly string[]).includes(section)) continue;
    const pools = [
      ...specific.map((id) => ({ from: `icons.categories.${id}.pool`, pool: rules.icons.categories[id]?.pool ?? [] })),
      { from: `icons.sections.${section}`, pool: rules.icons.sections[section] ?? [] },
    ];
    const items: CopyItem[] = block.items.map((item, index) => {
      const pick = pickIcon(item, tables, pools, used);
      used.add(pick.icon);
      choices.push({ section, item: index, ...pick });
      return { ...item, icon: pick.icon };
    });
    out[section] = { ...block, items };
  }
  return { copy: out, choices };
}

function pickIcon(
  item: CopyItem,
  tables: readonly { from: string; table: Readonly<Record<string, string>> }[],
  pools: readonly { from: string; pool: readonly string[] }[],
  used: ReadonlySet<string>,
): { icon: string; because: string } {
  let repeat: { icon: string; because: string } | undefined;
  // Only the title decides: an item's text mentions too much in passing ("a short walk from the water").
  for (const [where, text] of [['title', item.title]] as const) {
    for (const word of wordsOf(text)) {
      for (const { from, table } of tables) {
        const icon = lookup(table, word);
        if (icon === undefined) continue;
        const because = `"${word}" in the ${where} (${from})`;
        if (!used.has(icon)) return { icon, because };
        repeat ??= { icon, because: `${because}, already on the page` };
      }
    }
  }
  for (const { from, pool } of pools) {
    const icon = pool.find((i) => !used.has(i));
    if (icon !== undefined) return { icon, because: `first unused icon of ${from}` };
  }
  // Every fitting icon is on the page already: repeat the keyword's, or the pool's first.
  if (repeat) return repeat;
  const first = pools.find((p) => p.pool.length > 0)?.pool[0];
  return { icon: first ?? 'circle', because: 'every pool used up' };
}
