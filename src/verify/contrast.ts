// WCAG contrast of every text, focus outline and form-control border as the page's own CSS paints it, both schemes.
//
// What this proves, statically: for each element of the HTML that holds text, the colour the cascade gives it
// (selectors, specificity, !important, source order, inheritance, custom properties and var() fallbacks, media
// queries for the colour scheme and for 390 and 1280 px wide) against the backgrounds of the element and its
// ancestors, composited; resting and hover state for links and buttons, focus outline for focusable elements.
// Selectors are matched by css-select over the tree parse5 builds; one it cannot evaluate (a non-standard
// pseudo-class, nesting) never matches and, when its rule sets paint, is reported as unprovable.
// What it cannot prove: text over a positioned sibling (an absolutely placed image or SVG behind the text), text
// over background images or gradients (reported as unprovable, never passed), transforms, filters, blend modes,
// opacity on the element that paints the background, and user-agent styles beyond the canvas colours.
// The browser suite's axe-core run covers the rendered page.
import { ratioText } from '../shared/format.js';
import type { Finding, Scheme } from '../shared/types.js';
import { MediaFilter, RuleIndex } from './cascade.js';
import { computeStyle, CANVAS, readsProperty, type Computed, type Painted, type Source } from './computed-style.js';
import { composite, contrastRatio, hexOfRgba, type Rgba } from './css-resolve.js';
import type { CssRule } from './css-model.js';
import { describeElement, type HtmlElement } from './html-tree.js';
import { mediaDependsOnWidth, type MediaContext } from './media.js';
import { RESTING, type InteractionState } from './selector-match.js';
import { remembered } from '../shared/memo.js';

export interface ContrastInput {
  root: HtmlElement;
  rules: readonly CssRule[];
  htmlFile: string;
  cssFile: string;
  /**
   * Called with every pair the check compares, passing or not (the fast path records them once per shape and
   * redoes the arithmetic per site). `direct` is true when neither colour was composited: the foreground is one
   * opaque declared colour and the backdrop one opaque background, with no opacity in between.
   */
  observe?: (probe: ContrastProbe) => void;
  /**
   * Report only what holds whatever the colours are (an unprovable selector or background image): the fast path
   * runs the check on a sheet whose colours are stand-ins, where a failing pair says nothing and is not kept.
   */
  unprovableOnly?: boolean;
}

export interface ContrastProbe {
  fg: Rgba;
  back: Rgba;
  target: number;
  direct: boolean;
}

const NON_VISUAL = new Set(['#document', 'html', 'head', 'title', 'meta', 'link', 'script', 'style', 'template', 'noscript']);
const FORM_CONTROLS = new Set(['input', 'textarea', 'select']);
const PAINT_PROPERTY = /^(color|background(-color|-image)?|border.*|outline.*|opacity|display|visibility|font(-size|-weight)?|--.*)$/;
/** What a width query must change for the check to look at two viewport widths: colours, paint and visibility. */
const WIDTH_RELEVANT = /^(color|background(-color|-image)?|border(-[a-z-]+)?-color|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?|outline(-color)?|opacity|visibility|--.*)$/;
const WIDTHS = [390, 1280] as const;

/** Per property name (a sheet repeats a few dozen): what computeStyle reads, and what paints. */
const kept = new Map<string, boolean>();
const painting = new Map<string, boolean>();
const PROPERTY_MEMO_LIMIT = 4096;

function keptProperty(property: string): boolean {
  return remembered(kept, property, PROPERTY_MEMO_LIMIT, () => property.startsWith('--') || readsProperty(property));
}

function paints(property: string): boolean {
  return remembered(painting, property, PROPERTY_MEMO_LIMIT, () => PAINT_PROPERTY.test(property));
}

/**
 * Whether the check reads declarations of this property, to compute a style or to judge a selector: a rule that
 * declares none of them changes no finding and no compared pair.
 */
export function contrastReads(property: string): boolean {
  return keptProperty(property) || paints(property);
}

function isInteractive(e: HtmlElement): boolean {
  return (e.tag === 'a' && e.attrs.has('href')) || e.tag === 'button' || e.tag === 'summary';
}

function isFocusable(e: HtmlElement): boolean {
  return isInteractive(e) || FORM_CONTROLS.has(e.tag);
}

/** Large text in WCAG terms: at least 24 px, or at least 18.66 px (14 pt) and bold. */
function isLarge(c: Computed): boolean {
  if (c.fontPx === undefined) return false;
  return c.fontPx >= 24 || (c.fontPx >= 18.66 && c.fontWeight >= 700);
}

interface Backdrop {
  rgba: Rgba;
  from: Source | undefined;
  /** Product of the opacities between the text and the opaque layer it sits on. */
  opacity: number;
  image: Source | undefined;
  /** One opaque layer, and no opacity between it and the element: the colour is a declared one, not a mix. */
  direct: boolean;
}

/** The colour behind an element: its own and its ancestors' backgrounds, composited down to an opaque one. */
function backdropOf(c: Computed, scheme: Scheme, includeSelf: boolean): Backdrop {
  const layers: Painted[] = [];
  let opacity = 1;
  let node: Computed | undefined = includeSelf ? c : c.parent;
  let from: Source | undefined;
  let image: Source | undefined;
  for (; node; node = node.parent) {
    const bg = node.background;
    if (bg.kind === 'image') {
      image = bg.from;
      break;
    }
    if (bg.kind === 'color') {
      layers.push(bg.paint);
      from ??= bg.paint.from;
      if (bg.paint.rgba.a >= 1) break;
    }
    opacity *= node.opacity;
  }
  let rgba = CANVAS[scheme];
  for (let i = layers.length - 1; i >= 0; i--) rgba = composite((layers[i] as Painted).rgba, rgba);
  const direct = layers.length === 1 && (layers[0] as Painted).rgba.a >= 1 && opacity === 1;
  return { rgba, from, opacity, image, direct };
}

function where(source: Source | undefined, cssFile: string): string {
  return source ? `${source.selector} { ${source.declared} } at ${cssFile}:${source.line}` : 'the browser default';
}

function sameRgba(a: Rgba, b: Rgba): boolean {
  return a.r === b.r && a.g === b.g && a.b === b.b && a.a === b.a;
}

function samePaint(a: Computed, b: Computed, scheme: Scheme): boolean {
  const ba = backdropOf(a, scheme, true);
  const bb = backdropOf(b, scheme, true);
  return sameRgba(a.color.rgba, b.color.rgba) && sameRgba(ba.rgba, bb.rgba) && ba.opacity === bb.opacity && ba.image === undefined && bb.image === undefined;
}

interface Problem {
  key: string;
  finding: Finding;
  count: number;
}

export function contrastFindings(input: ContrastInput): Finding[] {
  const { root, rules, htmlFile, cssFile } = input;
  const problems = new Map<string, Problem>();
  const add = (key: string, make: () => Finding) => {
    const seen = problems.get(key);
    if (seen) seen.count++;
    else problems.set(key, { key, finding: make(), count: 1 });
  };

  for (const rule of rules) {
    if (!rule.declarations.some((d) => paints(d.property))) continue;
    for (const sel of rule.selectors) {
      const unsupported = sel.unsupported;
      if (unsupported) {
        add(`unsupported|${rule.line}|${sel.text}`, () => ({
          severity: 'error',
          rule: 'contrast/unprovable-selector',
          message: `Unexpected ${unsupported} in "${sel.text}", which sets colours the contrast check cannot evaluate; expected selectors of standard CSS (tags, classes, ids, attributes, structural pseudo-classes, :not(), :is(), :where(), :has() and interaction states)`,
          place: { file: cssFile, line: rule.line },
        }));
      }
    }
  }

  const widthDependent = rules.some(
    (r) => r.media.some(mediaDependsOnWidth) && r.declarations.some((d) => WIDTH_RELEVANT.test(d.property) || (d.property === 'display' && d.value.trim() === 'none')),
  );
  // Only what computeStyle reads is indexed: a rule setting nothing else (layout, spacing) is never matched.
  const index = new RuleIndex(rules, keptProperty);
  const contexts: MediaContext[] = [];
  for (const scheme of ['light', 'dark'] as const) for (const width of widthDependent ? WIDTHS : [WIDTHS[1]]) contexts.push({ scheme, width });

  for (const ctx of contexts) {
    const media = new MediaFilter(ctx);
    const label = `${ctx.scheme} scheme${widthDependent ? ` at ${ctx.width} px` : ''}`;
    const resting = new Map<HtmlElement, Computed>();
    const walk = (e: HtmlElement, parent: Computed | undefined) => {
      const c = computeStyle(e, parent, index, RESTING, media);
      resting.set(e, c);
      // Below a hidden element or inside an <svg> every element is hidden or in the drawing too (both are
      // inherited): none is checked, none is on the path to a checked one, so none is computed.
      if (c.hidden || c.inSvg) return;
      for (const child of e.children) walk(child, c);
    };
    walk(root, undefined);

    /** The chain root → e recomputed with e hovered or focused (ancestors match :hover and :focus-within too). */
    const inState = (e: HtmlElement, state: InteractionState): Computed => {
      const path: HtmlElement[] = [];
      for (let p: HtmlElement | undefined = e; p; p = p.parent) path.unshift(p);
      let c: Computed | undefined;
      let unchanged = true;
      for (const node of path) {
        // Until the state changes some match on the path, the resting styles are the styles in that state.
        unchanged = unchanged && index.candidates(node, state) === index.candidates(node, RESTING);
        c = unchanged ? (resting.get(node) as Computed) : computeStyle(node, c, index, state, media);
      }
      return c as Computed;
    };

    const checkText = (c: Computed, stateLabel: string) => {
      const e = c.element;
      const back = backdropOf(c, ctx.scheme, true);
      // Only a finding needs the words: a passing pair (nearly all of them) builds none.
      const subjectOf = () => {
        const excerpt = e.text.length > 40 ? `${e.text.slice(0, 39)}…` : e.text;
        return `${FORM_CONTROLS.has(e.tag) ? 'the text typed into' : `the text "${excerpt}" of`} ${describeElement(e)} (${htmlFile}:${e.line})`;
      };
      if (back.image) {
        add(`image|${ctx.scheme}|${back.image.line}`, () => ({
          severity: 'error',
          rule: 'contrast/unprovable-background',
          message: `Unexpected background image under ${subjectOf()} in the ${label}: ${where(back.image, cssFile)}; expected a solid background colour whose contrast can be computed`,
          place: { file: cssFile, line: back.image?.line ?? 0 },
        }));
        return;
      }
      const fg = composite({ ...c.color.rgba, a: c.color.rgba.a * back.opacity }, back.rgba);
      const large = isLarge(c);
      const target = large ? 3 : 4.5;
      input.observe?.({ fg, back: back.rgba, target, direct: back.direct && back.opacity === 1 && c.color.rgba.a === 1 });
      if (input.unprovableOnly) return;
      const ratio = contrastRatio(fg, back.rgba);
      if (ratio + 1e-9 >= target) return;
      const key = `text|${ctx.scheme}|${stateLabel}|${hexOfRgba(fg)}|${hexOfRgba(back.rgba)}|${target}|${c.color.from?.line}|${back.from?.line}`;
      add(key, () => ({
        severity: 'error',
        rule: 'contrast/text',
        message:
          `Unexpected contrast ${ratioText(ratio)}:1 for ${subjectOf()}${stateLabel ? ` ${stateLabel}` : ''} in the ${label}: ` +
          `colour ${hexOfRgba(fg)} from ${where(c.color.from, cssFile)} on ${hexOfRgba(back.rgba)} from ${where(back.from, cssFile)}; ` +
          `expected at least ${target}:1 (${large ? 'large' : 'normal'} text)`,
        place: { file: cssFile, line: c.color.from?.line ?? back.from?.line ?? 0 },
      }));
    };

    const checkLine = (c: Computed, paint: Painted, what: string, stateLabel: string) => {
      const e = c.element;
      const back = backdropOf(c, ctx.scheme, false);
      if (back.image) return; // reported for the text on it
      const line = composite(paint.rgba, back.rgba);
      input.observe?.({ fg: line, back: back.rgba, target: 3, direct: back.direct && paint.rgba.a === 1 });
      if (input.unprovableOnly) return;
      const ratio = contrastRatio(line, back.rgba);
      if (ratio + 1e-9 >= 3) return;
      add(`${what}|${ctx.scheme}|${stateLabel}|${hexOfRgba(line)}|${hexOfRgba(back.rgba)}|${paint.from?.line}|${back.from?.line}`, () => ({
        severity: 'error',
        rule: what === 'focus outline' ? 'contrast/focus' : 'contrast/ui-border',
        message:
          `Unexpected contrast ${ratioText(ratio)}:1 for the ${what} of ${describeElement(e)} (${htmlFile}:${e.line})${stateLabel ? ` ${stateLabel}` : ''} in the ${label}: ` +
          `${hexOfRgba(line)} from ${where(paint.from, cssFile)} against ${hexOfRgba(back.rgba)} from ${where(back.from, cssFile)}; expected at least 3:1 (non-text contrast)`,
        place: { file: cssFile, line: paint.from?.line ?? 0 },
      }));
    };

    for (const [e, c] of resting) {
      if (NON_VISUAL.has(e.tag) || c.hidden || c.inSvg) continue;
      if (e.text !== '' || FORM_CONTROLS.has(e.tag)) checkText(c, '');
      if (FORM_CONTROLS.has(e.tag) && c.border) checkLine(c, c.border, 'border', '');
      if (isInteractive(e)) {
        const hovered = inState(e, { element: e, kind: 'hover' });
        // A hover rule that changes nothing this check sees would only repeat the resting result.
        if (e.text !== '' && !samePaint(hovered, c, ctx.scheme)) checkText(hovered, 'on hover');
        // Text inside the link or button (a <span>, <strong>) is hovered with it.
        for (const child of e.children) if (child.text !== '') checkText(computeStyle(child, hovered, index, { element: e, kind: 'hover' }, media), 'on hover');
      }
      if (isFocusable(e)) {
        const focused = inState(e, { element: e, kind: 'focus' });
        if (focused.outline) checkLine(focused, focused.outline, 'focus outline', 'when focused');
      }
    }
  }

  const out: Finding[] = [];
  for (const p of problems.values()) {
    out.push(p.count > 1 ? { ...p.finding, message: `${p.finding.message} (${p.count} places share this pair)` } : p.finding);
  }
  return out;
}
