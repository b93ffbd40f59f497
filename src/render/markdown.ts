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
  return remembered(escaped, text, ESCAPED_LIMIT, () => escapeOnce(text));
}

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
  return '`' + text.replace(/`/g, '').replace(/[\r\n]+/g, ' ') + '`';
}
