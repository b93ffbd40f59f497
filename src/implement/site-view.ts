// DesignTokens → the plain view model the page templates render; every string in it is escaped by Handlebars.
import type { CopyBlock, Finding } from '../shared/types.js';
import type { SectionId } from '../shared/vocabulary.js';
import type { DesignTokens } from './design-tokens.js';

/** Short navigation labels: a section's title is a sentence and would crowd the header. */
export const SECTION_LABELS: Record<SectionId, string> = {
  hero: 'Home',
  services: 'Services',
  features: 'Features',
  about: 'About',
  process: 'Process',
  stats: 'Facts',
  testimonials: 'Reviews',
  gallery: 'Work',
  menu: 'Menu',
  pricing: 'Pricing',
  team: 'Team',
  faq: 'FAQ',
  listings: 'Listings',
  schedule: 'Hours',
  products: 'Shop',
  articles: 'Journal',
  cta: 'Start',
  contact: 'Contact',
};

/** html-validate's long-title rule (and search engines) cut titles at 70 characters. */
const MAX_TITLE = 70;

export interface ItemView {
  title: string;
  text: string;
  price: string;
  /** 1-based, two digits: numbered steps and lists. */
  number: string;
  /** First letter of the title, for monogram avatars. */
  initial: string;
  /** 1..4, cycles: decorative variation of frames and icons. */
  variant: number;
}

export interface SectionView {
  id: SectionId;
  partial: string;
  label: string;
  title: string;
  lead: string;
  action: string;
  secondaryAction: string;
  /** Where the secondary action points: the first section after the hero. */
  secondaryHref: string;
  items: ItemView[];
  hasItems: boolean;
}

export interface SiteView {
  name: string;
  description: string;
  title: string;
  metaDescription: string;
  domain: string;
  unicode: string;
  categoryLabel: string;
  layout: string;
  contactEmail: string;
  nav: { id: string; label: string }[];
  hero: SectionView;
  sections: SectionView[];
}

/** Characters Handlebars escapes, with the length of their entity: the validator counts the escaped source. */
const ENTITY_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 6, '`': 6, '=': 6 };
const escapedLength = (text: string): number => Array.from(text).reduce((n, ch) => n + (ENTITY_LENGTH[ch] ?? ch.length), 0);

function titleFor(name: string, label: string): string {
  const full = `${name} · ${label}`;
  if (escapedLength(full) <= MAX_TITLE) return full;
  if (escapedLength(name) <= MAX_TITLE) return name;
  const chars = Array.from(name);
  while (chars.length > 0 && escapedLength(`${chars.join('')}…`) > MAX_TITLE) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * A price written at the end of an item's text ("Basil oil, aged balsamic. $14", "… media. From $450") is lifted
 * out so the layout can set it in its price column; the text keeps everything before it. Only a whole last
 * sentence made of a currency amount (optionally "From") is taken.
 */
const TRAILING_PRICE = /^(.*[.!?])\s+((?:[Ff]rom\s+)?[$€£¥]\s?\d[\d,.]*\d(?:\s?[–-]\s?[$€£¥]?\d[\d,.]*\d)?|(?:[Ff]rom\s+)?[$€£¥]\s?\d)\.?$/su;

export function splitPrice(text: string, price: string | undefined): { text: string; price: string } {
  if (price !== undefined && price !== '') return { text, price };
  const m = TRAILING_PRICE.exec(text.trim());
  if (!m?.[1] || !m[2]) return { text, price: '' };
  return { text: m[1], price: m[2] };
}

function itemsOf(block: CopyBlock): ItemView[] {
  return block.items.map((item, i) => ({
    ...splitPrice(item.text, item.price),
    title: item.title,
    number: String(i + 1).padStart(2, '0'),
    initial: Array.from(item.title.trim())[0]?.toUpperCase() ?? '',
    variant: (i % 4) + 1,
  }));
}

/** Layout partial first, then the shared one, then the generic list section (reported, since it is plainer). */
function partialFor(layout: string, id: SectionId, partials: ReadonlySet<string>): string | undefined {
  for (const name of [`${layout}/${id}`, `shared/${id}`, 'shared/section']) if (partials.has(name)) return name;
  return undefined;
}

export function siteViewFor(tokens: DesignTokens, partials: ReadonlySet<string>, findings: Finding[]): SiteView {
  const { wdm } = tokens;
  const file = tokens.file;
  const firstAfterHero = wdm.sections.find((s) => s !== 'hero') ?? 'contact';
  const sections: SectionView[] = [];
  wdm.sections.forEach((id, index) => {
    const block = wdm.copy[id];
    if (!block) return; // readDesign guarantees a block per section
    const partial = partialFor(wdm.layout, id, partials);
    if (partial === undefined) {
      findings.push({
        severity: 'error',
        rule: 'implement/missing-partial',
        message: `found no partial for the section "${id}", expected templates/site/${wdm.layout}/partials/${id}.hbs, templates/site/partials/${id}.hbs or templates/site/partials/section.hbs`,
        place: { file, path: `x-wdm.sections[${index}]` },
      });
      return;
    }
    if (partial === 'shared/section') {
      findings.push({
        severity: 'info',
        rule: 'implement/generic-section',
        message: `section "${id}" has no partial of its own; rendered as a generic list`,
        place: { file, path: `x-wdm.sections[${index}]` },
      });
    }
    sections.push({
      id,
      partial,
      label: SECTION_LABELS[id],
      title: block.title,
      lead: block.lead,
      action: block.action ?? '',
      secondaryAction: block.secondaryAction ?? '',
      secondaryHref: `#${firstAfterHero}`,
      items: itemsOf(block),
      hasItems: block.items.length > 0,
    });
  });
  const hero = sections.find((s) => s.id === 'hero');
  if (!hero) throw new Error('siteViewFor: readDesign guarantees a hero section');
  if (hero.action === '' || hero.secondaryAction === '') {
    findings.push({
      severity: 'warning',
      rule: 'implement/hero-actions',
      message: 'found a hero without action and secondaryAction, expected both calls to action',
      place: { file, path: 'x-wdm.copy.hero' },
    });
  }
  const title = titleFor(tokens.name, wdm.categoryLabel);
  if (!title.startsWith(tokens.name)) {
    findings.push({ severity: 'info', rule: 'implement/title-truncated', message: `name is longer than ${MAX_TITLE} characters; the page title was shortened`, place: { file, path: 'name' } });
  }
  return {
    name: tokens.name,
    description: tokens.description,
    title,
    metaDescription: tokens.description.trim() === '' ? tokens.name : tokens.description,
    domain: wdm.domain,
    unicode: wdm.unicode,
    categoryLabel: wdm.categoryLabel,
    layout: wdm.layout,
    contactEmail: `hello@${wdm.domain}`,
    nav: sections.filter((s) => s.id !== 'hero' && s.id !== 'cta').map((s) => ({ id: s.id, label: s.label })),
    hero,
    sections,
  };
}
