// checkSchema: valibot issues as problems with key paths, every unknown key reported, lists refused where a mapping goes.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkSchema, dictionary, mapping, whenMissing } from '../../src/shared/schema.js';

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

  it('reports a record key its key schema refuses as an invalid key (not a missing one), and not what it holds', () => {
    const schema = dictionary(v.pipe(v.string(), v.regex(/^[a-z]+$/, 'lower-case letters')), mapping({ n: v.number('a number') }, 'a map'), 'a map of names');
    const r = checkSchema(schema, { ok: { n: 1 }, 'Bad Key': { n: 'x' } });
    expect(r).toEqual({ ok: false, problems: [{ path: ['Bad Key'], input: 'Bad Key', expected: 'lower-case letters', invalidKey: true }] });
  });

  it('words an absent key by whenMissing, through pipes, intersections and lists checked in steps', () => {
    const px = whenMissing(v.pipe(v.string('a px text'), v.regex(/px$/, 'a px text')), 'a dimension in px');
    const schema = v.object({
      scale: v.pipe(v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null, 'a map'), v.intersect([v.object({ md: px }), v.record(v.string(), px)])),
      list: v.pipe(v.array(v.unknown(), 'a list'), v.maxLength(2, 'a short list'), v.array(v.object({ title: v.string('a title') }, 'an item'))),
    });
    const r = checkSchema(schema, { scale: { sm: '1px' }, list: [{}] }, { unknownKeys: false });
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: ['scale', 'md'], input: undefined, expected: 'a dimension in px', missing: true },
        { path: ['list', 0, 'title'], input: undefined, expected: 'a title', missing: true },
      ],
    });
  });
});
