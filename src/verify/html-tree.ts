// The element tree of a page as a browser builds it (parse5: the WHATWG tree-construction algorithm, with implied
// end tags, implied html/head/body and misnested markup), reduced to what structure and contrast need.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export interface HtmlElement {
  tag: string;
  attrs: ReadonlyMap<string, string>;
  classes: ReadonlySet<string>;
  id: string | undefined;
  parent: HtmlElement | undefined;
  children: HtmlElement[];
  /** Non-whitespace text directly inside this element (not in its children), collapsed. */
  text: string;
  /** 1-based line of the start tag (of the first element of the source for an implied one). */
  line: number;
}

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

/** Elements whose text is never shown as text (the old hand-written parser skipped it too). */
const NO_TEXT = new Set(['script', 'style']);

function makeElement(tag: string, attrs: Map<string, string>, parent: HtmlElement | undefined, line: number): HtmlElement {
  const cls = attrs.get('class');
  const classes = new Set<string>();
  if (cls !== undefined) for (const c of cls.split(/[ \t\n\f\r]+/)) if (c !== '') classes.add(c);
  return { tag, attrs, classes, id: attrs.get('id'), parent, children: [], text: '', line };
}

function childNodesOf(node: P5Parent): P5Node[] {
  // A <template>'s children live in its content fragment; the page never shows them, but they are its markup.
  if ('content' in node && node.content) return node.content.childNodes;
  return node.childNodes;
}

/**
 * Parses the page as a browser would (parse5) into a synthetic `#document` root whose children are the page's
 * elements. html-validate judges well-formedness; this sees the structure a browser would build, so markup that
 * leans on implied end tags (`<li>`, `<p>`, `<td>` ...) is understood, not misread. `lines: false` leaves out the
 * start tags' lines (each element gets line 1).
 */
export function parseHtmlTree(html: string, options: { lines?: boolean } = {}): HtmlElement {
  // Source locations cost parse5 about twice the parse: a tree whose findings are never placed (a shape's) goes
  // without them, every element on line 1. The tree is the same either way.
  const doc = parse(html, { sourceCodeLocationInfo: options.lines ?? true });
  const root = makeElement('#document', new Map(), undefined, 1);
  const walk = (node: P5Parent, into: HtmlElement, fallbackLine: number): void => {
    for (const child of childNodesOf(node)) {
      if (child.nodeName === '#text') {
        if (NO_TEXT.has(into.tag)) continue;
        const t = (child as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ').trim();
        if (t !== '') into.text = into.text === '' ? t : `${into.text} ${t}`;
        continue;
      }
      if (!('tagName' in child)) continue; // comments and the doctype
      const element = child as DefaultTreeAdapterMap['element'];
      const attrs = new Map<string, string>();
      for (const a of element.attrs) if (!attrs.has(a.name)) attrs.set(a.name, a.value);
      const line = element.sourceCodeLocation?.startLine ?? fallbackLine;
      const e = makeElement(element.tagName, attrs, into, line);
      into.children.push(e);
      walk(element, e, line);
    }
  };
  walk(doc, root, 1);
  return root;
}

/** Every element in document order. */
export function allElements(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (e: HtmlElement) => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** `tag#id.class1.class2`, for messages. */
export function describeElement(e: HtmlElement): string {
  return `${e.tag}${e.id ? `#${e.id}` : ''}${[...e.classes].map((c) => `.${c}`).join('')}`;
}
