// Matches compiled selectors against the element tree, with a chosen interaction state (hover, focus) on one element.
import type { CompiledSelector, Compound } from './css-model.js';
import type { HtmlElement } from './html-tree.js';

/** Which element is hovered or focused while the cascade is computed (none: the resting page). */
export interface InteractionState {
  element: HtmlElement | undefined;
  kind: 'hover' | 'focus' | undefined;
}

export const RESTING: InteractionState = { element: undefined, kind: undefined };

function isAncestorOrSelf(candidate: HtmlElement, of: HtmlElement | undefined): boolean {
  for (let e = of; e; e = e.parent) if (e === candidate) return true;
  return false;
}

function stateMatches(name: string, e: HtmlElement, state: InteractionState): boolean {
  switch (name) {
    case 'hover':
      return state.kind === 'hover' && isAncestorOrSelf(e, state.element);
    case 'active':
      return false;
    case 'focus':
    case 'focus-visible':
      return state.kind === 'focus' && state.element === e;
    case 'focus-within':
      return state.kind === 'focus' && isAncestorOrSelf(e, state.element);
    case 'link':
    case 'any-link':
      return (e.tag === 'a' || e.tag === 'area') && e.attrs.has('href');
    default:
      return false;
  }
}

function elementSiblings(e: HtmlElement): HtmlElement[] {
  return e.parent ? e.parent.children : [e];
}

function structuralMatches(name: string, e: HtmlElement): boolean {
  const sibs = elementSiblings(e);
  const same = sibs.filter((s) => s.tag === e.tag);
  switch (name) {
    case 'root':
      return e.tag === 'html' && e.parent?.tag === '#document';
    case 'first-child':
      return sibs[0] === e;
    case 'last-child':
      return sibs[sibs.length - 1] === e;
    case 'only-child':
      return sibs.length === 1;
    case 'first-of-type':
      return same[0] === e;
    case 'last-of-type':
      return same[same.length - 1] === e;
    case 'only-of-type':
      return same.length === 1;
    case 'empty':
      return e.children.length === 0 && e.text === '';
    default:
      return false;
  }
}

function nthMatches(name: string, a: number, b: number, e: HtmlElement): boolean {
  let sibs = elementSiblings(e);
  if (name.endsWith('of-type')) sibs = sibs.filter((s) => s.tag === e.tag);
  if (name.startsWith('nth-last')) sibs = [...sibs].reverse();
  const n = sibs.indexOf(e) + 1;
  if (a === 0) return n === b;
  const k = (n - b) / a;
  return Number.isInteger(k) && k >= 0;
}

function attrMatches(attr: Compound['attrs'][number], e: HtmlElement): boolean {
  const v = e.attrs.get(attr.name);
  if (v === undefined) return false;
  if (attr.matcher === null || attr.value === null) return true;
  const want = attr.value;
  switch (attr.matcher) {
    case '=':
      return v === want;
    case '~=':
      return v.split(/\s+/).includes(want);
    case '|=':
      return v === want || v.startsWith(`${want}-`);
    case '^=':
      return want !== '' && v.startsWith(want);
    case '$=':
      return want !== '' && v.endsWith(want);
    case '*=':
      return want !== '' && v.includes(want);
    default:
      return false;
  }
}

export function compoundMatches(c: Compound, e: HtmlElement, state: InteractionState): boolean {
  if (c.tag !== undefined && c.tag !== e.tag) return false;
  if (c.id !== undefined && c.id !== e.id) return false;
  for (const cls of c.classes) if (!e.classes.has(cls)) return false;
  for (const attr of c.attrs) if (!attrMatches(attr, e)) return false;
  for (const p of c.pseudos) {
    switch (p.kind) {
      case 'state':
        if (!stateMatches(p.name, e, state)) return false;
        break;
      case 'structural':
        if (!structuralMatches(p.name, e)) return false;
        break;
      case 'nth':
        if (!nthMatches(p.name, p.a, p.b, e)) return false;
        break;
      case 'not':
        if (p.selectors.some((s) => selectorMatches(s, e, state))) return false;
        break;
      case 'unsupported':
        return false;
    }
  }
  return true;
}

function matchFrom(sel: CompiledSelector, index: number, e: HtmlElement, state: InteractionState): boolean {
  const compound = sel.compounds[index];
  if (!compound || !compoundMatches(compound, e, state)) return false;
  if (index === sel.compounds.length - 1) return true;
  const combinator = sel.combinators[index];
  switch (combinator) {
    case '>':
      return e.parent !== undefined && e.parent.tag !== '#document' && matchFrom(sel, index + 1, e.parent, state);
    case ' ':
      for (let p = e.parent; p && p.tag !== '#document'; p = p.parent) if (matchFrom(sel, index + 1, p, state)) return true;
      return false;
    case '+':
    case '~': {
      const sibs = elementSiblings(e);
      const at = sibs.indexOf(e);
      if (combinator === '+') return at > 0 && matchFrom(sel, index + 1, sibs[at - 1] as HtmlElement, state);
      for (let i = at - 1; i >= 0; i--) if (matchFrom(sel, index + 1, sibs[i] as HtmlElement, state)) return true;
      return false;
    }
    default:
      return false;
  }
}

export function selectorMatches(sel: CompiledSelector, e: HtmlElement, state: InteractionState): boolean {
  return matchFrom(sel, 0, e, state);
}

/** True when any compound of the selector uses a pseudo-class the matcher cannot evaluate. */
export function selectorUnsupported(sel: CompiledSelector): string | undefined {
  for (const c of sel.compounds) {
    for (const p of c.pseudos) {
      if (p.kind === 'unsupported') return p.name;
      if (p.kind === 'not') for (const s of p.selectors) {
        const inner = selectorUnsupported(s);
        if (inner) return inner;
      }
    }
  }
  return undefined;
}
