// A small element tree of generated HTML: tags, attributes, direct text and source lines, for structure and contrast.

export interface HtmlElement {
  tag: string;
  attrs: ReadonlyMap<string, string>;
  classes: ReadonlySet<string>;
  id: string | undefined;
  parent: HtmlElement | undefined;
  children: HtmlElement[];
  /** Non-whitespace text directly inside this element (not in its children), collapsed. */
  text: string;
  /** 1-based line of the start tag. */
  line: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Enough entity decoding for attribute values and text excerpts in messages; not a full HTML decoder. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name === '' || attrs.has(name)) continue;
    attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function makeElement(tag: string, attrs: Map<string, string>, parent: HtmlElement | undefined, line: number): HtmlElement {
  const classes = new Set((attrs.get('class') ?? '').split(/\s+/).filter(Boolean));
  return { tag, attrs, classes, id: attrs.get('id'), parent, children: [], text: '', line };
}

/**
 * Builds the element tree the way a browser would for well-formed generated markup: end tags close the nearest
 * open element of that name, stray end tags are ignored. html-validate judges well-formedness; this only has to
 * see the structure the page intends. The returned root is a synthetic `#document` element.
 */
export function parseHtmlTree(html: string): HtmlElement {
  const root = makeElement('#document', new Map(), undefined, 1);
  const stack: HtmlElement[] = [root];
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (html.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const addText = (text: string) => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    const top = stack[stack.length - 1] as HtmlElement;
    if (t !== '') top.text = top.text === '' ? t : `${top.text} ${t}`;
  };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      addText(html.slice(pos));
      advance(html.length);
      break;
    }
    if (lt > pos) addText(html.slice(pos, lt));
    advance(lt);
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      advance(end === -1 ? html.length : end + 3);
      continue;
    }
    if (html[pos + 1] === '!' || html[pos + 1] === '?') {
      const end = html.indexOf('>', pos);
      advance(end === -1 ? html.length : end + 1);
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(pos, pos + 4096));
    if (!tag) {
      addText('<');
      advance(pos + 1);
      continue;
    }
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const startLine = line;
    advance(pos + tag[0].length);
    if (closing) {
      for (let i = stack.length - 1; i > 0; i--) {
        if ((stack[i] as HtmlElement).tag === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    const parent = stack[stack.length - 1] as HtmlElement;
    const element = makeElement(name, parseAttrs(tag[3] ?? ''), parent, startLine);
    parent.children.push(element);
    const selfClosed = /\/\s*$/.test(tag[3] ?? '');
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, pos);
      const stop = end === -1 ? html.length : end;
      if (name !== 'script' && name !== 'style') element.text = decodeEntities(html.slice(pos, stop)).replace(/\s+/g, ' ').trim();
      advance(stop);
      const close = html.indexOf('>', pos);
      advance(close === -1 ? html.length : close + 1);
      continue;
    }
    if (!VOID.has(name) && !selfClosed) stack.push(element);
  }
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
