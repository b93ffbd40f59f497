// Selector matching with css-select over the element tree, with a chosen interaction state (hover, focus) on one
// element; each selector text is compiled once per process, so a layout's shared stylesheet is compiled once.
import { compile, type Options } from 'css-select';
import type { HtmlElement } from './html-tree.js';
import { remembered } from '../shared/memo.js';

/** Which element is hovered or focused while the cascade is computed (none: the resting page). */
export interface InteractionState {
  element: HtmlElement | undefined;
  kind: 'hover' | 'focus' | undefined;
}

export const RESTING: InteractionState = { element: undefined, kind: undefined };

/** The state the compiled selectors see: set around each match, so compiled functions can be shared. */
let current: InteractionState = RESTING;

function isAncestorOrSelf(candidate: HtmlElement, of: HtmlElement | undefined): boolean {
  for (let e = of; e; e = e.parent) if (e === candidate) return true;
  return false;
}

const isElement = (node: HtmlElement): node is HtmlElement => node.tag !== '#document';

function textOf(e: HtmlElement): string {
  let out = e.text;
  for (const c of e.children) out += textOf(c);
  return out;
}

/** css-select over HtmlElement: elements only (direct text is a property), the synthetic root is not a tag. */
const adapter: NonNullable<Options<HtmlElement, HtmlElement>['adapter']> = {
  isTag: isElement,
  getAttributeValue: (e, name) => e.attrs.get(name),
  getChildren: (e) => e.children,
  getName: (e) => e.tag,
  getParent: (e) => e.parent ?? null,
  getSiblings: (e) => (e.parent ? e.parent.children : [e]),
  prevElementSibling: (e) => {
    const sibs = e.parent?.children;
    if (!sibs) return null;
    const at = sibs.indexOf(e);
    return at > 0 ? (sibs[at - 1] as HtmlElement) : null;
  },
  getText: textOf,
  hasAttrib: (e, name) => e.attrs.has(name),
  removeSubsets: (nodes) => nodes.filter((n, i) => nodes.indexOf(n) === i && !nodes.some((m) => m !== n && isAncestorOrSelf(m, n.parent))),
  isHovered: (e) => current.kind === 'hover' && isAncestorOrSelf(e, current.element),
  isActive: () => false,
  isVisited: () => false,
};

const focused = (e: HtmlElement) => current.kind === 'focus' && current.element === e;

const OPTIONS: Options<HtmlElement, HtmlElement> = {
  adapter,
  xmlMode: false,
  // Results must not be remembered across interaction states or pages.
  cacheResults: false,
  pseudos: {
    focus: focused,
    'focus-visible': focused,
    'focus-within': (e) => current.kind === 'focus' && isAncestorOrSelf(e, current.element),
    target: () => false,
    // The tree keeps direct text as a property: an element is empty when it has no element child and no text.
    empty: (e) => e.children.length === 0 && e.text === '',
  },
};

/**
 * Pseudo-classes of the CSS specifications that the matcher evaluates as a browser's resting page (or the chosen
 * state) would. css-select also knows jQuery extensions (`:contains`, `:header` ...) that no browser does: a
 * selector using one, or anything else not listed, is reported as unprovable, never matched.
 */
export const STANDARD_PSEUDO_CLASSES: ReadonlySet<string> = new Set([
  'hover', 'focus', 'focus-visible', 'focus-within', 'active', 'visited', 'link', 'any-link', 'target',
  'root', 'empty', 'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type',
  'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'not', 'is', 'where', 'has',
  'checked', 'disabled', 'enabled', 'required', 'optional', 'read-only', 'read-write',
]);

/** Pseudo-classes whose match depends on the interaction state. */
export const STATE_PSEUDO_CLASSES: ReadonlySet<string> = new Set(['hover', 'focus', 'focus-visible', 'focus-within', 'active']);

export type Matcher = (e: HtmlElement) => boolean;

const compiled = new Map<string, Matcher | { error: string }>();
const COMPILED_LIMIT = 20_000;

/** The compiled matcher of a selector text, or why it cannot be compiled; memoised per process. */
export function matcherFor(selector: string): Matcher | { error: string } {
  return remembered(compiled, selector, COMPILED_LIMIT, (): Matcher | { error: string } => {
    try {
      const query = compile<HtmlElement, HtmlElement>(selector, OPTIONS);
      return (e: HtmlElement) => query(e);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** Whether `match` matches `e` with `state` in force. */
export function matchesIn(match: Matcher, e: HtmlElement, state: InteractionState): boolean {
  if (state === RESTING) return match(e);
  current = state;
  try {
    return match(e);
  } finally {
    current = RESTING;
  }
}
