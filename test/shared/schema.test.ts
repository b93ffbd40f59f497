// checkSchema: valibot issues as problems with key paths, every unknown key reported, lists refused where a mapping goes.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkSchema, mapping } from '../../src/shared/schema.js';

const SCHEMA = mapping(
  {
    name: v.string('a name'),
    size: v.optional(v.pipe(v.number('a size'), v.minValue(1, 'a size of 1 or more')), 4),
    items: v.optional(v.array(mapping({ id: v.string('an id') }, 'an item mapping'), 'a list of items'), []),
  },
  'a mapping',
);

describe('checkSchema', () => {
  it('returns the typed output with defaults when the value is valid', () => {
    const r = checkSchema(SCHEMA, { name: 'a', items: [{ id: 'x' }] });
    expect(r).toEqual({ ok: true, output: { name: 'a', size: 4, items: [{ id: 'x' }] } });
  });

  it('reports every problem at once: wrong values, missing keys and each unknown key, with their paths', () => {
    const r = checkSchema(SCHEMA, { size: 0, extra: 1, items: [{ id: 3, colour: 'red' }, { id: 'ok', idd: 1 }], more: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { path: ['name'], input: undefined, expected: 'a name', missing: true },
      { path: ['size'], input: 0, expected: 'a size of 1 or more' },
      { path: ['items', 0, 'id'], input: 3, expected: 'an id' },
      { path: ['extra'], input: 1, expected: '', unknownKey: { key: 'extra', allowed: ['name', 'size', 'items'] } },
      { path: ['items', 0, 'colour'], input: 'red', expected: '', unknownKey: { key: 'colour', allowed: ['id'] } },
      { path: ['items', 1, 'idd'], input: 1, expected: '', unknownKey: { key: 'idd', allowed: ['id'] } },
      { path: ['more'], input: 2, expected: '', unknownKey: { key: 'more', allowed: ['name', 'size', 'items'] } },
    ]);
  });

  it('refuses a list where a mapping goes (valibot object alone accepts arrays)', () => {
    const r = checkSchema(SCHEMA, ['name']);
    expect(r).toEqual({ ok: false, problems: [{ path: [], input: ['name'], expected: 'a mapping' }] });
  });

  it('reports own keys named __proto__ and constructor as unknown keys', () => {
    const value = JSON.parse('{"name":"a","__proto__":{"size":9},"constructor":1}') as unknown;
    const r = checkSchema(SCHEMA, value);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([['__proto__'], ['constructor']]);
  });
});
