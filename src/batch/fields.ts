// Validates and normalises the optional fields of a batch row: category, name, tagline, brandColor.
import { findForbidden, showText } from './characters.js';

/** The keys a row may have, in the order they are documented. */
export const ROW_KEYS = ['domain', 'category', 'name', 'tagline', 'brandColor'] as const;
export type RowKey = (typeof ROW_KEYS)[number];

export const MAX_NAME_LENGTH = 80;
export const MAX_TAGLINE_LENGTH = 160;

export type FieldResult = { ok: true; value: string } | { ok: false; message: string; hint: string };

const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `category`: syntax only (a lower-case kebab id); whether the id exists is the rules stage's call. */
export function checkCategory(value: string): FieldResult {
  const text = value.trim();
  if (KEBAB_ID.test(text)) return { ok: true, value: text };
  const suggestion = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return {
    ok: false,
    message: `Unexpected category "${showText(value)}", expected a lower-case id like real-estate`,
    hint:
      KEBAB_ID.test(suggestion) && suggestion !== text
        ? `Write it as "${suggestion}", or leave category out to have it inferred from the domain.`
        : 'Use one of the category ids of rules/categories.yaml, or leave category out to have it inferred.',
  };
}

/** `brandColor`: `#rgb` or `#rrggbb`, written back as lower-case `#rrggbb`. */
export function checkBrandColor(value: string): FieldResult {
  const text = value.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) {
    const [, r = '', g = '', b = ''] = short;
    return { ok: true, value: `#${r}${r}${g}${g}${b}${b}`.toLowerCase() };
  }
  if (/^#[0-9a-f]{6}$/i.test(text)) return { ok: true, value: text.toLowerCase() };
  const hint = /^[0-9a-f]{3}([0-9a-f]{3})?$/i.test(text)
    ? `Add the "#": "#${text.toLowerCase()}".`
    : 'Write the colour as hex, e.g. "#1a4d8f" (quoted in YAML, where # starts a comment).';
  return { ok: false, message: `Unexpected brandColor "${showText(value)}", expected a hex colour like #1a4d8f or #fa0`, hint };
}

/** `name` and `tagline`: NFC, trimmed, no control or direction-override characters, bounded length. */
export function checkText(field: 'name' | 'tagline', value: string): FieldResult {
  const max = field === 'name' ? MAX_NAME_LENGTH : MAX_TAGLINE_LENGTH;
  const text = value.normalize('NFC').trim();
  const bad = findForbidden(text, ['control', 'bidi']);
  if (bad) {
    const what = bad.kind === 'control' ? 'control character' : 'bidirectional control character';
    return {
      ok: false,
      message: `Unexpected ${what} ${bad.code} in ${field} "${showText(text)}", expected plain text on one line`,
      hint: `Remove the character from the ${field}.`,
    };
  }
  const length = Array.from(text).length;
  if (length > max) {
    return {
      ok: false,
      message: `Unexpected ${field} of ${length} characters, expected at most ${max}`,
      hint: `Shorten the ${field}.`,
    };
  }
  return { ok: true, value: text };
}
