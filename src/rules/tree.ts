// The category tree: a category names its `parent` and inherits every field of it (maps merged key by key, lists
// and scalars replaced). Families are the categories without a parent.
import { suggestion } from './didYouMean.js';
import type { Problem } from './load.js';
import { deepMerge, isPlainMap } from './merge.js';
import type { RuleSet } from './ruleSet.js';

/**
 * Every category with its ancestors' fields filled in, and the problems of the tree (unknown parents, cycles) at
 * the `parent` key that causes them. A category whose chain is broken is left as written, so the required-field
 * check that follows does not also report what the broken parent would have given it.
 */
export function resolveTree(categories: Readonly<Record<string, unknown>>): { resolved: Record<string, unknown>; problems: Problem[]; broken: Set<string> } {
  const ids = Object.keys(categories);
  const problems: Problem[] = [];
  const resolved: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const broken = new Set<string>();
  const parentOf = (id: string): string | undefined => {
    const value = categories[id];
    const parent = isPlainMap(value) ? value['parent'] : undefined;
    return typeof parent === 'string' ? parent : undefined;
  };

  // Problems are reported once, at the category whose `parent` is wrong (for a cycle: each member's parent key).
  for (const id of ids) {
    const parent = parentOf(id);
    if (parent !== undefined && !Object.hasOwn(categories, parent)) {
      const families = ids.filter((other) => parentOf(other) === undefined);
      problems.push({
        code: 'E_RULES_SCHEMA',
        path: ['categories', id, 'parent'],
        message: `found the unknown parent "${parent}", expected a category id such as ${families.join(', ')}`,
        ...hint(parent, ids),
      });
      broken.add(id);
    }
    const chain = [id];
    for (let at = parent; at !== undefined && Object.hasOwn(categories, at); at = parentOf(at)) {
      if (chain.includes(at)) {
        if (at === id) {
          problems.push({
            code: 'E_RULES_SCHEMA',
            path: ['categories', id, 'parent'],
            message: `found the cycle ${[...chain, at].join(' → ')}, expected a chain of parents that ends at a family (a category without parent)`,
            hint: `remove "parent" from one of ${chain.join(', ')}`,
          });
        }
        broken.add(id);
        break;
      }
      chain.push(at);
    }
  }
  for (const id of ids) {
    // A category below a broken one is broken too: its inheritance is unknown.
    for (let at = parentOf(id); at !== undefined && Object.hasOwn(categories, at) && !broken.has(id); at = parentOf(at)) {
      if (broken.has(at)) broken.add(id);
      if (at === id) break;
    }
  }
  const resolve = (id: string): unknown => {
    if (Object.hasOwn(resolved, id)) return resolved[id];
    const own = categories[id];
    const parent = parentOf(id);
    const value = parent === undefined || broken.has(id) ? own : deepMerge(withoutTreeKeys(resolve(parent)), own);
    resolved[id] = value;
    return value;
  };
  for (const id of ids) resolve(id);
  return { resolved, problems, broken };
}

function hint(word: string, candidates: readonly string[]): { hint?: string } {
  const near = suggestion(word, candidates);
  return near ? { hint: near } : {};
}

/** A parent's fields without its own `parent`: a child names its own. */
function withoutTreeKeys(value: unknown): unknown {
  if (!isPlainMap(value)) return value;
  const { parent: _parent, ...rest } = value;
  return rest;
}

/** The category's ancestry, family first, the category itself last (`[home-services, landscaping]`). */
export function lineageOf(rules: Pick<RuleSet, 'categories'>, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined && Object.hasOwn(rules.categories, at) && !out.includes(at); at = rules.categories[at]?.parent) {
    out.unshift(at);
  }
  return out;
}

/** The top ancestor of a category. */
export function familyOf(rules: Pick<RuleSet, 'categories'>, id: string): string {
  return lineageOf(rules, id)[0] ?? id;
}

const childrenMemo = new WeakMap<object, ReadonlyMap<string, readonly string[]>>();

/** Direct children of each category, ids sorted; computed once per loaded category table (inference asks per site). */
export function childrenOf(rules: Pick<RuleSet, 'categories'>): ReadonlyMap<string, readonly string[]> {
  let memo = childrenMemo.get(rules.categories);
  if (memo === undefined) childrenMemo.set(rules.categories, (memo = computeChildren(rules)));
  return memo;
}

function computeChildren(rules: Pick<RuleSet, 'categories'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, category] of Object.entries(rules.categories)) {
    if (category.parent === undefined) continue;
    const list = out.get(category.parent) ?? [];
    list.push(id);
    out.set(category.parent, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

/** How the known categories read in a message: the families, and how many subcategories sit under them. */
export function categoryChoices(rules: Pick<RuleSet, 'categories'>): string {
  const ids = Object.keys(rules.categories);
  const families = ids.filter((id) => rules.categories[id]?.parent === undefined);
  const below = ids.length - families.length;
  return below === 0 ? `one of ${families.join(', ')}` : `one of ${families.join(', ')}, or one of the ${below} subcategories under them`;
}
