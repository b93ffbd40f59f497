// The fast path of verification: every validator runs once per distinct shape (shapes.ts), keyed by the hash of
// exactly what it checked plus the validator versions; per site only what varies is checked (the slot classes,
// the contrast and component-pair arithmetic on the site's own colours, token use and structure against the
// site's DESIGN.md). Whatever the fast path cannot prove, or any shape or pair that fails, is handed to the full
// check of that site, so its findings are exactly the full path's.
import { createHash } from 'node:crypto';
import type { Finding } from '../shared/types.js';
import type { DesignTokens } from '../implement/design-tokens.js';
import type { Checkers } from './checkers.js';
import { contrastFindings, contrastReads, type ContrastProbe } from './contrast.js';
import { readsProperty } from './computed-style.js';
import { cssRulesOf, varReferences, type CssDeclaration, type CssRule } from './css-model.js';
import { contrastRatio, hexOfRgba, parseColor, type Rgba } from './css-resolve.js';
import { remembered } from '../shared/memo.js';
import { parseCssChecked } from './css-syntax.js';
import { designLintFindings } from './design-lint.js';
import { htmlValidityFindings } from './html-validity.js';
import { parseHtmlTree, type HtmlElement } from './html-tree.js';
import { cssShape, designShape, htmlShape, SheetScans, treeShape } from './shapes.js';
import { structureFindings } from './structure.js';
import { tokenUsageFindings } from './token-usage.js';
import { VERIFY_VERSION } from './version.js';
import type { CheckName } from './verify-site.js';

/** What a shape's validators concluded, kept per process (bounded) under the hash of what they read. */
interface HtmlEntry {
  tree: HtmlElement;
}
interface ValidityEntry {
  passed: boolean;
}
interface CssEntry {
  passed: boolean;
  rules: CssRule[];
  /** Custom properties some colour, background, border, outline, font or visibility declaration reads. */
  paint: Set<string>;
  literals: Set<string>;
  /**
   * Every class name a selector of a rule that sets something the contrast check reads mentions; undefined when a
   * selector of such a rule could match a class otherwise (an attribute selector on class, an escape).
   */
  paintClasses: Set<string> | undefined;
  /**
   * Such a selector compares the value of an attribute the page shape writes as a stand-in (free text, URLs), or
   * has an escape: its matches on the shape say nothing of the page's, so the contrast check takes the full path.
   */
  comparesStandIns: boolean;
  /** The hash of the part of the sheet the contrast check reads (paintKeyOf). */
  paintKey: string;
  /** The sheet's structure has a `:has(` or `:empty` (case aside): a selector that could see inside an <svg> drawing. */
  seesInsideDrawings: boolean;
}
interface ContrastEntry {
  /** Every pair as (declaration index or a constant colour) for foreground and background, with its target. */
  pairs: { fg: number | Rgba; bg: number | Rgba; target: number }[] | undefined;
  /** The shape itself has findings (an unprovable background or selector, a failing constant pair). */
  failed: boolean;
}
interface DesignEntry {
  passed: boolean;
}
interface FontFaceEntry {
  passed: boolean;
}
interface StructureEntry {
  passed: boolean;
}

/**
 * Entries kept per kind, the least recently used dropped first. An HTML entry holds the page's parsed tree and a CSS
 * entry its rules (~100-300 KB together), so few of those are kept: on a batch of word-built sites nearly every page
 * is its own shape (112 HTML shapes in 120 sites), and 4,096 trees held ~1 GB. A CSS entry's rules and sets are
 * shared with the entries that have equal ones (interned, sharedSet), so an entry costs its array of ~240 rule
 * references: 10,000 word-built sites have 771 sheet structures, and 512 entries let ~30% of the sites of a long
 * build miss (each miss a css-tree parse of the sheet), 1,024 hold them all. A contrast entry holds its page's
 * distinct pairs (~28), each pair object shared with every entry holding an equal one (sharedPair); with each entry
 * ~25 KB, 4,096 of them were most of a long build's heap growth, now they are ~1 KB and 4,096 are kept (10,000 sites
 * have ~3,300 contrast shapes; 1,024 let half the sites of a long build miss). DESIGN.md, validity, @font-face and
 * structure entries are a flag each.
 */
const LIMITS = { html: 4, validity: 4096, css: 1024, contrast: 4096, design: 4096, fontFace: 4096, structure: 4096 } as const;

/** The per-process memory of shape results; one per pipeline (or worker thread). */
export class ShapeCache {
  private readonly maps = {
    html: new Map<string, HtmlEntry>(),
    validity: new Map<string, ValidityEntry>(),
    css: new Map<string, CssEntry>(),
    contrast: new Map<string, ContrastEntry>(),
    design: new Map<string, DesignEntry>(),
    fontFace: new Map<string, FontFaceEntry>(),
    structure: new Map<string, StructureEntry>(),
  };
  /** Shapes verified by the validators, and sites answered per check: for reports and the bench. */
  readonly stats = { shapes: 0, hits: 0, fallbacks: 0 };
  /** What the sheet shape's scan finds in each shared piece of the stylesheets (FastInput.cssTail). */
  readonly sheetScans = new SheetScans();

  get<K extends keyof ShapeCache['maps']>(kind: K, key: string): ReturnType<ShapeCache['maps'][K]['get']> {
    const map = this.maps[kind] as Map<string, unknown>;
    const hit = map.get(key) as ReturnType<ShapeCache['maps'][K]['get']>;
    if (hit !== undefined) {
      this.stats.hits += 1;
      // Most recently used last: the first key is the one dropped.
      map.delete(key);
      map.set(key, hit);
    }
    return hit;
  }

  /** How many shapes of a kind are held (for tests). */
  size(kind: keyof ShapeCache['maps']): number {
    return this.maps[kind].size;
  }

  set<K extends keyof ShapeCache['maps']>(kind: K, key: string, value: Parameters<ShapeCache['maps'][K]['set']>[1]): void {
    const map = this.maps[kind] as Map<string, unknown>;
    if (map.size >= LIMITS[kind]) map.delete(map.keys().next().value as string);
    map.set(key, value);
    this.stats.shapes += 1;
  }
}

/** Parts shorter than this are hashed with their neighbours in one update; longer ones (shapes) on their own. */
const SMALL_PART = 1024;

function keyOf(check: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  // The bytes hashed are the version, the check and each part after a NUL, whatever the updates: a shape (10-40 KB,
  // ~130 KB a site in all) is its own update rather than copied into a new string only to be hashed, and the small
  // parts (a contrast key has ~190 custom property classes) are gathered into one update (each is a call into C++).
  let pending = `${VERIFY_VERSION}\u0000${check}`;
  for (const p of parts) {
    if (p.length < SMALL_PART) {
      pending += `\u0000${p}`;
      continue;
    }
    hash.update(`${pending}\u0000`);
    hash.update(p);
    pending = '';
  }
  if (pending !== '') hash.update(pending);
  return hash.digest('hex');
}

const HEX6 = /^#[0-9a-fA-F]{6}$/;
const NO_CLASSES: ReadonlySet<string> = new Set();

/**
 * The class names the contrast check can tell apart: those in the selectors of rules that declare a property it
 * reads. A class no such selector names changes no computed colour, background, font or visibility (other rules
 * only set what the check never reads), so the contrast key leaves it out. Undefined when that cannot be read off
 * the selectors' text: an attribute selector on class, or an escape.
 */
function contrastSelectors(rules: readonly CssRule[]): { paintClasses: Set<string> | undefined; comparesStandIns: boolean } {
  let names: Set<string> | undefined = new Set<string>();
  let comparesStandIns = false;
  for (const r of rules) {
    if (!r.declarations.some((d) => d.property.startsWith('--') || readsProperty(d.property))) continue;
    for (const s of r.selectors) {
      if (s.text.includes('\\') || STAND_IN_COMPARED.test(s.text)) comparesStandIns = true;
      if (s.text.includes('\\') || /\[\s*(?:[\w*-]*\|)?class\b/i.test(s.text)) names = undefined;
      // Over-reading (a dot in an attribute value) only keeps more classes.
      if (names) for (const m of s.text.matchAll(/\.([^\s.#:[\]>+~,()*|="'^$]+)/g)) names.add(m[1] as string);
    }
  }
  return { paintClasses: names, comparesStandIns };
}

/** An attribute selector comparing the value of an attribute htmlShape writes as a stand-in (shapes.ts). */
const STAND_IN_COMPARED = /\[\s*(?:[\w*-]*\|)?(alt|title|placeholder|aria-description|content|href|src|action|formaction|poster|cite)\s*[~|^$*]?=/i;

/**
 * The hash of what the contrast check reads of a sheet: each rule that declares a property it reads, with its media,
 * its selectors and only those declarations, in order. Rules that set only layout and spacing (most of what a
 * layout's variants change) never enter its cascade (contrast.ts indexes only what it reads), and the relative order
 * of the declarations it reads is all their ranking uses; so two sheets with equal keys give the same pairs on one
 * page. Custom property declarations are always read.
 */
function paintKeyOf(rules: readonly CssRule[]): string {
  const hash = createHash('sha256');
  for (const r of rules) {
    const read = r.declarations.filter((d) => contrastReads(d.property));
    if (read.length === 0) continue;
    hash.update(JSON.stringify([r.unmodelled, r.media, r.selectors.map((s) => s.text), read.map((d) => [d.property, d.value, d.important])]));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/** Custom properties read, directly or through others, by a declaration the contrast check evaluates (readsProperty). */
function paintReachable(rules: readonly CssRule[]): Set<string> {
  const defs = new Map<string, string[]>();
  const queue: string[] = [];
  for (const r of rules) {
    for (const d of r.declarations) {
      if (d.property.startsWith('--')) defs.set(d.property, [...(defs.get(d.property) ?? []), ...varReferences(d.value)]);
      else if (readsProperty(d.property)) queue.push(...varReferences(d.value));
    }
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(defs.get(name) ?? []));
  }
  return seen;
}

/**
 * Rules equal in every field (selectors, declarations with their lines and order, media) are one object across CSS
 * entries: sheets of one layout differ only in their composition's blocks, so most of an entry's rules are another
 * entry's, and an entry costs little more than its own blocks. Nothing changes a rule once made (retrace copies).
 */
const internedRules = new Map<string, CssRule>();
/** A copy of a text that shares no storage with the text it was cut from (a concatenation is flattened anew). */
function ownText(text: string): string {
  return `${text} `.slice(0, -1);
}
const INTERN_LIMIT = 20_000;
function interned(rules: CssRule[]): CssRule[] {
  return rules.map((r) => {
    const key = JSON.stringify([
      r.line,
      r.unmodelled,
      r.media,
      r.selectors.map((s) => [s.text, s.unsupported ?? '']),
      r.declarations.map((d) => [d.property, d.value, d.important, d.line, d.order]),
    ]);
    const known = internedRules.get(key);
    if (known) return known;
    if (internedRules.size >= INTERN_LIMIT) internedRules.clear();
    // Its own copies of the texts: a slice of the sheet would keep the whole sheet alive as long as the rule.
    const own: CssRule = { ...r, declarations: r.declarations.map((d) => ({ ...d, property: ownText(d.property), value: ownText(d.value) })) };
    internedRules.set(key, own);
    return own;
  });
}

/**
 * One object for each distinct set of names across CSS entries (paint, literals, paint classes): sheets of one layout
 * mostly read the same custom properties and name the same classes, so most entries' sets equal another's. Only
 * membership is ever asked of them, and nothing changes a set once made.
 */
const sharedSets = new Map<string, Set<string>>();
function sharedSet(set: Set<string>): Set<string> {
  const key = JSON.stringify([...set].sort());
  const known = sharedSets.get(key);
  if (known) return known;
  if (sharedSets.size >= INTERN_LIMIT) sharedSets.clear();
  sharedSets.set(key, set);
  return set;
}

/** One object for each distinct contrast pair across contrast entries, keyed by its sides and target (sideKey). */
type ShapePair = { readonly fg: number | Rgba; readonly bg: number | Rgba; readonly target: number };
const sharedPairs = new Map<string, ShapePair>();
function sharedPair(id: string, fg: number | Rgba, bg: number | Rgba, target: number): ShapePair {
  const known = sharedPairs.get(id);
  if (known) return known;
  if (sharedPairs.size >= INTERN_LIMIT) sharedPairs.clear();
  const pair = { fg, bg, target };
  sharedPairs.set(id, pair);
  return pair;
}

// A site's colours repeat within the site (each token in many pairs); across sites they rarely do, so a few thousand
// entries hold every hit: 100,000 held ~5 MB of a long build's heap for nothing.
const colorMemo = new Map<string, Rgba | undefined>();
function colorOf(hex: string): Rgba | undefined {
  return remembered(colorMemo, hex, 4096, () => parseColor(hex.toLowerCase()));
}

/** An opaque colour no declaration of the sheet writes, one per custom property declaration. */
function tracers(count: number, literals: Set<string>): string[] {
  const out: string[] = [];
  for (let n = 0x0a0b0c; out.length < count; n += 0x000103) {
    const hex = `#${n.toString(16).padStart(6, '0')}`;
    if (!literals.has(hex)) out.push(hex);
  }
  return out;
}

export interface FastInput {
  file: string;
  htmlFile: string;
  cssFile: string;
  designText: string;
  html: string;
  css: string;
  tokens: DesignTokens;
  /** The shared pieces the sheet is expected to end with (implementSite's cssTail): a hint, checked, never trusted. */
  cssTail?: readonly string[];
}

export interface FastResult {
  findings: Finding[];
  /** Checks that were answered by their full validator for this site (unprovable, or a failing shape or pair). */
  full: CheckName[];
}

/**
 * Verifies one site by shapes. `skip` names checks already proven for these exact bytes. The result's findings are
 * those `verifySite` would give for the same checks: shape results are used only when they prove a pass.
 */
export function verifyByShapes(input: FastInput, checkers: Checkers, cache: ShapeCache, skip: ReadonlySet<CheckName> = new Set()): FastResult {
  const findings: Finding[] = [];
  const full = new Set<CheckName>();
  const fallback = (check: CheckName) => {
    full.add(check);
    cache.stats.fallbacks += 1;
  };

  // DESIGN.md: the linter once per shape; per site the component pairs it checks (its contrast rule, 4.5:1).
  if (!skip.has('designmd')) {
    const ds = designShape(input.designText);
    let proven = false;
    if (ds.ok) {
      const key = keyOf('designmd', ds.shape);
      let entry = cache.get('design', key);
      if (!entry) {
        entry = { passed: designLintFindings(ds.shape, input.file, checkers.designLint).length === 0 };
        cache.set('design', key, entry);
      }
      proven = entry.passed && ds.pairs.every((p) => {
        const bg = ds.colors.get(p.background);
        const fg = ds.colors.get(p.text);
        const b = bg === undefined ? undefined : colorOf(bg);
        const f = fg === undefined ? undefined : colorOf(fg);
        // A margin keeps a rounding difference between two implementations of the ratio from deciding anything.
        return b !== undefined && f !== undefined && contrastRatio(b, f) >= 4.5 + 1e-6;
      });
    }
    if (!proven) {
      fallback('designmd');
      findings.push(...designLintFindings(input.designText, input.file, checkers.designLint));
    }
  }

  // HTML: html-validate once per shape; the tree shape's tree (same elements, ids and classes) serves structure and
  // contrast, parsed only when one of them has to look at it.
  const cs = cssShape(input.css, input.cssTail, cache.sheetScans);
  const hs = htmlShape(input.html);
  let tree: HtmlElement | undefined;
  const shapeTree = (shape: string): HtmlElement => {
    if (tree) return tree;
    const key = keyOf('html', shape);
    let entry = cache.get('html', key);
    if (!entry) {
      // A shape's findings are never placed (structure and contrast keep pass or fail, pairs, rule names): no lines.
      entry = { tree: parseHtmlTree(shape, { lines: false }) };
      cache.set('html', key, entry);
    }
    return (tree = entry.tree);
  };
  if (hs.ok) {
    // html-validate once per validity shape (the page shape with class names as stand-ins, when no rule reads
    // them); the tree, which structure and contrast match selectors against, once per page shape.
    const validity = checkers.htmlReadsClasses ? hs.shape : hs.validity;
    const vkey = keyOf('html-validity', validity);
    let valid = cache.get('validity', vkey);
    if (!valid && !skip.has('html')) {
      valid = { passed: htmlValidityFindings(validity, input.htmlFile, checkers.html).length === 0 };
      cache.set('validity', vkey, valid);
    }
    if (!skip.has('html') && !valid?.passed) {
      fallback('html');
      findings.push(...htmlValidityFindings(input.html, input.htmlFile, checkers.html));
    }
  } else if (!skip.has('html')) {
    fallback('html');
    findings.push(...htmlValidityFindings(input.html, input.htmlFile, checkers.html));
  }

  // CSS: the sheet's structure (values abstracted, its head of @font-face blocks apart) parsed once, each
  // @font-face block once; token use from the structure against this site's tokens.
  let cssEntry: CssEntry | undefined;
  let fontFacesPass = true;
  if (cs.ok) {
    for (const block of cs.fontFaces) {
      const fkey = keyOf('css-font-face', block);
      let f = cache.get('fontFace', fkey);
      if (!f) {
        f = { passed: parseCssChecked(block, input.cssFile).findings.length === 0 };
        cache.set('fontFace', fkey, f);
      }
      fontFacesPass &&= f.passed;
    }
    const key = keyOf('css', cs.structure);
    cssEntry = cache.get('css', key);
    if (!cssEntry) {
      const parsed = parseCssChecked(cs.structure, input.cssFile);
      const rules = interned(cssRulesOf(parsed.ast, cs.structure));
      const literals = new Set([...cs.structure.matchAll(/#[0-9a-fA-F]{6}\b/g)].map((m) => m[0].toLowerCase()));
      const selectors = contrastSelectors(rules);
      cssEntry = {
        passed: parsed.findings.length === 0,
        rules,
        paint: sharedSet(paintReachable(rules)),
        literals: sharedSet(literals),
        paintClasses: selectors.paintClasses && sharedSet(selectors.paintClasses),
        comparesStandIns: selectors.comparesStandIns,
        paintKey: paintKeyOf(rules),
        seesInsideDrawings: /:has\(|:empty/i.test(cs.structure),
      };
      cache.set('css', key, cssEntry);
    }
  }
  let realRules: CssRule[] | undefined;
  const realCss = () => {
    if (!realRules) {
      const parsed = parseCssChecked(input.css, input.cssFile);
      realRules = cssRulesOf(parsed.ast, input.css);
      return { rules: realRules, findings: parsed.findings };
    }
    return { rules: realRules, findings: [] };
  };
  // The insides of plain <svg> drawings are left out when the sheet has no selector that could see them (a CSS entry
  // exactly when the sheet has a shape).
  const dropSvg = cssEntry !== undefined && !cssEntry.seesInsideDrawings;
  const ts = hs.ok ? treeShape(hs, dropSvg) : undefined;
  // A failing @font-face block sends the sheet to the full path for every check that reads it.
  const cssProven = cssEntry?.passed === true && fontFacesPass;
  if (!skip.has('css') && !cssProven) {
    fallback('css');
    findings.push(...realCss().findings);
  }
  if (!skip.has('tokens')) {
    if (cssEntry && cssProven) findings.push(...tokenUsageFindings(input.tokens, cssEntry.rules, input.cssFile, input.file));
    else {
      fallback('tokens');
      findings.push(...tokenUsageFindings(input.tokens, realCss().rules, input.cssFile, input.file));
    }
  }

  // Structure once per (tree shape without class names or drawings, sections): it reads tags, ids and their order,
  // which neither changes. A pass holds for every page of that shape, whatever it fails is reported from the page
  // itself (with its own lines).
  if (!skip.has('structure')) {
    let proven = false;
    if (hs.ok) {
      const bare = treeShape(hs, true, NO_CLASSES);
      const key = keyOf('structure', bare, JSON.stringify(input.tokens.wdm.sections));
      let entry = cache.get('structure', key);
      if (!entry) {
        const root = bare === ts ? shapeTree(ts) : parseHtmlTree(bare, { lines: false });
        entry = { passed: structureFindings(root, input.tokens.wdm.sections, input.htmlFile, input.file).length === 0 };
        cache.set('structure', key, entry);
      }
      proven = entry.passed;
    }
    if (!proven) {
      fallback('structure');
      findings.push(...structureFindings(parseHtmlTree(input.html), input.tokens.wdm.sections, input.htmlFile, input.file));
    }
  }

  // Contrast: the pairs the cascade produces are a property of the shapes; their ratios are arithmetic per site.
  if (!skip.has('contrast')) {
    let proven = false;
    if (hs.ok && ts !== undefined && cs.ok && cssEntry && cssProven && !cssEntry.comparesStandIns) {
      // The key's tree leaves out the classes no colour rule names; the pairs are found on the page's own tree.
      const key = treeShape(hs, dropSvg, cssEntry.paintClasses);
      const entry = contrastShape(key, cs.values, input.css, cssEntry, () => shapeTree(ts), input.htmlFile, input.cssFile, cache);
      if (entry.pairs && !entry.failed) {
        const value = (side: number | Rgba): Rgba | undefined => {
          if (typeof side !== 'number') return side;
          const v = cs.values[side]?.value;
          return v !== undefined && HEX6.test(v) ? colorOf(v) : undefined;
        };
        proven = entry.pairs.every((p) => {
          const fg = value(p.fg);
          const bg = value(p.bg);
          return fg !== undefined && bg !== undefined && contrastRatio(fg, bg) + 1e-9 >= p.target;
        });
      }
    }
    if (!proven) {
      fallback('contrast');
      findings.push(...contrastFindings({ root: parseHtmlTree(input.html), rules: realCss().rules, htmlFile: input.htmlFile, cssFile: input.cssFile }));
    }
  }
  return { findings, full: [...full] };
}

/**
 * A sheet's rules with its custom property declarations given other values: `values` are the sheet's custom
 * property declarations in source order (as cssShape lists them), `replacement` the new value of some of them by
 * index; the others keep theirs. Undefined when the rules' custom properties are not exactly that list in that
 * order (one inside an at-rule the model skips, say): the caller then parses the sheet itself.
 */
export function retrace(rules: readonly CssRule[], values: readonly { name: string; value: string }[], replacement: ReadonlyMap<number, string>): CssRule[] | undefined {
  const custom: CssDeclaration[] = [];
  for (const r of rules) for (const d of r.declarations) if (d.property.startsWith('--')) custom.push(d);
  custom.sort((a, b) => a.order - b.order);
  if (custom.length !== values.length) return undefined;
  const valueOf = new Map<CssDeclaration, string>();
  for (let i = 0; i < custom.length; i++) {
    const d = custom[i] as CssDeclaration;
    const v = values[i] as { name: string; value: string };
    if (d.property !== v.name) return undefined;
    valueOf.set(d, replacement.get(i) ?? v.value);
  }
  // A rule without custom property declarations is the same rule (nothing changes a rule once made).
  return rules.map((r) => (r.declarations.some((d) => valueOf.has(d)) ? { ...r, declarations: r.declarations.map((d) => (valueOf.has(d) ? { ...d, value: valueOf.get(d) as string } : d)) } : r));
}

/**
 * The contrast check run once per (page shape, sheet with each paint-relevant colour declaration given its own
 * tracer colour): every pair it compares whose colours are tracers or constants, uncomposited, becomes a pair of
 * declaration indices; anything else leaves the shape without pairs (each of its sites then gets the full check).
 */
/** A pair side as text: a declaration index, or a constant colour with its exact channels (no rounding merges two). */
function sideKey(side: number | Rgba): string {
  return typeof side === 'number' ? String(side) : `${side.r},${side.g},${side.b},${side.a}`;
}

function contrastShape(
  treeShape: string,
  values: readonly { name: string; value: string }[],
  css: string,
  cssEntry: CssEntry,
  tree: () => HtmlElement,
  htmlFile: string,
  cssFile: string,
  cache: ShapeCache,
): ContrastEntry {
  const colorIndex: number[] = [];
  const parts: string[] = [];
  values.forEach((v, i) => {
    if (!cssEntry.paint.has(v.name)) parts.push(`${v.name}=~`);
    else if (HEX6.test(v.value)) {
      colorIndex.push(i);
      parts.push(`${v.name}=#`);
    } else parts.push(`${v.name}=${v.value}`);
  });
  // What the check reads of the sheet's structure is part of the key: a rule's literal colour or selector changes the
  // pairs, not the values; a rule that sets only layout changes neither.
  const key = keyOf('contrast', treeShape, cssEntry.paintKey, ...parts);
  const hit = cache.get('contrast', key);
  if (hit) return hit;
  const trace = tracers(colorIndex.length, cssEntry.literals);
  const byTracer = new Map<string, number>();
  const replacement = new Map<number, string>();
  colorIndex.forEach((index, k) => {
    byTracer.set(trace[k] as string, index);
    replacement.set(index, trace[k] as string);
  });
  // The sheet with tracers, and every value no paint declaration reads kept as it is (it cannot change a pair).
  // The traced sheet differs from the parsed structure only in custom property values: its rules are the
  // structure's with those values put back (a second parse only when the two do not line up).
  let rules = retrace(cssEntry.rules, values, replacement);
  let symbolic = true;
  if (!rules) {
    let n = 0;
    const traced = css.replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(--[A-Za-z0-9_-]+)(\s*:\s*)([^;{}]*?)(\s*)(?=[;}])/g, (all, name?: string, colon?: string, _v?: string, trail?: string) => {
      if (name === undefined) return all;
      const t = replacement.get(n++);
      return t === undefined ? all : `${name}${colon}${t}${trail}`;
    });
    const parsed = parseCssChecked(traced, cssFile);
    rules = cssRulesOf(parsed.ast, traced);
    symbolic = parsed.findings.length === 0;
  }
  const pairs: NonNullable<ContrastEntry['pairs']> = [];
  const side = (c: Rgba): number | Rgba => byTracer.get(hexOfRgba(c)) ?? c;
  // A page compares the same few pairs many times (~150 compared, ~26 distinct on word-built sites): each distinct
  // pair is kept once, which is all a pass needs (every pair at or above its target), and keeps an entry small.
  const seen = new Set<string>();
  const observe = (probe: ContrastProbe) => {
    const fg = side(probe.fg);
    const bg = side(probe.back);
    if (!probe.direct && (typeof fg === 'number' || typeof bg === 'number')) symbolic = false;
    const id = `${sideKey(fg)}|${sideKey(bg)}|${probe.target}`;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push(sharedPair(id, fg, bg, probe.target));
  };
  const shapeFindings = contrastFindings({ root: tree(), rules, htmlFile, cssFile, observe, unprovableOnly: true });
  // Findings on the shape that involve no tracer (an image background, an unprovable selector, two constants) hold
  // for every site of the shape; findings between tracers say nothing about real colours and are not even made
  // (a failing pair of two constants is judged from the pairs).
  const constantFailure = pairs.some((p) => typeof p.fg !== 'number' && typeof p.bg !== 'number' && contrastRatio(p.fg, p.bg) + 1e-9 < p.target);
  const unprovable = shapeFindings.some((f) => f.rule === 'contrast/unprovable-background' || f.rule === 'contrast/unprovable-selector');
  const entry: ContrastEntry = { pairs: symbolic ? pairs : undefined, failed: constantFailure || unprovable };
  cache.set('contrast', key, entry);
  return entry;
}
