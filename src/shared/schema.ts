// Valibot schemas checked with every problem at once: each problem carries its key path, the value found and what was
// expected, so each caller words its messages (file, line, key path, did-you-mean) as it did before.
import * as v from 'valibot';

/** Keys and indexes from the document's root to the value at fault. */
export type KeyPath = readonly (string | number)[];

export interface SchemaProblem {
  path: KeyPath;
  /** The value found at `path` (for an unknown key: that key's value). */
  input: unknown;
  /**
   * What was expected, in words. A schema's `message` argument in this project is that phrase ("a whole number from
   * 1 to 256"), not a sentence: the caller writes the sentence around it. Empty for an unknown key.
   */
  expected: string;
  /** Set for a key the mapping does not have: the key as written and the keys it does have, in schema order. */
  unknownKey?: { key: string; allowed: readonly string[] };
  /** Set for a key the mapping must have and does not (`expected` is then what its value should be). */
  missing?: true;
  /** Set for a key of a record that its key schema refuses (`input` is then the key, `expected` what a key must be). */
  invalidKey?: true;
}

/** What a required key's value should be, said when the key is absent, where it differs from the schema's own message. */
const WHEN_MISSING = new WeakMap<object, string>();

/**
 * `schema`, whose absence from its mapping `checkSchema` words as `expected` ("a dimension in px") rather than with
 * the schema's message (which describes a wrong value: "a non-negative dimension in px (e.g. 16px)").
 */
export function whenMissing<S extends v.GenericSchema>(schema: S, expected: string): S {
  WHEN_MISSING.set(schema, expected);
  return schema;
}

export interface CheckOptions {
  /** Report keys a mapping's schema does not name (default true); false: ignore them, as `v.object` does. */
  unknownKeys?: boolean;
}

/** `true` when A and B are assignable both ways: `true satisfies SameType<InferOutput<typeof S>, T>` ties a schema to a shared type. */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A plain mapping (a YAML map, a JSON object): not null, not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * An object schema that refuses lists (valibot's `object` accepts any non-null object, arrays included) and whose
 * keys outside `entries` are reported by `checkSchema`, every one of them (valibot's `strictObject` reports only the
 * first unknown key of a mapping).
 */
export function mapping<const E extends v.ObjectEntries>(entries: E, expected: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isMapping, expected), v.object(entries, expected));
}

/** A record (`v.record`) that refuses lists: domain → value, path → hash. */
export function dictionary<const K extends v.GenericSchema<string, string | number | symbol>, const V extends v.GenericSchema>(key: K, value: V, expected?: string) {
  return v.pipe(v.custom<Record<string, unknown>>(isMapping, expected), v.record(key, value, expected));
}

/**
 * The first key of a flat object schema whose value fails its entry's schema (undefined when every entry passes):
 * valibot's `object` copies the value into a new object, and on records made by JSON.parse next to maps of thousands
 * of distinct keys (a journal's outputs) that copy is ~40x the cost of checking each field where it is. Keys the
 * schema does not name are ignored, as `v.object` does.
 */
export function firstInvalidKey<const E extends v.ObjectEntries>(schema: v.ObjectSchema<E, v.ErrorMessage<v.ObjectIssue> | undefined>, value: Record<string, unknown>): string | undefined {
  for (const key in schema.entries) {
    if (!v.is(schema.entries[key]!, Object.hasOwn(value, key) ? value[key] : undefined)) return key;
  }
  return undefined;
}

/** `value` as the schema's output when every entry passes (`firstInvalidKey` is undefined): the check, as a type guard. */
export function isFlatObject<const E extends v.ObjectEntries>(schema: v.ObjectSchema<E, v.ErrorMessage<v.ObjectIssue> | undefined>, value: Record<string, unknown>): value is v.InferOutput<v.ObjectSchema<E, undefined>> {
  return firstInvalidKey(schema, value) === undefined;
}

/** The parts of a valibot schema the unknown-key walk reads (its public, documented properties). */
interface SchemaNode {
  type: string;
  message?: unknown;
  wrapped?: SchemaNode;
  pipe?: readonly SchemaNode[];
  entries?: Readonly<Record<string, SchemaNode>>;
  options?: readonly SchemaNode[];
  item?: SchemaNode;
}

function objectEntries(schema: SchemaNode, throughIntersect = false): Readonly<Record<string, SchemaNode>> | undefined {
  let node: SchemaNode | undefined = schema;
  while (node?.wrapped !== undefined) node = node.wrapped;
  if (node === undefined) return undefined;
  if (node.entries !== undefined) return node.entries;
  // An intersection's first mapping (its fixed keys), for what a required key holds; not for unknown keys, as
  // another option (a record) may allow them.
  if (throughIntersect && node.options !== undefined) {
    for (const option of node.options) {
      const entries = objectEntries(option, true);
      if (entries !== undefined) return entries;
    }
  }
  // A pipe's steps may be pipes or intersections themselves (a mapping piped into a transform).
  for (const step of node.pipe ?? []) {
    const entries = step.pipe !== undefined || step.options !== undefined ? objectEntries(step, throughIntersect) : step.entries;
    if (entries !== undefined) return entries;
  }
  return undefined;
}

function arrayItem(schema: SchemaNode): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  while (node?.wrapped !== undefined) node = node.wrapped;
  if (node === undefined) return undefined;
  // In a pipe the last list schema checks the items (a first one may check only that the value is a list).
  const steps = node.pipe ?? [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as SchemaNode;
    const item = step.pipe !== undefined ? arrayItem(step) : step.type === 'array' ? step.item : undefined;
    if (item !== undefined) return item;
  }
  return node.type === 'array' ? node.item : undefined;
}

/** Every own key of every mapping in `value` that its schema does not name, in document order. */
function unknownKeys(schema: SchemaNode, value: unknown, path: (string | number)[], out: SchemaProblem[]): void {
  const entries = objectEntries(schema);
  if (entries !== undefined) {
    if (!isMapping(value)) return;
    const allowed = Object.keys(entries);
    // Object.keys: own keys only, so `constructor` or `__proto__` written in the file are keys like any other.
    for (const key of Object.keys(value)) {
      const child = Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (child === undefined) out.push({ path: [...path, key], input: value[key], expected: '', unknownKey: { key, allowed } });
      else unknownKeys(child, value[key], [...path, key], out);
    }
    return;
  }
  const item = arrayItem(schema);
  if (item !== undefined && Array.isArray(value)) value.forEach((element, index) => unknownKeys(item, element, [...path, index], out));
}

/** The schema that checks the value at `path` (through optional wrappers, pipes, mappings and lists). */
function schemaAt(schema: SchemaNode, path: KeyPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const key of path) {
    if (node === undefined) return undefined;
    const entries = objectEntries(node, true);
    node = entries !== undefined ? (typeof key === 'string' && Object.hasOwn(entries, key) ? entries[key] : undefined) : arrayItem(node);
  }
  while (node?.wrapped !== undefined) node = node.wrapped;
  return node;
}

/** Schemas whose `key` issue means a required key is absent (a record's key issue means a key it refuses). */
const OBJECT_TYPES: ReadonlySet<string> = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

function pathOf(issue: v.BaseIssue<unknown>): (string | number)[] {
  const path: (string | number)[] = [];
  for (const step of issue.path ?? []) {
    const key: unknown = step.key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  return path;
}

/**
 * Checks `value` against `schema`: the typed output when there is no problem, else every problem (one per key path,
 * the first the schema found there; unknown keys included). Never throws on bad input.
 */
export function checkSchema<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  options: CheckOptions = {},
): { ok: true; output: v.InferOutput<S> } | { ok: false; problems: SchemaProblem[] } {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues ?? []) {
    const path = pathOf(issue);
    const id = JSON.stringify(path);
    if (seen.has(id)) continue;
    seen.add(id);
    if (issue.path?.at(-1)?.origin === 'key') {
      if (issue.kind === 'schema' && OBJECT_TYPES.has(issue.type)) {
        // A required key that is absent: valibot words it with the mapping's message; the key's own schema says what goes there.
        const node = schemaAt(schema as unknown as SchemaNode, path);
        const message = (node !== undefined ? WHEN_MISSING.get(node) : undefined) ?? node?.message;
        problems.push({ path, input: undefined, expected: typeof message === 'string' ? message : issue.message, missing: true });
      } else {
        // A record's key that its key schema refuses (the issue's input is the key): the key is at fault, not absent.
        problems.push({ path, input: issue.input, expected: issue.message, invalidKey: true });
      }
    } else {
      problems.push({ path, input: issue.input, expected: issue.message });
    }
  }
  // A refused key's value is not looked into: its problems would be noise beside the key's own.
  const refused = problems.filter((problem) => problem.invalidKey).map((problem) => problem.path);
  if (refused.length > 0) {
    const under = (path: KeyPath, key: KeyPath): boolean => path.length > key.length && key.every((step, i) => path[i] === step);
    problems.splice(0, problems.length, ...problems.filter((problem) => !refused.some((key) => under(problem.path, key))));
  }
  if (options.unknownKeys !== false) unknownKeys(schema as unknown as SchemaNode, value, [], problems);
  if (result.success && problems.length === 0) return { ok: true, output: result.output };
  return { ok: false, problems };
}
