// The content brief of a DESIGN.md: what the business must supply (facts, photos) and how to write, as view data.
import type { Design, FactKey } from '../shared/types.js';
import { escapeMarkdown as md, codeSpan } from './markdown.js';

/** What each fact is for on the page, in the brief's words. */
const FACT_USE: Record<FactKey, [label: string, use: string]> = {
  phone: ['Phone number', 'a tap-to-call link in the contact section and the JSON-LD'],
  email: ['Email address', 'the contact link and the contact form; without it the form has no address to send to'],
  address: ['Street address', 'the contact section with a map link, and the JSON-LD'],
  hours: ['Opening hours', 'an opening-hours table (days, opening and closing times)'],
  serviceArea: ['Service area', 'the places the business works in, listed in the contact section'],
  story: ['Story', 'one to four short paragraphs in the business\'s own words (who runs it, how they work), shown in the About section'],
  services: ['Services', 'the services list, each with an optional description and price'],
  menu: ['Menu', 'the menu, each dish with its price'],
  products: ['Products', 'the products, each with its price'],
  listings: ['Listings', 'the current listings, each with its price'],
  team: ['Team', 'the team section: names and roles, a portrait each'],
  testimonials: ['Testimonials', 'quotes from real customers, each with their name (and permission to publish it)'],
  figures: ['Figures', 'a few numbers the business can stand behind (years trading, jobs done)'],
  social: ['Social links', 'links to the business\'s own profiles (https only)'],
  logo: ['Logo', 'the logo beside the name (PNG or WebP)'],
  photos: ['Photos', 'the photos listed below'],
};

function sectionName(id: string): string {
  return id === 'faq' ? 'FAQ' : id.charAt(0).toUpperCase() + id.slice(1);
}

function sentenceList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface BriefView {
  contentFile: string;
  missing: { label: string; key: string; use: string }[];
  hasMissing: boolean;
  dropped: string;
  hasDropped: boolean;
  samples: string;
  hasSamples: boolean;
  photos: { slot: string; count: string; aspect: string; subject: string; place: string; alt: string; status: string }[];
  hasPhotos: boolean;
  voice: string;
  tone: string;
  taglineNote: string;
}

/** View data for templates/design/partials/content-brief.hbs, every value Markdown-escaped. */
export function briefViewFor(design: Design): BriefView {
  const { selection } = design;
  const plan = selection.content;
  const storefront = selection.layout.template === 'storefront';
  const missing = (plan?.missing ?? []).map((key) => {
    const [label, base] = FACT_USE[key];
    // A storefront also sets the address and the phone in the strip above its header (left out without either).
    const use = storefront && (key === 'address' || key === 'phone') ? `${base}; also the strip above the header` : base;
    return { label: md(label), key: codeSpan(key), use: md(use) };
  });
  const dropped = (plan?.dropped ?? []).map((d) => {
    const photo = d.orPhoto === undefined ? '' : `, or a photo with role ${codeSpan(d.orPhoto)}`;
    return `${md(sectionName(d.section))} (needs ${d.needs.map((n) => codeSpan(n)).join(' and ')}${photo})`;
  });
  const samples = (plan?.samples ?? []).map((s) => md(sectionName(s)));
  const photos = (plan?.photos ?? []).map((p) => ({
    slot: md(sectionName(p.slot)),
    count: p.count === 1 ? 'one photo' : `${p.count} photos`,
    aspect: md(p.aspect),
    subject: md(p.subject),
    place: md(p.place),
    alt: md(p.alt),
    status: p.given >= p.count ? 'supplied' : p.given > 0 ? `${p.given} of ${p.count} supplied` : 'not supplied yet',
  }));
  return {
    contentFile: codeSpan(`content/<batch>/${design.site.domain}.yaml`),
    missing,
    hasMissing: missing.length > 0,
    dropped: sentenceList(dropped),
    hasDropped: dropped.length > 0,
    samples: sentenceList(samples),
    hasSamples: samples.length > 0,
    photos,
    hasPhotos: photos.length > 0,
    voice: md(sentenceList(selection.voice)),
    tone: md(selection.tone),
    taglineNote:
      selection.taglineSource === 'given'
        ? `The tagline is the business's own (“${md(selection.tagline)}”): keep its words and build the hero around it.`
        : `The tagline (“${md(selection.tagline)}”) comes from the category's rules: replace it with one line in the business's own words.`,
  };
}
