// Escaping of untrusted text (names, taglines, copy from a batch or rules) for Markdown prose.
import { remembered } from '../shared/memo.js';

/**
 * Makes a value render as the same literal text wherever a template puts it: characters with inline meaning are
 * backslash-escaped (CommonMark allows a backslash before any ASCII punctuation), characters that only mean
 * something at the start of a line are escaped there, entity references are broken, and line breaks fold to spaces
 * so a value can never open a new block. Ordinary punctuation (`.`, `,`, `'`) is left alone so the file stays
 * readable in a pull-request diff.
 */
export function escapeMarkdown(text: string): string {
  if (needsNoEscape(text)) return text;
  return remembered(escaped, text, ESCAPED_LIMIT, () => escapeOnce(text));
}

/**
 * Whether `escapeOnce` gives the text back unchanged, from one scan and without the memo (whose look-ups hash every
 * new string: a site's name, its copy): no character with inline meaning, no whitespace but single spaces between
 * words, and a first character that cannot start a block (a digit is left to `escapeOnce`, for ordered lists).
 * False only costs the memo. test/render/markdown.test.ts holds the two equal.
 */
export function needsNoEscape(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  if (first === 0x23 || first === 0x3e || first === 0x2b || first === 0x3d || first === 0x2d || (first >= 0x30 && first <= 0x39)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      // Leading, trailing or doubled spaces are trimmed or folded.
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || c === 0x7f || QUICK_SPECIAL[c] === 1) return false;
    else if (c >= 0x80 && (c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

/** ASCII characters `escapeOnce` escapes anywhere (backslash, backtick, `* _ { } [ ] < > | ~ $`) or may (`&` before an entity). */
const QUICK_SPECIAL: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const ch of '\\`*_{}[]<>|~$&') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Escaped texts already seen: most of what a DESIGN.md escapes is the rules' own copy and labels, the same for every
 * site of a category. Bounded (cleared when full), so a long batch of distinct names never grows it.
 */
const escaped = new Map<string, string>();
const ESCAPED_LIMIT = 4096;

/** `escapeMarkdown` without its memo (the reference its test compares with). */
export function escapeOnce(text: string): string {
  let out = text
    .replace(/[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|~$]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
    .replace(/!(?=\\\[)/g, '\\!');
  // Block syntax only counts at the start of a line: headings, lists, quotes, setext underlines, thematic breaks.
  out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Text inside a code span: backticks cannot be escaped there, so they are dropped. */
export function codeSpan(text: string): string {
  // Most spans (colours, token names, domains) hold neither: no regular expression runs for them.
  if (text.indexOf('`') === -1 && text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return '`' + text + '`';
  return '`' + text.replace(/`/g, '').replace(/[\r\n]+/g, ' ') + '`';
}
