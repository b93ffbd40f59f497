// A YAML emitter for JSON-like data, byte-identical to `yaml.stringify` with the front matter's options (no folding,
// block collections, plain scalars where YAML 1.2 allows them, double quotes otherwise); anything it cannot prove
// equal (multi-line or control-character strings, non-plain objects, over-long keys) is handed to `yaml` itself.
import { Document, stringify, type ToStringOptions } from 'yaml';
import { remembered } from '../shared/memo.js';

/** The options the front matter is written with; the emitter reproduces `stringify(value, YAML_OPTIONS)`. */
export const YAML_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  indent: 2,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  singleQuote: false,
  sortMapEntries: false,
  aliasDuplicateObjects: false,
} as const satisfies ToStringOptions & { sortMapEntries: boolean; aliasDuplicateObjects: boolean };

/**
 * The tests `yaml` applies to a plain scalar before writing it unquoted: a string that the core schema would read
 * back as null, a boolean or a number must be quoted. Taken from the installed `yaml` so the two cannot drift.
 */
const RESOLVES_AS_NON_STRING: readonly RegExp[] = new Document(null).schema.tags.flatMap((tag) =>
  tag.default === true && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test instanceof RegExp ? [tag.test] : [],
);

/** `yaml`'s own list of what a plain scalar may not start with, contain or end with (stringifyString.js). */
const PLAIN_FORBIDDEN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** Characters that make `yaml` choose escapes, block scalars or multi-line quoted forms: left to `yaml`. */
const NOT_SIMPLE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u{D800}-\u{DFFF}\u2028\u2029]/u;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/;
/** `yaml` writes a longer implicit key as an explicit `? key` entry. */
const MAX_IMPLICIT_KEY = 1024;
const STEP = '  ';

/** Thrown inside the emitter when a value is outside what it reproduces; caught by `emitYaml`. */
class Unsupported extends Error {}

function decideScalar(value: string, implicitKey: boolean, indent: string): string {
  if (NOT_SIMPLE.test(value)) throw new Unsupported();
  if (PLAIN_FORBIDDEN.test(value)) return JSON.stringify(value);
  // A document marker at the start of a top-level key would end the front matter; `yaml` quotes it there only.
  if (DOCUMENT_MARKER.test(value) && implicitKey && indent === STEP) return JSON.stringify(value);
  for (const test of RESOLVES_AS_NON_STRING) if (test.test(value)) return JSON.stringify(value);
  return value;
}

/**
 * Most scalars recur from site to site (keys, token references, font stacks, copy), so each decision is remembered;
 * the memo is cleared when it grows past MEMO_LIMIT entries, which bounds its memory on any batch.
 */
const MEMO_LIMIT = 20_000;
const memos = { value: new Map<string, string>(), key: new Map<string, string>(), topKey: new Map<string, string>() };

function scalarString(value: string, implicitKey: boolean, indent: string): string {
  const memo = !implicitKey ? memos.value : indent === STEP ? memos.topKey : memos.key;
  return remembered(memo, value, MEMO_LIMIT, () => decideScalar(value, implicitKey, indent));
}

function numberString(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf';
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A scalar's text, or undefined for a collection. `indent` is the context's indent (for the marker rule). */
function scalarOf(value: unknown, indent: string): string | undefined {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return scalarString(value, false, indent);
    case 'number':
      return numberString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return undefined;
    default:
      throw new Unsupported();
  }
}

function hasEntries(value: Record<string, unknown>): boolean {
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && value[key] !== undefined) return true;
  return false;
}

/** `[]` or `{}` for an empty collection, undefined for a non-empty one; throws for what is not JSON-like. */
function isEmptyCollection(value: object): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (!isPlainObject(value)) throw new Unsupported();
  return hasEntries(value) ? undefined : '{}';
}

/**
 * A non-empty block mapping at `indent`: the first line unindented, the others prefixed by `indent`. Entries are
 * what `yaml` writes for an object: own enumerable string keys in order, undefined values left out.
 */
function mapping(value: Record<string, unknown>, indent: string): string {
  const inner = indent + STEP;
  let out = '';
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const k = scalarString(key, true, inner);
    if (k.length > MAX_IMPLICIT_KEY) throw new Unsupported();
    if (out !== '') out += `\n${indent}`;
    out += `${k}:${valueText(v, inner)}`;
  }
  return out;
}

/** A non-empty block sequence at `indent`. */
function sequence(value: readonly unknown[], indent: string): string {
  const inner = indent + STEP;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) throw new Unsupported(); // a hole
    const item = value[i];
    if (i > 0) out += `\n${indent}`;
    const scalar = scalarOf(item, inner);
    if (scalar !== undefined) {
      out += `- ${scalar}`;
      continue;
    }
    const obj = item as object;
    const empty = isEmptyCollection(obj);
    if (empty !== undefined) out += `- ${empty}`;
    else out += `- ${Array.isArray(obj) ? sequence(obj, inner) : mapping(obj as Record<string, unknown>, inner)}`;
  }
  return out;
}

/** What follows `key:` for a value whose context indent is `indent`. */
function valueText(value: unknown, indent: string): string {
  const scalar = scalarOf(value, indent);
  if (scalar !== undefined) return ` ${scalar}`;
  const obj = value as object;
  const empty = isEmptyCollection(obj);
  if (empty !== undefined) return ` ${empty}`;
  return `\n${indent}${Array.isArray(obj) ? sequence(obj, indent) : mapping(obj as Record<string, unknown>, indent)}`;
}

/**
 * The YAML text `yaml.stringify(value, YAML_OPTIONS)` gives for a top-level mapping, built directly: about 30× faster
 * than going through `yaml`'s document model, which was a third of `generate`'s time. Values outside the emitter's
 * proven subset are passed to `yaml` whole; the property test in test/render/yaml-block.test.ts holds both to the
 * same bytes over generated designs and arbitrary JSON-like data.
 */
export function emitYaml(value: Record<string, unknown>): string {
  try {
    const empty = isEmptyCollection(value);
    return `${empty ?? mapping(value, '')}\n`;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return stringify(value, YAML_OPTIONS);
  }
}

/** Whether `emitYaml` writes this value itself (for the tests: the fallback must not hide every case). */
export function emitsDirectly(value: Record<string, unknown>): boolean {
  try {
    const empty = isEmptyCollection(value);
    void (empty ?? mapping(value, ''));
    return true;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return false;
  }
}
