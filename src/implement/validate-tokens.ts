// Front matter object → DesignTokens: the valibot schema (token-schema.ts) checks each key, then the checks across keys
// (component references, the sections list, copy blocks for the page's sections, facts); every problem at once.
import * as v from 'valibot';
import { checkSchema, isMapping, type KeyPath, type SchemaProblem } from '../shared/schema.js';
import { FACT_KEYS, type Facts } from '../shared/types.js';
import { SECTION_IDS, type SectionId } from '../shared/vocabulary.js';
import { readFacts } from './read-facts.js';
import { SchemaProblems, describeValue } from './schema-problems.js';
import { remembered } from '../shared/memo.js';
import {
  FRONT_MATTER,
  LEVEL_EXPECTED,
  LEVEL_KEY,
  REQUIRED_ELEVATION,
  REQUIRED_ROUNDED,
  REQUIRED_SPACING,
  SIGNATURE_COMPOSITION,
  TOKEN_KEY,
  TOKEN_KEY_EXPECTED,
  WDM_ORDER,
  copyBlockSchema,
  type DesignCopyBlock,
  type DesignTokens,
} from './token-schema.js';

export { SIGNATURE_COMPOSITION } from './token-schema.js';

const REFERENCE = /^\{(colors|typography|rounded|spacing)\.([^{}]+)\}$/;
const REGENERATE = 'regenerate the file with `wdm-design generate`';
const TOP_ORDER = Object.keys(FRONT_MATTER.entries);
const SECTION_ID = v.picklist(SECTION_IDS);
const FACT_KEY = v.picklist(FACT_KEYS);

/** Where a problem comes in the report: the order in which the contract lists keys, token maps by key. */
type Rank = readonly (number | string)[];

interface Ranked {
  rank: Rank;
  path: string;
  message: string;
  hint?: string;
}

export function validateTokens(data: unknown, file: string): DesignTokens {
  const p = new SchemaProblems(file);
  if (!isMapping(data)) {
    p.add('(front matter)', data, 'a map of DESIGN.md keys (version, name, colors ...)', 'the front matter must be a YAML map');
    p.throwIfAny();
    throw new Error('unreachable: a problem was added');
  }
  const problems: Ranked[] = [];
  const checked = checkSchema(FRONT_MATTER, data, { unknownKeys: false });
  if (!checked.ok) for (const problem of checked.problems) problems.push(fromSchema(problem, [], schemaRank(problem)));
  referenceProblems(data, problems);
  reservedKeyProblems(data, problems);
  const wdm = data['x-wdm'];
  let copy: Record<string, DesignCopyBlock> = {};
  let facts: Facts | undefined;
  if (isMapping(wdm)) {
    const sections = sectionProblems(wdm['sections'], problems);
    copy = copyBlocks(wdm['copy'], sections, problems);
    facts = factProblems(file, wdm['facts'], problems);
    fromProblems(wdm['copy'], sections, facts, problems);
  }
  // A stable sort: problems of one rank keep the order the schema met them in.
  problems.sort((a, b) => compareRanks(a.rank, b.rank));
  for (const problem of problems) p.addMessage(problem.path, problem.message, problem.hint);
  p.throwIfAny();
  if (!checked.ok) throw new Error('unreachable: the schema reported problems');
  const front = checked.output;
  const w = front['x-wdm'];
  return {
    file,
    name: front.name,
    description: front.description,
    colors: front.colors,
    typography: front.typography,
    rounded: sortedByKey(front.rounded),
    spacing: sortedByKey(front.spacing),
    components: sortedByKey(Object.fromEntries(Object.entries(front.components).map(([name, tokens]) => [name, sortedByKey(tokens)]))),
    wdm: {
      schema: w.schema,
      domain: w.domain,
      unicode: w.unicode ?? w.domain,
      category: w.category,
      categoryLabel: w.categoryLabel,
      ...(w.english !== undefined ? { english: w.english } : {}),
      tone: w.tone,
      layout: w.layout,
      sections: w.sections,
      elevation: { style: w.elevation.style, levels: sortedByKey(w.elevation.levels) },
      copy,
      contrast: w.contrast,
      jsonLd: w.jsonLd,
      ...(facts !== undefined ? { facts } : {}),
      composition: w.composition ?? { ...SIGNATURE_COMPOSITION[w.layout], scene: 'blob', subjects: ['star', 'map-pin', 'handshake'] },
    },
  };
}

/** Token maps in key order (CSS custom properties are written in it). */
function sortedByKey<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(map).sort()) out[key] = map[key] as T;
  return out;
}

function pathText(path: KeyPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) return typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === 'number' ? -1 : 1;
  }
  return a.length - b.length;
}

/** The contract's order of top-level keys, then: token maps' missing keys first, then their keys sorted; lists by index. */
function schemaRank(problem: SchemaProblem): Rank {
  const [top, a, b, c] = problem.path;
  const rank: (number | string)[] = [TOP_ORDER.indexOf(String(top))];
  // A key the map must have and lacks comes first (`missing` says the last key of the path is absent).
  const byKey = (required: readonly string[], key: string | number | undefined): (number | string)[] =>
    key === undefined ? [] : problem.missing && problem.path.at(-1) === key ? [0, required.indexOf(String(key))] : [1, String(key)];
  if (top === 'rounded') rank.push(...byKey(REQUIRED_ROUNDED, a));
  else if (top === 'spacing') rank.push(...byKey(REQUIRED_SPACING, a));
  else if (top === 'components') rank.push(...problem.path.slice(1).map(String));
  else if (top === 'x-wdm' && a !== undefined) {
    rank.push(WDM_ORDER.indexOf(String(a)));
    if (a === 'sections' && b !== undefined) rank.push(0, b);
    if (a === 'elevation' && b === 'levels') rank.push(1, ...byKey(REQUIRED_ELEVATION, c));
  }
  return rank;
}

/** A schema problem in the report's words; `prefix` is the path of the value that was checked. */
function fromSchema(problem: SchemaProblem, prefix: KeyPath, rank: Rank): Ranked {
  const path = [...prefix, ...problem.path];
  if (problem.invalidKey) {
    const noun = path[1] === 'elevation' ? 'level' : 'key';
    return { rank, path: pathText(path), message: `found the ${noun} ${JSON.stringify(problem.input)}, expected ${problem.expected}` };
  }
  const hint = hintFor(path, problem);
  return { rank, path: pathText(path), message: `found ${describeValue(problem.input)}, expected ${problem.expected}`, ...(hint !== undefined ? { hint } : {}) };
}

function hintFor(path: KeyPath, problem: SchemaProblem): string | undefined {
  const [top, a, b, c] = path;
  if (top === 'colors' && a !== undefined && b === undefined) {
    return problem.missing && String(a).endsWith('-dark') ? 'every colour role needs a -dark twin for the dark scheme' : 'write colours as six-digit hex, e.g. "#1a4d8f"';
  }
  if (top === 'typography' && b === 'fontFamily' && c === undefined) return "e.g. Georgia, 'Times New Roman', serif";
  if (top === 'x-wdm' && a === undefined) return REGENERATE;
  if (top === 'x-wdm' && a === 'schema' && b === undefined) return 'regenerate the file with this version of wdm-design';
  return undefined;
}

/** Component tokens that name another token (`{colors.primary}`) must name one the file defines. */
function referenceProblems(root: Record<string, unknown>, out: Ranked[]): void {
  const components = root['components'];
  if (!isMapping(components)) return;
  for (const name of Object.keys(components)) {
    const component = components[name];
    if (!isMapping(component)) continue;
    for (const prop of Object.keys(component)) {
      const raw = component[prop];
      if (typeof raw !== 'string' || !(raw.includes('{') || raw.includes('}'))) continue;
      const ref = REFERENCE.exec(raw);
      const groupName = ref?.[1];
      const key = ref?.[2];
      const group = groupName !== undefined ? root[groupName] : undefined;
      if (ref && groupName !== undefined && key !== undefined && isMapping(group) && Object.hasOwn(group, key)) continue;
      const expected = ref
        ? `a reference to a defined token (${groupName}.${key} is not defined)`
        : 'a reference of the form "{group.key}" with group colors, typography, rounded or spacing';
      out.push({
        rank: [TOP_ORDER.indexOf('components'), name, prop],
        path: `components.${name}.${prop}`,
        message: `found ${describeValue(raw)}, expected ${expected}`,
        hint: 'fix the reference or define the token it names',
      });
    }
  }
}

const WDM_RANK = TOP_ORDER.indexOf('x-wdm');

/** Keys valibot's records pass over (they would reach Object.prototype); a token map must not use them. */
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * The keys of token maps that valibot's records skip: reported here, with the key's usual message when the key is
 * refused anyway (`__proto__` is not a token key, `constructor` not a level), else as a name the maps cannot hold.
 */
function reservedKeyProblems(root: Record<string, unknown>, out: Ranked[]): void {
  const reserved = (key: string, rank: Rank, path: string, noun: string, pattern: RegExp | undefined, expected: string): void => {
    const message =
      pattern !== undefined && !pattern.test(key)
        ? `found the ${noun} ${JSON.stringify(key)}, expected ${expected}`
        : `found the key ${JSON.stringify(key)}, expected a token name other than ${RESERVED_KEYS.join(', ')}`;
    out.push({ rank, path, message });
  };
  const ownReserved = (map: unknown): string[] => (isMapping(map) ? RESERVED_KEYS.filter((key) => Object.hasOwn(map, key)) : []);
  for (const group of ['rounded', 'spacing'] as const) {
    for (const key of ownReserved(root[group])) reserved(key, [TOP_ORDER.indexOf(group), 1, key], `${group}.${key}`, 'key', TOKEN_KEY, TOKEN_KEY_EXPECTED);
  }
  const components = root['components'];
  if (isMapping(components)) {
    const rank = TOP_ORDER.indexOf('components');
    for (const name of ownReserved(components)) reserved(name, [rank, name], `components.${name}`, 'key', undefined, '');
    for (const name of Object.keys(components)) {
      if (RESERVED_KEYS.includes(name)) continue;
      for (const prop of ownReserved(components[name])) reserved(prop, [rank, name, prop], `components.${name}.${prop}`, 'key', undefined, '');
    }
  }
  const wdm = root['x-wdm'];
  const elevation = isMapping(wdm) ? wdm['elevation'] : undefined;
  if (isMapping(elevation)) {
    const rank = [WDM_RANK, WDM_ORDER.indexOf('elevation'), 1, 1];
    for (const key of ownReserved(elevation['levels'])) reserved(key, [...rank, key], `x-wdm.elevation.levels.${key}`, 'level', LEVEL_KEY, LEVEL_EXPECTED);
  }
}

/** The list of sections as a page: each once, hero first, contact present. Returns the usable ids, in order. */
function sectionProblems(value: unknown, out: Ranked[]): SectionId[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const at = WDM_ORDER.indexOf('sections');
  const sections: SectionId[] = [];
  value.forEach((id: unknown, i) => {
    if (!v.is(SECTION_ID, id)) return;
    if (sections.includes(id)) out.push({ rank: [WDM_RANK, at, 0, i], path: `x-wdm.sections[${i}]`, message: `found ${describeValue(id)}, expected each section at most once` });
    else sections.push(id);
  });
  if (value[0] !== 'hero') {
    out.push({ rank: [WDM_RANK, at, 1], path: 'x-wdm.sections[0]', message: `found ${describeValue(value[0])}, expected hero (the hero holds the page heading and comes first)` });
  }
  if (!value.includes('contact')) {
    out.push({ rank: [WDM_RANK, at, 2], path: 'x-wdm.sections', message: `found ${describeValue(value)}, expected a list that includes contact (every site has a contact section)` });
  }
  return sections;
}

/** Block schemas by section and page: pages of a batch share a few section lists (bounded: cleared when full). */
const BLOCK_SCHEMAS = new Map<string, ReturnType<typeof copyBlockSchema>>();

function blockSchema(section: SectionId, sections: readonly SectionId[]): ReturnType<typeof copyBlockSchema> {
  const key = `${section} ${sections.join(' ')}`;
  return remembered(BLOCK_SCHEMAS, key, 512, () => copyBlockSchema(section, sections));
}

/** The copy block of each section on the page (blocks of other sections are not read). */
function copyBlocks(value: unknown, sections: readonly SectionId[], out: Ranked[]): Record<string, DesignCopyBlock> {
  const copy: Record<string, DesignCopyBlock> = {};
  if (!isMapping(value)) return copy;
  const at = WDM_ORDER.indexOf('copy');
  sections.forEach((section, k) => {
    const checked = checkSchema(blockSchema(section, sections), Object.hasOwn(value, section) ? value[section] : undefined, { unknownKeys: false });
    if (!checked.ok) {
      for (const problem of checked.problems) out.push(fromSchema(problem, ['x-wdm', 'copy', section], [WDM_RANK, at, k]));
      return;
    }
    // The order a block is written in: title, lead, items, then the optional keys.
    const { title, lead, items, ...rest } = checked.output;
    copy[section] = { title, lead, items, ...rest };
  });
  return copy;
}

/** `x-wdm.facts`, checked by the batch's facts validator (readFacts); its problems keep their order and first hint. */
function factProblems(file: string, value: unknown, out: Ranked[]): Facts | undefined {
  const sub = new SchemaProblems(file);
  const facts = readFacts(sub, value);
  const rank = [WDM_RANK, WDM_ORDER.indexOf('facts')];
  sub.problems.forEach((problem, i) => {
    const hint = i === 0 ? sub.hint : undefined;
    out.push({ rank, path: problem.place.path ?? 'x-wdm.facts', message: problem.message, ...(hint !== undefined ? { hint } : {}) });
  });
  return facts;
}

/** A section filled from a fact needs that fact in x-wdm.facts. */
function fromProblems(value: unknown, sections: readonly SectionId[], facts: Facts | undefined, out: Ranked[]): void {
  if (!isMapping(value)) return;
  sections.forEach((section, k) => {
    const block = Object.hasOwn(value, section) ? value[section] : undefined;
    const from = isMapping(block) ? block['from'] : undefined;
    if (!v.is(FACT_KEY, from) || (facts !== undefined && facts[from] !== undefined)) return;
    out.push({
      rank: [WDM_RANK, WDM_ORDER.length, k],
      path: `x-wdm.copy.${section}.from`,
      message: `found ${describeValue(from)}, expected a fact given in x-wdm.facts (${from} is not there)`,
      hint: REGENERATE,
    });
  });
}
