// The rules files' schema as valibot schemas (types inferred from them) and the walk that reports every problem with its key path.
import * as v from 'valibot';
import { suggestion } from './didYouMean.js';

/**
 * Any schema this module builds. Valibot decides what each value may be (every leaf, every list's length, a pair's
 * two items, a map being a map) and gives the types (`v.InferOutput`); the walk in `check` only goes through the
 * containers in document order, so that it can report every problem (valibot's `object` reads keys in schema order,
 * ignores unknown keys, skips `__proto__`/`constructor` keys of a record and has no deep-partial), drop exactly the
 * invalid parts, and word each message as before.
 */
export type Spec = v.GenericSchema;

export type Path = readonly (string | number)[];

export interface SchemaIssue {
  path: Path;
  message: string;
  hint?: string;
}

/** `complete` also reports missing required keys; `partial` checks only what is present (one file of many). */
export type Mode = 'partial' | 'complete';

export const INVALID: unique symbol = Symbol('invalid');

/** What the walk needs to know about a schema built here, beside the schema itself. */
// Children are nodes, not schemas, so that the walk looks each schema up once, when it is built.
type Node =
  | { kind: 'leaf'; spec: Spec; expected: string; blank?: true; values?: readonly string[] }
  | { kind: 'list'; spec: Spec; item: Node; min?: number; max?: number; unique: boolean; test: Spec }
  | { kind: 'pair'; spec: Spec; item: Node; test: Spec }
  | { kind: 'object'; spec: Spec; fields: Readonly<Record<string, Node>>; required: ReadonlySet<string> }
  | { kind: 'record'; spec: Spec; key: Node; value: Node }
  | { kind: 'oneOrMany'; spec: Spec; item: Node };

const NODES = new WeakMap<object, Node>();
/** What a string key of a record reads as in "a map of … to values" (undefined: "names"). */
const KEY_NAMES = new WeakMap<object, string>();

function node(spec: Spec): Node {
  const found = NODES.get(spec);
  if (found === undefined) throw new Error('rules schema: a schema not built by src/rules/schema.ts');
  return found;
}

function built<S extends Spec>(spec: S, info: DistributiveOmit<Node, 'spec'>): S {
  NODES.set(spec, { ...info, spec } as Node);
  return spec;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const nonBlank = (text: string): boolean => text.trim().length > 0;
const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const MAPPING = v.custom<Record<string, unknown>>(isMapping);
const LIST = v.custom<unknown[]>(Array.isArray);

/** Text that is not blank, matching `pattern` when given; `expected` words it. */
export function str(pattern?: RegExp, expected?: string) {
  const words = pattern === undefined ? expected : (expected ?? `text matching ${pattern}`);
  const spec = pattern === undefined ? v.pipe(v.string(), v.check(nonBlank)) : v.pipe(v.string(), v.check(nonBlank), v.regex(pattern));
  if (words !== undefined) KEY_NAMES.set(spec, words);
  return built(spec, { kind: 'leaf', expected: words ?? 'text', blank: true });
}

/** Any text that is not blank, worded as `expected` ("a section id"). */
export const text = (expected: string) => str(undefined, expected);

export function num(min: number, max: number, integer = false) {
  const spec = integer
    ? v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max), v.integer())
    : v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
  return built(spec, { kind: 'leaf', expected: `${integer ? 'a whole number' : 'a number'} between ${min} and ${max}` });
}

export function oneOf<const T extends readonly string[]>(values: T) {
  const spec = v.picklist(values);
  return built(spec, { kind: 'leaf', expected: `one of ${values.join(', ')}`, values });
}

export function bool() {
  const spec = v.boolean();
  return built(spec, { kind: 'leaf', expected: 'true or false' });
}

/** Anything but nothing (null or a missing value); what it must be is checked elsewhere. */
export function anything(expected: string) {
  const spec = v.pipe(v.unknown(), v.check((value) => value !== null && value !== undefined));
  return built(spec, { kind: 'leaf', expected });
}

/** A list of `min` to `max` items; `unique`: each (text) item once. */
export function list<const S extends Spec>(item: S, min?: number, max?: number, unique = false) {
  const length = [...(min !== undefined ? [v.minLength<unknown[], number>(min)] : []), ...(max !== undefined ? [v.maxLength<unknown[], number>(max)] : [])];
  const test = v.pipe(LIST, ...length);
  return built(v.array(item), { kind: 'list', item: node(item), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), unique, test });
}

/** Exactly two items (a range). */
export function pair<const S extends Spec>(item: S) {
  return built(v.strictTuple([item, item]), { kind: 'pair', item: node(item), test: v.pipe(LIST, v.length(2)) });
}

type Entries<F extends Record<string, Spec>, R extends string> = { [K in keyof F]: K extends R ? F[K] : v.OptionalSchema<F[K], undefined> };

/** A map with these keys only; the `required` ones must be there once every file is merged (`complete`). */
export function object<const F extends Record<string, Spec>, const R extends keyof F & string = never>(fields: F, required: readonly R[] = []) {
  const keys = new Set<string>(required);
  const entries = Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, keys.has(key) ? spec : v.optional(spec)])) as Entries<F, R>;
  const nodes = Object.fromEntries(Object.entries(fields).map(([key, spec]) => [key, node(spec)]));
  return built(v.object(entries), { kind: 'object', fields: nodes, required: keys });
}

/** A map of keys (each meeting `key`) to values. */
export function record<const K extends v.GenericSchema<string, string>, const S extends Spec>(key: K, value: S) {
  return built(v.record(key, value), { kind: 'record', key: node(key), value: node(value) });
}

/** One item or a non-empty list of them; the checked value is always a list. */
export function oneOrMany<const S extends Spec>(item: S) {
  const spec = v.pipe(
    v.union([item, v.pipe(v.array(item), v.minLength(1))]),
    v.transform((value): v.InferOutput<S>[] => (Array.isArray(value) ? value : [value])),
  );
  return built(spec, { kind: 'oneOrMany', item: node(item) });
}

export function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** How a found value reads in a message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a map';
}

/** What a spec accepts, in words. */
export function expectation(spec: Spec): string {
  return expected(node(spec));
}

function expected(info: Node): string {
  switch (info.kind) {
    case 'leaf':
      return info.expected;
    case 'list': {
      const count =
        info.min !== undefined && info.max !== undefined ? ` of ${info.min} to ${info.max}` : info.min !== undefined ? ` of at least ${info.min}` : '';
      return `a list${count} (items: ${expected(info.item)})`;
    }
    case 'pair':
      return `a list of two (${expected(info.item)})`;
    case 'object':
      return `a map with keys ${Object.keys(info.fields).join(', ')}`;
    case 'record':
      return `a map of ${KEY_NAMES.get(info.key.spec) ?? 'names'} to values`;
    case 'oneOrMany':
      return `${expected(info.item)}, or a list of them`;
  }
}

/**
 * Check a value against a spec. Returns the value with every invalid part dropped (so later stages see only good
 * data), or INVALID when the value itself is unusable. Issues go to `report`, in document order. The result has the
 * schema's type when the check was `complete` and reported nothing; otherwise required keys may be missing.
 */
export function check<S extends Spec>(spec: S, value: unknown, path: Path, report: (issue: SchemaIssue) => void, mode: Mode): v.InferOutput<S> | typeof INVALID {
  return walk(node(spec), value, { up: undefined, key: undefined, root: path }, { report, mode }) as v.InferOutput<S> | typeof INVALID;
}

interface Walk {
  report: (issue: SchemaIssue) => void;
  mode: Mode;
}

/** Where the walk is: a link to the parent's place, made into a path only for a problem (most values have none). */
interface At {
  up: At | undefined;
  key: string | number | undefined;
  root?: Path;
}

const child = (up: At, key: string | number): At => ({ up, key });

function pathOf(at: At): Path {
  const keys: (string | number)[] = [];
  let link: At | undefined = at;
  for (; link?.up !== undefined; link = link.up) keys.push(link.key as string | number);
  return [...(link?.root ?? []), ...keys.reverse()];
}

function fail(w: Walk, at: At, info: Node, value: unknown, message?: string, hint?: string): typeof INVALID {
  w.report({ path: pathOf(at), message: message ?? `found ${describe(value)}, expected ${expected(info)}`, ...(hint ? { hint } : {}) });
  return INVALID;
}

function walk(info: Node, value: unknown, at: At, w: Walk): unknown {
  switch (info.kind) {
    case 'leaf': {
      if (v.is(info.spec, value)) return value;
      if (info.blank && typeof value === 'string' && !nonBlank(value)) return fail(w, at, info, value, `found an empty text, expected ${info.expected}`);
      if (info.values !== undefined) return fail(w, at, info, value, undefined, typeof value === 'string' ? suggestion(value, info.values) : undefined);
      return fail(w, at, info, value);
    }
    case 'pair': {
      if (!v.is(info.test, value)) return fail(w, at, info, value);
      const items = (value as unknown[]).map((item, i) => walk(info.item, item, child(at, i), w));
      return items.includes(INVALID) ? INVALID : items;
    }
    case 'list': {
      if (!Array.isArray(value)) return fail(w, at, info, value);
      if (!v.is(info.test, value)) return fail(w, at, info, value, `found ${describe(value)}, expected ${expected(info)}`);
      const out: unknown[] = [];
      const seen = info.unique ? new Set<string>() : undefined;
      for (let i = 0; i < value.length; i++) {
        const checked = walk(info.item, value[i], child(at, i), w);
        if (checked === INVALID) continue;
        if (seen !== undefined && typeof checked === 'string') {
          if (seen.has(checked)) {
            w.report({ path: pathOf(child(at, i)), message: `found ${describe(checked)} twice, expected each item once` });
            continue;
          }
          seen.add(checked);
        }
        out.push(checked);
      }
      return out;
    }
    case 'oneOrMany': {
      const many = Array.isArray(value) ? value : [value];
      if (many.length === 0) return fail(w, at, info, value, `found an empty list, expected ${expected(info)}`);
      const out = many.map((item, i) => walk(info.item, item, Array.isArray(value) ? child(at, i) : at, w));
      return out.includes(INVALID) ? INVALID : out;
    }
    case 'record': {
      if (!v.is(MAPPING, value)) return fail(w, at, info, value);
      const out: Record<string, unknown> = {};
      // Object.keys: own keys only, so `constructor` or `__proto__` written in a file are keys like any other.
      for (const key of Object.keys(value)) {
        const place = child(at, key);
        if (walk(info.key, key, place, w) === INVALID) continue;
        const checked = walk(info.value, value[key], place, w);
        if (checked !== INVALID) out[key] = checked;
      }
      return out;
    }
    case 'object': {
      if (!v.is(MAPPING, value)) return fail(w, at, info, value);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const field = Object.hasOwn(info.fields, key) ? info.fields[key] : undefined;
        if (field === undefined) {
          const known = Object.keys(info.fields);
          w.report({ path: pathOf(child(at, key)), message: `unknown key "${key}", expected one of ${known.join(', ')}`, ...hintFor(key, known) });
          continue;
        }
        const checked = walk(field, value[key], child(at, key), w);
        if (checked !== INVALID) out[key] = checked;
      }
      if (w.mode === 'complete') {
        for (const key of info.required) {
          if (!(key in value)) w.report({ path: pathOf(child(at, key)), message: `missing required key "${key}", expected ${expected(info.fields[key] as Node)}` });
        }
      }
      return out;
    }
  }
}

function hintFor(word: string, candidates: readonly string[]): { hint?: string } {
  const hint = suggestion(word, candidates);
  return hint ? { hint } : {};
}

/** Dotted paths of an object spec's leaves (a list or pair counts as a leaf): the paths a cascade rule may set. */
export function leafPaths(spec: Spec, prefix = ''): Map<string, Spec> {
  const out = new Map<string, Spec>();
  const info = node(spec);
  if (info.kind !== 'object') {
    out.set(prefix, spec);
    return out;
  }
  for (const [key, field] of Object.entries(info.fields)) {
    for (const [path, leaf] of leafPaths(field.spec, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}
