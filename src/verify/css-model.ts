// A stylesheet as plain rules: selectors (compiled for matching), declarations with lines, and their media context.
import { generate, type CssNode, type Rule, type Selector } from 'css-tree';
import { calculateForAST } from '@bramus/specificity/core';
import { matcherFor, STANDARD_PSEUDO_CLASSES, STATE_PSEUDO_CLASSES, type Matcher } from './selector-match.js';

export interface CompiledSelector {
  text: string;
  /** [ids, classes/attributes/pseudo-classes, types], with :is/:not/:has counting their most specific argument and :where nothing. */
  specificity: [number, number, number];
  /** The selector targets a pseudo-element (`::before`): its declarations never style the element itself. */
  pseudoElement: boolean;
  /** What the matcher cannot evaluate as a browser would (the selector then never matches); undefined when all is known. */
  unsupported: string | undefined;
  /** Its match depends on the interaction state (:hover, :focus ...). */
  stateful: boolean;
  /** The subject compound's most selective plain part (`#id`, `.class`, tag) for indexing; `*` when it has none. */
  key: string;
  /** css-select's compiled test; undefined when unsupported or a pseudo-element. */
  match: Matcher | undefined;
}

export interface CssDeclaration {
  /** Lower-cased, except custom properties, which are case-sensitive. */
  property: string;
  value: string;
  important: boolean;
  line: number;
  /** Source order across the whole sheet, for the cascade. */
  order: number;
}

export interface CssRule {
  selectors: CompiledSelector[];
  declarations: CssDeclaration[];
  /** Media query texts of the enclosing @media rules, outermost first. */
  media: string[];
  line: number;
  /** True when an enclosing at-rule is one the cascade does not model (@supports counts as true). */
  unmodelled: boolean;
}

/** CSS2 pseudo-elements may be written with one colon. */
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

/** Walks every node of a selector, functional pseudo-class arguments included. */
function eachNode(node: CssNode, visit: (n: CssNode) => void): void {
  visit(node);
  const children = (node as { children?: { forEach(fn: (c: CssNode) => void): void } | null }).children;
  if (children) children.forEach((c) => eachNode(c, visit));
  if (node.type === 'Nth' && node.selector) eachNode(node.selector, visit);
}

/** The subject compound's index key: its id, else its first class, else its tag (arguments of :is() and the like aside). */
function subjectKey(selector: Selector): string {
  let id: string | undefined;
  let cls: string | undefined;
  let tag: string | undefined;
  selector.children.forEach((node) => {
    if (node.type === 'Combinator') {
      id = cls = tag = undefined;
      return;
    }
    if (node.type === 'IdSelector') id ??= node.name;
    else if (node.type === 'ClassSelector') cls ??= node.name;
    else if (node.type === 'TypeSelector' && node.name !== '*' && !node.name.includes('|')) tag ??= node.name.toLowerCase();
  });
  return id !== undefined ? `#${id}` : cls !== undefined ? `.${cls}` : tag ?? '*';
}

const specificityMemo = new Map<string, CompiledSelector>();
const MEMO_LIMIT = 20_000;

/**
 * A selector of the sheet, compiled once per process by its text: css-select evaluates it (structural
 * pseudo-classes, :not, :is, :where, :has, attribute operators, combinators), @bramus/specificity weighs it.
 */
export function compileSelector(selector: CssNode): CompiledSelector {
  const text = generate(selector);
  const hit = specificityMemo.get(text);
  if (hit) return hit;
  let pseudoElement = selector.type !== 'Selector';
  let unsupported: string | undefined;
  let stateful = false;
  eachNode(selector, (node) => {
    if (node.type === 'PseudoElementSelector') pseudoElement = true;
    else if (node.type === 'PseudoClassSelector') {
      const name = node.name.toLowerCase();
      if (LEGACY_PSEUDO_ELEMENTS.has(name)) pseudoElement = true;
      else if (!STANDARD_PSEUDO_CLASSES.has(name)) unsupported ??= `:${name}`;
      if (STATE_PSEUDO_CLASSES.has(name)) stateful = true;
    } else if (node.type === 'NestingSelector') unsupported ??= '&';
    else if (node.type === 'TypeSelector' && node.name.includes('|')) unsupported ??= node.name;
  });
  let specificity: [number, number, number] = [0, 0, 0];
  let match: Matcher | undefined;
  if (!pseudoElement && selector.type === 'Selector') {
    const s = calculateForAST(selector).value;
    specificity = [s.a, s.b, s.c];
    if (unsupported === undefined) {
      const m = matcherFor(text);
      if (typeof m === 'function') match = m;
      else unsupported = m.error;
    }
  }
  const out: CompiledSelector = {
    text,
    specificity,
    pseudoElement,
    unsupported: pseudoElement ? undefined : unsupported,
    stateful,
    key: selector.type === 'Selector' ? subjectKey(selector) : '*',
    match,
  };
  if (specificityMemo.size >= MEMO_LIMIT) specificityMemo.clear();
  specificityMemo.set(text, out);
  return out;
}

export function compareSpecificity(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Collects every style rule of the sheet with its media context; source text slices keep values exact. */
export function cssRulesOf(ast: CssNode, css: string): CssRule[] {
  const rules: CssRule[] = [];
  let order = 0;
  const visit = (node: CssNode, media: string[], unmodelled: boolean, nested: boolean) => {
    if (node.type === 'StyleSheet' || node.type === 'Block') {
      node.children.forEach((child) => visit(child, media, unmodelled, nested));
      return;
    }
    if (node.type === 'Atrule') {
      if (!node.block) return;
      const name = node.name.toLowerCase();
      const prelude = node.prelude ? generate(node.prelude) : '';
      if (name === 'media') visit(node.block, [...media, prelude], unmodelled, nested);
      else if (name === 'supports' || name === 'layer') visit(node.block, media, unmodelled, nested);
      else visit(node.block, media, true, nested);
      return;
    }
    if (node.type !== 'Rule') return;
    const rule = node as Rule;
    const selectors: CompiledSelector[] = [];
    if (rule.prelude.type === 'SelectorList') {
      rule.prelude.children.forEach((s) => {
        const compiled = compileSelector(s);
        // A nested rule's selector is relative to its parent's: the matcher does not resolve nesting.
        selectors.push(nested ? { ...compiled, unsupported: 'a nested style rule', match: undefined } : compiled);
      });
    }
    const declarations: CssDeclaration[] = [];
    rule.block.children.forEach((d) => {
      if (d.type === 'Rule' || d.type === 'Atrule') {
        visit(d, media, unmodelled, true);
        return;
      }
      if (d.type !== 'Declaration') return;
      const loc = d.value.loc;
      const raw = loc ? css.slice(loc.start.offset, loc.end.offset) : generate(d.value);
      const property = d.property.startsWith('--') ? d.property : d.property.toLowerCase();
      declarations.push({ property, value: raw.trim(), important: d.important !== false, line: d.loc?.start.line ?? 0, order: order++ });
    });
    rules.push({ selectors, declarations, media, line: rule.loc?.start.line ?? 0, unmodelled });
  };
  visit(ast, [], false, false);
  return rules;
}

/** Every `var(--name)` referenced in a value, in order. */
export function varReferences(value: string): string[] {
  const out: string[] = [];
  // Most values reference nothing: no match can start without the literal text.
  if (!value.includes('var(')) return out;
  for (const m of value.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)) if (m[1]) out.push(m[1]);
  return out;
}

