// The DESIGN.md's sentences, each built from the design's tokens, the site templates' facts and the rules' data,
// so that what the prose says is what the files do. Every value is Markdown-escaped here.
import { formatNumber, possessive, round } from '../shared/format.js';
import type { ColorRole, Design, FontCatalogue, Scheme, TypeLevel } from '../shared/types.js';
import type { PaletteStrategy } from '../shared/vocabulary.js';
import { HARMONY } from '../design/strategies.js';
import { measureHarmony } from '../design/harmony.js';
import { primaryFor } from '../design/palette.js';
import { HIERARCHY, phoneSizes, toneType } from '../design/typography.js';
import { lchOf } from '../design/color.js';
import { seedFor } from '../shared/hash.js';
import { SEED_NAMESPACE } from '../design/design.js';
import { remembered } from '../shared/memo.js';
import { codeSpan, escapeMarkdown as md } from './markdown.js';
import type { Breakpoints, LayoutFacts } from './site-facts.js';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

export function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const pxText = (n: number): string => `${formatNumber(round(n, 2))} px`;
/** A token dimension (`44px`) as prose (`44 px`). */
export const tokenPx = (value: string | undefined, fallback: number): string => pxText(value === undefined ? fallback : Number.parseFloat(value) || fallback);
/**
 * "a" or "an" by the sound the word begins with: an honest voice, a hearty one, a unique palette, an unhurried
 * one, a European scale (close enough for the category, voice, colour and density words used here).
 */
export function withArticle(word: string): string {
  return `${/^(?:[aio]|e(?!u)|u(?!ni(?![mn])|s|til|k)|hour|honest|honou?r|heir)/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** `a` or `an` before a number read aloud: an 8, an 11, an 18, an 80-89. */
export const numberArticle = (n: number): string => (/^(8|11|18)(\.|$)|^8\d(\.|$)/.test(formatNumber(n)) ? 'an' : 'a');
const pct = (share: number): string => `${Math.round(share * 100)}%`;
const capitalise = (text: string): string => (text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1));

/* ---------------------------------------------------------------- components */

/** Markers of each component in a page's markup: a class name or an element. `page` and `link` are on every page. */
export const COMPONENT_MARKERS: Record<string, string | null> = {
  page: null,
  'button-primary': 'button--primary',
  'button-secondary': 'button--secondary',
  badge: 'badge',
  link: null,
  card: 'card',
  'card-muted': 'card',
  navigation: 'site-nav',
  footer: 'site-footer',
  input: 'input',
  divider: 'divider',
};

/** The markup (classes and elements) of the page a design's layout and sections produce. */
export function pageMarkup(design: Design, facts: LayoutFacts | undefined): Set<string> {
  const out = new Set<string>(facts?.frameMarkup ?? []);
  for (const id of design.selection.layout.sections) for (const c of facts?.sectionMarkup[id] ?? []) out.add(c);
  // A sample section (placeholders: true) carries its "Sample" badge (templates/site/partials/section-head.hbs).
  if (design.selection.layout.sections.some((id) => design.selection.copy[id]?.sample === true)) out.add('badge');
  // So does the contact form of a page without an email: a labelled sample (templates/site/partials/contact.hbs).
  if (design.selection.layout.sections.includes('contact') && (design.selection.facts?.email ?? '') === '') out.add('badge');
  return out;
}

export function componentsUsed(design: Design, facts: LayoutFacts | undefined): { used: string[]; unused: string[] } {
  const markup = pageMarkup(design, facts);
  const ids = Object.keys(design.components).filter((id) => !id.endsWith('-dark'));
  const isUsed = (id: string): boolean => {
    const marker = COMPONENT_MARKERS[id];
    return marker === null || (marker !== undefined && markup.has(marker));
  };
  return { used: ids.filter(isUsed), unused: ids.filter((id) => !isUsed(id)) };
}

/* ------------------------------------------------------------------ corners */

/** Corner words by radius in px: what a reader sees at body sizes. */
export function cornerWord(px: number): string {
  if (px >= 9999) return 'fully rounded (pill-shaped)';
  if (px === 0) return 'square';
  if (px <= 3) return 'nearly square';
  if (px <= 6) return 'slightly rounded';
  if (px <= 12) return 'softly rounded';
  return 'generously rounded';
}

function roundedRef(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^\{rounded\.([a-z0-9-]+)\}$/.exec(value)?.[1];
}

/* ------------------------------------------------------------------- colour */

function hueWords(offset: number | undefined): string {
  if (offset === undefined) return 'close to grey, with too little chroma to show a hue,';
  const a = Math.abs(offset);
  if (a < 8) return 'on the primary’s own hue';
  if (a > 172) return 'opposite the primary on the wheel';
  return `${Math.round(a)}° ${offset > 0 ? 'clockwise' : 'anticlockwise'} round the wheel from the primary`;
}

export interface ColourProse {
  strategy: string;
  companions: string;
  dark: string;
}

export function colourProse(design: Design): ColourProse {
  const { palette, selection } = design;
  const strategy = palette.strategy as PaletteStrategy;
  const rule = HARMONY[strategy];
  const seed = seedFor(SEED_NAMESPACE, design.site.domain);
  const choice = primaryFor(selection.palette, seed);
  const intended = choice.brand !== undefined && choice.color.c < 0.03 ? primaryFor({ ...selection.palette, brandColor: undefined } as typeof selection.palette, seed).color : choice.color;
  const m = measureHarmony(palette, strategy, intended);
  const name = (role: ColorRole): string => md(palette.names[role]);
  const primary = lchOf(palette.light.primary);
  const strategyText = `The palette follows the ${codeSpan(strategy)} strategy (${md(rule.describe)}), built in OKLCH around ${withArticle(name('primary'))} primary at hue ${formatNumber(round(palette.hue, 1))}°${choice.brand !== undefined ? `, pinned by the brand colour ${codeSpan(choice.brand)}` : ''}.`;
  const companion = (role: 'secondary' | 'tertiary'): string => {
    const c = m[role];
    return `the ${role}, ${name(role)} (${codeSpan(palette.light[role])}), ${c.offset === undefined ? 'is' : 'sits'} ${hueWords(c.offset)} at ${pct(c.share)} of the primary’s chroma`;
  };
  const companions = `${capitalise(companion('secondary'))}; ${companion('tertiary')}.`;
  const surface = lchOf(palette.dark.surface);
  const tinted = primary.c >= 0.04 && m.dark.surfaceHueShift !== undefined;
  const darkPage = tinted
    ? `the page (${codeSpan(palette.dark.surface)}) is a deep tint of the brand hue rather than a neutral black`
    : `the page is a near-neutral dark ${surface.l < 0.2 ? 'grey' : 'slate'} (${codeSpan(palette.dark.surface)})`;
  const darkPrimary =
    m.dark.hueShift !== undefined
      ? `the primary (${codeSpan(palette.dark.primary)}) keeps its hue within ${Math.max(1, Math.ceil(Math.abs(m.dark.hueShift)))}° and ${pct(Math.min(m.dark.chromaKept, 1))} of its chroma, lightened only as far as the dark page needs`
      : `the primary becomes ${codeSpan(palette.dark.primary)}`;
  return {
    strategy: strategyText,
    companions,
    dark: `In the dark scheme ${darkPage}, and ${darkPrimary}; every colour has such a ${codeSpan('-dark')} twin, and each text and background pair below meets its WCAG 2.x AA target in both schemes.`,
  };
}

const ROLE_USE: Record<ColorRole, (used: ReadonlySet<string>) => string> = {
  primary: () => 'primary buttons, key accents and the hero artwork',
  'on-primary': () => 'labels on primary buttons',
  secondary: (u) => (u.has('button-secondary') ? 'secondary buttons and supporting accents' : 'supporting accents in artwork and avatars'),
  'on-secondary': () => 'text on secondary-coloured shapes',
  tertiary: (u) => (u.has('badge') ? 'badges and small accents' : 'small accents in the artwork and icons'),
  'on-tertiary': (u) => (u.has('badge') ? 'text on badges' : 'text on tertiary-coloured shapes'),
  neutral: () => 'the footer band',
  'on-neutral': () => 'text in the footer band',
  surface: () => 'the page background',
  'on-surface': () => 'body text and headings',
  'surface-container': () => 'cards, panels and inputs',
  'on-surface-variant': () => 'muted text: leads, captions and helper text',
  link: () => 'links and accent text on the page and in cards',
  outline: () => 'borders, dividers and input outlines',
};

export function colourItems(design: Design, used: ReadonlySet<string>): string[] {
  const { palette } = design;
  const roles = Object.keys(palette.light) as ColorRole[];
  return roles.map((role, index) => {
    // The first role listed before this one with the same colour (by index: each role is listed once).
    let same: ColorRole | undefined;
    for (let i = 0; i < index && same === undefined; i++) if (palette.light[roles[i] as ColorRole] === palette.light[role]) same = roles[i];
    const colour = same !== undefined ? `the same ${md(palette.names[role])} as ${codeSpan(same)}` : md(palette.names[role]);
    return `**${role}** (${codeSpan(palette.light[role])}; dark ${codeSpan(palette.dark[role])}): ${colour}, for ${ROLE_USE[role](used)}.`;
  });
}

/* --------------------------------------------------------------- typography */

const WEIGHT_WORDS: Record<number, string> = { 300: 'light', 400: 'regular', 500: 'medium', 600: 'semibold', 700: 'bold', 800: 'extra-bold', 900: 'black' };
const weightText = (w: number): string => `${WEIGHT_WORDS[w] ?? 'weight'} ${w}`;

function familyOf(stack: string): string {
  // The rules name a handful of stacks, each read several times a site.
  return remembered(families, stack, FAMILIES_LIMIT, () => (stack.split(',')[0] ?? '').trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1'));
}

const families = new Map<string, string>();
const FAMILIES_LIMIT = 1024;

function fallbackOf(stack: string): string {
  return stack.split(',').slice(1).map((s) => s.trim()).join(', ');
}

/** Families the page loads: the first family of each level's stack that the catalogue can self-host. */
export function loadedFamilies(design: Design, fonts: FontCatalogue): string[] {
  const out: string[] = [];
  const { pairing } = design.typography;
  for (const level of Object.keys(design.typography.levels) as TypeLevel[]) {
    const l = design.typography.levels[level];
    const family = familyOf(l.family === 'heading' ? pairing.heading : l.family === 'mono' ? pairing.mono : pairing.body);
    if (Object.hasOwn(fonts, family) && !out.includes(family)) out.push(family);
  }
  return out;
}

export interface TypeProse {
  families: string;
  hosting: string;
  scale: string;
  hierarchy: string;
  items: string[];
}

export function typeProse(design: Design, fonts: FontCatalogue): TypeProse {
  const { typography, selection } = design;
  const { pairing, levels } = typography;
  const heading = familyOf(pairing.heading);
  const body = familyOf(pairing.body);
  const mono = familyOf(pairing.mono);
  const loaded = loadedFamilies(design, fonts);
  const name = md(design.site.name);
  const families =
    heading === body
      ? `${name} sets headings and body text in ${md(heading)} (headings ${weightText(levels.display.weight)}, body ${weightText(levels['body-md'].weight)}, labels ${weightText(levels.label.weight)}), and prices, numbers and contact details in ${md(mono)}.`
      : `${name} sets headings in ${md(heading)} (${weightText(levels.display.weight)}), body text in ${md(body)} (${weightText(levels['body-md'].weight)}, labels ${weightText(levels.label.weight)}), and prices, numbers and contact details in ${md(mono)}.`;
  let hosting: string;
  if (loaded.length === 0) {
    hosting = `These are system font stacks (${codeSpan(pairing.heading)}): nothing is downloaded, so each visitor sees the first family their device has.`;
  } else {
    const licences = [...new Set(loaded.map((f) => fonts[f]?.licence.type ?? ''))].map((t) => (t === 'OFL-1.1' ? 'the SIL Open Font License 1.1' : t === 'Apache-2.0' ? 'the Apache License 2.0' : md(t)));
    const system = [heading, body, mono].filter((f, i, all) => !loaded.includes(f) && all.indexOf(f) === i);
    hosting =
      `${codeSpan(design.site.domain)} hosts ${sentenceList(loaded.map((f) => md(f)))} itself: their woff2 files, only the unicode subsets its text needs, sit under ${codeSpan('assets/fonts/')} with ${sentenceList(licences)}, nothing is fetched from another server, and while a file loads text shows in the fallback ${codeSpan(fallbackOf(pairing.heading))}${system.length > 0 ? ` (${sentenceList(system.map((f) => md(f)))} ${system.length === 1 ? 'is a system font' : 'are system fonts'})` : ''}.`;
  }
  const scale = `${possessive(name)} body text is ${pxText(typography.scale.base)}; the other levels follow ${withArticle(md(typography.scale.id))} scale (ratio ${formatNumber(typography.scale.ratio)}), with the headings placed between ${pxText(levels['body-lg'].size)} (${codeSpan('body-lg')}) and the display size`;
  const phone = phoneSizes({ display: levels.display.size, 'headline-lg': levels['headline-lg'].size, 'headline-md': levels['headline-md'].size, 'headline-sm': levels['headline-sm'].size, 'body-lg': levels['body-lg'].size });
  const at390 = (min: number, max: number): number => min + ((max - min) * (390 - 320)) / (1280 - 320);
  const tone = toneType(selection.tone);
  const capped = levels.display.size >= tone.displayMax - 0.01;
  const hierarchy =
    `its page title (${codeSpan('display')}) is ${pxText(levels.display.size)} from 1280 px wide and ${pxText(round(at390(phone.display, levels.display.size), 1))} on a 390 px phone; section titles (${codeSpan('headline-lg')}) are ${pxText(levels['headline-lg'].size)} and ${pxText(round(at390(phone['headline-lg'], levels['headline-lg'].size), 1))}, so the title stays at least ${formatNumber(HIERARCHY)} times their size on every screen, and the ${md(selection.tone)} tone ${capped ? 'caps' : 'would cap'} the display at ${pxText(tone.displayMax)} and headings at ${weightText(tone.headingWeightMax)}.`;
  const ink = `${codeSpan('on-surface')} ${codeSpan(design.palette.light['on-surface'])}`;
  const items = [
    `**Display and headlines:** ${md(heading)} in ${ink}, line height ${formatNumber(levels.display.lineHeight)} at the display size and ${formatNumber(levels['headline-sm'].lineHeight)} at ${codeSpan('headline-sm')}, tracking tightened to ${formatNumber(levels.display.letterSpacing)}em at the largest size.`,
    `**Body:** ${md(body)} in ${ink} at ${pxText(levels['body-md'].size)} with line height ${formatNumber(levels['body-md'].lineHeight)}; leads at ${pxText(levels['body-lg'].size)}, small print at ${pxText(levels.caption.size)}.`,
    `**Labels:** buttons, navigation and form labels use ${codeSpan('label')}, ${pxText(levels.label.size)} at ${weightText(levels.label.weight)} with ${formatNumber(levels.label.letterSpacing)}em tracking, ${codeSpan(design.palette.light['on-primary'])} on ${codeSpan(design.palette.light.primary)} in primary buttons.`,
  ];
  // One sentence: the hierarchy's figures are shared by every site on the same scale, tone and base size.
  return { families, hosting, scale: `${scale}; ${hierarchy}`, hierarchy: '', items };
}

/* ------------------------------------------------------------------- layout */

/** `bp`: the breakpoints of the site's whole stylesheet (layout and composition variants, see breakpointsFor). */
export function layoutProse(design: Design, bp: Breakpoints | undefined): { container: string; breakpoints: string } {
  const s = design.spacing;
  const unit = s.sm ?? 8;
  const container = `${md(design.site.name)} sits in a centred container of at most ${pxText(s.container ?? 1200)}, with gutters of ${pxText(s.gutter ?? 24)} or 4% of the window's width, whichever is wider, and ${pxText(s['3xl'] ?? 64)} between sections, on ${withArticle(md(design.selection.shape.density))} spacing scale built from ${numberArticle(unit)} ${pxText(unit)} unit:`;
  if (bp === undefined || bp.minWidths.length === 0) return { container, breakpoints: `The ${md(design.selection.layout.template)} stylesheet has no width breakpoints: one arrangement serves every screen.` };
  const list = sentenceList(bp.minWidths.map((n) => `${n}`));
  // Breakpoints in a row that widen grids to the same count read as one step with the later widths beside it ("up to
  // two columns from 576 px (more grids at 640 and 832 px)"), not the same phrase three times over.
  const steps: { columns: number; widths: number[] }[] = [];
  for (const w of bp.minWidths) {
    const columns = bp.columnsFrom[w];
    if (columns === undefined || columns <= 1) continue;
    const last = steps[steps.length - 1];
    if (last && last.columns === columns) last.widths.push(w);
    else steps.push({ columns, widths: [w] });
  }
  const widen = steps.map(({ columns, widths }) => {
    const [first, ...more] = widths;
    const alsoAt = more.length > 0 ? ` (more grids at ${sentenceList(more.map(String))} px)` : '';
    return `${columns >= 99 ? 'as many columns as fit' : `up to ${numberWord(columns)} columns`} from ${first} px${alsoAt}`;
  });
  const base = bp.singleColumnBase ? ` Below ${bp.minWidths[0]} px every grid of ${md(design.site.name)} is a single column.` : '';
  const max = bp.maxWidths.length > 0 ? ` (plus ${bp.maxWidths.length === 1 ? 'a max-width query' : 'max-width queries'} at ${sentenceList(bp.maxWidths.map(String))} px)` : '';
  return {
    container,
    breakpoints: `The ${md(design.selection.layout.template)} stylesheet of ${md(design.site.name)} is mobile-first, with min-width breakpoints at ${list} px${max}${widen.length > 0 ? `, where grids widen to ${sentenceList(widen)}` : ''}.${base}`,
  };
}

/* ---------------------------------------------------------------- elevation */

export function elevationProse(design: Design, used: ReadonlySet<string>): { summary: string; levels: string[] } {
  const levels = design.elevation.levels;
  const keys = Object.keys(levels).sort();
  const shadowColour = design.palette.light['on-surface'];
  const any = keys.some((k) => (levels[k] ?? []).length > 0);
  const cardRaised = used.has('card') && (levels['1'] ?? []).length > 0;
  const summary = any
    ? `${md(design.site.name)} uses ${design.elevation.style === 'layered' ? 'layered shadows, a tight contact shadow under a wide ambient one,' : 'soft, short shadows'} drawn in ${codeSpan('on-surface')} (${codeSpan(shadowColour)})${cardRaised ? ', with raised cards at level 1 and buttons lifting to level 2 on hover' : ''}; in the dark scheme they use a darkened ${codeSpan('neutral')} at 2.5 times the opacity.`
    : `Nothing on ${md(design.site.name)} casts a shadow: surfaces are told apart by tone (${codeSpan('surface-container')} ${codeSpan(design.palette.light['surface-container'])} on ${codeSpan('surface')} ${codeSpan(design.palette.light.surface)}) and by hairline borders in ${codeSpan('outline')}.`;
  const out = keys.map((k) => {
    const layers = levels[k] ?? [];
    // Data lines, like the spacing list: the offsets themselves, no sentence around them.
    if (layers.length === 0) return `**Level ${k}:** none`;
    const text = layers.map((l) => `y ${formatNumber(round(l.y, 2))} px, blur ${formatNumber(round(l.blur, 2))} px${l.spread !== 0 ? `, spread ${formatNumber(round(l.spread, 2))} px` : ''}, ${formatNumber(round(l.opacity * 100, 1))}%`).join(' + ');
    return `**Level ${k}:** ${text}`;
  });
  return { summary, levels: out };
}

/* ------------------------------------------------------------------- shapes */

export function shapeProse(design: Design, usedIds: readonly string[]): string {
  const parts: string[] = [];
  const names: Record<string, string> = { 'button-primary': 'buttons', card: 'cards', input: 'inputs', badge: 'badges' };
  for (const id of ['button-primary', 'card', 'input', 'badge']) {
    if (!usedIds.includes(id)) continue;
    const ref = roundedRef(design.components[id]?.rounded);
    if (ref === undefined) continue;
    const px = design.rounded[ref] ?? 0;
    parts.push(`${names[id]} are ${cornerWord(px)} (${px >= 9999 ? 'fully rounded' : pxText(px)}, ${codeSpan(`rounded.${ref}`)})`);
  }
  const head = `Corners on ${md(design.site.name)} come from the ${md(design.selection.shape.radius)} radius scale`;
  return parts.length === 0 ? `${head}.` : `${head}: ${sentenceList(parts)}.`;
}

/* --------------------------------------------------------------- components */

export function componentItems(design: Design, usedIds: readonly string[]): string[] {
  const c = design.components;
  const hex = (ref: string | undefined, scheme: Scheme = 'light'): string => {
    const role = ref === undefined ? undefined : (/^\{colors\.([a-z-]+)\}$/.exec(ref)?.[1] as ColorRole | undefined);
    return role !== undefined && design.palette[scheme][role] !== undefined ? `${codeSpan(role)} ${codeSpan(design.palette[scheme][role])}` : 'the page colours';
  };
  const radius = (id: string): string => {
    const ref = roundedRef(c[id]?.rounded);
    const px = ref === undefined ? undefined : design.rounded[ref];
    return px === undefined ? '' : `, ${cornerWord(px)} corners (${px >= 9999 ? 'full' : pxText(px)})`;
  };
  const level1 = (design.elevation.levels['1'] ?? []).length > 0;
  const text: Record<string, () => string> = {
    page: () => `${hex(c.page?.textColor)} text on ${hex(c.page?.backgroundColor)} in ${codeSpan('body-md')}.`,
    'button-primary': () => `filled ${hex(c['button-primary']?.backgroundColor)} with ${hex(c['button-primary']?.textColor)} labels in ${codeSpan('label')}, ${tokenPx(c['button-primary']?.height, 44)} tall${radius('button-primary')}.`,
    'button-secondary': () => `filled ${hex(c['button-secondary']?.backgroundColor)} with ${hex(c['button-secondary']?.textColor)} labels${radius('button-secondary')}.`,
    badge: () => `a small tag in ${hex(c.badge?.backgroundColor)} with ${hex(c.badge?.textColor)} caption text${radius('badge')}.`,
    link: () => `${hex(c.link?.textColor)} on the page and in cards.`,
    card: () => `${level1 ? 'a panel lifted by the level-1 shadow' : 'a flat panel'} on ${hex(c.card?.backgroundColor)}, ${tokenPx(c.card?.padding, 24)} padding${radius('card')}, its muted text (${codeSpan('card-muted')}) in ${hex(c['card-muted']?.textColor)}.`,
    'card-muted': () => `secondary text inside cards in ${hex(c['card-muted']?.textColor)}.`,
    navigation: () => `the header's links in ${codeSpan('label')} type, ${hex(c.navigation?.textColor)} on ${hex(c.navigation?.backgroundColor)}.`,
    footer: () => `the band closing the page of ${md(design.site.name)}, ${hex(c.footer?.backgroundColor)} with ${hex(c.footer?.textColor)} text in ${codeSpan('body-sm')}.`,
    input: () => `contact-form fields on ${hex(c.input?.backgroundColor)}, ${tokenPx(c.input?.height, 44)} tall with an ${codeSpan('outline')} border${radius('input')}.`,
    divider: () => `a hairline in ${hex(c.divider?.backgroundColor)}.`,
  };
  const titles: Record<string, string> = {
    page: 'Page',
    'button-primary': 'Primary button',
    'button-secondary': 'Secondary button',
    badge: 'Badge',
    link: 'Link',
    card: 'Card',
    'card-muted': 'Card, muted text',
    navigation: 'Navigation',
    footer: 'Footer',
    input: 'Input',
    divider: 'Divider',
  };
  // card-muted is described inside the card's line: it is the card's secondary text, not a component of its own.
  return usedIds.filter((id) => id !== 'card-muted' || !usedIds.includes('card')).map((id) => `**${titles[id] ?? md(id)}** (${codeSpan(id)}): ${(text[id] ?? (() => 'a component.'))()}`);
}
