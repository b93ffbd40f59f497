// Computed colours, backgrounds, font size/weight and visibility per element, for one context and interaction state.
import type { Scheme } from '../shared/types.js';
import { winningDeclarations, type MediaFilter, type RuleIndex, type Winner } from './cascade.js';
import { minLengthPx, parseColor, splitTopLevel, substituteVars, type Rgba } from './css-resolve.js';
import type { HtmlElement } from './html-tree.js';
import type { InteractionState } from './selector-match.js';

/** Where a computed value came from: the winning declaration, or the initial value. */
export interface Source {
  selector: string;
  line: number;
  /** The declared text before var() substitution. */
  declared: string;
}

export interface Painted {
  rgba: Rgba;
  from: Source | undefined;
}

export interface Computed {
  element: HtmlElement;
  parent: Computed | undefined;
  /** Resolved custom properties in scope (inherited); undefined marks a property invalid at computed-value time. */
  customs: ReadonlyMap<string, string | undefined>;
  color: Painted;
  /** The element's own background: no paint, a colour (maybe translucent), or an image the check cannot see through. */
  background: { kind: 'none' } | { kind: 'color'; paint: Painted } | { kind: 'image'; from: Source };
  /** Lower bound of the font size in px; undefined when it cannot be bounded. */
  fontPx: number | undefined;
  fontWeight: number;
  opacity: number;
  hidden: boolean;
  inSvg: boolean;
  border: Painted | undefined;
  outline: Painted | undefined;
}

/** The UA defaults behind `color-scheme: light dark`: CanvasText on Canvas (Chromium's values). */
export const CANVAS: Record<Scheme, Rgba> = { light: { r: 1, g: 1, b: 1, a: 1 }, dark: { r: 0x12 / 255, g: 0x12 / 255, b: 0x12 / 255, a: 1 } };
export const CANVAS_TEXT: Record<Scheme, Rgba> = { light: { r: 0, g: 0, b: 0, a: 1 }, dark: { r: 1, g: 1, b: 1, a: 1 } };

const BORDER_PROPS = /^border(-(top|right|bottom|left|block|inline|block-start|block-end|inline-start|inline-end))?(-color)?$/;

/** Every property computeStyle reads (its groups, color, opacity, display, visibility); custom properties aside. */
export function readsProperty(property: string): boolean {
  return /^(color|background(-color|-image)?|font(-size|-weight)?|outline(-color|-style)?|opacity|display|visibility)$/.test(property) || BORDER_PROPS.test(property);
}
const NO_LINE = /(^|\s)(none|hidden)(\s|$)|(^|\s)0(px)?(\s|$)/;

type Won = Map<string, Winner>;

function sourceOf(w: Winner): Source {
  return { selector: w.selector, line: w.line, declared: w.value };
}

/** Resolves the custom properties declared on the element against those it inherits (and each other). */
function resolveCustoms(won: Won, inherited: ReadonlyMap<string, string | undefined>): ReadonlyMap<string, string | undefined> {
  const own: string[] = [];
  for (const k of won.keys()) if (k.startsWith('--')) own.push(k);
  if (own.length === 0) return inherited;
  const out = new Map(inherited);
  const resolving = new Set<string>();
  const resolved = new Map<string, string | undefined>();
  const resolveOwn = (name: string): string | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    if (resolving.has(name)) return undefined; // a cycle makes every property in it invalid
    resolving.add(name);
    const raw = won.get(name)?.value ?? '';
    const value = substituteVars(raw, (ref) => (won.has(ref) ? resolveOwn(ref) : inherited.get(ref)));
    resolving.delete(name);
    resolved.set(name, value);
    return value;
  };
  for (const name of own) out.set(name, resolveOwn(name));
  return out;
}

function colorValue(text: string | undefined, current: Rgba): Rgba | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'currentcolor') return current;
  return parseColor(t);
}

function weightOf(text: string, parent: number): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'inherit' || t === 'unset') return parent;
  if (t === 'normal' || t === 'initial') return 400;
  if (t === 'bold') return 700;
  if (t === 'bolder') return parent >= 600 ? 900 : parent >= 350 ? 700 : 400;
  if (t === 'lighter') return parent >= 600 ? 400 : 100;
  const n = Number(t);
  return Number.isFinite(n) && n >= 1 && n <= 1000 ? n : undefined;
}

type Group = 'background' | 'font' | 'border' | 'outline';

function groupOf(property: string): Group | undefined {
  if (property.startsWith('background')) return property === 'background' || property === 'background-color' || property === 'background-image' ? 'background' : undefined;
  if (property.startsWith('font')) return property === 'font' || property === 'font-size' || property === 'font-weight' ? 'font' : undefined;
  if (property.startsWith('border')) return BORDER_PROPS.test(property) ? 'border' : undefined;
  if (property.startsWith('outline')) return property === 'outline' || property === 'outline-color' || property === 'outline-style' ? 'outline' : undefined;
  return undefined;
}

/** Shorthands and longhands of each group in cascade order, so a later `background-color` beats an earlier `background`. */
function grouped(won: Won): Record<Group, [string, Winner][]> {
  const out: Record<Group, [string, Winner][]> = { background: [], font: [], border: [], outline: [] };
  for (const entry of won) {
    const g = groupOf(entry[0]);
    if (g) out[g].push(entry);
  }
  for (const list of Object.values(out)) if (list.length > 1) list.sort((a, b) => a[1].order - b[1].order);
  return out;
}

export function computeStyle(
  element: HtmlElement,
  parent: Computed | undefined,
  index: RuleIndex,
  state: InteractionState,
  media: MediaFilter,
): Computed {
  const scheme: Scheme = media.ctx.scheme;
  const won: Won = element.tag === '#document' ? new Map() : winningDeclarations(index.candidates(element, state), media);
  const groups = grouped(won);
  const inheritedCustoms = parent?.customs ?? new Map<string, string | undefined>();
  const customs = resolveCustoms(won, inheritedCustoms);
  const lookup = (name: string) => customs.get(name);
  const resolve = (w: Winner | undefined) => (w === undefined ? undefined : substituteVars(w.value, lookup));

  const parentColor: Painted = parent?.color ?? { rgba: CANVAS_TEXT[scheme], from: undefined };
  let color = parentColor;
  const colorDecl = won.get('color');
  if (colorDecl) {
    const value = resolve(colorDecl);
    const t = value?.trim().toLowerCase();
    if (t === 'initial') color = { rgba: CANVAS_TEXT[scheme], from: sourceOf(colorDecl) };
    else if (t !== undefined && t !== 'inherit' && t !== 'unset') {
      const rgba = colorValue(value, parentColor.rgba);
      if (rgba) color = { rgba, from: t === 'currentcolor' ? parentColor.from : sourceOf(colorDecl) };
    }
  }

  let bgColor: Painted | undefined;
  let bgImage: Source | undefined;
  for (const [prop, w] of groups.background) {
    const value = resolve(w);
    if (value === undefined) {
      // Invalid at computed-value time: the property falls back to its initial value (transparent, no image).
      if (prop !== 'background-image') bgColor = undefined;
      if (prop !== 'background-color') bgImage = undefined;
      continue;
    }
    if (prop === 'background-image') {
      bgImage = value.trim() === 'none' ? undefined : sourceOf(w);
      continue;
    }
    if (prop === 'background') {
      const tokens = splitTopLevel(value);
      bgImage = tokens.some((t) => /(^|-)gradient\(|^url\(|^image-set\(/i.test(t)) ? sourceOf(w) : undefined;
      const colorToken = tokens.map((t) => colorValue(t, color.rgba)).find((c) => c !== undefined);
      bgColor = colorToken ? { rgba: colorToken, from: sourceOf(w) } : undefined;
      continue;
    }
    const rgba = colorValue(value, color.rgba);
    bgColor = rgba ? { rgba, from: sourceOf(w) } : undefined;
  }
  const background: Computed['background'] = bgImage
    ? { kind: 'image', from: bgImage }
    : bgColor && bgColor.rgba.a > 0
      ? { kind: 'color', paint: bgColor }
      : { kind: 'none' };

  const parentPx = parent?.fontPx ?? 16;
  let fontPx: number | undefined = parent ? parent.fontPx : 16;
  let fontWeight = parent?.fontWeight ?? 400;
  for (const [prop, w] of groups.font) {
    const value = resolve(w);
    if (value === undefined) continue;
    const t = value.trim().toLowerCase();
    if (prop === 'font') {
      if (t === 'inherit' || t === 'unset') {
        fontPx = parent ? parent.fontPx : 16;
        fontWeight = parent?.fontWeight ?? 400;
        continue;
      }
      const tokens = splitTopLevel(t);
      const sizeToken = tokens.find((x) => /^[\d.]+(px|rem|em|%)(\/.*)?$/.test(x));
      fontPx = sizeToken ? minLengthPx(sizeToken.split('/')[0] ?? '', parentPx) : undefined;
      const weightToken = tokens.find((x) => /^(bold|bolder|lighter|[1-9]00)$/.test(x));
      fontWeight = weightToken ? (weightOf(weightToken, fontWeight) ?? 400) : 400;
    } else if (prop === 'font-size') {
      fontPx = t === 'inherit' || t === 'unset' ? (parent ? parent.fontPx : 16) : minLengthPx(t, parentPx);
    } else {
      fontWeight = weightOf(t, parent?.fontWeight ?? 400) ?? fontWeight;
    }
  }

  const opacityDecl = won.get('opacity');
  const opacityText = resolve(opacityDecl)?.trim();
  let opacity = 1;
  if (opacityText !== undefined) {
    const n = opacityText.endsWith('%') ? Number(opacityText.slice(0, -1)) / 100 : Number(opacityText);
    if (Number.isFinite(n)) opacity = Math.min(1, Math.max(0, n));
  }

  const display = resolve(won.get('display'))?.trim().toLowerCase();
  const visibility = resolve(won.get('visibility'))?.trim().toLowerCase();
  const hidden =
    (parent?.hidden ?? false) ||
    display === 'none' ||
    visibility === 'hidden' ||
    (element.attrs.has('hidden') && display === undefined) ||
    element.tag === 'head' || element.tag === 'template';

  let border: Painted | undefined;
  for (const [, w] of groups.border) {
    const value = resolve(w);
    if (value === undefined) continue;
    if (NO_LINE.test(value.toLowerCase())) {
      border = undefined;
      continue;
    }
    const c = splitTopLevel(value).map((t) => colorValue(t, color.rgba)).find((x) => x !== undefined);
    border = c ? { rgba: c, from: sourceOf(w) } : { rgba: color.rgba, from: color.from };
  }

  let outline: Painted | undefined;
  for (const [prop, w] of groups.outline) {
    const value = resolve(w);
    if (value === undefined) continue;
    if (prop === 'outline-style') {
      if (/none|hidden/.test(value)) outline = undefined;
      continue;
    }
    if (prop === 'outline' && NO_LINE.test(value.toLowerCase())) {
      outline = undefined;
      continue;
    }
    const c = splitTopLevel(value).map((t) => colorValue(t, color.rgba)).find((x) => x !== undefined);
    if (c) outline = { rgba: c, from: sourceOf(w) };
  }

  return {
    element,
    parent,
    customs,
    color,
    background,
    fontPx,
    fontWeight,
    opacity,
    hidden,
    inSvg: (parent?.inSvg ?? false) || element.tag === 'svg',
    border,
    outline,
  };
}
