// Computed colours, backgrounds, font size/weight and visibility per element, for one context and interaction state.
import type { Scheme } from '../shared/types.js';
import type { MediaFilter, RuleIndex, Source, Winner } from './cascade.js';
import { minLengthPx, parseColor, splitTopLevel, substituteVars, type Rgba } from './css-resolve.js';
import { remembered } from '../shared/memo.js';
import type { HtmlElement } from './html-tree.js';
import type { InteractionState } from './selector-match.js';

export type { Source } from './cascade.js';

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
const NO_CUSTOMS: ReadonlyMap<string, string | undefined> = new Map();
const NO_LINE = /(^|\s)(none|hidden)(\s|$)|(^|\s)0(px)?(\s|$)/;

type Won = ReadonlyMap<string, Winner>;

function sourceOf(w: Winner): Source {
  return w.source;
}

/** Resolves the custom properties declared on the element against those it inherits (and each other). */
function resolveCustoms(won: Won, own: readonly string[], inherited: ReadonlyMap<string, string | undefined>): ReadonlyMap<string, string | undefined> {
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

/** Parsed colour literals by their lower-cased text: a sheet repeats a few dozen values over every element. */
const colors = new Map<string, Rgba | undefined>();
const COLORS_LIMIT = 4096;

/** Values split on top-level whitespace, by text: the same declarations are read for every element they match. */
const splits = new Map<string, string[]>();
const SPLITS_LIMIT = 4096;

/** The parts of a value (never changed by callers: they are shared). */
function partsOf(value: string): readonly string[] {
  return remembered(splits, value, SPLITS_LIMIT, () => splitTopLevel(value));
}

/** Font size lower bounds by (value, parent size in px). */
const lengths = new Map<string, Map<number, number | undefined>>();

function minPx(value: string, parentPx: number): number | undefined {
  const byParent = remembered(lengths, value, SPLITS_LIMIT, () => new Map<number, number | undefined>());
  const known = byParent.get(parentPx);
  if (known !== undefined || byParent.has(parentPx)) return known;
  const px = minLengthPx(value, parentPx);
  if (byParent.size >= 64) byParent.clear();
  byParent.set(parentPx, px);
  return px;
}

function colorValue(text: string | undefined, current: Rgba): Rgba | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'currentcolor') return current;
  // Shared results are never changed: every Rgba is made anew by whoever derives one from another.
  return remembered(colors, t, COLORS_LIMIT, () => parseColor(t));
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

interface Plan {
  groups: Record<Group, [string, Winner][]>;
  /** The custom properties the element declares, in the winners' order. */
  own: string[];
}

/** Per winners map (the cascade keeps one per candidate list and media outcome): what computeStyle reads of it. */
const plans = new WeakMap<Won, Plan>();

/** Shorthands and longhands of each group in cascade order, so a later `background-color` beats an earlier `background`. */
function planOf(won: Won): Plan {
  const known = plans.get(won);
  if (known) return known;
  const groups: Record<Group, [string, Winner][]> = { background: [], font: [], border: [], outline: [] };
  const own: string[] = [];
  for (const entry of won) {
    if (entry[0].startsWith('--')) own.push(entry[0]);
    const g = groupOf(entry[0]);
    if (g) groups[g].push(entry);
  }
  for (const list of Object.values(groups)) if (list.length > 1) list.sort((a, b) => a[1].order - b[1].order);
  const plan = { groups, own };
  plans.set(won, plan);
  return plan;
}

export function computeStyle(
  element: HtmlElement,
  parent: Computed | undefined,
  index: RuleIndex,
  state: InteractionState,
  media: MediaFilter,
): Computed {
  const won: Won = index.winners(element.tag === '#document' ? undefined : index.candidates(element, state), media);
  return styleOf(element, parent, won, media.ctx.scheme);
}

function styleOf(element: HtmlElement, parent: Computed | undefined, won: Won, scheme: Scheme): Computed {
  const { groups, own } = planOf(won);
  const inheritedCustoms = parent?.customs ?? NO_CUSTOMS;
  const customs = resolveCustoms(won, own, inheritedCustoms);
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
      const tokens = partsOf(value);
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
      const tokens = partsOf(t);
      const sizeToken = tokens.find((x) => /^[\d.]+(px|rem|em|%)(\/.*)?$/.test(x));
      fontPx = sizeToken ? minPx(sizeToken.split('/')[0] ?? '', parentPx) : undefined;
      const weightToken = tokens.find((x) => /^(bold|bolder|lighter|[1-9]00)$/.test(x));
      fontWeight = weightToken ? (weightOf(weightToken, fontWeight) ?? 400) : 400;
    } else if (prop === 'font-size') {
      fontPx = t === 'inherit' || t === 'unset' ? (parent ? parent.fontPx : 16) : minPx(t, parentPx);
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
    const c = partsOf(value).map((t) => colorValue(t, color.rgba)).find((x) => x !== undefined);
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
    const c = partsOf(value).map((t) => colorValue(t, color.rgba)).find((x) => x !== undefined);
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
