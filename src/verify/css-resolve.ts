// Resolves CSS values the contrast check needs: var() substitution, colours (with alpha) and font sizes in px.
import { parse, toRgb, wcagContrast } from '../design/culori.js';
import { ROOT_PX } from '../shared/vocabulary.js';

/** sRGB channels 0..1 and alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const MAX_DEPTH = 32;

/** Index of the parenthesis closing the one opened just before `from`, or -1. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Replaces every `var(--name, fallback)` by the property's value (or the fallback), recursively, like a browser's
 * computed-value step. Returns undefined when a reference resolves to nothing (the declaration is then invalid at
 * computed-value time) or the chain is too deep (a cycle).
 */
export function substituteVars(value: string, lookup: (name: string) => string | undefined, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  let out = '';
  let pos = 0;
  for (;;) {
    const at = value.indexOf('var(', pos);
    if (at === -1) return out + value.slice(pos);
    const end = closingParen(value, at + 4);
    if (end === -1) return undefined;
    out += value.slice(pos, at);
    const inner = value.slice(at + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const found = lookup(name);
    let replacement: string | undefined;
    if (found !== undefined) replacement = substituteVars(found, lookup, depth + 1);
    if (replacement === undefined && comma !== -1) replacement = substituteVars(inner.slice(comma + 1).trim(), lookup, depth + 1);
    if (replacement === undefined) return undefined;
    out += replacement;
    pos = end + 1;
  }
}

/** A colour literal (`#1a4d8f`, `rgb(0 0 0 / 0.5)`, `transparent`, named); `currentcolor` and keywords are the caller's. */
export function parseColor(text: string): Rgba | undefined {
  const parsed = parse(text.trim());
  if (!parsed) return undefined;
  const rgb = toRgb(parsed);
  if (!rgb) return undefined;
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);
  return { r: clamp(rgb.r), g: clamp(rgb.g), b: clamp(rgb.b), a: clamp(rgb.alpha ?? 1) };
}

/** Splits a value on top-level whitespace (not inside parentheses or quotes). */
export function splitTopLevel(value: string, separator: RegExp = /\s/): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const ch of value) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === '(') {
      depth++;
      current += ch;
    } else if (ch === ')') {
      depth--;
      current += ch;
    } else if (depth === 0 && separator.test(ch)) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** Source-over compositing of `top` on an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

const opaque = (c: Rgba) => ({ mode: 'rgb' as const, r: c.r, g: c.g, b: c.b });

/** WCAG 2.x contrast ratio (culori's), unrounded; alpha is ignored (composite first). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  return wcagContrast(opaque(a), opaque(b));
}

export function hexOfRgba(c: Rgba): string {
  const h = (n: number) => Math.round(n * 255).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}${c.a < 1 ? h(c.a) : ''}`;
}


/**
 * The smallest size in px a font-size value can take: `clamp()` gives its minimum, `min()`/`max()` their bounds,
 * `calc()` is evaluated for products and sums of px/rem/em terms. Returns undefined when the value cannot be bounded
 * (the caller then assumes normal-size text, which asks for the stricter 4.5:1).
 */
export function minLengthPx(value: string, parentPx: number): number | undefined {
  const v = value.trim().toLowerCase();
  const named: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };
  if (v in named) return named[v];
  return evalExpr(v, parentPx);
}

function evalExpr(expr: string, parentPx: number): number | undefined {
  const e = expr.trim();
  const fn = /^([a-z-]+)\((.*)\)$/s.exec(e);
  if (fn && closingParen(e, (fn[1] ?? '').length + 1) === e.length - 1) {
    const name = fn[1];
    const args = splitTopLevel(fn[2] ?? '', /,/);
    if (name === 'clamp') return args[0] !== undefined ? evalExpr(args[0], parentPx) : undefined;
    if (name === 'min' || name === 'max') {
      const vals = args.map((a) => evalExpr(a, parentPx));
      if (vals.some((x) => x === undefined)) return undefined;
      const nums = vals as number[];
      return name === 'min' ? Math.min(...nums) : Math.max(...nums);
    }
    if (name === 'calc') return evalExpr(fn[2] ?? '', parentPx);
    return undefined;
  }
  if (e.startsWith('(') && closingParen(e, 1) === e.length - 1) return evalExpr(e.slice(1, -1), parentPx);
  // Sums, then products, at the top level; terms are lengths in px or plain numbers (for `* 1.15`).
  const sum = splitTopLevel(e, /[+]/).length > 1 ? splitTopLevel(e, /[+]/) : undefined;
  if (sum) {
    const vals = sum.map((t) => evalExpr(t, parentPx));
    return vals.some((x) => x === undefined) ? undefined : (vals as number[]).reduce((a, b) => a + b, 0);
  }
  const product = splitTopLevel(e, /[*]/);
  if (product.length > 1) {
    const vals = product.map((t) => evalExpr(t, parentPx) ?? numberOf(t));
    return vals.some((x) => x === undefined) ? undefined : (vals as number[]).reduce((a, b) => a * b, 1);
  }
  const div = splitTopLevel(e, /[/]/);
  if (div.length === 2) {
    const a = evalExpr(div[0] as string, parentPx);
    const b = numberOf(div[1] as string);
    return a === undefined || b === undefined || b === 0 ? undefined : a / b;
  }
  const m = /^(-?[\d.]+)(px|rem|em|%)$/.exec(e);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  return m[2] === 'px' ? n : m[2] === 'rem' ? n * ROOT_PX : m[2] === 'em' ? n * parentPx : (n / 100) * parentPx;
}

function numberOf(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?[\d.]+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
