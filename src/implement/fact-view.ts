// The business's facts → view fields of the page (contact links, hours table, photos, JSON-LD) and the assets the
// page references. Only facts become facts on the page: nothing here is ever filled from rules or guessed.
import { telOf } from '../batch/index.js';
import type { Facts, FactKey, OpeningHours, Photo, SiteAsset } from '../shared/types.js';

export interface PhotoView {
  /** `assets/<stem>-<sha8>.<ext>`, relative to the page. */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  /** Every photo but the first one on screen loads lazily. */
  lazy: boolean;
}

export interface HoursRow {
  /** "Monday to Friday", "Saturday", "Monday, Wednesday and Friday". */
  days: string;
  opens: string;
  closes: string;
}

export interface FactItemView {
  title: string;
  text: string;
  price: string;
  photo?: PhotoView;
}

export interface ContactView {
  phone: string;
  phoneHref: string;
  email: string;
  address: string[];
  /** The address on one line without its country ("5 Valley Road, Burlington, VT 05401"), or ''. */
  addressLine: string;
  mapHref: string;
  serviceArea: string;
  social: { href: string; label: string }[];
  hours: HoursRow[];
}

const EXT: Record<Photo['format'], string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };
const DAY_NAMES: Record<string, string> = { Mo: 'Monday', Tu: 'Tuesday', We: 'Wednesday', Th: 'Thursday', Fr: 'Friday', Sa: 'Saturday', Su: 'Sunday' };
const DAY_ORDER = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const SCHEMA_DAYS: Record<string, string> = Object.fromEntries(Object.entries(DAY_NAMES).map(([k, v]) => [k, `https://schema.org/${v}`]));

/** Site-folder path of a photo: a readable stem from its file name and the first 8 hex digits of its SHA-256. */
export function assetPathOf(photo: Photo): string {
  const base = photo.src.slice(photo.src.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const stem =
    base
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'photo';
  return `assets/${stem}-${photo.sha256.slice(0, 8)}.${EXT[photo.format]}`;
}

/**
 * Collects every file the page references (photos, logo, licences, fonts) so `implement` returns them as one list
 * of assets, each path once: the pipeline copies them all the same way and records their hashes.
 */
export class AssetList {
  private readonly byPath = new Map<string, SiteAsset>();

  add(asset: SiteAsset): void {
    const known = this.byPath.get(asset.path);
    // Two different files under one path would make the copy depend on the order of the calls.
    if (known && known.sha256 !== asset.sha256) throw new Error(`asset ${asset.path}: two different files (${known.sha256.slice(0, 8)}, ${asset.sha256.slice(0, 8)})`);
    this.byPath.set(asset.path, asset);
  }

  photo(photo: Photo, lazy: boolean): PhotoView {
    const path = assetPathOf(photo);
    this.add({ path, source: { kind: 'project', file: photo.src }, sha256: photo.sha256 });
    return { src: path, width: photo.width, height: photo.height, alt: photo.alt, caption: photo.caption ?? '', lazy };
  }

  list(): SiteAsset[] {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/** "Monday to Friday" for a run of three or more days, otherwise the days listed. */
export function daysLabel(days: readonly string[]): string {
  const idx = days.map((d) => DAY_ORDER.indexOf(d)).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of idx) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  }
  const parts = runs.flatMap((run) => {
    const first = DAY_NAMES[DAY_ORDER[run[0] as number] as string] as string;
    const end = DAY_NAMES[DAY_ORDER[run[run.length - 1] as number] as string] as string;
    if (run.length >= 3) return [`${first} to ${end}`];
    return run.map((i) => DAY_NAMES[DAY_ORDER[i] as string] as string);
  });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** One row per entry as given, in the order of each entry's first day (stable for equal days). */
export function hoursRows(hours: readonly OpeningHours[]): HoursRow[] {
  return hours
    .map((h, i) => ({ h, i, first: Math.min(...h.days.map((d) => DAY_ORDER.indexOf(d))) }))
    .sort((a, b) => a.first - b.first || (a.h.opens < b.h.opens ? -1 : a.h.opens > b.h.opens ? 1 : a.i - b.i))
    .map(({ h }) => ({ days: daysLabel(h.days), opens: h.opens, closes: h.closes }));
}

/** Countries that write the town, then the region and the postal code: "Burlington, VT 05401", "Sydney NSW 2000". */
const TOWN_REGION_CODE = new Set(['US', 'USA', 'UNITED STATES', 'CA', 'CANADA', 'AU', 'AUSTRALIA']);
/** Countries that write the postcode on a line of its own, after the town: "Bristol" then "BS1 4DJ". */
const CODE_LINE_AFTER = new Set(['GB', 'UK', 'UNITED KINGDOM', 'IE', 'IRELAND', 'NZ', 'NEW ZEALAND']);

/**
 * The address as its country writes it, a line each. Where the country is not one of the above (or not given), the
 * order most of Europe uses: the postal code before the town, then the region.
 */
function addressLines(facts: Facts): string[] {
  const a = facts.address;
  if (!a) return [];
  const has = (x: string | undefined): x is string => x !== undefined && x !== '';
  const country = (a.country ?? '').trim().toUpperCase();
  const join = (parts: (string | undefined)[], sep: string): string => parts.filter(has).join(sep);
  let town: string[];
  if (TOWN_REGION_CODE.has(country)) {
    const code = join([a.region, a.postalCode], ' ');
    const sep = country === 'AU' || country === 'AUSTRALIA' ? ' ' : ', ';
    town = [join([a.locality, code], sep)];
  } else if (CODE_LINE_AFTER.has(country)) {
    town = [join([a.locality, a.region], ', '), a.postalCode ?? ''];
  } else {
    town = [join([join([a.postalCode, a.locality], ' '), a.region], ', ')];
  }
  return [a.street, ...town, ...(a.country ? [a.country] : [])].filter(has);
}

/** An OpenStreetMap search for the address: a plain https link, no embedded map, nothing loaded from elsewhere. */
export function mapHrefOf(facts: Facts): string {
  return mapHrefOfLines(addressLines(facts));
}

function mapHrefOfLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `https://www.openstreetmap.org/search?query=${encodeURIComponent(lines.join(', '))}`;
}

const SOCIAL_NAMES: Record<string, string> = {
  'facebook.com': 'Facebook',
  'instagram.com': 'Instagram',
  'linkedin.com': 'LinkedIn',
  'x.com': 'X',
  'twitter.com': 'X',
  'youtube.com': 'YouTube',
  'tiktok.com': 'TikTok',
  'pinterest.com': 'Pinterest',
  'github.com': 'GitHub',
  'threads.net': 'Threads',
  'bsky.app': 'Bluesky',
  'mastodon.social': 'Mastodon',
  'tripadvisor.com': 'Tripadvisor',
  'yelp.com': 'Yelp',
  'soundcloud.com': 'SoundCloud',
  'bandcamp.com': 'Bandcamp',
  'spotify.com': 'Spotify',
  'vimeo.com': 'Vimeo',
  'behance.net': 'Behance',
  'dribbble.com': 'Dribbble',
};

/** The label of a social link: as given, else the network's name from the host, else the host itself. */
export function socialLabel(url: string, label: string | undefined): string {
  if (label) return label;
  const host = new URL(url).hostname.replace(/^www\./, '');
  for (const [domain, name] of Object.entries(SOCIAL_NAMES)) if (host === domain || host.endsWith(`.${domain}`)) return name;
  return host;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function contactViewFor(facts: Facts | undefined): ContactView {
  const f = facts ?? {};
  const address = addressLines(f);
  return {
    // As written, with spaces and hyphens that do not break: a number split over two lines is misread.
    phone: (f.phone ?? '').replace(/ /g, '\u00a0').replace(/-/g, '\u2011'),
    phoneHref: f.phone ? `tel:${telOf(f.phone)}` : '',
    email: f.email ?? '',
    address,
    // The lines without the country line, which is last when given.
    addressLine: (f.address?.country ? address.slice(0, -1) : address).join(', '),
    mapHref: mapHrefOfLines(address),
    serviceArea: listText(f.serviceArea ?? []),
    social: (f.social ?? []).map((s) => ({ href: s.url, label: socialLabel(s.url, s.label) })),
    hours: hoursRows(f.hours ?? []),
  };
}

/** The items of a section filled from a fact. `pricing` lists only the services that carry a price. */
export function factItemsFor(section: string, from: FactKey, facts: Facts, assets: AssetList): FactItemView[] {
  const photo = (p: Photo | undefined): { photo?: PhotoView } => (p ? { photo: assets.photo(p, true) } : {});
  switch (from) {
    case 'services':
    case 'products':
    case 'listings':
    case 'menu': {
      const list = facts[from] ?? [];
      return list
        .filter((item) => section !== 'pricing' || item.price !== undefined)
        .map((item) => ({ title: item.name, text: item.description ?? '', price: item.price ?? '', ...photo(item.photo) }));
    }
    case 'team':
      return (facts.team ?? []).map((m) => ({ title: m.name, text: m.role ?? '', price: '', ...photo(m.photo) }));
    case 'testimonials':
      return (facts.testimonials ?? []).map((t) => ({ title: t.context ? `${t.author}, ${t.context}` : t.author, text: t.quote, price: '' }));
    case 'figures':
      return (facts.figures ?? []).map((x) => ({ title: x.value, text: x.label, price: '' }));
    case 'photos':
      return galleryPhotos(facts).map((p) => ({ title: p.caption ?? '', text: '', price: '', ...photo(p) }));
    case 'hours':
      return hoursRows(facts.hours ?? []).map((r) => ({ title: r.days, text: `${r.opens}–${r.closes}`, price: '' }));
    default:
      return [];
  }
}

/** Photos for the gallery: those marked for it, and those with no role. */
export function galleryPhotos(facts: Facts): Photo[] {
  return (facts.photos ?? []).filter((p) => p.role === undefined || p.role === 'gallery');
}

export function photoForRole(facts: Facts | undefined, role: 'hero' | 'about'): Photo | undefined {
  return facts?.photos?.find((p) => p.role === role);
}

/**
 * schema.org JSON-LD built from the facts alone (name and URL from the batch row): no description, review or rating
 * is made up. Opening hours only for a LocalBusiness type. Asset URLs are absolute on the site's own domain.
 */
export function jsonLdFor(input: { name: string; domain: string; types: readonly string[]; localBusiness: boolean; facts: Facts; logo?: PhotoView; images: PhotoView[] }): Record<string, unknown> {
  const { facts } = input;
  const base = `https://${input.domain}/`;
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': input.types.length === 1 ? input.types[0] : [...input.types],
    name: input.name,
    url: base,
  };
  if (facts.phone) out['telephone'] = telOf(facts.phone);
  if (facts.email) out['email'] = facts.email;
  if (facts.address) {
    const a = facts.address;
    const address: Record<string, string> = { '@type': 'PostalAddress', streetAddress: a.street, addressLocality: a.locality };
    if (a.region) address['addressRegion'] = a.region;
    if (a.postalCode) address['postalCode'] = a.postalCode;
    if (a.country) address['addressCountry'] = a.country;
    out['address'] = address;
  }
  if (input.localBusiness && facts.hours && facts.hours.length > 0) {
    out['openingHoursSpecification'] = facts.hours.map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: h.days.map((d) => SCHEMA_DAYS[d]),
      opens: h.opens,
      closes: h.closes,
    }));
  }
  if (facts.serviceArea && facts.serviceArea.length > 0) out['areaServed'] = [...facts.serviceArea];
  if (input.logo) out['logo'] = `${base}${input.logo.src}`;
  if (input.images.length > 0) out['image'] = input.images.map((p) => `${base}${p.src}`);
  if (facts.social && facts.social.length > 0) out['sameAs'] = facts.social.map((s) => s.url);
  return out;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as \u escapes so no `</script>` or
 * comment opener can appear in it, and the line separators JavaScript once treated as line ends.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
