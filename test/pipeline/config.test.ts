// wdm.config.yaml as a valibot schema: the Config type is inferred from it, and its messages keep file:line, key path,
// what was found, what was expected and a did-you-mean, every problem at once in the file's order.
import { afterAll, describe, expect, it } from 'vitest';
import { configProblems, DEFAULT_CONFIG, loadConfig, type Config } from '../../src/pipeline/config.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const problemsOf = (yaml: string): string[] => configProblems(tempProject({ 'wdm.config.yaml': yaml })).map((p) => p.format());

describe('wdm.config.yaml', () => {
  it.each<[string, string, string[]]>([
    ['a typo, a wrong value and a nested typo, in file order', 'concurency: 4\nworkers: many\nregistry:\n  flushEvry: 3\n', [
      'wdm.config.yaml:1: concurency: Unknown setting concurency, expected one of outDir, concurrency, workers, registry, placeholders, english, confusables, verify (did you mean concurrency?)',
      'wdm.config.yaml:2: workers: Unexpected "many" for workers, expected a whole number from 0 to 64, or auto',
      'wdm.config.yaml:4: registry.flushEvry: Unknown setting registry.flushEvry, expected one of flushEvery, flushMs (did you mean registry.flushEvery?)',
    ]],
    ['every unknown key of one mapping, not only the first', 'verify:\n  sampel: 0.1\n  smaple: 0.2\n  level: full\n', [
      'wdm.config.yaml:2: verify.sampel: Unknown setting verify.sampel, expected one of sample (did you mean verify.sample?)',
      'wdm.config.yaml:3: verify.smaple: Unknown setting verify.smaple, expected one of sample (did you mean verify.sample?)',
      'wdm.config.yaml:4: verify.level: Unknown setting verify.level, expected one of sample (remove it or fix its spelling)',
    ]],
    // Before the schema this said "Unexpected value for registry" without the value found.
    ['a nested mapping given as a number shows the value found', 'registry: 3\n', ['wdm.config.yaml:1: registry: Unexpected 3 for registry, expected a mapping with flushEvery and flushMs']],
    ['a nested mapping left empty (null)', 'verify:\n', ['wdm.config.yaml:1: verify: Unexpected null for verify, expected a mapping with sample']],
    ['a nested mapping given as a list', 'registry:\n  - flushEvery: 3\n', ['wdm.config.yaml:2: registry: Unexpected [{"flushEvery":3}] for registry, expected a mapping with flushEvery and flushMs']],
    ['a wrong nested type', 'registry:\n  flushMs: "20"\n', ['wdm.config.yaml:2: registry.flushMs: Unexpected "20" for registry.flushMs, expected a whole number from 0 to 60000']],
    ['a fraction where a whole number goes, and a share out of range', 'concurrency: 2.5\nverify: { sample: 2 }\n', [
      'wdm.config.yaml:1: concurrency: Unexpected 2.5 for concurrency, expected a whole number from 1 to 256',
      'wdm.config.yaml:2: verify.sample: Unexpected 2 for verify.sample, expected a share of sites from 0 to 1 (like 0.01)',
    ]],
    ['workers above the range names auto too', 'workers: 65\n', ['wdm.config.yaml:1: workers: Unexpected 65 for workers, expected a whole number from 0 to 64, or auto']],
    ['a string for a boolean, with its hint', 'placeholders: "yes"\n', ['wdm.config.yaml:1: placeholders: Unexpected "yes" for placeholders, expected true or false (placeholders: true shows labelled sample sections where facts are missing)']],
    ['an unknown choice', 'confusables: block\n', ['wdm.config.yaml:1: confusables: Unexpected "block" for confusables, expected warn or reject']],
    ['an English the copy is not written in', 'english: uk\n', ['wdm.config.yaml:1: english: Unexpected "uk" for english, expected gb or us']],
    ['an empty folder path', 'outDir: ""\n', ['wdm.config.yaml:1: outDir: Unexpected "" for outDir, expected a folder path']],
    ['a list at the top', '- concurrency\n', ['wdm.config.yaml:1: Unexpected top-level value, expected a mapping of settings']],
    ['keys named like Object members are settings like any other', 'constructor: 1\nregistry:\n  __proto__: { flushEvery: 1 }\n  toString: 2\n', [
      'wdm.config.yaml:1: constructor: Unknown setting constructor, expected one of outDir, concurrency, workers, registry, placeholders, english, confusables, verify (remove it or fix its spelling)',
      'wdm.config.yaml:3: registry.__proto__: Unknown setting registry.__proto__, expected one of flushEvery, flushMs (remove it or fix its spelling)',
      'wdm.config.yaml:4: registry.toString: Unknown setting registry.toString, expected one of flushEvery, flushMs (remove it or fix its spelling)',
    ]],
  ])('%s', (_name, yaml, expected) => {
    expect(problemsOf(yaml)).toEqual(expected);
  });

  it('fills every setting left out with its default, nested ones too', () => {
    const config: Config = loadConfig(tempProject({ 'wdm.config.yaml': 'registry:\n  flushMs: 5\nworkers: 0\n' }));
    expect(config).toEqual({ ...DEFAULT_CONFIG, workers: 0, registry: { ...DEFAULT_CONFIG.registry, flushMs: 5 } });
    expect(loadConfig(tempProject({}))).toEqual(DEFAULT_CONFIG);
    expect(loadConfig(tempProject({ 'wdm.config.yaml': '# nothing set\n' }))).toEqual(DEFAULT_CONFIG);
  });

  it('throws one error listing every problem', () => {
    const dir = tempProject({ 'wdm.config.yaml': 'concurrency: 0\nplaceholders: 1\n' });
    expect(() => loadConfig(dir)).toThrow(/2 problems:\n {2}wdm\.config\.yaml:1: concurrency: .*\n {2}wdm\.config\.yaml:2: placeholders: /);
  });
});
