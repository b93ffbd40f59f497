// What a user gave, shown back safely: control, direction and invisible characters escaped, long values shortened.

/** Longest value echoed whole in a message; longer ones are cut and their full length stated. */
export const ECHO_MAX = 80;

/**
 * Characters a terminal would act on or hide: C0 controls (but line feed and tab), DEL, C1 controls (U+0080-U+009F,
 * which include the 8-bit CSI), bidirectional controls (they reorder what is displayed) and zero-width characters.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const UNSAFE_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

function escapeOne(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text bound for a terminal with every unsafe character written as `\uXXXX` (valid inside a JSON string too, so a
 * `--json` report stays JSON). Line feeds and tabs are kept: they are the report's own layout.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * One value as a message shows it: every control, direction or invisible character escaped (line feeds too: a value
 * is one line), and at most `max` characters, the rest cut and the full length said: `"aaaa…" (10,000 characters)`.
 */
export function echo(value: string, max: number = ECHO_MAX): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value.replace(UNSAFE_IN_VALUE, escapeOne);
  const shown = chars.slice(0, Math.max(1, max - 1)).join('').replace(UNSAFE_IN_VALUE, escapeOne);
  return `${shown}… (${groupDigits(chars.length)} characters)`;
}

/** 10000 → `10,000`, the same everywhere (no locale). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
