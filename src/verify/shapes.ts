// The shape of a site's files: what is the same for every site of its layout, with the values that vary per site
// (escaped text, URLs, token values, front-matter scalars, prose) replaced by stand-ins of their class. Each
// function also says when the file is outside what a shape can stand for; the caller then verifies it in full.
import { splitFrontMatter, type SplitDesign } from '../implement/front-matter.js';

/** Why a file has no shape (it is then checked by the full validators), or its shape and per-site values. */
export type Shaped<T> = { ok: true } & T | { ok: false; reason: string };

// Handlebars' escapes included (`=` as &#x3D;, a backtick as &#x60;): a URL's query reaches the page that way.
const ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#39|#x27|#160|#xa0|#x3d|#x60);/gi;
const NAMED_DECODE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&nbsp;': '\u00a0', '&#39;': "'", '&#x27;': "'", '&#160;': '\u00a0', '&#xa0;': '\u00a0', '&#x3d;': '=', '&#x60;': '`' };

/**
 * Text that can stand in a slot: one line, no markup characters, `&` only in the few character references the
 * implementation writes, nothing invisible. Anything else goes to the full validators.
 */
function ordinary(raw: string): string | undefined {
  if (/[\n\r<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(raw)) return undefined;
  const stripped = raw.replace(ENTITY, '');
  if (stripped.includes('&')) return undefined;
  return raw.replace(ENTITY, (m) => NAMED_DECODE[m.toLowerCase()] ?? m);
}

/** Attributes whose values are free text: abstracted to their emptiness. */
const TEXT_ATTRS = new Set(['alt', 'title', 'placeholder', 'aria-description']);
/** Attributes whose values are URLs: abstracted to their scheme (fragment links stay: they point at ids). */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTR = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);
const NAMING_ATTRS = new Set(['aria-label', 'aria-labelledby', 'aria-describedby', 'id', 'for', 'name', 'value', 'label']);
/** html-validate's long-title limit: a <title> longer than this is reported, so its length class is kept. */
const TITLE_LIMIT = 70;

export interface HtmlShape {
  shape: string;
  /**
   * The shape with each class attribute's tokens replaced by stand-ins numbered by first appearance in that
   * attribute (equal tokens stay equal, so a duplicate class still shows): what html-validate reads of a page when
   * no rule reads class names (`class-pattern` off, as in html-validate:recommended). Pages that differ only in the
   * variant classes of their composition share it. The insides of an <svg> holding only plain drawing elements in
   * the plain form (PLAIN_DRAWING_TAG) are left out: pages that differ only in their icons share it too.
   */
  validity: string;
  /**
   * The shape with every text run as `x` (what structure and contrast read of a text is whether there is one), so
   * pages whose texts differ in pattern share it.
   */
  tree: string;
  /**
   * Spans of `tree` that are the insides of an <svg> holding only plain drawing elements (g, path, circle, rect ...)
   * with no id, no text and no comment, closed in order. Nothing outside an <svg> can see its insides but a `:has()`
   * of an ancestor or an `:empty` (contrast skips everything inside an <svg>, structure reads ids, headings and
   * landmarks): `treeShape` leaves them out when the sheet has neither.
   */
  svgInsides: [number, number][];
  /** Spans of `tree` that are the values of class attributes (found by the same attribute reading as the rest). */
  classValues: [number, number][];
}

const SVG_DRAWING = new Set(['g', 'path', 'circle', 'rect', 'ellipse', 'line', 'polyline', 'polygon']);

/**
 * A drawing element's tag in the plain form the icon sets are written in: lower-case names, one space before each
 * attribute, double-quoted values with no markup character or line break. html-validate's parser discards the body
 * of an <svg> (its <title> and <desc> aside), and of what it discards only the tokens reach a rule (attr-delimiter
 * and attr-spacing read them); tags of this form give those rules nothing to report, so the validity shape leaves a
 * body of nothing else out.
 */
const PLAIN_DRAWING_TAG = /^<(?:(?:g|path|circle|rect|ellipse|line|polyline|polygon)(?: [a-z][a-z0-9-]*="[^"<>&\r\n]*")* ?\/?|\/(?:g|path|circle|rect|ellipse|line|polyline|polygon))>$/;

/**
 * The page's tree shape, with the insides of its plain <svg> drawings left out when `dropSvg`, and, when `keepClasses`
 * is given, each class attribute holding only the classes in it (in their order).
 */
export function treeShape(shape: HtmlShape, dropSvg: boolean, keepClasses?: ReadonlySet<string>): string {
  const cuts: { start: number; end: number; text: string }[] = [];
  if (dropSvg) for (const [start, end] of shape.svgInsides) cuts.push({ start, end, text: '' });
  if (keepClasses) {
    for (const [start, end] of shape.classValues) {
      const value = shape.tree.slice(start, end);
      const kept = value.split(/[ \t\n\f\r]+/).filter((c) => c !== '' && keepClasses.has(c)).join(' ');
      if (kept !== value) cuts.push({ start, end, text: kept });
    }
  }
  if (cuts.length === 0) return shape.tree;
  cuts.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue; // a class inside a drawing already left out
    out += shape.tree.slice(at, cut.start) + cut.text;
    at = cut.end;
  }
  return out + shape.tree.slice(at);
}

function classStandIns(value: string): string {
  const ids = new Map<string, number>();
  return value.replace(/[^\s]+/g, (token) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return `c${id}`;
  });
}

function urlStandIn(value: string): string {
  if (value === '' || value.startsWith('#')) return value;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(value)?.[0];
  if (scheme) return `${scheme.toLowerCase()}x`;
  return value.startsWith('//') ? '//x' : 'x';
}

/**
 * Distinct texts of a page get distinct stand-ins and equal texts equal ones (rules compare them: a landmark's name
 * must be unique), numbered by first appearance, so pages whose texts repeat in the same pattern share a shape.
 */
class TextClasses {
  private readonly ids = new Map<string, number>();

  standIn(text: string, inTitle: boolean): string {
    const norm = text.replace(/\s+/g, ' ').trim().toLowerCase();
    let id = this.ids.get(norm);
    if (id === undefined) this.ids.set(norm, (id = this.ids.size));
    // html-validate reads link text for spaces and hyphens (tel-non-breaking), a <title> for its length.
    const base = `x${id}x`;
    if (inTitle) return text.length > TITLE_LIMIT ? base.padEnd(TITLE_LIMIT + 1, 'x') : base;
    return `${base}${/[ \t]/.test(text) ? ' x' : ''}${text.includes('-') ? '-x' : ''}`;
  }
}

/**
 * The page with each text run and each free-text or URL attribute value replaced by a stand-in of its class. The
 * stand-ins keep every line break where it was (so findings on the shape name the lines of the page), emptiness,
 * a <title>'s length class, spaces and hyphens, URL schemes and fragment links, and every other attribute verbatim.
 * A page with text equal to one of its verbatim attribute values (a label naming an aria-label) has no shape: rules
 * compare them.
 */
export function htmlShape(html: string): Shaped<HtmlShape> {
  let out = '';
  let vout = '';
  let tout = '';
  const emit = (text: string, validity = text, tree = text) => {
    out += text;
    vout += validity;
    tout += tree;
  };
  const svgInsides: [number, number][] = [];
  const classValues: [number, number][] = [];
  /** The <svg> being read: where its insides start in `tout`, whether they are plain drawing, the open elements. */
  let svg: { start: number; plain: boolean; open: string[]; vstart: number; plainTags: boolean } | undefined;
  let pos = 0;
  let open: string | undefined;
  const verbatim = new Set<string>();
  const texts: string[] = [];
  const classes = new TextClasses();
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const end = lt === -1 ? html.length : lt;
    if (end > pos) {
      const run = html.slice(pos, end);
      // The run as leading blanks, text and trailing blanks (trim's white space is the regular expressions' \s).
      const inner = run.trim();
      if (inner === '') {
        if (svg && !/^[ \t\r\n]*$/.test(run)) svg.plainTags = false;
        emit(run);
      }
      else {
        const text = ordinary(inner);
        if (text === undefined) return { ok: false, reason: `text ${JSON.stringify(inner.slice(0, 40))} is not plain escaped text` };
        texts.push(text.trim());
        if (svg) svg.plain = false;
        const lead = run.slice(0, run.length - run.trimStart().length);
        const trail = run.slice(run.trimEnd().length);
        emit(`${lead}${classes.standIn(text, open === 'title')}${trail}`, undefined, `${lead}x${trail}`);
      }
      pos = end;
      continue;
    }
    if (html.startsWith('<!--', pos)) {
      const close = html.indexOf('-->', pos + 4);
      if (close === -1) return { ok: false, reason: 'an unclosed comment' };
      if (svg) svg.plain = false;
      emit(html.slice(pos, close + 3));
      pos = close + 3;
      continue;
    }
    if (html.charCodeAt(pos + 1) === 0x21 && /^<!doctype[^>]*>/i.test(html.slice(pos, pos + 64))) {
      const close = html.indexOf('>', pos);
      emit(html.slice(pos, close + 1));
      pos = close + 1;
      continue;
    }
    TAG.lastIndex = pos;
    const tag = TAG.exec(html);
    if (!tag) return { ok: false, reason: `markup at offset ${pos} that is not a plain tag` };
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const attrs = tag[3] ?? '';
    let rebuilt = attrs;
    let vrebuilt = attrs;
    if (!closing && attrs !== '') {
      const isDescription = name === 'meta' && /\sname\s*=\s*["']?description["'\s>]/i.test(attrs);
      let bad: string | undefined;
      // One pass over the attributes gives the page shape's (text and URL values as stand-ins), the validity shape's
      // (that, with class values as numbered stand-ins) and where each class value lands in the tree shape (after
      // `<`, the name, and the attributes before it). A stand-in holds no quote, `=`, `<`, `>` or (for an unquoted
      // value) space, so the attributes read off the page are those of the shape, class values the same bytes.
      const base = tout.length + 1 + (tag[2] ?? '').length;
      /** Length added to the attributes so far by stand-ins: a match at `offset` in `attrs` is at `offset + grown` in `rebuilt`. */
      let grown = 0;
      let classEdits: { at: number; length: number; text: string }[] | undefined;
      const attribute = (all: string, space: string, attrName: string, eq: string | undefined, dq: string | undefined, sq: string | undefined, bare: string | undefined, offset: number): string => {
        if (eq === undefined) return all;
        const raw = dq ?? sq ?? bare ?? '';
        const lower = attrName.toLowerCase();
        const kind = TEXT_ATTRS.has(lower) || (isDescription && lower === 'content') ? 'text' : URL_ATTRS.has(lower) ? 'url' : 'verbatim';
        if (kind === 'verbatim') {
          // Values rules compare with text: accessible names and the ids and names they point at.
          if (raw !== '' && NAMING_ATTRS.has(lower)) verbatim.add(raw);
          if (lower === 'class') {
            const start = offset + grown + all.length - raw.length - (dq !== undefined || sq !== undefined ? 1 : 0);
            classValues.push([base + start, base + start + raw.length]);
            (classEdits ??= []).push({ at: start, length: raw.length, text: classStandIns(raw) });
          }
          return all;
        }
        const value = ordinary(raw);
        if (value === undefined) {
          bad ??= `${attrName}=${JSON.stringify(raw.slice(0, 40))} is not plain escaped text`;
          return all;
        }
        if (kind === 'text') texts.push(value.trim());
        const standIn = kind === 'url' ? urlStandIn(value) : value === '' ? '' : classes.standIn(value, false);
        // The value's own delimiter is kept: html-validate's attr-quotes reads it.
        const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
        const replaced = `${space}${attrName}${eq}${quote}${standIn}${quote}`;
        grown += replaced.length - all.length;
        return replaced;
      };
      // attrs.replace(ATTR, attribute) as a loop (the same matches and pieces): a replace with a callback cost more
      // than the work it does here, on the ~200 tags of a page.
      rebuilt = '';
      let last = 0;
      ATTR.lastIndex = 0;
      for (let m = ATTR.exec(attrs); m !== null; m = ATTR.exec(attrs)) {
        rebuilt += attrs.slice(last, m.index) + attribute(m[0], m[1] as string, m[2] as string, m[3], m[4], m[5], m[6], m.index);
        last = m.index + m[0].length;
      }
      rebuilt += attrs.slice(last);
      if (bad !== undefined) return { ok: false, reason: bad };
      vrebuilt = rebuilt;
      if (classEdits !== undefined) {
        let v = '';
        let at = 0;
        for (const edit of classEdits) {
          v += rebuilt.slice(at, edit.at) + edit.text;
          at = edit.at + edit.length;
        }
        vrebuilt = v + rebuilt.slice(at);
      }
    }
    const rest = html.slice(pos + 1 + (tag[1] ?? '').length + (tag[2] ?? '').length + attrs.length, TAG.lastIndex);
    const selfClosing = tag[4] === '/';
    if (svg) {
      if (closing && name === 'svg' && svg.open.length === 0) {
        if (svg.plain) svgInsides.push([svg.start, tout.length]);
        // html-validate reads nothing of a plain drawing written in the plain form: the validity shape goes without it.
        if (svg.plain && svg.plainTags) vout = vout.slice(0, svg.vstart);
        svg = undefined;
      } else {
        if (!SVG_DRAWING.has(name) || /(^|\s)id\s*=/i.test(attrs)) svg.plain = false;
        if (!PLAIN_DRAWING_TAG.test(html.slice(pos, TAG.lastIndex))) svg.plainTags = false;
        if (closing) {
          if (svg.open.pop() !== name) svg.plain = false;
        } else if (!selfClosing) svg.open.push(name);
      }
    } else if (!closing && name === 'svg' && !selfClosing) svg = { start: -1, plain: true, open: [], vstart: -1, plainTags: true };
    emit(`<${tag[1]}${tag[2]}${rebuilt}${rest}`, `<${tag[1]}${tag[2]}${vrebuilt}${rest}`);
    pos = TAG.lastIndex;
    if (svg && svg.start === -1) {
      svg.start = tout.length;
      svg.vstart = vout.length;
    }
    if (closing) {
      if (open === name) open = undefined;
      continue;
    }
    open = name;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, pos);
      if (close === -1) return { ok: false, reason: `an unclosed <${name}>` };
      emit(html.slice(pos, close));
      pos = close;
    }
  }
  for (const t of texts) if (t !== '' && verbatim.has(t)) return { ok: false, reason: `text ${JSON.stringify(t.slice(0, 40))} equals an attribute value` };
  for (const v of verbatim) if (/^x\d+x/.test(v)) return { ok: false, reason: `attribute value ${JSON.stringify(v.slice(0, 40))} looks like a stand-in` };
  return { ok: true, shape: out, validity: vout, tree: tout, svgInsides, classValues };
}

export interface CssShape {
  /**
   * The sheet after its head (below) with every custom property value replaced by its var() references (`v` when
   * it has none).
   */
  structure: string;
  /**
   * The @font-face blocks of the sheet's head: the run of whole-line comments and @font-face blocks a sheet starts
   * with, peeled off the structure (pages of one composition differ in their fonts' families, files and count).
   * Each block is one top-level rule of the strict emitted form (one declaration a line, no comment, escape, brace
   * or unclosed string inside), so the tokenizer leaves it as it entered it: the sheet parses without errors exactly
   * when each block and the structure do. Nothing in a head reaches the cascade (an @font-face rule has no
   * selectors), so the structure's rules are the sheet's, their lines aside.
   */
  fontFaces: string[];
  /** Each custom property declaration in order: name and value. */
  values: readonly { readonly name: string; readonly value: string }[];
}

/** Comments, strings, and custom property declarations (`--name: value` up to `;` or `}`). */
const CSS_TOKEN = /\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(--[A-Za-z0-9_-]+)(\s*:\s*)([^;{}]*?)(\s*)(?=[;}])/g;
/** A value that cannot change how the rest of the sheet parses: no braces, semicolons, escapes, comments or `!`. */
const SAFE_VALUE = /^(?:[^;{}\\!"'/\n\r]|\/(?!\*)|'[^'\\\n;{}]*'|"[^"\\\n;{}]*")*$/;

const HEAD_COMMENT = /[ \t]*\/\*(?:[^*]|\*(?!\/))*\*\/[ \t]*\n/y;
const HEAD_FONT_FACE = /@font-face \{\n(?: {2}[a-z][a-z-]*: (?:[^{}[\];\\*"'\n]|'[^'\n\\{}[\]*;]*'|"[^"\n\\{}[\]*;]*")+;\n)+\}\n/y;
const HEAD_BLANK = /[ \t]*\n/y;

/** Where the sheet's head of whole-line comments and strict @font-face blocks ends, and its blocks. */
function sheetHead(css: string): { end: number; fontFaces: string[] } {
  const fontFaces: string[] = [];
  let pos = 0;
  for (;;) {
    let matched = false;
    for (const re of [HEAD_COMMENT, HEAD_FONT_FACE, HEAD_BLANK]) {
      re.lastIndex = pos;
      const m = re.exec(css);
      if (!m) continue;
      if (re === HEAD_FONT_FACE) {
        // An unclosed function or url( would run on into the rest of the sheet: every line closes what it opens.
        if (!m[0].split('\n').every(balanced)) return { end: pos, fontFaces };
        fontFaces.push(m[0]);
      }
      pos = re.lastIndex;
      matched = true;
      break;
    }
    if (!matched) return { end: pos, fontFaces };
  }
}

/** What the custom-property scan finds in a text: the text with each value replaced, the values, the first bad one. */
export interface SheetScan {
  structure: string;
  values: readonly { readonly name: string; readonly value: string }[];
  /** Why the first value that is not plain is not (the sheet then has no shape). */
  bad: string | undefined;
  /**
   * The scan of this text followed by any other finds here exactly what it finds in this text alone, and then starts
   * afresh on what follows. True when the text ends in a newline (CSS_TOKEN's strings stop at one), no `/*` starts
   * where the scan found no token (a comment left open), and no `--` does after the text's last `;`, `{` or `}` (a
   * custom property left open: its name, colon and value hold none of them). A token the scan of the longer text
   * would carry across the end must start at such a place, since CSS_TOKEN has no anchor or look-behind and tries
   * its ways in one order: any match that ends within this text (with its look-ahead) is found here too.
   */
  closed: boolean;
}

function scanSheet(text: string): SheetScan {
  const values: { name: string; value: string }[] = [];
  let bad: string | undefined;
  let structure = '';
  let at = 0;
  let closed = text.endsWith('\n');
  // Where a custom property left open could start: after the last `;`, `{` or `}`.
  const open = Math.max(text.lastIndexOf(';'), text.lastIndexOf('{'), text.lastIndexOf('}')) + 1;
  /** Whether the positions from `from` to `to` (exclusive), none in a token, start a comment or property left open. */
  const opens = (from: number, to: number): boolean => {
    // One character more: a `/*` or `--` starting at the last of them.
    const gap = text.slice(from, to + 1);
    if (gap.includes('/*')) return true;
    return to > open && text.slice(Math.max(from, open), to + 1).includes('--');
  };
  const re = CSS_TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (closed && opens(at, m.index)) closed = false;
    structure += text.slice(at, m.index);
    at = m.index + m[0].length;
    const name = m[1];
    if (name === undefined) {
      structure += m[0];
      continue;
    }
    const colon = m[2] ?? '';
    const v = m[3] ?? '';
    const trail = m[4] ?? '';
    if (!SAFE_VALUE.test(v) || v.includes('*/') || !balanced(v)) {
      bad ??= `${name}: ${JSON.stringify(v.slice(0, 40))} is not a plain value`;
      structure += m[0];
      continue;
    }
    values.push({ name, value: v });
    // Most values (colours, lengths) hold no var(): they stand in as `v` without a search for references.
    const refs = v.includes('var(') ? [...v.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)].map((r) => `var(${r[1]})`) : [];
    structure += `${name}${colon}${refs.length > 0 ? refs.join(' ') : 'v'}${trail}`;
  }
  if (closed && opens(at, text.length)) closed = false;
  structure += text.slice(at);
  return { structure, values, bad, closed };
}

/**
 * Scans of the shared pieces a sheet ends with (implementSite's `cssTail`: the base, layout and variant sheets), by
 * the piece's text: one per piece, a few dozen in a run; the bound only guards a process that builds from many
 * template sets.
 */
export class SheetScans {
  private readonly map = new Map<string, SheetScan>();
  constructor(private readonly limit = 256) {}

  of(piece: string): SheetScan {
    let scan = this.map.get(piece);
    if (scan === undefined) {
      scan = scanSheet(piece);
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
      this.map.set(piece, scan);
    }
    return scan;
  }
}

/**
 * Where the sheet's shared tail starts: `css` ends with the pieces' concatenation (each compared, not assumed), or
 * undefined when it does not.
 */
function tailStart(css: string, tail: readonly string[]): number | undefined {
  let end = css.length;
  for (let i = tail.length - 1; i >= 0; i--) {
    const piece = tail[i] as string;
    const start = end - piece.length;
    if (start < 0 || css.slice(start, end) !== piece) return undefined;
    end = start;
  }
  return end;
}

/**
 * The sheet's shape. `tail` (optional) is a hint: pieces the sheet may end with, whose scans `scans` keeps. When
 * the sheet does end with them, and the scan of the text before them and of each piece is `closed`, the shape is
 * put together from the scans, the same as scanning the whole (SheetScan.closed); else the whole is scanned.
 */
export function cssShape(css: string, tail: readonly string[] = [], scans?: SheetScans): Shaped<CssShape> {
  const head = sheetHead(css);
  let scan: SheetScan | undefined;
  const start = tail.length > 0 && scans ? tailStart(css, tail) : undefined;
  if (start !== undefined && scans && head.end <= start) {
    const parts = [scanSheet(css.slice(head.end, start)), ...tail.map((piece) => scans.of(piece))];
    if (parts.every((p) => p.closed)) {
      let structure = '';
      const values: { readonly name: string; readonly value: string }[] = [];
      let bad: string | undefined;
      for (const p of parts) {
        structure += p.structure;
        for (const v of p.values) values.push(v);
        bad ??= p.bad;
      }
      scan = { structure, values, bad, closed: true };
    }
  }
  scan ??= scanSheet(css.slice(head.end));
  if (scan.bad !== undefined) return { ok: false, reason: scan.bad };
  return { ok: true, structure: scan.structure, fontFaces: head.fontFaces, values: scan.values };
}

function balanced(value: string): boolean {
  let depth = 0;
  // Parentheses are single UTF-16 units (no surrogate half is one): a unit loop sees what a code point loop sees.
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x28) depth++;
    else if (unit === 0x29 && --depth < 0) return false;
  }
  return depth === 0;
}

export interface DesignShape {
  shape: string;
  /** Hex value of each colour token by name (`primary`, `surface-dark`). */
  colors: Map<string, string>;
  /** Each component's colour references: name → [background token, text token]. */
  pairs: { component: string; background: string; text: string }[];
}

/** What the DESIGN.md linter accepts as a colour and as a dimension (its token-like test). */
const HEX_COLOR = /^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const CSS_DIMENSION = /^-?\d*\.?\d+[a-zA-Z%]+$/;
const LINTER_TOKEN_LENGTH = 64;
const NUMBER = /^-?\d+(\.\d+)?$/;
const LINE = /^( *)(- )?(?:([A-Za-z0-9_"'-][^:]*?):(?: (.*))?|(.+))$/;

/**
 * A font family list that YAML reads as this very string: a double-quoted scalar (read as JSON reads it) or a plain
 * one of letters, digits, spaces, commas, quotes, dots and hyphens (no comment, no mapping, no other indicator),
 * holding a comma, no '#' and no '('.
 */
function isFontList(raw: string, value: string): boolean {
  const yamlString = raw.startsWith('"') || /^[A-Za-z][A-Za-z0-9 ,'._-]*$/.test(raw);
  return yamlString && value.includes(',') && !value.includes('#') && !value.includes('(');
}

function scalarText(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    try {
      const v = JSON.parse(raw) as unknown;
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("'") || raw.startsWith('|') || raw.startsWith('>') || raw.startsWith('&') || raw.startsWith('*') || raw.startsWith('!')) return undefined;
  return raw;
}

/**
 * The front matter split as implement splits it, but only in the form the emitter writes (no byte-order mark, LF
 * lines, at least one YAML line, closed by `---` and a newline): any other form has no shape and takes the full path.
 */
function emittedFrontMatter(text: string): SplitDesign | undefined {
  if (!text.startsWith('---\n')) return undefined;
  let split: SplitDesign;
  try {
    split = splitFrontMatter(text, 'DESIGN.md');
  } catch {
    return undefined;
  }
  const closeAt = 4 + split.yaml.length;
  if (split.yaml === '' || split.yaml.includes('\r') || text.slice(closeAt, closeAt + 4) !== '---\n') return undefined;
  return split;
}

/**
 * The DESIGN.md with its front-matter scalars replaced by stand-ins of the classes the linter tells apart (token
 * references and numbers verbatim; colours by the side of a component pair they are on, so every pair passes in
 * the shape and each site's pairs are computed here; dimensions by unit and sign; other text by the 64-character
 * token-like limit; a typography token's font family list and numeric weight by one stand-in each, since the linter
 * reports neither unless the family parses as a colour or the weight is not a number) and its prose lines by `x`
 * (headings stay: they are the sections). Front matter in another
 * layout than the emitter's block style, or prose that could open a code block or an HTML block, has no shape.
 */
export function designShape(text: string): Shaped<DesignShape> {
  const split = emittedFrontMatter(text);
  if (split === undefined) return { ok: false, reason: 'no front matter of the emitted form' };
  const fm = split.yaml.slice(0, -1).split('\n');
  const colors = new Map<string, string>();
  const refs = new Map<string, { background?: string; text?: string }>();
  const path: string[] = [];
  const lines: string[] = [];
  for (const line of fm) {
    const m = LINE.exec(line);
    if (!m) return { ok: false, reason: `front-matter line ${JSON.stringify(line.slice(0, 40))}` };
    const indent = (m[1] ?? '').length;
    const dash = m[2] ?? '';
    const depth = indent / 2 + (dash ? 1 : 0);
    const key = m[3];
    const rawValue = key !== undefined ? m[4] : m[5];
    if (key !== undefined) {
      path.length = Math.floor(indent / 2) + (dash ? 1 : 0);
      path.push(key);
    }
    void depth;
    if (rawValue === undefined || rawValue === '' || rawValue === '[]' || rawValue === '{}') {
      lines.push(line);
      continue;
    }
    const value = scalarText(rawValue);
    if (value === undefined) return { ok: false, reason: `front-matter value ${JSON.stringify(rawValue.slice(0, 40))}` };
    const section = path[0];
    let standIn: string;
    if (section === 'x-wdm' && NUMBER.test(rawValue)) {
      // The linter reads an extension's strings only (token-like values); a number there is never read.
      standIn = '0';
    } else if (section === 'typography' && path.length === 3 && path[2] === 'fontWeight' && NUMBER.test(rawValue)) {
      // The linter takes any number as a weight (no range): the number itself is read by nothing it reports.
      standIn = '400';
    } else if (section === 'typography' && path.length === 3 && path[2] === 'fontFamily' && isFontList(rawValue, value)) {
      // The linter reads a family only to report one that parses as a colour (a hex, a colour name, a colour
      // function): a list with a comma and no '#' or '(' is none of these, so every such list is one stand-in.
      standIn = '"x, x"';
    } else if (/^\{[A-Za-z0-9._-]+\}$/.test(value) || NUMBER.test(rawValue) || rawValue === 'true' || rawValue === 'false' || rawValue === 'null') {
      standIn = rawValue;
      if (section === 'components' && path.length === 3) {
        const comp = refs.get(path[1] as string) ?? {};
        if (path[2] === 'backgroundColor') comp.background = value.slice(1, -1);
        if (path[2] === 'textColor') comp.text = value.slice(1, -1);
        refs.set(path[1] as string, comp);
      }
    } else if (section === 'colors' && path.length === 2 && /^#[0-9a-f]{6}$/.test(value)) {
      colors.set(path[1] as string, value);
      standIn = `"{color:${path[1]}}"`; // resolved below, once every pair is known
    } else if (HEX_COLOR.test(value)) {
      standIn = section === 'x-wdm' || section === undefined ? '"#000000"' : `"${value}"`;
    } else if (CSS_DIMENSION.test(value) && value.length <= LINTER_TOKEN_LENGTH) {
      const unit = /[a-zA-Z%]+$/.exec(value)?.[0] ?? '';
      const n = Number(value.slice(0, value.length - unit.length));
      standIn = `${n < 0 ? '-1' : n === 0 ? '0' : '1'}${unit}`;
    } else if (section === 'typography' && path.join('.').endsWith('.fontFamily')) {
      standIn = rawValue;
    } else {
      standIn = value.length > LINTER_TOKEN_LENGTH ? 'x'.repeat(LINTER_TOKEN_LENGTH + 1) : value === '' ? '""' : 'x';
    }
    lines.push(`${line.slice(0, line.length - rawValue.length)}${standIn}`);
  }
  // Colours referenced as a background stand in as white, as text as black: every pair passes in the shape.
  const pairs: DesignShape['pairs'] = [];
  const side = new Map<string, 'bg' | 'fg'>();
  for (const [component, r] of refs) {
    if (r.background === undefined || r.text === undefined) continue;
    const bg = r.background.replace(/^colors\./, '');
    const fg = r.text.replace(/^colors\./, '');
    if (!r.background.startsWith('colors.') || !r.text.startsWith('colors.')) continue;
    for (const [name, s] of [[bg, 'bg'], [fg, 'fg']] as const) {
      if (side.get(name) !== undefined && side.get(name) !== s) return { ok: false, reason: `colour ${name} is both a background and a text colour` };
      side.set(name, s);
    }
    pairs.push({ component, background: bg, text: fg });
  }
  // Only the colour lines hold a stand-in to resolve (the test spares ~400 replace calls a DESIGN.md).
  const front = lines.map((l) => (l.includes('"{color:') ? l.replace(/"\{color:([^}]+)\}"/, (_all, name: string) => `"${side.get(name) === 'fg' ? '#000000' : '#ffffff'}"`) : l));
  const body: string[] = [];
  let fence = false;
  for (const line of split.body.split('\n')) {
    // A line that starts with an ASCII letter (most prose) is none of the below: no fence, HTML block, setext
    // underline, heading or list item starts with one, and it is not blank.
    const first = line.charCodeAt(0) | 0x20;
    if (first >= 0x61 && first <= 0x7a) {
      body.push('x');
      continue;
    }
    if (/^\s*(```|~~~)/.test(line) || /^\s*</.test(line) || /^\s*([-*+>]|\d+[.)])\s+#/.test(line) || /^ {0,3}(=+|-+)\s*$/.test(line)) fence = true;
    if (/^##\s/.test(line) || line.trim() === '') body.push(line);
    // The linter names sections by their level-2 headings only; any other heading stays a heading of its level.
    else if (/^#{1,6}\s/.test(line)) body.push(`${/^#{1,6}/.exec(line)?.[0]} x`);
    else body.push(/^\s*([-*+]|\d+[.)]|\|)/.test(line) ? `${/^\s*([-*+]|\d+[.)]|\|)/.exec(line)?.[0]} x` : 'x');
  }
  if (fence) return { ok: false, reason: 'prose with a code fence, an HTML block or a setext heading' };
  return { ok: true, shape: `---\n${front.join('\n')}\n---\n${body.join('\n')}`, colors, pairs };
}
