// Design quality: generic pages repeat one icon-above-heading card grid in every section and draw every icon alike.
import type { Finding } from '../../shared/types.js';
import { allElements, type HtmlElement } from '../html-tree.js';
import type { SiteCheck } from './index.js';
import { elementsOf } from './text.js';

/** Lists with fewer items than this say nothing about sameness. */
const MIN_ITEMS = 3;
/** This many sections with the same icon-above-heading card make the page a template. */
const MAX_ICON_CARD_SECTIONS = 2;

const descendants = (e: HtmlElement): HtmlElement[] => allElements(e);

/** The item list of a section: its first ul/ol/div whose children are three or more of one tag. */
function itemsOf(section: HtmlElement): HtmlElement[] {
  for (const e of descendants(section)) {
    if (!['ul', 'ol', 'div'].includes(e.tag) || e.children.length < MIN_ITEMS) continue;
    const tag = e.children[0]?.tag;
    if (e.children.every((c) => c.tag === tag) && tag !== 'div') return e.children;
    if (tag === 'div' && e.children.every((c) => c.tag === 'div') && e.children.some((c) => c.children.some((g) => g.tag === 'h3'))) return e.children;
  }
  return [];
}

/**
 * An icon above a heading: the item's heading is its own child and an earlier child holds an svg (a card stacks
 * them). A heading wrapped with its text beside the icon's wrapper is the side-by-side arrangement.
 */
function iconAboveHeading(item: HtmlElement): boolean {
  const heading = item.children.findIndex((c) => c.tag === 'h3');
  if (heading === -1) return false;
  return item.children.slice(0, heading).some((c) => c.tag === 'svg' || descendants(c).some((e) => e.tag === 'svg'));
}

/** An item icon (class `icon` or `<block>__icon`), not an ornament such as a quotation mark. */
const isIcon = (e: HtmlElement): boolean => e.tag === 'svg' && [...e.classes].some((c) => c === 'icon' || c.endsWith('__icon'));

/** The drawing of an icon: its shapes and their geometry. */
function iconKey(svg: HtmlElement): string {
  return descendants(svg)
    .map((e) => `${e.tag}(${[...e.attrs].filter(([k]) => k !== 'class').map(([k, v]) => `${k}=${v}`).join(',')})`)
    .join(';');
}

export const samenessCheck: SiteCheck = {
  meta: { id: 'quality-sameness', reads: ['html'], description: 'no icon-above-heading card grid in every section, and no section whose icons are all the same drawing' },
  run(input) {
    const findings: Finding[] = [];
    const sections = elementsOf(input).filter((e) => e.tag === 'section' && e.id !== undefined);
    const iconCards: HtmlElement[] = [];
    for (const section of sections) {
      const items = itemsOf(section);
      if (items.length < MIN_ITEMS) continue;
      if (items.every(iconAboveHeading)) iconCards.push(section);
      const icons = items.map((item) => descendants(item).find(isIcon)).filter((s): s is HtmlElement => s !== undefined);
      if (icons.length === items.length && new Set(icons.map(iconKey)).size === 1) {
        findings.push({
          severity: 'error',
          rule: 'quality/icons-alike',
          message: `found ${icons.length} items in section "${section.id}" with the same icon, expected an icon that tells each item apart (rules/icons.yaml)`,
          place: { file: input.htmlFile, line: section.line },
        });
      }
    }
    if (iconCards.length > MAX_ICON_CARD_SECTIONS) {
      findings.push({
        severity: 'error',
        rule: 'quality/same-card-grid',
        message: `found the same icon-above-heading card grid in ${iconCards.length} sections (${iconCards.map((s) => s.id).join(', ')}), expected at most ${MAX_ICON_CARD_SECTIONS}: vary how sections present their items`,
        place: { file: input.htmlFile, line: iconCards[0]?.line ?? 1 },
      });
    }
    return findings;
  },
};
