// What the site templates do, read from their sources once per process, so the DESIGN.md prose states the
// stylesheet's real breakpoints and names only the components a layout's page really renders.
import { createRequire } from 'node:module';
import type * as CssTree from 'css-tree';
import { sha256 } from '../shared/hash.js';
import { ROOT_PX } from '../shared/vocabulary.js';
import { remembered } from '../shared/memo.js';

/**
 * css-tree, loaded on the first stylesheet no table knows (see `sheetBreakpointsCode`): the built-in sheets' facts
 * come from the build, and css-tree with its CSS data is the costliest import of the design stages.
 */
let cssTree: typeof CssTree | undefined;
function cssTreeLib(): typeof CssTree {
  cssTree ??= createRequire(import.meta.url)('css-tree') as typeof CssTree;
  return cssTree;
}

export interface Breakpoints {
  /** Every `min-width` breakpoint of the layout's stylesheets (base + layout), px, ascending. */
  minWidths: number[];
  /** `max-width` breakpoints, px, ascending. */
  maxWidths: number[];
  /** True when every grid declared outside a media query has one column: the page is one column on the smallest screens. */
  singleColumnBase: boolean;
  /** The most grid columns declared inside each min-width query, keyed by its px. */
  columnsFrom: Record<number, number>;
}

export interface LayoutFacts {
  /** Breakpoints of the base and layout stylesheets; a site adds its composition variants' (see breakpointsFor). */
  breakpoints: Breakpoints;
  /** Class names and element names (`<form>` as `form`) per section id, for this layout's partial of it. */
  sectionMarkup: Record<string, Set<string>>;
  /** Classes and elements of the page frame (head, header, footer, everything outside the sections). */
  frameMarkup: Set<string>;
}

export interface SiteFacts {
  layouts: Record<string, LayoutFacts>;
  /** Breakpoints of each composition variant stylesheet, keyed `<dimension>-<id>` (`hero-split`), as under
   *  templates/site/variants/: the implementation stage appends the chosen ones to the layout's stylesheet. */
  variants: Record<string, Breakpoints>;
}

/** The dimensions whose variant stylesheets a site's CSS includes, in implement's order. */
export const VARIANT_DIMENSIONS = ['hero', 'header', 'rhythm', 'cards'] as const;

/** Breakpoints of several stylesheets read one by one, as if they were one stylesheet. */
export function mergeBreakpoints(parts: readonly Breakpoints[]): Breakpoints {
  const min = new Set<number>();
  const max = new Set<number>();
  const columnsFrom: Record<number, number> = {};
  let singleColumnBase = true;
  for (const p of parts) {
    for (const n of p.minWidths) min.add(n);
    for (const n of p.maxWidths) max.add(n);
    singleColumnBase &&= p.singleColumnBase;
    for (const [k, v] of Object.entries(p.columnsFrom)) columnsFrom[Number(k)] = Math.max(columnsFrom[Number(k)] ?? 1, v);
  }
  const asc = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { minWidths: asc(min), maxWidths: asc(max), singleColumnBase, columnsFrom };
}

/**
 * The breakpoints of the stylesheet a site gets: its layout's (base + layout) and its composition's variants. Shared
 * between the sites that have the same layout and variants (callers only read it, as they read the layout's own): a
 * batch has a few hundred such combinations, and merging them again for every site was ~1% of `generate`.
 */
export function breakpointsFor(facts: SiteFacts, layout: string, composition: Readonly<Record<(typeof VARIANT_DIMENSIONS)[number], string>> | undefined): Breakpoints | undefined {
  const own = facts.layouts[layout]?.breakpoints;
  if (own === undefined) return undefined;
  if (composition === undefined) return own;
  let merged = mergedBreakpoints.get(facts);
  if (merged === undefined) {
    merged = new Map();
    mergedBreakpoints.set(facts, merged);
  }
  // What `mergedFor` reads: the layout and the variant of each dimension.
  let key = layout;
  for (const dim of VARIANT_DIMENSIONS) key += `\u0000${composition[dim]}`;
  return remembered(merged, key, MERGED_LIMIT, () => mergedFor(facts, own, composition));
}

/** `breakpointsFor` without its memo (the reference its test compares with). */
export function breakpointsUncached(facts: SiteFacts, layout: string, composition: Readonly<Record<(typeof VARIANT_DIMENSIONS)[number], string>> | undefined): Breakpoints | undefined {
  const own = facts.layouts[layout]?.breakpoints;
  if (own === undefined) return undefined;
  if (composition === undefined) return own;
  return mergedFor(facts, own, composition);
}

const mergedBreakpoints = new WeakMap<SiteFacts, Map<string, Breakpoints>>();
const MERGED_LIMIT = 4096;

function mergedFor(facts: SiteFacts, own: Breakpoints, composition: Readonly<Record<(typeof VARIANT_DIMENSIONS)[number], string>>): Breakpoints {
  const variants = VARIANT_DIMENSIONS.map((dim) => facts.variants[`${dim}-${composition[dim]}`]).filter((b): b is Breakpoints => b !== undefined);
  return variants.length === 0 ? own : mergeBreakpoints([own, ...variants]);
}


function lengthPx(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(px|em|rem)$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return Math.round(m[2] === 'px' ? n : n * ROOT_PX);
}

/** Columns of a grid-template-columns value: repeat(N, …) counts N; auto-fill/fit counts as many (99). */
export function columnsOf(value: string): number {
  const v = value.trim();
  const rep = /^repeat\(\s*(\d+|auto-fill|auto-fit)\s*,/.exec(v);
  if (rep) return rep[1] === 'auto-fill' || rep[1] === 'auto-fit' ? 99 : Number(rep[1]);
  let depth = 0;
  let tracks = 0;
  let inTrack = false;
  for (const ch of v) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth === 0 && /\s/.test(ch)) {
      inTrack = false;
      continue;
    }
    if (!inTrack) {
      tracks += 1;
      inTrack = true;
    }
  }
  return Math.max(tracks, 1);
}

/** Breakpoints and grid columns of stylesheets, read with css-tree. */
export function breakpointsOf(...sheets: string[]): Breakpoints {
  return mergeBreakpoints(sheets.map((sheet) => sheetBreakpoints(sheet)));
}

/**
 * Each stylesheet's breakpoints by its text: base.css comes with every layout, and parsing it once per layout was
 * most of the time a project load spent in css-tree. Results are read-only here (mergeBreakpoints copies them).
 */
const sheetMemo = new Map<string, Breakpoints>();
/** More distinct sheets than the templates hold means texts that change (edits, tests): start over. */
const SHEET_MEMO_LIMIT = 128;

/** Breakpoints known beforehand, by the sha256 of a sheet's text (the build's table of the built-in sheets). */
export type KnownSheets = ReadonlyMap<string, Breakpoints>;

function sheetBreakpoints(text: string, known?: KnownSheets): Breakpoints {
  return remembered(sheetMemo, text, SHEET_MEMO_LIMIT, () => (known && known.size > 0 ? known.get(sha256(text)) : undefined) ?? sheetBreakpointsOf(text));
}

/**
 * A fingerprint of the code that reads a sheet's breakpoints: a table made by other code (an older build, or the
 * TypeScript sources run by the tests) is not used.
 */
export function sheetBreakpointsCode(): string {
  // The constants those functions read count too (a function's text does not show an imported value).
  return sha256([...[sheetBreakpointsOf, lengthPx, columnsOf].map((f) => f.toString()), `ROOT_PX=${ROOT_PX}`].join('\n'));
}

/** One stylesheet's breakpoints and grid columns, read with css-tree. */
export function sheetBreakpointsOf(text: string): Breakpoints {
  const { generate, parse: parseCss, walk } = cssTreeLib();
  const min = new Set<number>();
  const max = new Set<number>();
  let singleColumnBase = true;
  const columnsFrom: Record<number, number> = {};
  {
    const ast = parseCss(text);
    walk(ast, {
      visit: 'Atrule',
      enter(node) {
        if (node.name !== 'media' || node.prelude === null) return;
        const prelude = generate(node.prelude);
        const mins = [...prelude.matchAll(/min-width\s*:\s*([\d.]+(?:px|em|rem))/g)].map((m) => lengthPx(m[1] as string)).filter((n): n is number => n !== undefined);
        for (const m of prelude.matchAll(/max-width\s*:\s*([\d.]+(?:px|em|rem))/g)) {
          const px = lengthPx(m[1] as string);
          if (px !== undefined) max.add(px);
        }
        for (const px of mins) min.add(px);
        if (mins.length === 1 && node.block) {
          const from = mins[0] as number;
          walk(node.block, {
            visit: 'Declaration',
            enter(decl) {
              if (decl.property !== 'grid-template-columns') return;
              columnsFrom[from] = Math.max(columnsFrom[from] ?? 1, columnsOf(generate(decl.value)));
            },
          });
        }
      },
    });
    walk(ast, {
      visit: 'Rule',
      enter(rule) {
        // Only rules outside any at-rule: css-tree's walker tells us through `this.atrule`.
        if ((this as { atrule: unknown }).atrule) return;
        walk(rule.block, {
          visit: 'Declaration',
          enter(decl) {
            if (decl.property === 'grid-template-columns' && columnsOf(generate(decl.value)) > 1) singleColumnBase = false;
          },
        });
      },
    });
  }
  const asc = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { minWidths: asc(min), maxWidths: asc(max), singleColumnBase, columnsFrom };
}

const CLASS_ATTR = /class="([^"]*)"/g;
const ELEMENT = /<(form|input|textarea|select|button|nav|footer|header|table|img|figure|blockquote|details)\b/g;
// A partial call, with or without hash arguments ({{> shared/contact-fields disabled=true}}).
const PARTIAL_CALL = /\{\{>\s*([a-z]+\/[a-z0-9-]+)(?:\s+[^{}]*)?\}\}/g;

/** Static class names (mustache parts dropped) and element names of a template and the partials it includes. */
function markupOf(source: string, partials: Record<string, string>, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  // Markup shown only for sample sections ({{#if sample}} ... {{/if}}, no nesting) counts only where the page has
  // such a section: pageMarkup adds it from the copy.
  // So does the contact form's sample shown when the page has no email ({{#unless @root.contactEmail}} ... {{/unless}}).
  const text = source
    .replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, '')
    .replace(/\{\{#if sample\}\}(?:(?!\{\{#if)[\s\S])*?\{\{\/if\}\}/g, '')
    .replace(/\{\{#unless @root\.contactEmail\}\}[\s\S]*?\{\{\/unless\}\}/g, '');
  for (const m of text.matchAll(CLASS_ATTR)) {
    for (const token of (m[1] as string).replace(/\{\{[\s\S]*?\}\}/g, ' ').split(/\s+/)) if (/^[a-z][a-z0-9_-]*$/.test(token)) out.add(token);
  }
  for (const m of text.matchAll(ELEMENT)) out.add(m[1] as string);
  for (const m of text.matchAll(PARTIAL_CALL)) {
    const name = m[1] as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const src = partials[name];
    if (src !== undefined) for (const c of markupOf(src, partials, seen)) out.add(c);
  }
  return out;
}

/**
 * Facts per layout from the template sources (keys as under templates/: `site/base.css`, `site/<layout>/styles.css`,
 * `site/<layout>/index.html.hbs`, `site/partials/<name>.hbs`, `site/<layout>/partials/<name>.hbs`). Section partials
 * resolve as the implementation stage resolves them: the layout's own, the shared one, then the generic section.
 * Composition variants (`site/variants/<dimension>-<id>.css`) are read on their own, for breakpointsFor.
 */
export function siteFactsOf(sources: Record<string, string>, layouts: readonly string[], sections: readonly string[], known?: KnownSheets): SiteFacts {
  const partials: Record<string, string> = {};
  for (const [key, source] of Object.entries(sources)) {
    const m = /^site\/(?:partials|([a-z]+)\/partials)\/([a-z0-9-]+)\.hbs$/.exec(key);
    if (m) partials[`${m[1] ?? 'shared'}/${m[2]}`] = source;
  }
  const base = sources['site/base.css'] ?? '';
  const facts: SiteFacts = { layouts: {}, variants: {} };
  for (const key of Object.keys(sources).sort()) {
    const v = /^site\/variants\/([a-z]+-[a-z0-9-]+)\.css$/.exec(key);
    if (v) facts.variants[v[1] as string] = mergeBreakpoints([sheetBreakpoints(sources[key] as string, known)]);
  }
  for (const layout of layouts) {
    const page = sources[`site/${layout}/index.html.hbs`];
    const css = sources[`site/${layout}/styles.css`];
    if (page === undefined || css === undefined) continue;
    const sectionMarkup: Record<string, Set<string>> = {};
    for (const id of sections) {
      const name = [`${layout}/${id}`, `shared/${id}`, 'shared/section'].find((n) => partials[n] !== undefined);
      sectionMarkup[id] = name === undefined ? new Set() : markupOf(partials[name] as string, partials, new Set([name]));
    }
    facts.layouts[layout] = { breakpoints: mergeBreakpoints([sheetBreakpoints(base, known), sheetBreakpoints(css, known)]), sectionMarkup, frameMarkup: markupOf(page, partials) };
  }
  return facts;
}
