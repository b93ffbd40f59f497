// Validates business facts as written (inline `facts:` in a batch row, or a content file): every problem with its
// key path and line, what was found and what was expected. Photos are checked as references here; the pipeline
// reads the files.
import { FACT_KEYS, PHOTO_ROLES, type FactsInput, type OpeningHours, type PhotoRef, type PhotoRole, type PostalAddress } from '../shared/types.js';
import { findForbidden, showText } from './characters.js';
import { didYouMean } from '../shared/did-you-mean.js';

/** A key path inside the facts: strings for keys, numbers for list positions. */
export type FactPath = readonly (string | number)[];

/** Where the facts were written: the file, and the line of any key path inside them. */
export interface FactsSource {
  file: string;
  /** 1-based line of the value at `path` (or of its nearest written parent). */
  lineOf(path: FactPath): number;
  /** Written before every path in messages (`facts` for a batch row, nothing for a content file). */
  prefix: FactPath;
}

export interface FactProblem {
  file: string;
  line: number;
  /** `facts.social[0].url` */
  path: string;
  message: string;
  hint: string;
}

export type FactsResult = { ok: true; facts: FactsInput } | { ok: false; problems: FactProblem[] };

/* ----------------------------------------------------------------- limits */

export const MAX_LIST: Record<string, number> = {
  hours: 14,
  serviceArea: 24,
  story: 4,
  services: 24,
  menu: 80,
  products: 48,
  listings: 48,
  team: 24,
  testimonials: 12,
  figures: 8,
  social: 12,
  photos: 24,
};
const SHORT = 120;
const LONG = 600;
const PRICE = 40;
export const MAX_PATH = 300;

export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const DAY_NAMES: Record<string, string> = {
  monday: 'Mo', tuesday: 'Tu', wednesday: 'We', thursday: 'Th', friday: 'Fr', saturday: 'Sa', sunday: 'Su',
  mon: 'Mo', tue: 'Tu', tues: 'Tu', wed: 'We', thu: 'Th', thur: 'Th', thurs: 'Th', fri: 'Fr', sat: 'Sa', sun: 'Su',
};

/* ----------------------------------------------------- field normalisers */

/** Digits of a phone number for a `tel:` link, E.164 style: `+` and digits, `00` read as `+`. */
export function telOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const plus = /^\s*\+/.test(phone);
  if (plus) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}

const PHONE = /^\+?[0-9 ().\-/]+$/;

export function checkPhone(value: string): { ok: true; value: string } | { ok: false; message: string; hint: string } {
  const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!PHONE.test(text)) {
    return { ok: false, message: `Unexpected phone "${showText(text)}", expected digits with optional +, spaces, dots, hyphens and brackets`, hint: 'Write the number as people dial it, e.g. "+45 33 12 34 56" or "(555) 010-2000".' };
  }
  const digits = text.replace(/\D/g, '').length;
  if (digits < 5 || digits > 15) {
    return { ok: false, message: `Unexpected phone "${text}" with ${digits} digits, expected 5 to 15 digits (E.164 allows at most 15)`, hint: 'Check the number; write the country code with + for numbers called from abroad.' };
  }
  if (text.includes('+') && !text.startsWith('+')) {
    return { ok: false, message: `Unexpected "+" inside phone "${text}", expected it only before the country code`, hint: 'Write "+45 33 12 34 56".' };
  }
  return { ok: true, value: text };
}

const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function checkEmail(value: string): { ok: true; value: string } | { ok: false; message: string; hint: string } {
  const text = value.trim();
  if (text.length > 254 || !EMAIL.test(text) || text.startsWith('.') || text.includes('..')) {
    return {
      ok: false,
      message: `Unexpected email "${showText(text)}", expected an address like hello@example.com`,
      hint: /^mailto:/i.test(text) ? 'Leave out "mailto:".' : 'Write one plain address: letters, digits and . _ + - before the @, a domain after it.',
    };
  }
  const at = text.lastIndexOf('@');
  return { ok: true, value: `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}` };
}

/** Only https links: `javascript:`, `data:`, `http:` and the like are refused, as are credentials in the URL. */
export function checkHttpsUrl(value: string): { ok: true; value: string } | { ok: false; message: string; hint: string } {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (url === undefined || url.protocol !== 'https:') {
    return {
      ok: false,
      message: `Unexpected link "${showText(text.length > 80 ? `${text.slice(0, 77)}...` : text)}", expected an https:// URL${scheme && scheme !== 'https' ? ` (the scheme "${scheme}:" is not allowed)` : ''}`,
      hint: scheme === 'http' ? 'Use the https:// address of the page.' : 'Write the full address of the profile, e.g. https://www.instagram.com/yourname.',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: `Unexpected user name or password in the link "${url.host}", expected a public https:// URL`, hint: 'Remove the "user:password@" part.' };
  }
  if (!url.hostname.includes('.') || text.length > 500) {
    return { ok: false, message: `Unexpected link "${showText(text.slice(0, 80))}", expected an https:// URL of a public site (at most 500 characters)`, hint: 'Write the full address, e.g. https://www.facebook.com/yourpage.' };
  }
  return { ok: true, value: url.href };
}

/** `9:00` → `09:00`; `24:00` only as a closing time. */
export function checkTime(value: string, closing: boolean): string | undefined {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!m) return undefined;
  const hh = (m[1] ?? '').padStart(2, '0');
  if (hh === '24' && (!closing || m[2] !== '00')) return undefined;
  return `${hh}:${m[2]}`;
}

/* ------------------------------------------------------------- validator */

type Shape = 'text' | 'list' | 'mapping' | 'number' | 'boolean' | 'null';

function shapeOf(value: unknown): Shape {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

const SHAPE_WORDS: Record<Shape, string> = { text: 'text', list: 'a list', mapping: 'a mapping', number: 'a number', boolean: 'true/false', null: 'nothing' };

function isMapping(value: unknown): value is Record<string, unknown> {
  return shapeOf(value) === 'mapping';
}

/** Keys of a mapping value (a plain object from YAML or JSON), own and in written order. */
function keysOf(value: Record<string, unknown>): string[] {
  return Object.keys(value);
}

function pathText(path: FactPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

class Checker {
  readonly problems: FactProblem[] = [];

  constructor(private readonly source: FactsSource) {}

  problem(path: FactPath, message: string, hint: string): void {
    const full = [...this.source.prefix, ...path];
    const at = pathText(full);
    this.problems.push({ file: this.source.file, line: this.source.lineOf(path), path: at, message: at === '' ? message : `${at}: ${message}`, hint });
  }

  /** A mapping with only the allowed keys; unknown keys are reported with a did-you-mean. */
  mapping(value: unknown, path: FactPath, allowed: readonly string[], required: readonly string[], what: string): Record<string, unknown> | undefined {
    if (!isMapping(value)) {
      this.problem(path, `Unexpected ${SHAPE_WORDS[shapeOf(value)]}, expected ${what} (a mapping with ${required.length > 0 ? `${required.join(' and ')}` : `any of ${allowed.join(', ')}`})`, `Write ${what} as "key: value" lines.`);
      return undefined;
    }
    let ok = true;
    for (const key of keysOf(value)) {
      if (allowed.includes(key)) continue;
      ok = false;
      const guess = didYouMean(key, allowed);
      this.problem([...path, key], `Unexpected key "${showText(key)}", expected one of ${allowed.join(', ')}`, guess ? `Did you mean "${guess}"?` : 'Remove the key, or rename it to one of the allowed ones.');
    }
    for (const key of required) {
      if (value[key] === undefined || value[key] === null) {
        ok = false;
        this.problem(path, `Missing "${key}" in ${what}, expected ${required.map((r) => `"${r}"`).join(' and ')}`, `Add ${key}: ... to it.`);
      }
    }
    return ok ? value : undefined;
  }

  /** Plain text: NFC, trimmed, one line, no control or direction characters, no markup, at most `max` characters. */
  text(value: unknown, path: FactPath, max: number, options: { multiline?: boolean } = {}): string | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string') {
      this.problem(path, `Unexpected ${SHAPE_WORDS[shapeOf(value)]}, expected text`, 'Write it as a quoted string.');
      return undefined;
    }
    const text = value.normalize('NFC').trim().replace(options.multiline ? /[ \t]+/g : /\s+/g, ' ');
    if (text === '') {
      this.problem(path, 'Unexpected empty text, expected a value', 'Write the value, or remove the key.');
      return undefined;
    }
    const bad = findForbidden(options.multiline ? text.replace(/\n/g, ' ') : text, ['control', 'bidi', 'zero-width']);
    if (bad) {
      this.problem(path, `Unexpected ${bad.label ?? 'control character'} ${bad.code} in "${showText(text.slice(0, 60))}", expected plain text`, 'Remove the character.');
      return undefined;
    }
    const markup = /<\s*[A-Za-z!/?]|&[A-Za-z]+;|&#/.exec(text);
    if (markup) {
      this.problem(path, `Unexpected markup "${showText(text.slice(markup.index, markup.index + 24))}" in "${showText(text.slice(0, 60))}", expected plain text (HTML is not allowed in facts)`, 'Write the words only; the site sets the type.');
      return undefined;
    }
    const length = Array.from(text).length;
    if (length > max) {
      this.problem(path, `Unexpected text of ${length} characters, expected at most ${max}`, 'Shorten it.');
      return undefined;
    }
    return text;
  }

  optionalText(map: Record<string, unknown>, key: string, path: FactPath, max: number): string | undefined {
    const value = map[key];
    if (value === undefined || value === null) return undefined;
    return this.text(value, [...path, key], max);
  }

  /** A list, or a single item written without the list. */
  list(value: unknown, path: FactPath, max: number, what: string): unknown[] | undefined {
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) {
      this.problem(path, `Unexpected empty list, expected at least one ${what}`, 'Add an item, or remove the key.');
      return undefined;
    }
    if (items.length > max) {
      this.problem(path, `Unexpected ${items.length} items, expected at most ${max} ${what}s`, 'Keep the ones that matter most.');
      return undefined;
    }
    return items;
  }
}

function photoRef(c: Checker, value: unknown, path: FactPath, source: FactsSource, altRequired: boolean): PhotoRef | undefined {
  const map = typeof value === 'string' ? { src: value } : value;
  const allowed = ['src', 'alt', 'caption', 'role'];
  const m = c.mapping(map, path, allowed, altRequired ? ['src', 'alt'] : ['src'], 'a photo');
  if (!m) {
    if (typeof value === 'string' && altRequired) c.problem(path, 'Unexpected photo without alt text, expected src and alt', 'Write it as { src: content/.../photo.jpg, alt: "What the photo shows" }.');
    return undefined;
  }
  const srcPath = [...path, 'src'];
  const src = c.text(m['src'], srcPath, MAX_PATH);
  const alt = m['alt'] === undefined ? '' : c.text(m['alt'], [...path, 'alt'], 250);
  const caption = c.optionalText(m, 'caption', path, 250);
  let role: PhotoRole | undefined;
  if (m['role'] !== undefined) {
    if (typeof m['role'] === 'string' && (PHOTO_ROLES as readonly string[]).includes(m['role'])) role = m['role'] as PhotoRole;
    else {
      const guess = typeof m['role'] === 'string' ? didYouMean(m['role'], PHOTO_ROLES) : undefined;
      c.problem([...path, 'role'], `Unexpected role ${JSON.stringify(m['role'])}, expected one of ${PHOTO_ROLES.join(', ')}`, guess ? `Did you mean "${guess}"?` : 'Leave role out to let the layout place the photo.');
    }
  }
  if (src === undefined || alt === undefined) return undefined;
  const problem = pathProblem(src);
  if (problem) {
    c.problem(srcPath, problem.message, problem.hint);
    return undefined;
  }
  const ref: PhotoRef = { src, alt, at: { file: source.file, line: source.lineOf(srcPath), path: pathText([...source.prefix, ...srcPath]) } };
  if (caption !== undefined) ref.caption = caption;
  if (role !== undefined) ref.role = role;
  return ref;
}

/** What is wrong with a photo path as written (before any file is read): it must stay inside the project. */
export function pathProblem(src: string): { message: string; hint: string } | undefined {
  const hint = 'Write a path relative to the project folder with forward slashes, e.g. content/010/photos/shop.jpg.';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^[a-z]:[\\/]/i.test(src)) return { message: `Unexpected URL "${showText(src.slice(0, 80))}", expected a file under the project`, hint: 'Download the photo into the project (e.g. content/<batch>/) and give its path.' };
  if (src.startsWith('/') || /^[a-z]:[\\/]/i.test(src) || src.startsWith('~')) return { message: `Unexpected absolute path "${showText(src)}", expected a path relative to the project folder`, hint };
  if (src.includes('\\')) return { message: `Unexpected backslash in "${showText(src)}", expected forward slashes`, hint };
  if (src.split('/').some((part) => part === '..')) return { message: `Unexpected ".." in "${showText(src)}", expected a path that stays inside the project`, hint };
  if (src.split('/').some((part) => part === '' || part === '.')) return { message: `Unexpected empty or "." segment in "${showText(src)}", expected a plain relative path`, hint };
  if (!src.startsWith('content/')) return { message: `Unexpected photo path "${showText(src)}" outside content/, expected a file under the project's content/ folder`, hint: 'Keep photos beside the facts, e.g. content/<batch>/photos/shop.jpg.' };
  return undefined;
}

function days(c: Checker, value: unknown, path: FactPath): string[] | undefined {
  const tokens = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*,\s*/) : undefined;
  if (tokens === undefined || tokens.length === 0) {
    c.problem(path, `Unexpected ${SHAPE_WORDS[shapeOf(value)]}, expected days like "Mo-Fr", "Sa" or [Mo, We, Fr]`, 'Use the two-letter days Mo Tu We Th Fr Sa Su; a range is written Mo-Fr.');
    return undefined;
  }
  const found = new Set<number>();
  const day = (token: string): number | undefined => {
    const t = token.trim();
    const exact = DAYS.indexOf(t as (typeof DAYS)[number]);
    if (exact >= 0) return exact;
    const named = DAY_NAMES[t.toLowerCase()];
    const guess = named ?? didYouMean(t, DAYS);
    c.problem(path, `Unexpected day "${showText(t)}", expected one of ${DAYS.join(', ')} or a range like Mo-Fr`, guess ? `Did you mean "${guess}"?` : 'Use the two-letter days Mo Tu We Th Fr Sa Su.');
    return undefined;
  };
  for (const raw of tokens) {
    if (typeof raw !== 'string') {
      c.problem(path, `Unexpected ${SHAPE_WORDS[shapeOf(raw)]} among the days, expected two-letter days`, 'Write days like Mo, Tu, We.');
      return undefined;
    }
    const range = raw.split(/\s*[-–]\s*/);
    if (range.length === 2) {
      const from = day(range[0] ?? '');
      const to = day(range[1] ?? '');
      if (from === undefined || to === undefined) return undefined;
      if (to < from) {
        c.problem(path, `Unexpected range "${raw}" running backwards, expected the first day before the last (Mo-Fr)`, 'Split a range over the weekend into two entries, e.g. Fr-Su is fine, Su-Mo is Su and Mo.');
        return undefined;
      }
      for (let d = from; d <= to; d++) found.add(d);
    } else if (range.length === 1) {
      const d = day(raw);
      if (d === undefined) return undefined;
      found.add(d);
    } else {
      c.problem(path, `Unexpected "${showText(raw)}", expected a day or one range like Mo-Fr`, 'Write several days as a list: [Mo-We, Fr].');
      return undefined;
    }
  }
  return [...found].sort((a, b) => a - b).map((d) => DAYS[d] as string);
}

function hours(c: Checker, value: unknown, path: FactPath): OpeningHours[] | undefined {
  const items = c.list(value, path, MAX_LIST['hours'] as number, 'opening-hours entry');
  if (!items) return undefined;
  const out: OpeningHours[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const at = [...path, i];
    const m = c.mapping(item, at, ['days', 'opens', 'closes'], ['days', 'opens', 'closes'], 'an opening-hours entry');
    if (!m) return;
    const d = days(c, m['days'], [...at, 'days']);
    const times: (string | undefined)[] = (['opens', 'closes'] as const).map((key) => {
      const raw = m[key];
      const time = typeof raw === 'string' ? checkTime(raw, key === 'closes') : undefined;
      if (time === undefined) {
        c.problem(
          [...at, key],
          `Unexpected ${typeof raw === 'string' ? `"${showText(raw)}"` : SHAPE_WORDS[shapeOf(raw)]}, expected a 24-hour time HH:MM (00:00 to 23:59${key === 'closes' ? ', or 24:00' : ''})`,
          typeof raw === 'number' ? 'Quote the time: opens: "09:00".' : 'Write times like "09:00" and "17:30".',
        );
      }
      return time;
    });
    const [opens, closes] = times;
    if (d === undefined || opens === undefined || closes === undefined) return;
    if (opens === closes) {
      c.problem([...at, 'closes'], `Unexpected closing time equal to the opening time (${opens}), expected a later time (or an earlier one for past midnight)`, 'For a day the business is closed, leave the day out.');
      return;
    }
    for (const day of d) {
      const key = `${day} ${opens}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        c.problem(at, `Unexpected second entry for ${day} opening at ${opens} (also in hours[${earlier}]), expected each day's opening once`, 'Merge the two entries.');
        return;
      }
      seen.set(key, i);
    }
    out.push({ days: d, opens, closes });
  });
  return out;
}

function address(c: Checker, value: unknown, path: FactPath): PostalAddress | undefined {
  const keys = ['street', 'locality', 'region', 'postalCode', 'country'];
  const m = c.mapping(value, path, keys, ['street', 'locality'], 'an address');
  if (!m) return undefined;
  const street = c.text(m['street'], [...path, 'street'], 200);
  const locality = c.text(m['locality'], [...path, 'locality'], SHORT);
  const out: PostalAddress = { street: street ?? '', locality: locality ?? '' };
  for (const key of ['region', 'postalCode', 'country'] as const) {
    const v = c.optionalText(m, key, path, key === 'postalCode' ? 20 : SHORT);
    if (v !== undefined) out[key] = v;
  }
  return street === undefined || locality === undefined ? undefined : out;
}

interface Offer {
  name: string;
  description?: string;
  price?: string;
  photo?: PhotoRef;
  group?: string;
}

function offers(c: Checker, value: unknown, path: FactPath, source: FactsSource, what: string, withGroup: boolean): Offer[] | undefined {
  const key = String(path[path.length - 1]);
  const items = c.list(value, path, MAX_LIST[key] ?? 24, what);
  if (!items) return undefined;
  const out: Offer[] = [];
  const allowed = ['name', 'description', 'price', 'photo', ...(withGroup ? ['group'] : [])];
  items.forEach((item, i) => {
    const at = [...path, i];
    const m = c.mapping(typeof item === 'string' ? { name: item } : item, at, allowed, ['name'], `a ${what}`);
    if (!m) return;
    const name = c.text(m['name'], [...at, 'name'], SHORT);
    const offer: Offer = { name: name ?? '' };
    const description = c.optionalText(m, 'description', at, LONG);
    if (description !== undefined) offer.description = description;
    const price = c.optionalText(m, 'price', at, PRICE);
    if (price !== undefined) offer.price = price;
    if (withGroup) {
      const group = c.optionalText(m, 'group', at, SHORT);
      if (group !== undefined) offer.group = group;
    }
    if (m['photo'] !== undefined && m['photo'] !== null) {
      const photo = photoRef(c, m['photo'], [...at, 'photo'], source, true);
      if (photo) offer.photo = photo;
    }
    if (name !== undefined) out.push(offer);
  });
  return out;
}

/**
 * Validates the facts of one site as written. `value` is the parsed YAML/JSON mapping (the row's `facts:` value or
 * a content file's top level). Every problem is reported, each with its line and key path.
 */
export function validateFacts(value: unknown, source: FactsSource): FactsResult {
  const c = new Checker(source);
  const root = c.mapping(value, [], FACT_KEYS, [], 'the facts');
  if (!root && !isMapping(value)) return { ok: false, problems: c.problems };
  const map = value as Record<string, unknown>;
  const facts: FactsInput = {};
  const given = (key: string): boolean => map[key] !== undefined && map[key] !== null;

  if (given('phone')) {
    const text = c.text(map['phone'], ['phone'], 40);
    if (text !== undefined) {
      const checked = checkPhone(text);
      if (checked.ok) facts.phone = checked.value;
      else c.problem(['phone'], checked.message, checked.hint);
    }
  }
  if (given('email')) {
    const text = c.text(map['email'], ['email'], 254);
    if (text !== undefined) {
      const checked = checkEmail(text);
      if (checked.ok) facts.email = checked.value;
      else c.problem(['email'], checked.message, checked.hint);
    }
  }
  if (given('address')) {
    const a = address(c, map['address'], ['address']);
    if (a) facts.address = a;
  }
  if (given('hours')) {
    const h = hours(c, map['hours'], ['hours']);
    if (h) facts.hours = h;
  }
  if (given('serviceArea')) {
    const items = c.list(map['serviceArea'], ['serviceArea'], MAX_LIST['serviceArea'] as number, 'place');
    if (items) {
      const areas = items.map((item, i) => c.text(item, ['serviceArea', i], SHORT));
      if (areas.every((a) => a !== undefined)) facts.serviceArea = areas as string[];
    }
  }
  if (given('story')) {
    const items = c.list(map['story'], ['story'], MAX_LIST['story'] as number, 'paragraph');
    if (items) {
      // A single string is one paragraph, named without an index in a message.
      const paragraphs = items.map((item, i) => c.text(item, Array.isArray(map['story']) ? ['story', i] : ['story'], LONG));
      if (paragraphs.every((a) => a !== undefined)) facts.story = paragraphs as string[];
    }
  }
  for (const [key, what] of [['services', 'service'], ['products', 'product'], ['listings', 'listing']] as const) {
    if (!given(key)) continue;
    const list = offers(c, map[key], [key], source, what, false);
    if (list) facts[key] = list;
  }
  if (given('menu')) {
    const list = offers(c, map['menu'], ['menu'], source, 'menu item', true);
    if (list) facts.menu = list;
  }
  if (given('team')) {
    const items = c.list(map['team'], ['team'], MAX_LIST['team'] as number, 'team member');
    if (items) {
      const team: NonNullable<FactsInput['team']> = [];
      items.forEach((item, i) => {
        const at = ['team', i];
        const m = c.mapping(item, at, ['name', 'role', 'photo'], ['name'], 'a team member');
        if (!m) return;
        const name = c.text(m['name'], [...at, 'name'], SHORT);
        const role = c.optionalText(m, 'role', at, SHORT);
        const photo = m['photo'] === undefined || m['photo'] === null ? undefined : photoRef(c, m['photo'], [...at, 'photo'], source, true);
        if (name === undefined) return;
        team.push({ name, ...(role !== undefined ? { role } : {}), ...(photo ? { photo } : {}) });
      });
      facts.team = team;
    }
  }
  if (given('testimonials')) {
    const items = c.list(map['testimonials'], ['testimonials'], MAX_LIST['testimonials'] as number, 'testimonial');
    if (items) {
      const list: NonNullable<FactsInput['testimonials']> = [];
      items.forEach((item, i) => {
        const at = ['testimonials', i];
        const m = c.mapping(item, at, ['quote', 'author', 'context'], ['quote', 'author'], 'a testimonial (a quote and who said it)');
        if (!m) return;
        const quote = c.text(m['quote'], [...at, 'quote'], LONG);
        const author = c.text(m['author'], [...at, 'author'], SHORT);
        const context = c.optionalText(m, 'context', at, SHORT);
        if (quote === undefined || author === undefined) return;
        list.push({ quote, author, ...(context !== undefined ? { context } : {}) });
      });
      facts.testimonials = list;
    }
  }
  if (given('figures')) {
    const items = c.list(map['figures'], ['figures'], MAX_LIST['figures'] as number, 'figure');
    if (items) {
      const list: NonNullable<FactsInput['figures']> = [];
      items.forEach((item, i) => {
        const at = ['figures', i];
        const m = c.mapping(item, at, ['value', 'label'], ['value', 'label'], 'a figure');
        if (!m) return;
        const v = c.text(m['value'], [...at, 'value'], 24);
        const label = c.text(m['label'], [...at, 'label'], SHORT);
        if (v !== undefined && label !== undefined) list.push({ value: v, label });
      });
      facts.figures = list;
    }
  }
  if (given('social')) {
    const items = c.list(map['social'], ['social'], MAX_LIST['social'] as number, 'link');
    if (items) {
      const list: NonNullable<FactsInput['social']> = [];
      items.forEach((item, i) => {
        const at = ['social', i];
        const m = c.mapping(typeof item === 'string' ? { url: item } : item, at, ['url', 'label'], ['url'], 'a social link');
        if (!m) return;
        const raw = c.text(m['url'], [...at, 'url'], 500);
        const label = c.optionalText(m, 'label', at, 40);
        if (raw === undefined) return;
        const url = checkHttpsUrl(raw);
        if (!url.ok) return c.problem([...at, 'url'], url.message, url.hint);
        list.push({ url: url.value, ...(label !== undefined ? { label } : {}) });
      });
      facts.social = list;
    }
  }
  if (given('logo')) {
    const logo = photoRef(c, map['logo'], ['logo'], source, false);
    if (logo) facts.logo = logo;
  }
  if (given('photos')) {
    const items = c.list(map['photos'], ['photos'], MAX_LIST['photos'] as number, 'photo');
    if (items) {
      const list: PhotoRef[] = [];
      items.forEach((item, i) => {
        const photo = photoRef(c, item, ['photos', i], source, true);
        if (photo) list.push(photo);
      });
      facts.photos = list;
    }
  }
  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  return { ok: true, facts: orderedFacts(facts) };
}

/** Keys in FACT_KEYS order, so equal facts serialise to equal text whatever order they were written in. */
export function orderedFacts<T extends object>(facts: T): T {
  const out: Record<string, unknown> = {};
  for (const key of FACT_KEYS) {
    const v = (facts as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}

/** Whether any fact is given. */
export function hasFacts(facts: object | undefined): boolean {
  return facts !== undefined && Object.keys(facts).length > 0;
}
