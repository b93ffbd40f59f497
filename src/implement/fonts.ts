// The self-hosted fonts of one page: which family, weight and unicode-range subset files its text needs, as
// `@font-face` rules (font-display: swap, unicode-range) and the assets to copy (woff2 files and licence texts).
import type { FontCatalogue, SiteAsset, TypeLevel, WebFont, WebFontFile } from '../shared/types.js';
import { TYPE_LEVELS } from '../shared/types.js';
import type { DesignTokens } from './design-tokens.js';

export interface PageFonts {
  /** `@font-face` rules, empty when no family of the page is self-hosted. */
  css: string;
  assets: SiteAsset[];
  /** Families the page loads, in the order first used by the type levels. */
  families: string[];
}

/** One `U+XXXX` or `U+XXXX-YYYY` range as numbers. */
function parseRanges(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const a = Number.parseInt(from ?? '', 16);
    const b = to === undefined ? a : Number.parseInt(to, 16);
    return [a, b] as [number, number];
  });
}

const rangeCache = new Map<string, Array<[number, number]>>();
function rangesOf(range: string): Array<[number, number]> {
  let r = rangeCache.get(range);
  if (r === undefined) {
    r = parseRanges(range);
    rangeCache.set(range, r);
  }
  return r;
}

/** The distinct code points of a text (the page's HTML and CSS: markup is ASCII, so it only adds Basic Latin). */
export function codePointsOf(...texts: string[]): Set<number> {
  const out = new Set<number>();
  // A page is ~60 KB of mostly ASCII: a seen-flag per ASCII code spares a Set lookup for nearly every character.
  const ascii = new Uint8Array(128);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 128) {
        if (ascii[unit] === 0) {
          ascii[unit] = 1;
          out.add(unit);
        }
        continue;
      }
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i += 1;
      out.add(point);
    }
  }
  return out;
}

/** The subsets whose unicode-range covers at least one of the code points, in the catalogue's (sorted) order. */
export function subsetsFor(font: WebFont, points: ReadonlySet<number>): string[] {
  const needed: string[] = [];
  for (const [subset, range] of Object.entries(font.subsets)) {
    const ranges = rangesOf(range);
    let hit = false;
    for (const cp of points) {
      for (const [a, b] of ranges) if (cp >= a && cp <= b) { hit = true; break; }
      if (hit) break;
    }
    if (hit) needed.push(subset);
  }
  return needed;
}

/** The file of a weight, or of the nearest weight the catalogue holds (CSS font matching would pick the same). */
function nearestWeight(font: WebFont, weight: number, style: WebFontFile['style'] = 'normal'): number | undefined {
  const weights = [...new Set(font.files.filter((f) => f.style === style).map((f) => f.weight))];
  if (weights.length === 0) return undefined;
  return weights.sort((a, b) => Math.abs(a - weight) - Math.abs(b - weight) || b - a)[0];
}

/** `assets/fonts/<id>-<subset>-<weight>-<style>-<sha8>.woff2` */
export function fontAssetPath(file: WebFontFile): string {
  const stem = file.specifier.slice(file.specifier.lastIndexOf('/') + 1).replace(/\.woff2$/, '');
  return `assets/fonts/${stem}-${file.sha256.slice(0, 8)}.woff2`;
}

export function licenceAssetPath(font: WebFont): string {
  return `assets/fonts/${font.id}-license.txt`;
}

/** The family a level is set in when the page loads it: the first family of its stack, if the catalogue has it. */
export function loadedFamily(tokens: DesignTokens, level: TypeLevel, catalogue: FontCatalogue): WebFont | undefined {
  const first = tokens.typography[level].fontFamily[0];
  if (first === undefined || first.kind !== 'named') return undefined;
  return Object.hasOwn(catalogue, first.name) ? catalogue[first.name] : undefined;
}

const LICENCE_NAMES: Record<string, string> = { 'OFL-1.1': 'SIL Open Font License 1.1', 'Apache-2.0': 'Apache License 2.0' };
export const licenceName = (type: string): string => LICENCE_NAMES[type] ?? type;

/** Elements a browser sets in italic by default. */
const ITALIC_ELEMENTS = /<(?:em|i|cite|var|dfn)[\s>]/;
/** A `font-style: italic` (or oblique) declaration, in CSS without comments. */
const ITALIC_DECLARATION = /font-style\s*:\s*(?:italic|oblique)/;

/**
 * Whether a page sets text in italic: its stylesheet declares it or its HTML has an element browsers slant. Without
 * an italic file the browser would slant the upright letters (a "faux italic"), which no type designer drew.
 */
export function pageSetsItalic(html: string, cssWithoutComments: string): boolean {
  return ITALIC_DECLARATION.test(cssWithoutComments) || ITALIC_ELEMENTS.test(html);
}

/**
 * `@font-face` rules for every (family, weight) the type levels use, one per subset the page's characters need,
 * with the files and each family's licence as assets; with `italic`, also the body family's italic at the body
 * weight (the text the templates slant is body text). Deterministic: families in level order, then style, then
 * weight, then subset.
 */
export function pageFonts(tokens: DesignTokens, catalogue: FontCatalogue, points: ReadonlySet<number>, italic = false): PageFonts {
  const wanted = new Map<string, { font: WebFont; weights: Set<number>; italics: Set<number> }>();
  const want = (level: TypeLevel, style: WebFontFile['style']): void => {
    const font = loadedFamily(tokens, level, catalogue);
    if (font === undefined || font.files.length === 0) return;
    const weight = nearestWeight(font, tokens.typography[level].fontWeight, style);
    if (weight === undefined) return;
    const entry = wanted.get(font.family) ?? { font, weights: new Set<number>(), italics: new Set<number>() };
    (style === 'normal' ? entry.weights : entry.italics).add(weight);
    wanted.set(font.family, entry);
  };
  for (const level of TYPE_LEVELS) want(level, 'normal');
  if (italic) want('body-md', 'italic');
  const rules: string[] = [];
  const assets: SiteAsset[] = [];
  for (const { font, weights, italics } of wanted.values()) {
    const subsets = subsetsFor(font, points);
    rules.push(`/* ${font.family} ${font.version}: ${licenceName(font.licence.type)}, ${licenceAssetPath(font)} */`);
    const faces = [...[...weights].sort((a, b) => a - b).map((w) => ['normal', w] as const), ...[...italics].sort((a, b) => a - b).map((w) => ['italic', w] as const)];
    for (const [style, weight] of faces) {
      for (const subset of subsets) {
        const file = font.files.find((f) => f.weight === weight && f.subset === subset && f.style === style);
        if (file === undefined) continue;
        const path = fontAssetPath(file);
        assets.push({ path, source: { kind: 'package', specifier: file.specifier }, sha256: file.sha256 });
        rules.push(
          [
            '@font-face {',
            `  font-family: '${font.family}';`,
            `  font-style: ${style};`,
            `  font-weight: ${weight};`,
            '  font-display: swap;',
            `  src: url(${path}) format('woff2');`,
            `  unicode-range: ${font.subsets[subset]};`,
            '}',
          ].join('\n'),
        );
      }
    }
    assets.push({ path: licenceAssetPath(font), source: { kind: 'package', specifier: font.licence.specifier }, sha256: font.licence.sha256 });
  }
  return { css: rules.length === 0 ? '' : `${rules.join('\n')}\n`, assets, families: [...wanted.keys()] };
}
