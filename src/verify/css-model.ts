// A stylesheet as plain rules: selectors (compiled for matching), declarations with lines, and their media context.
import { generate, type CssNode, type Rule } from 'css-tree';

/** One compound selector (`a.button:hover`): what one element must satisfy. */
export interface Compound {
  tag: string | undefined;
  id: string | undefined;
  classes: string[];
  attrs: { name: string; matcher: string | null; value: string | null }[];
  /** Pseudo-classes with their argument: `hover`, `not` (a selector list), `nth-of-type` (an+b). */
  pseudos: Pseudo[];
}

export type Pseudo =
  | { kind: 'state'; name: string }
  | { kind: 'not'; selectors: CompiledSelector[] }
  | { kind: 'nth'; name: string; a: number; b: number }
  | { kind: 'structural'; name: string }
  | { kind: 'unsupported'; name: string };

export interface CompiledSelector {
  text: string;
  /** Right to left: compounds[0] is the subject; combinators[i] joins compounds[i] to compounds[i + 1]. */
  compounds: Compound[];
  combinators: string[];
  specificity: [number, number, number];
  /** The selector targets a pseudo-element (`::before`): its declarations never style the element itself. */
  pseudoElement: boolean;
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

const STATE_PSEUDOS = new Set(['hover', 'focus', 'focus-visible', 'focus-within', 'active', 'visited', 'link', 'any-link', 'target']);
const STRUCTURAL = new Set(['root', 'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'empty']);
const NTH = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
/** CSS2 pseudo-elements may be written with one colon. */
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

function anPlusB(node: CssNode): { a: number; b: number } | undefined {
  if (node.type === 'Identifier') {
    if (node.name === 'odd') return { a: 2, b: 1 };
    if (node.name === 'even') return { a: 2, b: 0 };
    return undefined;
  }
  if (node.type !== 'AnPlusB') return undefined;
  const a = node.a === null ? 0 : node.a === '-' ? -1 : node.a === '+' || node.a === '' ? 1 : Number(node.a);
  const b = node.b === null ? 0 : Number(node.b);
  return Number.isFinite(a) && Number.isFinite(b) ? { a, b } : undefined;
}

function emptyCompound(): Compound {
  return { tag: undefined, id: undefined, classes: [], attrs: [], pseudos: [] };
}

export function compileSelector(selector: CssNode): CompiledSelector {
  const compounds: Compound[] = [emptyCompound()];
  const combinators: string[] = [];
  const spec: [number, number, number] = [0, 0, 0];
  let pseudoElement = false;
  if (selector.type !== 'Selector') return { text: generate(selector), compounds, combinators, specificity: spec, pseudoElement: true };
  selector.children.forEach((node) => {
    const current = compounds[compounds.length - 1] as Compound;
    switch (node.type) {
      case 'TypeSelector':
        if (node.name !== '*') {
          current.tag = node.name.toLowerCase();
          spec[2]++;
        }
        break;
      case 'IdSelector':
        current.id = node.name;
        spec[0]++;
        break;
      case 'ClassSelector':
        current.classes.push(node.name);
        spec[1]++;
        break;
      case 'AttributeSelector': {
        const value = node.value === null ? null : node.value.type === 'String' ? node.value.value : node.value.name;
        current.attrs.push({ name: node.name.name.toLowerCase(), matcher: node.matcher, value });
        spec[1]++;
        break;
      }
      case 'PseudoElementSelector':
        pseudoElement = true;
        spec[2]++;
        break;
      case 'PseudoClassSelector': {
        const name = node.name.toLowerCase();
        if (LEGACY_PSEUDO_ELEMENTS.has(name)) {
          pseudoElement = true;
          spec[2]++;
        } else if (name === 'not' || name === 'is' || name === 'where') {
          const inner: CompiledSelector[] = [];
          node.children?.forEach((child) => {
            if (child.type === 'SelectorList') child.children.forEach((s) => void inner.push(compileSelector(s)));
          });
          if (name === 'not') current.pseudos.push({ kind: 'not', selectors: inner });
          else current.pseudos.push({ kind: 'unsupported', name });
          if (name !== 'where') {
            const max = inner.reduce<[number, number, number]>((m, s) => (compareSpecificity(s.specificity, m) > 0 ? s.specificity : m), [0, 0, 0]);
            spec[0] += max[0];
            spec[1] += max[1];
            spec[2] += max[2];
          }
        } else if (NTH.has(name)) {
          let parsed: { a: number; b: number } | undefined;
          node.children?.forEach((child) => {
            if (child.type === 'Nth' && child.selector === null) parsed = anPlusB(child.nth);
          });
          current.pseudos.push(parsed ? { kind: 'nth', name, ...parsed } : { kind: 'unsupported', name });
          spec[1]++;
        } else if (STRUCTURAL.has(name)) {
          current.pseudos.push({ kind: 'structural', name });
          spec[1]++;
        } else if (STATE_PSEUDOS.has(name)) {
          current.pseudos.push({ kind: 'state', name });
          spec[1]++;
        } else {
          current.pseudos.push({ kind: 'unsupported', name });
          spec[1]++;
        }
        break;
      }
      case 'Combinator':
        combinators.push(node.name === ' ' || node.name === '' ? ' ' : node.name);
        compounds.push(emptyCompound());
        break;
      default:
        // NestingSelector and anything newer: unmodelled, so the selector never claims to match.
        current.pseudos.push({ kind: 'unsupported', name: node.type });
    }
  });
  compounds.reverse();
  combinators.reverse();
  return { text: generate(selector), compounds, combinators, specificity: spec, pseudoElement };
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
  const visit = (node: CssNode, media: string[], unmodelled: boolean) => {
    if (node.type === 'StyleSheet' || node.type === 'Block') {
      node.children.forEach((child) => visit(child, media, unmodelled));
      return;
    }
    if (node.type === 'Atrule') {
      if (!node.block) return;
      const name = node.name.toLowerCase();
      const prelude = node.prelude ? generate(node.prelude) : '';
      if (name === 'media') visit(node.block, [...media, prelude], unmodelled);
      else if (name === 'supports' || name === 'layer') visit(node.block, media, unmodelled);
      else visit(node.block, media, true);
      return;
    }
    if (node.type !== 'Rule') return;
    const rule = node as Rule;
    const selectors: CompiledSelector[] = [];
    if (rule.prelude.type === 'SelectorList') rule.prelude.children.forEach((s) => void selectors.push(compileSelector(s)));
    const declarations: CssDeclaration[] = [];
    rule.block.children.forEach((d) => {
      if (d.type !== 'Declaration') return;
      const loc = d.value.loc;
      const raw = loc ? css.slice(loc.start.offset, loc.end.offset) : generate(d.value);
      const property = d.property.startsWith('--') ? d.property : d.property.toLowerCase();
      declarations.push({ property, value: raw.trim(), important: d.important !== false, line: d.loc?.start.line ?? 0, order: order++ });
    });
    rules.push({ selectors, declarations, media, line: rule.loc?.start.line ?? 0, unmodelled });
  };
  visit(ast, [], false);
  return rules;
}

/** Every `var(--name)` referenced in a value, in order. */
export function varReferences(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)) if (m[1]) out.push(m[1]);
  return out;
}

