// diff reads a DESIGN.md as implement does: YAML 1.2 (no sexagesimal numbers, no dates), no aliases, size caps.
import { describe, expect, it } from 'vitest';
import { readDesignFacts } from '../../src/review/design-facts.js';

const design = (yaml: string) => `---\n${yaml}\n---\n\n## Overview\n\nText.\n`;

describe('readDesignFacts', () => {
  it('keeps 1:20 and 2024-01-02 as the strings YAML 1.2 reads them as', () => {
    const facts = readDesignFacts(design('version: alpha\nx-wdm:\n  ratio: 1:20\n  since: 2024-01-02\n  octal: 010\n  yes: yes'));
    expect(facts.problem).toBeUndefined();
    expect(facts.tokens.get('x-wdm.ratio')).toBe('1:20');
    expect(facts.tokens.get('x-wdm.since')).toBe('2024-01-02');
    expect(facts.tokens.get('x-wdm.octal')).toBe('10');
    expect(facts.tokens.get('x-wdm.yes')).toBe('yes');
    expect(facts.body).toBe('\n## Overview\n\nText.\n');
  });

  it.each([
    ['an alias', 'a: &x [1, 2]\nb: *x', /alias/],
    ['a duplicate key', 'a: 1\na: 2', /DUPLICATE_KEY/],
    ['a custom tag', 'a: !!js/function "x"', /front matter is not valid YAML/],
  ])('refuses %s as implement does, and still shows the text', (_what, yaml, problem) => {
    const facts = readDesignFacts(design(yaml));
    expect(facts.problem).toMatch(problem);
    expect(facts.tokens.size).toBe(0);
  });

  it('refuses a ---js header without evaluating it', () => {
    const facts = readDesignFacts('---js\n{ a: (() => { throw new Error("ran") })() }\n---\nbody\n');
    expect(facts.problem).toBeDefined();
    expect(facts.problem).not.toContain('ran');
  });
});
