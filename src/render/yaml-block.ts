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
  const quick = quickScalar(value);
  if (quick !== undefined) return quick;
  const memo = !implicitKey ? memos.value : indent === STEP ? memos.topKey : memos.key;
  return remembered(memo, value, MEMO_LIMIT, () => decideScalar(value, implicitKey, indent));
}

/** A string of at least this many characters that starts with an ASCII letter never reads as null, a boolean or a number. */
const QUICK_MIN_LENGTH = 6;

/**
 * `decideScalar`'s answer for the strings most of a front matter is made of, from one scan and without the memo (whose
 * look-ups hash every new string: names, copy, colours): a string of ordinary characters (no control character,
 * quote, backslash, line separator or lone surrogate) that starts with an ASCII letter and is long enough not to
 * read as null or a boolean (or starts with `#` or `{`, which YAML always quotes: colours, token references) is
 * written plain, or double-quoted when it holds `: ` or ` #` or ends with a space or a colon (no escape is needed:
 * nothing in it is escaped by JSON). Undefined for anything else, which `decideScalar` decides. The same answer,
 * key or value, at any indent: neither indicator can start such a string, nor a document marker.
 * test/render/yaml-block.test.ts holds the two equal.
 */
export function quickScalar(value: string): string | undefined {
  const first = value.charCodeAt(0);
  let quote: boolean;
  if (first === 0x23 || first === 0x7b) quote = true;
  else if (((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) && value.length >= QUICK_MIN_LENGTH) quote = false;
  else return undefined;
  // Two regexps in native code rather than one charCodeAt loop over the string (names and copy, most of the front
  // matter): the loop took 2.7x as long over the lines of 300 DESIGN.md files.
  if (NOT_QUICK.test(value)) return undefined;
  return quote || QUOTED.test(value) ? `"${value}"` : value;
}

/** What `quickScalar` leaves to `decideScalar`: a control character, quote, backslash, C1 control, lone surrogate or line separator. */
const NOT_QUICK = /[\x00-\x1f"\\\x7f-\x9f\ud800-\udfff\u2028\u2029]/;
/** What makes a quick scalar quoted: `: ` or ` #` in it, or a space or colon at its end. */
const QUOTED = /: | #|[ :]$/;

/** `decideScalar` itself, for the test that holds `quickScalar` to it (Unsupported as undefined). */
export function decidedScalar(value: string, implicitKey: boolean, indent: string): string | undefined {
  try {
    return decideScalar(value, implicitKey, indent);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function numberString(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf';
  // String(), not JSON.stringify(): the same text for a finite number (Number::toString), without the serialiser's entry.
  return Object.is(value, -0) ? '-0' : String(value);
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
function mapping(value: Record<string, unknown>, indent: string, textOf?: (key: string, v: unknown) => string): string {
  const inner = indent + STEP;
  let out = '';
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const k = scalarString(key, true, inner);
    if (k.length > MAX_IMPLICIT_KEY) throw new Unsupported();
    if (out !== '') out += `\n${indent}`;
    out += `${k}:${textOf === undefined ? valueText(v, inner) : textOf(key, v)}`;
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

/**
 * The text `emitYaml` writes itself for `value`, or undefined when it would hand the value to `yaml`. Such text is
 * tidy by construction (render.ts relies on it): no blank line (no scalar holds a line break), and no line ends with
 * a space or a tab (a plain scalar never does, a quoted one ends with its quote, a key with its colon).
 *
 * `remember`: top-level keys whose values recur from call to call (the front matter's component tokens: a handful of
 * distinct values in a whole batch). Each one's text is remembered with a copy of the value it was written for, for
 * the last few distinct values, and given again for a value equal to one of them as data (the same keys in the same
 * order, the same scalars by `Object.is`, plain objects and arrays without holes where they were): the emitter's
 * text is a function of exactly that, so the text is the same. test/render/yaml-block.test.ts holds the two equal.
 */
export function emittedDirectly(value: Record<string, unknown>, remember?: ReadonlySet<string>): string | undefined {
  try {
    const empty = isEmptyCollection(value);
    return `${empty ?? (remember === undefined ? mapping(value, '') : topMapping(value, remember))}\n`;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return undefined;
  }
}

/** `mapping(value, '')`, the values of the keys in `remember` written through `rememberedValueText`. */
function topMapping(value: Record<string, unknown>, remember: ReadonlySet<string>): string {
  return mapping(value, '', (key, v) => (remember.has(key) ? rememberedValueText(key, v) : valueText(v, STEP)));
}

/** A remembered value's data: an object's own keys in order with their values (copied), an array's items, a scalar. */
class ObjectCopy {
  constructor(
    readonly keys: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

/** The last few distinct values of each remembered top-level key, with their texts (at most RECENT_TEXTS a key). */
const recentTexts = new Map<string, Array<{ copy: unknown; text: string }>>();
const RECENT_TEXTS = 8;

/** `valueText(v, STEP)` for the top-level `key`, given again for a value equal as data to one written lately. */
function rememberedValueText(key: string, v: unknown): string {
  let recent = recentTexts.get(key);
  if (recent === undefined) {
    recent = [];
    recentTexts.set(key, recent);
  }
  for (const r of recent) if (sameData(v, r.copy)) return r.text;
  // What the emitter cannot write (Unsupported) is thrown before anything is remembered.
  const text = valueText(v, STEP);
  if (recent.length >= RECENT_TEXTS) recent.shift();
  recent.push({ copy: copyOf(v), text });
  return text;
}

/** A copy of a value the emitter has just written (so only plain objects, arrays without holes and scalars). */
function copyOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const keys = Object.keys(value);
  return new ObjectCopy(
    keys,
    keys.map((k) => copyOf((value as Record<string, unknown>)[k])),
  );
}

/** Whether `value` is, as data, what `copy` copied (stricter than the emitter needs: undefined entries count too). */
function sameData(value: unknown, copy: unknown): boolean {
  if (copy instanceof ObjectCopy) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainObject(value)) return false;
    const keys = Object.keys(value);
    const n = keys.length;
    if (n !== copy.keys.length) return false;
    for (let i = 0; i < n; i++) {
      const k = keys[i] as string;
      if (k !== copy.keys[i] || !sameData(value[k], copy.values[i])) return false;
    }
    return true;
  }
  if (Array.isArray(copy)) {
    if (!Array.isArray(value) || value.length !== copy.length) return false;
    for (let i = 0; i < copy.length; i++) if (!(i in value) || !sameData(value[i], copy[i])) return false;
    return true;
  }
  return Object.is(value, copy);
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?$/;

/** A scalar as `emitYaml` writes it: JSON-quoted, `[]`/`{}`, or plain (null, booleans and JSON numbers as such). */
function readScalar(text: string): unknown {
  if (text.startsWith('"')) return JSON.parse(text) as unknown;
  switch (text) {
    case '[]':
      return [];
    case '{}':
      return {};
    case 'null':
      return null;
    case 'true':
      return true;
    case 'false':
      return false;
    case '.nan':
      return Number.NaN;
    case '.inf':
      return Number.POSITIVE_INFINITY;
    case '-.inf':
      return Number.NEGATIVE_INFINITY;
    default:
      return NUMBER.test(text) ? Number(text) : text;
  }
}

/** The end of a JSON string starting at 0 (the index after its closing quote), or -1. */
function quotedEnd(text: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x22) return i + 1;
  }
  return -1;
}

/** A mapping entry's key and what follows `key:` (empty when a block follows), or undefined for a scalar. */
function entryOf(text: string): { key: string; rest: string } | undefined {
  let keyEnd: number;
  let key: string;
  if (text.startsWith('"')) {
    keyEnd = quotedEnd(text);
    if (keyEnd < 0 || text[keyEnd] !== ':') return undefined;
    key = JSON.parse(text.slice(0, keyEnd)) as string;
  } else {
    // A plain scalar never holds ': ' nor ends with ':' (PLAIN_FORBIDDEN), so the first one ends a plain key.
    const sep = text.indexOf(': ');
    keyEnd = sep >= 0 ? sep : text.endsWith(':') ? text.length - 1 : -1;
    if (keyEnd < 0) return undefined;
    key = text.slice(0, keyEnd);
  }
  const after = text.slice(keyEnd + 1);
  if (after !== '' && !after.startsWith(' ')) throw new Unsupported();
  return { key, rest: after.slice(1) };
}

/** Reads the block collections `emitYaml` writes: two-space steps, sequences indented under their key. */
class EmittedReader {
  private at = 0;

  constructor(private readonly lines: readonly string[]) {}

  document(): Record<string, unknown> {
    const first = this.lines[0];
    if (first === undefined) throw new Unsupported();
    const value = first === '{}' ? {} : this.mapping(0, first);
    if (this.at !== this.lines.length - 1) throw new Unsupported();
    return value;
  }

  /** The line after the current one, when it starts a node at exactly `indent` spaces (its text after them). */
  private nextAt(indent: number): string | undefined {
    const line = this.lines[this.at + 1];
    if (line === undefined || line.length <= indent) return undefined;
    for (let i = 0; i < indent; i++) if (line.charCodeAt(i) !== 0x20) return undefined;
    if (line.charCodeAt(indent) === 0x20) return undefined;
    return line.slice(indent);
  }

  /** The value after `key:`: a scalar on the line, or the block on the lines below at `indent` + 2. */
  private value(rest: string, indent: number): unknown {
    if (rest !== '') return readScalar(rest);
    const inner = indent + 2;
    const text = this.nextAt(inner);
    if (text === undefined) throw new Unsupported();
    this.at += 1;
    return text.startsWith('- ') ? this.sequence(inner, text) : this.mapping(inner, text);
  }

  private mapping(indent: number, first: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let text: string | undefined = first;
    while (text !== undefined) {
      const entry = entryOf(text);
      // `__proto__` would set the prototype of a plain object; `yaml` defines it as an own key: left to `yaml`.
      if (entry === undefined || entry.key === '__proto__' || Object.prototype.hasOwnProperty.call(out, entry.key)) throw new Unsupported();
      out[entry.key] = this.value(entry.rest, indent);
      text = this.nextAt(indent);
      if (text !== undefined) this.at += 1;
    }
    return out;
  }

  private sequence(indent: number, first: string): unknown[] {
    const out: unknown[] = [];
    let text: string | undefined = first;
    while (text !== undefined) {
      if (!text.startsWith('- ')) throw new Unsupported();
      const item = text.slice(2);
      const inner = indent + 2;
      if (item.startsWith('- ')) out.push(this.sequence(inner, item));
      else if (entryOf(item) !== undefined) out.push(this.mapping(inner, item));
      else out.push(readScalar(item));
      text = this.nextAt(indent);
      if (text !== undefined) this.at += 1;
    }
    return out;
  }
}

/**
 * The value of YAML text that `emitYaml` writes itself, read without `yaml`'s document model (~10× faster), or
 * undefined for any other text (the caller parses that with `yaml`). Sound by construction: the value read is
 * accepted only when `emitYaml` writes exactly `text` back for it, and `yaml` reads what `emitYaml` (= `stringify`)
 * writes as the value written (test/render/yaml-block.test.ts holds the three together).
 */
export function readEmittedYaml(text: string): Record<string, unknown> | undefined {
  // `yaml` drops a byte-order mark that starts the text (of a first key written plain); such text is left to it.
  if (!text.endsWith('\n') || text.startsWith('\uFEFF')) return undefined;
  let value: Record<string, unknown>;
  try {
    value = new EmittedReader(text.slice(0, -1).split('\n')).document();
  } catch (error) {
    if (error instanceof Unsupported || error instanceof SyntaxError) return undefined;
    throw error;
  }
  return emittedDirectly(value) === text ? value : undefined;
}

/**
 * The value `readEmittedYaml` reads back from the text `emittedDirectly(value)` writes, made from `value` itself
 * without writing or reading any text: the same keys in the same order (those with undefined values left out, as
 * the emitter leaves them out), undefined items of a sequence as null, every scalar as it is (the emitter writes a
 * string, a number, -0, NaN or an infinity so that the reader gives it back). Call it only for a value
 * `emittedDirectly` wrote (so it is JSON-like, with no hole, no lone surrogate and no other object than plain objects
 * and arrays); undefined for a `__proto__` key, which the reader leaves to `yaml`. test/render/yaml-block.test.ts
 * holds it deep-equal to the value read back.
 */
export function emittedValueOf(value: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    return copyMapping(value);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function copyMapping(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    if (key === '__proto__') throw new Unsupported();
    out[key] = copyValue(v);
  }
  return out;
}

function copyValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyValue(value[i]);
    return out;
  }
  return copyMapping(value as Record<string, unknown>);
}
