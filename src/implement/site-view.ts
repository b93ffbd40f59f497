// DesignTokens → the plain view model the page templates render; every string in it is escaped by Handlebars.
import type { Composition, CopyBlock, Finding } from '../shared/types.js';
import type { SectionId } from '../shared/vocabulary.js';
import type { DesignTokens } from './design-tokens.js';
import { AssetList, contactViewFor, factItemsFor, jsonLdFor, photoForRole, scriptJson, type ContactView, type PhotoView } from './fact-view.js';
import type { IconSet } from './icon-set.js';

/** Fallback navigation labels, used only where the copy data (CopyBlock.nav) names none. */
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
  /** Icon name from the icon set ('' when the item has none or the set lacks it). */
  icon: string;
  /** The business's own photo for the item (gallery, team, offers), or null. */
  photo: PhotoView | null;
}

export interface SectionView {
  id: SectionId;
  partial: string;
  label: string;
  title: string;
  lead: string;
  action: string;
  secondaryAction: string;
  /** Where the two calls to action point (`#contact`, `#menu`): the sections their labels name. */
  actionHref: string;
  secondaryHref: string;
  items: ItemView[];
  hasItems: boolean;
  /** `grid--n3`: the item count, so a grid can fill every row whatever the count (no holes). */
  countClass: string;
  /** Sample copy standing in for missing facts: the section carries `data-placeholder` and a visible "Sample" badge. */
  sample: boolean;
  /** The items are the business's own (from its facts). */
  fromFacts: boolean;
  /** The business's own paragraphs (the `story` fact, in the About section); empty otherwise. */
  paragraphs: string[];
  /**
   * An About section with nothing of the business's own (no story, points or photo): its name and tagline set as
   * one centred statement under the title, rather than a title beside a card with half the band empty.
   */
  statement: boolean;
}

export interface SiteView {
  name: string;
  description: string;
  title: string;
  metaDescription: string;
  domain: string;
  unicode: string;
  categoryLabel: string;
  /** The page's language: en-US when its copy is in American English (x-wdm.english), else en. */
  lang: string;
  /** The hero's eyebrow names the trade, except under the editorial masthead, whose kicker already does. */
  heroEyebrow: boolean;
  /**
   * The storefront's strip above the header: where the shop is and its phone, when the business gave them. Without
   * either it is left out; it used to repeat the tagline, which the hero's headline says just below.
   */
  topbar: { place: string; phone: string; phoneHref: string } | null;
  layout: string;
  /** The business's email, or '' (then no mailto link exists anywhere on the page). */
  contactEmail: string;
  /** Phone, email, address with map link, hours, service area and social links, as given ('' / [] otherwise). */
  contact: ContactView;
  hasFacts: boolean;
  /** Hours are given but the page has no schedule section of facts: the contact section shows the table. */
  hoursInContact: boolean;
  /** JSON-LD text for `<script type="application/ld+json">`, or '' without facts. */
  jsonLd: string;
  logo: PhotoView | null;
  heroPhoto: PhotoView | null;
  aboutPhoto: PhotoView | null;
  nav: { id: string; label: string }[];
  hero: SectionView;
  sections: SectionView[];
  composition: Composition;
  /** Body classes naming the composition: `header--band rhythm--banded cards--outline hero--split`. */
  compositionClasses: string;
  /** The art partial (`art/orbit`) and what it draws. */
  artPartial: string;
  art: { scene: string; subjects: string[] };
  /** Where the icon set's licence sits in the site folder ('' when the page shows no icon). */
  iconNotice: string;
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

/** The storefront strip's facts: the address on one line (else the area served) and the phone; null without both. */
function topbarFor(contact: ContactView): SiteView['topbar'] {
  const place = contact.addressLine !== '' ? contact.addressLine : contact.serviceArea;
  return place === '' && contact.phone === '' ? null : { place, phone: contact.phone, phoneHref: contact.phoneHref };
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

/**
 * A title without its own ordinal ("1. Get in touch" as item 1 → "Get in touch"): a numbered section (process) draws
 * the number beside each title and is an ordered list, so the number in the words would show twice. A title whose
 * number is not its place in the list keeps it.
 */
export function withoutOrdinal(title: string, index: number): string {
  const m = /^(\d+)\.\s+(\S.*)$/su.exec(title);
  return m?.[1] !== undefined && m[2] !== undefined && Number(m[1]) === index + 1 ? m[2] : title;
}

/** Sections whose template draws each item's number: their titles lose the number the copy writes. */
const NUMBERED_SECTIONS: ReadonlySet<string> = new Set(['process']);

function itemsOf(block: CopyBlock, icons: IconSet, numbered: boolean, onUnknown: (index: number, name: string) => void): ItemView[] {
  return block.items.map((item, i) => {
    let icon = item.icon ?? '';
    if (icon !== '' && !icons.icons.has(icon)) {
      if (icons.icons.size > 0) onUnknown(i, icon);
      icon = '';
    }
    return {
      // Sample copy never shows a price, even one written into its text.
      ...(block.sample === true ? { text: item.text, price: '' } : splitPrice(item.text, item.price)),
      title: numbered ? withoutOrdinal(item.title, i) : item.title,
      number: String(i + 1).padStart(2, '0'),
      initial: Array.from(item.title.trim())[0]?.toUpperCase() ?? '',
      variant: (i % 4) + 1,
      icon,
      photo: null,
    };
  });
}

function factItems(items: ReturnType<typeof factItemsFor>): ItemView[] {
  return items.map((item, i) => ({
    title: item.title,
    text: item.text,
    price: item.price,
    number: String(i + 1).padStart(2, '0'),
    initial: Array.from(item.title.trim())[0]?.toUpperCase() ?? '',
    variant: (i % 4) + 1,
    // The business's own items carry no stock icon: an icon would claim to know what the item is.
    icon: '',
    photo: item.photo ?? null,
  }));
}

/** A call to action's target: the section the copy names when it is on the page, else the fallback. */
function targetOf(named: string | undefined, onPage: ReadonlySet<string>, fallback: string): string {
  return named !== undefined && onPage.has(named) ? named : fallback;
}

/** Layout partial first, then the shared one, then the generic list section (reported, since it is plainer). */
function partialFor(layout: string, id: SectionId, partials: ReadonlySet<string>): string | undefined {
  for (const name of [`${layout}/${id}`, `shared/${id}`, 'shared/section']) if (partials.has(name)) return name;
  return undefined;
}

export function siteViewFor(tokens: DesignTokens, partials: ReadonlySet<string>, findings: Finding[], icons: IconSet, assets: AssetList = new AssetList()): SiteView {
  const { wdm } = tokens;
  const facts = wdm.facts;
  // The hero photo is the first image on screen: it loads eagerly; every other photo lazily.
  const heroSource = photoForRole(facts, 'hero');
  const heroPhoto = heroSource ? assets.photo(heroSource, false) : null;
  const aboutSource = wdm.sections.includes('about') ? photoForRole(facts, 'about') : undefined;
  const aboutPhoto = aboutSource ? assets.photo(aboutSource, true) : null;
  const logo = facts?.logo ? assets.photo({ ...facts.logo, alt: facts.logo.alt || `${tokens.name} logo` }, false) : null;
  const file = tokens.file;
  const firstAfterHero = wdm.sections.find((s) => s !== 'hero') ?? 'contact';
  const onPage = new Set<string>(wdm.sections);
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
    // A block that names a fact (`from`) shows the business's own items; otherwise the rules' copy.
    const from = facts !== undefined ? block.from : undefined;
    const fromFacts = from !== undefined;
    const paragraphs = from === 'story' ? [...(facts?.story ?? [])] : [];
    const items = from !== undefined && facts !== undefined
      ? factItems(factItemsFor(id, from, facts, assets))
      : itemsOf(block, icons, NUMBERED_SECTIONS.has(id), (i, name) =>
          findings.push({
            severity: 'warning',
            rule: 'implement/unknown-icon',
            message: `found the icon "${name}", expected a name of the ${icons.id} icon set; the item is shown without one`,
            place: { file, path: `x-wdm.copy.${id}.items[${i}].icon` },
          }),
        );
    sections.push({
      id,
      partial,
      label: block.nav ?? SECTION_LABELS[id],
      title: block.title,
      lead: block.lead,
      action: block.action ?? '',
      secondaryAction: block.secondaryAction ?? '',
      actionHref: `#${targetOf(block.actionTarget, onPage, 'contact')}`,
      secondaryHref: `#${targetOf(block.secondaryActionTarget, onPage, firstAfterHero)}`,
      items,
      hasItems: items.length > 0,
      countClass: `grid--n${Math.min(items.length, 12)}`,
      sample: block.sample === true,
      fromFacts,
      paragraphs,
      statement: id === 'about' && paragraphs.length === 0 && items.length === 0 && aboutPhoto === null,
    });
  });
  const hero = sections.find((s) => s.id === 'hero');
  if (!hero) throw new Error('siteViewFor: readDesign guarantees a hero section');
  // One call to action is enough (the second is left out where it would repeat the first); none is not.
  if (hero.action === '') {
    findings.push({
      severity: 'warning',
      rule: 'implement/hero-actions',
      message: 'found a hero without action, expected its main call to action',
      place: { file, path: 'x-wdm.copy.hero' },
    });
  } else if (hero.secondaryAction !== '' && (hero.secondaryHref === hero.actionHref || hero.secondaryAction === hero.action)) {
    findings.push({
      severity: 'warning',
      rule: 'implement/hero-actions',
      message: `found two hero buttons that repeat each other ("${hero.action}" to ${hero.actionHref}, "${hero.secondaryAction}" to ${hero.secondaryHref}), expected the second to lead elsewhere or be left out`,
      place: { file, path: 'x-wdm.copy.hero.secondaryAction' },
    });
  }
  const title = titleFor(tokens.name, wdm.categoryLabel);
  const contact = contactViewFor(facts);
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
    lang: wdm.english === 'us' ? 'en-US' : 'en',
    heroEyebrow: wdm.layout !== 'editorial',
    topbar: topbarFor(contact),
    layout: wdm.layout,
    contactEmail: facts?.email ?? '',
    contact,
    hasFacts: facts !== undefined,
    hoursInContact: (facts?.hours?.length ?? 0) > 0 && !sections.some((sec) => sec.id === 'schedule' && sec.fromFacts),
    jsonLd: facts === undefined ? '' : scriptJson(jsonLdFor({ name: tokens.name, domain: wdm.domain, types: wdm.jsonLd.types, localBusiness: wdm.jsonLd.localBusiness, facts, ...(logo ? { logo } : {}), images: [heroPhoto, ...(facts.photos ?? []).map((p) => assets.photo(p, true))].filter((p): p is PhotoView => p !== null).filter((p, i, all) => all.findIndex((q) => q.src === p.src) === i) })),
    logo,
    heroPhoto,
    aboutPhoto,
    nav: sections.filter((s) => s.id !== 'hero' && s.id !== 'cta').map((s) => ({ id: s.id, label: s.label })),
    hero,
    sections,
    composition: wdm.composition,
    compositionClasses: `header--${wdm.composition.header} rhythm--${wdm.composition.rhythm} cards--${wdm.composition.cards}`,
    artPartial: `art/${wdm.composition.scene}`,
    art: { scene: wdm.composition.scene, subjects: wdm.composition.subjects },
    // Every page draws its art from the set, so a loaded set is always used.
    iconNotice: icons.icons.size > 0 ? icons.license.path : '',
  };
}
