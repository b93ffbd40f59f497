// Parsers for the token values that reach CSS: each returns a structured value or undefined, never a raw string.
import { isGenericFamily } from '../rules/font-families.js';
import type { Dimension, DimensionUnit, FontFamily, Rgb } from './design-tokens.js';

const HEX = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/;

export function parseHexColor(value: unknown): Rgb | undefined {
  if (typeof value !== 'string') return undefined;
  const m = HEX.exec(value);
  if (!m) return undefined;
  return { r: parseInt(m[1] as string, 16), g: parseInt(m[2] as string, 16), b: parseInt(m[3] as string, 16) };
}

const DIMENSION = /^(-?(?:\d+|\d*\.\d+))(px|em|rem)$/;
/** Sizes beyond this are typos, and would print in exponent form in some engines. */
const MAX_ABS_DIMENSION = 100_000;

export function parseDimension(value: unknown, units: readonly DimensionUnit[]): Dimension | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DIMENSION.exec(value);
  if (!m) return undefined;
  const unit = m[2] as DimensionUnit;
  const n = Number(m[1]);
  if (!units.includes(unit) || !Number.isFinite(n) || Math.abs(n) > MAX_ABS_DIMENSION) return undefined;
  return { value: n, unit };
}


/** Words a family name may be built from: letters, digits, hyphen; a leading hyphen only as in `-apple-system`. */
const NAME_WORD = /^-?[A-Za-z][A-Za-z0-9-]*$|^[0-9]+$/;
const QUOTED = /^'([^'\\"]*)'$|^"([^"\\']*)"$/;
const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default']);

/**
 * A font-family stack: comma-separated generic keywords, unquoted names made of plain words, or quoted names
 * made of the same words. Anything else (semicolons, braces, url(), escapes) is refused.
 */
export function parseFontStack(value: unknown): FontFamily[] | undefined {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  const families: FontFamily[] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part === '') return undefined;
    const quoted = QUOTED.exec(part);
    const name = quoted ? (quoted[1] ?? quoted[2] ?? '') : part;
    const words = name.trim().split(/\s+/);
    if (name.trim() === '' || !words.every((w) => NAME_WORD.test(w))) return undefined;
    const normal = words.join(' ');
    if (!quoted && isGenericFamily(normal)) {
      families.push({ kind: 'generic', name: normal.toLowerCase() });
    } else {
      if (!quoted && words.some((w) => CSS_WIDE.has(w.toLowerCase()))) return undefined;
      families.push({ kind: 'named', name: normal });
    }
  }
  return families.length > 0 ? families : undefined;
}
