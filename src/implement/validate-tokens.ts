// Front matter object → DesignTokens, checked key by key against the DESIGN.md contract (docs/design-md-format.md).
import { COLOR_ROLES, TYPE_LEVELS, type ColorRole, type ContrastPair, type CopyBlock, type CopyItem, type Shadow, type SiteCopy, type TypeLevel } from '../shared/types.js';
import {
  ART_SCENES,
  CARD_STYLES,
  HEADER_STYLES,
  HERO_ARRANGEMENTS,
  LAYOUT_TEMPLATES,
  SECTION_IDS,
  SECTION_RHYTHMS,
  type LayoutTemplate,
  type SectionId,
} from '../shared/vocabulary.js';
import type { Composition } from '../shared/types.js';
import { parseDimension, parseFontStack, parseHexColor } from './css-values.js';
import {
  REQUIRED_ELEVATION,
  REQUIRED_ROUNDED,
  REQUIRED_SPACING,
  type DesignTokens,
  type Rgb,
  type TypeToken,
  type WdmData,
} from './design-tokens.js';
import { SchemaProblems, isRecord } from './schema-problems.js';
import { readFacts } from './read-facts.js';
import { FACT_KEYS, type FactKey } from '../shared/types.js';

const TOKEN_KEY = /^[a-z0-9][a-z0-9-]*$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const REFERENCE = /^\{(colors|typography|rounded|spacing)\.([^{}]+)\}$/;
const MAX_TEXT = 2000;
const MAX_ITEMS = 24;
const ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a DESIGN.md written before compositions existed gets: each layout's signature arrangement. */
export const SIGNATURE_COMPOSITION: Record<LayoutTemplate, Omit<Composition, 'subjects' | 'scene'>> = {
  services: { hero: 'split', header: 'bar', rhythm: 'open', cards: 'raised' },
  landing: { hero: 'centered', header: 'bar', rhythm: 'banded', cards: 'raised' },
  menu: { hero: 'plate', header: 'stacked', rhythm: 'centered', cards: 'outline' },
  portfolio: { hero: 'banner', header: 'bar', rhythm: 'open', cards: 'plain' },
  editorial: { hero: 'story', header: 'masthead', rhythm: 'ruled', cards: 'plain' },
  storefront: { hero: 'panel', header: 'bar', rhythm: 'open', cards: 'raised' },
};

export function validateTokens(data: unknown, file: string): DesignTokens {
  const p = new SchemaProblems(file);
  if (!isRecord(data)) {
    p.add('(front matter)', data, 'a map of DESIGN.md keys (version, name, colors ...)', 'the front matter must be a YAML map');
    p.throwIfAny();
  }
  const root = data as Record<string, unknown>;
  const name = text(p, root['name'], 'name', 200, true);
  const description = text(p, root['description'], 'description', 500, false);
  const colors = readColors(p, root['colors']);
  const typography = readTypography(p, root['typography']);
  const rounded = readPxScale(p, root['rounded'], 'rounded', REQUIRED_ROUNDED);
  const spacing = readPxScale(p, root['spacing'], 'spacing', REQUIRED_SPACING);
  const components = readComponents(p, root['components'], root);
  const wdm = readWdm(p, root['x-wdm']);
  p.throwIfAny();
  return { file, name, description, colors, typography, rounded, spacing, components, wdm: wdm as WdmData };
}

function text(p: SchemaProblems, value: unknown, path: string, max: number, required: boolean): string {
  if (typeof value !== 'string' || (required && value.trim() === '') || value.length > max) {
    p.add(path, value, `${required ? 'a non-empty' : 'a'} string of at most ${max} characters`);
    return '';
  }
  return value;
}

function readColors(p: SchemaProblems, value: unknown): DesignTokens['colors'] {
  const light = {} as Record<ColorRole, Rgb>;
  const dark = {} as Record<ColorRole, Rgb>;
  if (!isRecord(value)) {
    p.add('colors', value, `a map of the ${COLOR_ROLES.length} colour roles and their -dark twins`);
    return { light, dark };
  }
  const black: Rgb = { r: 0, g: 0, b: 0 };
  for (const [suffix, target] of [['', light], ['-dark', dark]] as const) {
    for (const role of COLOR_ROLES) {
      const key = `${role}${suffix}`;
      const raw = value[key];
      const rgb = parseHexColor(raw);
      if (!rgb) {
        p.add(
          `colors.${key}`,
          raw,
          raw === undefined ? `a colour for the role ${key} written as "#rrggbb"` : 'a colour written as "#rrggbb"',
          suffix && raw === undefined ? `every colour role needs a -dark twin for the dark scheme` : 'write colours as six-digit hex, e.g. "#1a4d8f"',
        );
      }
      target[role] = rgb ?? black;
    }
  }
  return { light, dark };
}

function readTypography(p: SchemaProblems, value: unknown): Record<TypeLevel, TypeToken> {
  const out = {} as Record<TypeLevel, TypeToken>;
  const fallback: TypeToken = {
    fontFamily: [{ kind: 'generic', name: 'sans-serif' }],
    fontSize: { value: 16, unit: 'px' },
    fontWeight: 400,
    lineHeight: 1.5,
    letterSpacing: { value: 0, unit: 'em' },
  };
  if (!isRecord(value)) {
    p.add('typography', value, `a map of the type levels ${TYPE_LEVELS.join(', ')}`);
    for (const level of TYPE_LEVELS) out[level] = fallback;
    return out;
  }
  for (const level of TYPE_LEVELS) {
    const path = `typography.${level}`;
    const style = value[level];
    if (!isRecord(style)) {
      p.add(path, style, 'a map with fontFamily, fontSize, fontWeight, lineHeight and letterSpacing');
      out[level] = fallback;
      continue;
    }
    const fontFamily = parseFontStack(style['fontFamily']);
    if (!fontFamily) {
      p.add(`${path}.fontFamily`, style['fontFamily'], 'a font stack of family names, quoted names and generic families separated by commas', "e.g. Georgia, 'Times New Roman', serif");
    }
    const fontSize = parseDimension(style['fontSize'], ['px', 'rem', 'em']);
    if (!fontSize || fontSize.value <= 0) p.add(`${path}.fontSize`, style['fontSize'], 'a positive dimension in px, rem or em');
    const weightRaw = style['fontWeight'];
    const fontWeight = typeof weightRaw === 'string' && /^\d{3}$/.test(weightRaw) ? Number(weightRaw) : weightRaw;
    const weightOk = typeof fontWeight === 'number' && Number.isInteger(fontWeight) && fontWeight >= 1 && fontWeight <= 1000;
    if (!weightOk) p.add(`${path}.fontWeight`, weightRaw, 'a whole number from 1 to 1000');
    const lhRaw = style['lineHeight'];
    const lineHeight = typeof lhRaw === 'number' && Number.isFinite(lhRaw) && lhRaw > 0 && lhRaw <= 10 ? lhRaw : parseDimension(lhRaw, ['px', 'rem', 'em']);
    if (lineHeight === undefined) p.add(`${path}.lineHeight`, lhRaw, 'a unitless number (e.g. 1.5) or a dimension in px, rem or em');
    const letterSpacing = parseDimension(style['letterSpacing'], ['em', 'px', 'rem']);
    if (!letterSpacing) p.add(`${path}.letterSpacing`, style['letterSpacing'], 'a dimension in em, px or rem (e.g. -0.01em)');
    out[level] = {
      fontFamily: fontFamily ?? fallback.fontFamily,
      fontSize: fontSize ?? fallback.fontSize,
      fontWeight: weightOk ? (fontWeight as number) : 400,
      lineHeight: lineHeight ?? 1.5,
      letterSpacing: letterSpacing ?? fallback.letterSpacing,
    };
  }
  return out;
}

function readPxScale(p: SchemaProblems, value: unknown, group: string, required: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(value)) {
    p.add(group, value, `a map of px dimensions with the keys ${required.join(', ')}`);
    return out;
  }
  for (const key of required) {
    if (!(key in value)) p.add(`${group}.${key}`, undefined, 'a dimension in px');
  }
  for (const key of Object.keys(value).sort()) {
    const raw = value[key];
    if (!TOKEN_KEY.test(key)) {
      p.addMessage(`${group}.${key}`, `found the key ${JSON.stringify(key)}, expected lower-case letters, digits and hyphens`);
      continue;
    }
    const dim = parseDimension(raw, ['px']);
    if (!dim || dim.value < 0) {
      if (raw !== undefined) p.add(`${group}.${key}`, raw, 'a non-negative dimension in px (e.g. 16px)');
      continue;
    }
    out[key] = dim.value;
  }
  return out;
}

function readComponents(p: SchemaProblems, value: unknown, root: Record<string, unknown>): DesignTokens['components'] {
  const out: DesignTokens['components'] = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    p.add('components', value, 'a map of component names to their tokens');
    return out;
  }
  for (const name of Object.keys(value).sort()) {
    const component = value[name];
    const path = `components.${name}`;
    if (!isRecord(component)) {
      p.add(path, component, 'a map of component tokens (backgroundColor, textColor, typography ...)');
      continue;
    }
    const tokens: Record<string, string | number> = {};
    for (const prop of Object.keys(component).sort()) {
      const raw = component[prop];
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        tokens[prop] = raw;
        continue;
      }
      if (typeof raw !== 'string') {
        p.add(`${path}.${prop}`, raw, 'a token reference like "{colors.primary}" or a dimension');
        continue;
      }
      if (raw.includes('{') || raw.includes('}')) {
        const ref = REFERENCE.exec(raw);
        const groupName = ref?.[1];
        const key = ref?.[2];
        const group = groupName ? root[groupName] : undefined;
        if (!ref || !groupName || key === undefined || !isRecord(group) || !Object.prototype.hasOwnProperty.call(group, key)) {
          p.add(
            `${path}.${prop}`,
            raw,
            ref ? `a reference to a defined token (${groupName}.${key} is not defined)` : 'a reference of the form "{group.key}" with group colors, typography, rounded or spacing',
            'fix the reference or define the token it names',
          );
          continue;
        }
      }
      tokens[prop] = raw;
    }
    out[name] = tokens;
  }
  return out;
}

function oneOf<T extends string>(p: SchemaProblems, value: unknown, path: string, allowed: readonly T[]): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  p.add(path, value, `one of ${allowed.join(', ')}`);
  return undefined;
}

function readWdm(p: SchemaProblems, value: unknown): WdmData | undefined {
  if (!isRecord(value)) {
    p.add('x-wdm', value, 'a map of wdm data (schema, domain, layout, sections, copy ...)', 'regenerate the file with `wdm-design generate`');
    return undefined;
  }
  if (value['schema'] !== 1) p.add('x-wdm.schema', value['schema'], 'schema version 1', 'regenerate the file with this version of wdm-design');
  const domain = value['domain'];
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) p.add('x-wdm.domain', domain, 'a lower-case ASCII (punycode) domain name such as smithlaw.com');
  const unicode = typeof value['unicode'] === 'string' ? value['unicode'] : domain;
  const category = text(p, value['category'], 'x-wdm.category', 100, true);
  const categoryLabel = text(p, value['categoryLabel'] ?? value['category'], 'x-wdm.categoryLabel', 100, true);
  const tone = typeof value['tone'] === 'string' ? value['tone'] : '';
  const layout = oneOf<LayoutTemplate>(p, value['layout'], 'x-wdm.layout', LAYOUT_TEMPLATES);
  const sections = readSections(p, value['sections']);
  const elevation = readElevation(p, value['elevation']);
  const copy = readCopy(p, value['copy'], sections);
  const contrast = readContrast(p, value['contrast']);
  const composition = readComposition(p, value['composition'], layout ?? 'landing');
  const jsonLd = readJsonLd(p, value['jsonLd']);
  const facts = readFacts(p, value['facts']);
  for (const section of sections) {
    const from = copy[section]?.from;
    if (from !== undefined && (facts === undefined || facts[from] === undefined)) {
      p.add(`x-wdm.copy.${section}.from`, from, `a fact given in x-wdm.facts (${from} is not there)`, 'regenerate the file with `wdm-design generate`');
    }
  }
  return {
    schema: 1,
    domain: typeof domain === 'string' ? domain : '',
    unicode: typeof unicode === 'string' ? unicode : '',
    category,
    categoryLabel,
    tone,
    layout: layout ?? 'landing',
    sections,
    elevation,
    copy,
    contrast,
    jsonLd,
    ...(facts !== undefined ? { facts } : {}),
    composition,
  };
}

const SCHEMA_TYPE = /^[A-Z][A-Za-z]{2,60}$/;

function readJsonLd(p: SchemaProblems, value: unknown): WdmData['jsonLd'] {
  if (value === undefined) return { types: ['LocalBusiness'], localBusiness: true };
  const types = isRecord(value) ? value['types'] : undefined;
  const local = isRecord(value) ? value['localBusiness'] : undefined;
  if (!Array.isArray(types) || types.length === 0 || types.length > 4 || !types.every((t) => typeof t === 'string' && SCHEMA_TYPE.test(t)) || typeof local !== 'boolean') {
    p.add('x-wdm.jsonLd', value, 'a map with types (1 to 4 schema.org type names like Dentist) and localBusiness (true or false)');
    return { types: ['LocalBusiness'], localBusiness: true };
  }
  return { types: [...(types as string[])], localBusiness: local };
}

/** `x-wdm.composition`: optional (older files get the layout's signature), each value from its vocabulary. */
function readComposition(p: SchemaProblems, value: unknown, layout: LayoutTemplate): Composition {
  const signature = SIGNATURE_COMPOSITION[layout];
  const out: Composition = { ...signature, scene: 'blob', subjects: ['star', 'map-pin', 'handshake'] };
  if (value === undefined) return out;
  if (!isRecord(value)) {
    p.add('x-wdm.composition', value, 'a map with hero, header, rhythm, cards, scene and subjects');
    return out;
  }
  const dims = [
    ['hero', HERO_ARRANGEMENTS],
    ['header', HEADER_STYLES],
    ['rhythm', SECTION_RHYTHMS],
    ['cards', CARD_STYLES],
    ['scene', ART_SCENES],
  ] as const;
  for (const [key, allowed] of dims) {
    const v = value[key];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) out[key] = v;
    else p.add(`x-wdm.composition.${key}`, v, `one of ${allowed.join(', ')}`);
  }
  const subjects = value['subjects'];
  if (Array.isArray(subjects) && subjects.length >= 1 && subjects.length <= 6 && subjects.every((s) => typeof s === 'string' && ICON_NAME.test(s))) {
    out.subjects = subjects as string[];
  } else {
    p.add('x-wdm.composition.subjects', subjects, 'a list of 1 to 6 icon names (lower-case words joined by hyphens)');
  }
  return out;
}

function readSections(p: SchemaProblems, value: unknown): SectionId[] {
  if (!Array.isArray(value) || value.length === 0) {
    p.add('x-wdm.sections', value, 'a non-empty list of section ids starting with hero');
    return [];
  }
  const out: SectionId[] = [];
  value.forEach((id: unknown, i) => {
    const path = `x-wdm.sections[${i}]`;
    if (typeof id !== 'string' || !(SECTION_IDS as readonly string[]).includes(id)) {
      p.add(path, id, `a section id, one of ${SECTION_IDS.join(', ')}`);
    } else if (out.includes(id as SectionId)) {
      p.add(path, id, 'each section at most once');
    } else {
      out.push(id as SectionId);
    }
  });
  if (value[0] !== 'hero') p.add('x-wdm.sections[0]', value[0], 'hero (the hero holds the page heading and comes first)');
  if (!value.includes('contact')) p.add('x-wdm.sections', value, 'a list that includes contact (every site has a contact section)');
  return out;
}

function finite(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function readElevation(p: SchemaProblems, value: unknown): WdmData['elevation'] {
  const out: WdmData['elevation'] = { style: '', levels: {} };
  if (!isRecord(value) || !isRecord(value['levels'])) {
    p.add('x-wdm.elevation', value, 'a map with style and levels ("0" to "3", each a list of shadows)');
    return out;
  }
  out.style = typeof value['style'] === 'string' ? value['style'] : '';
  const levels = value['levels'];
  for (const key of REQUIRED_ELEVATION) {
    if (!(key in levels)) p.add(`x-wdm.elevation.levels.${key}`, undefined, 'a list of shadows (may be empty)');
  }
  for (const key of Object.keys(levels).sort()) {
    const path = `x-wdm.elevation.levels.${key}`;
    const list = levels[key];
    if (!/^[0-9]$/.test(key)) {
      p.addMessage(path, `found the level ${JSON.stringify(key)}, expected a single digit`);
      continue;
    }
    if (!Array.isArray(list) || list.length > 4) {
      p.add(path, list, 'a list of at most 4 shadows');
      continue;
    }
    const shadows: Shadow[] = [];
    list.forEach((s: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isRecord(s)) return p.add(at, s, 'a map with y, blur, spread (px numbers) and opacity (0 to 1)');
      const { y, blur, spread, opacity } = s;
      if (!finite(y, -200, 200)) p.add(`${at}.y`, y, 'a number of px from -200 to 200');
      if (!finite(blur, 0, 400)) p.add(`${at}.blur`, blur, 'a number of px from 0 to 400');
      if (!finite(spread, -200, 200)) p.add(`${at}.spread`, spread, 'a number of px from -200 to 200');
      if (!finite(opacity, 0, 1)) p.add(`${at}.opacity`, opacity, 'a number from 0 to 1');
      if (finite(y, -200, 200) && finite(blur, 0, 400) && finite(spread, -200, 200) && finite(opacity, 0, 1)) {
        shadows.push({ y, blur, spread, opacity });
      }
    });
    out.levels[key] = shadows;
  }
  return out;
}

function readCopy(p: SchemaProblems, value: unknown, sections: readonly SectionId[]): SiteCopy {
  const out: SiteCopy = {};
  if (!isRecord(value)) {
    p.add('x-wdm.copy', value, 'a map of section id to its copy block (title, lead, items)');
    return out;
  }
  for (const section of sections) {
    const path = `x-wdm.copy.${section}`;
    const block = value[section];
    if (!isRecord(block)) {
      p.add(path, block, `a copy block (title, lead, items) for the section ${section} named in x-wdm.sections`);
      continue;
    }
    const result: CopyBlock = {
      title: text(p, block['title'], `${path}.title`, MAX_TEXT, true),
      lead: text(p, block['lead'] ?? '', `${path}.lead`, MAX_TEXT, false),
      items: [],
    };
    for (const key of ['action', 'secondaryAction'] as const) {
      if (block[key] !== undefined) result[key] = text(p, block[key], `${path}.${key}`, 200, true);
    }
    if (block['nav'] !== undefined) result.nav = text(p, block['nav'], `${path}.nav`, 60, true);
    // A call to action leads to a section of this page; anything else would be a broken link.
    for (const key of ['actionTarget', 'secondaryActionTarget'] as const) {
      const target = block[key];
      if (target === undefined) continue;
      if (typeof target === 'string' && (sections as readonly string[]).includes(target)) result[key] = target as SectionId;
      else p.add(`${path}.${key}`, target, `a section of this page, one of ${sections.join(', ')}`);
    }
    if (block['sample'] !== undefined) {
      if (typeof block['sample'] === 'boolean') result.sample = block['sample'];
      else p.add(`${path}.sample`, block['sample'], 'true or false');
    }
    if (block['from'] !== undefined) {
      if (typeof block['from'] === 'string' && (FACT_KEYS as readonly string[]).includes(block['from'])) result.from = block['from'] as FactKey;
      else p.add(`${path}.from`, block['from'], `the fact that fills the section, one of ${FACT_KEYS.join(', ')}`);
    }
    const items = block['items'] ?? [];
    if (!Array.isArray(items) || items.length > MAX_ITEMS) {
      p.add(`${path}.items`, items, `a list of at most ${MAX_ITEMS} items, each with title and text`);
    } else {
      items.forEach((item: unknown, i) => {
        const at = `${path}.items[${i}]`;
        if (!isRecord(item)) return p.add(at, item, 'a map with title and text');
        const entry: CopyItem = { title: text(p, item['title'], `${at}.title`, MAX_TEXT, true), text: text(p, item['text'] ?? '', `${at}.text`, MAX_TEXT, false) };
        if (item['price'] !== undefined) entry.price = text(p, item['price'], `${at}.price`, 40, true);
        if (item['icon'] !== undefined) {
          if (typeof item['icon'] === 'string' && ICON_NAME.test(item['icon']) && item['icon'].length <= 60) entry.icon = item['icon'];
          else p.add(`${at}.icon`, item['icon'], 'an icon name (lower-case words joined by hyphens, e.g. paw-print)');
        }
        result.items.push(entry);
      });
    }
    out[section] = result;
  }
  return out;
}

function readContrast(p: SchemaProblems, value: unknown): ContrastPair[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    p.add('x-wdm.contrast', value, 'a list of contrast pairs (text, background, target, use, light, dark)');
    return [];
  }
  const out: ContrastPair[] = [];
  value.forEach((pair: unknown, i) => {
    const at = `x-wdm.contrast[${i}]`;
    if (!isRecord(pair)) return p.add(at, pair, 'a map with text, background, target, use, light and dark');
    const textRole = oneOf<ColorRole>(p, pair['text'], `${at}.text`, COLOR_ROLES);
    const background = oneOf<ColorRole>(p, pair['background'], `${at}.background`, COLOR_ROLES);
    for (const key of ['target', 'light', 'dark'] as const) {
      if (!finite(pair[key], 1, 21)) p.add(`${at}.${key}`, pair[key], 'a contrast ratio from 1 to 21');
    }
    const { target, light, dark } = pair;
    if (textRole && background && finite(target, 1, 21) && finite(light, 1, 21) && finite(dark, 1, 21)) {
      out.push({ text: textRole, background, target, use: typeof pair['use'] === 'string' ? pair['use'] : '', light, dark });
    }
  });
  return out;
}
