// The icon set as validated data (element names and attributes), serialised to inline SVG only from that data.
import type { SiteAsset } from '../shared/types.js';

export interface IconElement {
  tag: string;
  attrs: readonly (readonly [string, string])[];
}

export interface IconSet {
  /** `lucide` */
  id: string;
  icons: ReadonlyMap<string, readonly IconElement[]>;
  /** The set's licence, copied into every site that shows one of its icons. */
  license: SiteAsset;
}

/** Shapes an icon may use, and the attributes each may carry: nothing that scripts, links or loads. */
const TAGS = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);
const ATTRS = new Set(['d', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'points']);
const VALUE = /^[-0-9a-zA-Z .,]{1,4000}$/;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lucide's `icon-nodes.json` (`{ name: [[tag, { attr: value }], ...] }`) → an icon set. Elements or attributes
 * outside the allow-list are refused with the icon's name, so a changed package cannot smuggle markup into a page.
 */
export function iconSetFromNodes(id: string, nodes: unknown, license: SiteAsset): IconSet {
  if (nodes === null || typeof nodes !== 'object' || Array.isArray(nodes)) throw new Error(`icon set ${id}: expected a map of icon name to elements`);
  const icons = new Map<string, IconElement[]>();
  for (const [name, elements] of Object.entries(nodes as Record<string, unknown>)) {
    if (!NAME.test(name) || !Array.isArray(elements)) throw new Error(`icon set ${id}: icon "${name}" is not a list of elements`);
    const out: IconElement[] = [];
    for (const element of elements) {
      if (!Array.isArray(element) || typeof element[0] !== 'string' || !TAGS.has(element[0]) || element[1] === null || typeof element[1] !== 'object') {
        throw new Error(`icon set ${id}: icon "${name}" has an element outside ${[...TAGS].join(', ')}`);
      }
      const attrs: [string, string][] = [];
      for (const [key, value] of Object.entries(element[1] as Record<string, unknown>)) {
        if (key === 'key') continue; // a React key in some builds: not an SVG attribute
        const text = typeof value === 'number' ? String(value) : value;
        // A few icons fill a dot in the stroke colour: allowed, as that colour only.
        if (key === 'fill' && text === 'currentColor') {
          attrs.push([key, text]);
          continue;
        }
        if (!ATTRS.has(key) || typeof text !== 'string' || !VALUE.test(text)) throw new Error(`icon set ${id}: icon "${name}" has the attribute ${key}="${String(value)}", expected geometry only`);
        attrs.push([key, text]);
      }
      out.push({ tag: element[0], attrs });
    }
    icons.set(name, out);
  }
  return { id, icons, license };
}

/** The icon's shapes as SVG elements (no wrapper), or undefined for a name the set lacks. */
export function iconShapes(set: IconSet, name: string): string | undefined {
  const elements = set.icons.get(name);
  if (!elements) return undefined;
  return elements.map((e) => `<${e.tag}${e.attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}/>`).join('');
}

/** Presentation attributes shared by every icon: Lucide draws with a 2-unit round stroke in currentColor. */
export const ICON_STROKE = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

/** An inline, decorative icon: hidden from assistive technology and from keyboard focus, coloured by the text colour. */
export function iconSvg(set: IconSet, name: string, className: string): string | undefined {
  const shapes = iconShapes(set, name);
  if (shapes === undefined) return undefined;
  return `<svg class="${className}" viewBox="0 0 24 24" width="24" height="24" ${ICON_STROKE} aria-hidden="true" focusable="false">${shapes}</svg>`;
}

/** An empty set: pages render without icons (used by callers that pass none). */
export const NO_ICONS: IconSet = { id: 'none', icons: new Map(), license: { path: 'assets/none', source: { kind: 'text', text: '' }, sha256: '' } };
