// A compact typed schema: specs as plain data, one checker that reports every problem with its key path.
import { suggestion } from './didYouMean.js';

export type Spec =
  | { kind: 'string'; pattern?: RegExp; expected?: string; minLength?: number }
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; item: Spec; min?: number; max?: number; unique?: boolean }
  | { kind: 'pair'; item: Spec }
  | { kind: 'object'; fields: Readonly<Record<string, Spec>>; required?: readonly string[] }
  | { kind: 'record'; key: Spec & { kind: 'string' }; value: Spec }
  | { kind: 'oneOrMany'; item: Spec }
  | { kind: 'boolean' }
  | { kind: 'any'; expected: string };

export type Path = readonly (string | number)[];

export interface SchemaIssue {
  path: Path;
  message: string;
  hint?: string;
}

/** `complete` also reports missing required keys; `partial` checks only what is present (one file of many). */
export type Mode = 'partial' | 'complete';

export const INVALID: unique symbol = Symbol('invalid');

export const str = (pattern?: RegExp, expected?: string): Spec =>
  pattern === undefined ? { kind: 'string', minLength: 1 } : { kind: 'string', pattern, expected: expected ?? `text matching ${pattern}`, minLength: 1 };
export const num = (min: number, max: number, integer = false): Spec => ({ kind: 'number', min, max, integer });
export const oneOf = (values: readonly string[]): Spec => ({ kind: 'enum', values });
export const list = (item: Spec, min?: number, max?: number, unique = false): Spec => ({ kind: 'list', item, min, max, unique } as Spec);
export const pair = (item: Spec): Spec => ({ kind: 'pair', item });
export const object = (fields: Record<string, Spec>, required: readonly string[] = []): Spec => ({ kind: 'object', fields, required });
export const record = (key: Spec & { kind: 'string' }, value: Spec): Spec => ({ kind: 'record', key, value });
export const oneOrMany = (item: Spec): Spec => ({ kind: 'oneOrMany', item });
export const anything = (expected: string): Spec => ({ kind: 'any', expected });
export const bool = (): Spec => ({ kind: 'boolean' });

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
  switch (spec.kind) {
    case 'string':
      return spec.expected ?? 'text';
    case 'number':
      return `${spec.integer ? 'a whole number' : 'a number'} between ${spec.min} and ${spec.max}`;
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'list': {
      const count =
        spec.min !== undefined && spec.max !== undefined
          ? ` of ${spec.min} to ${spec.max}`
          : spec.min !== undefined
            ? ` of at least ${spec.min}`
            : '';
      return `a list${count} (items: ${expectation(spec.item)})`;
    }
    case 'pair':
      return `a list of two (${expectation(spec.item)})`;
    case 'object':
      return `a map with keys ${Object.keys(spec.fields).join(', ')}`;
    case 'record':
      return `a map of ${spec.key.expected ?? 'names'} to values`;
    case 'oneOrMany':
      return `${expectation(spec.item)}, or a list of them`;
    case 'boolean':
      return 'true or false';
    case 'any':
      return spec.expected;
  }
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Check a value against a spec. Returns the value with every invalid part dropped (so later stages see only good
 * data), or INVALID when the value itself is unusable. Issues go to `report`.
 */
export function check(spec: Spec, value: unknown, path: Path, report: (issue: SchemaIssue) => void, mode: Mode): unknown {
  const fail = (message?: string, hint?: string): typeof INVALID => {
    report({ path, message: message ?? `found ${describe(value)}, expected ${expectation(spec)}`, ...(hint ? { hint } : {}) });
    return INVALID;
  };
  switch (spec.kind) {
    case 'any':
      return value === null || value === undefined ? fail() : value;
    case 'boolean':
      return typeof value === 'boolean' ? value : fail();
    case 'string': {
      if (typeof value !== 'string') return fail();
      if (value.trim().length < (spec.minLength ?? 0)) return fail(`found an empty text, expected ${expectation(spec)}`);
      if (spec.pattern && !spec.pattern.test(value)) return fail();
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail();
      if (value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) return fail();
      return value;
    }
    case 'enum': {
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        return fail(undefined, typeof value === 'string' ? suggestion(value, spec.values) : undefined);
      }
      return value;
    }
    case 'pair': {
      if (!Array.isArray(value) || value.length !== 2) return fail();
      const items = value.map((item, i) => check(spec.item, item, [...path, i], report, mode));
      return items.includes(INVALID) ? INVALID : items;
    }
    case 'list': {
      if (!Array.isArray(value)) return fail();
      if ((spec.min !== undefined && value.length < spec.min) || (spec.max !== undefined && value.length > spec.max)) {
        return fail(`found ${describe(value)}, expected ${expectation(spec)}`);
      }
      const out: unknown[] = [];
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const checked = check(spec.item, item, [...path, i], report, mode);
        if (checked === INVALID) return;
        if (spec.unique && typeof checked === 'string') {
          if (seen.has(checked)) {
            report({ path: [...path, i], message: `found ${describe(checked)} twice, expected each item once` });
            return;
          }
          seen.add(checked);
        }
        out.push(checked);
      });
      return out;
    }
    case 'oneOrMany': {
      const many = Array.isArray(value) ? value : [value];
      if (many.length === 0) return fail(`found an empty list, expected ${expectation(spec)}`);
      const out = many.map((item, i) => check(spec.item, item, Array.isArray(value) ? [...path, i] : path, report, mode));
      return out.includes(INVALID) ? INVALID : out;
    }
    case 'record': {
      if (!isMap(value)) return fail();
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (check(spec.key, key, [...path, key], report, mode) === INVALID) continue;
        const checked = check(spec.value, item, [...path, key], report, mode);
        if (checked !== INVALID) out[key] = checked;
      }
      return out;
    }
    case 'object': {
      if (!isMap(value)) return fail();
      const known = Object.keys(spec.fields);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const field = spec.fields[key];
        if (field === undefined) {
          report({ path: [...path, key], message: `unknown key "${key}", expected one of ${known.join(', ')}`, ...hintFor(key, known) });
          continue;
        }
        const checked = check(field, item, [...path, key], report, mode);
        if (checked !== INVALID) out[key] = checked;
      }
      if (mode === 'complete') {
        for (const key of spec.required ?? []) {
          if (!(key in value)) report({ path: [...path, key], message: `missing required key "${key}", expected ${expectation(spec.fields[key] as Spec)}` });
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
  if (spec.kind !== 'object') {
    out.set(prefix, spec);
    return out;
  }
  for (const [key, field] of Object.entries(spec.fields)) {
    for (const [path, leaf] of leafPaths(field, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}
