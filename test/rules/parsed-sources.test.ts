// Built-in rules files handed over already parsed (the build's table) load exactly as when their YAML is parsed, and
// problems still name the same file and line.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadRules, validateRules } from '../../src/rules/index.js';
import { parsedValueJson, parseSource } from '../../src/rules/yamlSource.js';
import { builtinSources } from './builtinRules.js';

const parsedSources = builtinSources.map((s) => ({ ...s, parsed: parsedValueJson(s.text) }));

describe('rules sources with their parsed value', () => {
  it('every built-in file has a JSON-exact value', () => {
    expect(parsedSources.filter((s) => s.parsed === undefined).map((s) => s.file)).toEqual([]);
  });

  it('give the same rules, objects and prototypes alike', () => {
    expect(isDeepStrictEqual(loadRules(parsedSources), loadRules(builtinSources))).toBe(true);
  });

  it('name the same lines as the parsed document', () => {
    const source = builtinSources.find((s) => s.file.endsWith('categories.yaml'));
    if (!source) throw new Error('no categories.yaml');
    const slow = parseSource(source.file, source.text);
    const fast = parseSource(source.file, source.text, parsedValueJson(source.text));
    const paths = [['categories', 'legal'], ['categories', 'legal', 'palette', 'strategy'], ['categories', 'dental', 'voice', 1], ['categories', 'nope', 'x']];
    const lines = paths.map((p) => slow.lineOf(p));
    expect(lines.every((l) => typeof l === 'number' && l > 1)).toBe(true);
    expect(paths.map((p) => fast.lineOf(p))).toEqual(lines);
  });

  it('report a user file problem as before', () => {
    const user = { file: 'project/rules/custom.yaml', text: 'cascade:\n  - id: lawyers-navy\n    match: { category: lawyers }\n    set: { shape.radius: sharp }\n' };
    const fast = validateRules([...parsedSources, user]).problems.map((p) => p.format());
    expect(fast).toEqual(validateRules([...builtinSources, user]).problems.map((p) => p.format()));
    expect(fast[0]).toMatch(/^project\/rules\/custom\.yaml:3: cascade\[0\]\.match\.category:/);
  });

  it('store nothing for a file with a problem or a value JSON cannot carry', () => {
    expect(parsedValueJson('a: [1\n')).toBeUndefined();
    expect(parsedValueJson('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(parsedValueJson('a: .inf\n')).toBeUndefined();
    expect(parsedValueJson('a: -0\n')).toBeUndefined();
    expect(parsedValueJson('__proto__: 1\nb: [x]\n')).toBe('{"__proto__":1,"b":["x"]}');
  });
});
