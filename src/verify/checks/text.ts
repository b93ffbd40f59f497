// Helpers the site checks share: the page's elements (parsed once), an element's whole text, and the content words
// of a label or title.
import { allElements, parseHtmlTree, type HtmlElement } from '../html-tree.js';
import type { SiteCheckInput } from './index.js';

/** The page's elements: the shared parse when the caller gives one, else a parse of its own. */
export function elementsOf(input: SiteCheckInput): readonly HtmlElement[] {
  return input.elements ? input.elements() : allElements(parseHtmlTree(input.html));
}

/** The element's text with its descendants', in document order. */
export function textOf(e: HtmlElement): string {
  const parts: string[] = [];
  const walk = (n: HtmlElement): void => {
    if (n.text !== '') parts.push(n.text);
    for (const c of n.children) walk(c);
  };
  walk(e);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Words that say how to act, not what: a label's content words are what is left without them. */
const FUNCTION_WORDS = new Set(
  'a an the and or of for to in on at by with from our your my us me we you it its this that these those see view browse explore read get find take have make let start book order call send visit discover meet about all more now today here what who how why when where just new'.split(
    ' ',
  ),
);

/** Lower-case content words, each without a plural "s" (`See our rooms` → room). */
export function contentWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !FUNCTION_WORDS.has(w) && w.length > 1).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

export function ancestors(e: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (let p = e.parent; p; p = p.parent) out.push(p);
  return out;
}
