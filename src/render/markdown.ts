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
  return text.length > 0 && !NOT_PLAIN.test(text);
}

/**
 * What makes `needsNoEscape` false, as one regexp run in native code (a charCodeAt loop over the same tests took 1.6x
 * as long over the lines of 300 DESIGN.md files): a first character that may start a block (or a space); anywhere, a
 * control character, DEL, a C1 control or no-break space, an ASCII character `escapeOnce` escapes (backslash,
 * backtick, `* _ { } [ ] < > | ~ $`) or may (`&` before an entity), or a Unicode space or line separator; doubled or
 * trailing spaces.
 */
const NOT_PLAIN = /^[#>+=\-0-9 ]|[\x00-\x1f\x7f-\xa0\\`*_{}[\]<>|~$&\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  | $/;

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
