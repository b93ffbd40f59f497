// Bad rules files: each problem is reported with its file, line, key path, what was found and what was expected.
import { describe, expect, it } from 'vitest';
import { loadRules, validateRules } from '../../src/rules/index.js';
import { WdmError } from '../../src/shared/errors.js';
import { builtinSources } from './builtinRules.js';

const USER = 'project/rules/custom.yaml';

/** Each case: a user rules file laid over the built-in rules, and the exact problems expected. */
const cases: { name: string; text: string; code: string; problems: string[] }[] = [
  {
    name: 'malformed YAML',
    text: 'categories:\n  legal:\n    label: [Law\n    tone: corporate\n',
    code: 'E_RULES_PARSE',
    problems: [],
  },
];

describe('bad rules', () => {
  it.each(cases)('$name', ({ text, code, problems }) => {
    const result = validateRules([...builtinSources, { file: USER, text }]);
    expect(result.rules).toBeUndefined();
    expect(result.problems.map((p) => p.format())).toEqual(problems);
    expect(result.problems[0]?.code).toBe(code);
  });
});
