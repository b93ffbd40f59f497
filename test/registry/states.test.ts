import { describe, expect, it } from 'vitest';
import { parseStateName } from '../../src/registry/index.js';
import { WdmError } from '../../src/shared/errors.js';

describe('parseStateName', () => {
  it.each([
    ['designed', 'designed'],
    ['Implemented', 'implemented'],
    ['VERIFIED', 'verified'],
    ['finalized', 'finalized'],
    ['failed', 'failed'],
    ['pending', 'pending'],
    ['D', 'designed'],
    ['i', 'implemented'],
    ['v', 'verified'],
    ['F', 'finalized'],
    ['x', 'failed'],
    ['P', 'pending'],
  ])('%s → %s', (input, expected) => {
    expect(parseStateName(input)).toBe(expected);
  });

  it.each(['done', 'Q', '', 'designedd'])('refuses %j, listing the valid values', (input) => {
    let caught: unknown;
    try {
      parseStateName(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WdmError);
    const error = caught as WdmError;
    expect(error.code).toBe('E_USAGE');
    expect(error.message).toContain(`"${input}"`);
    expect(error.message).toContain('pending, designed, implemented, verified, finalized, failed');
    expect(error.message).toContain('P, D, I, V, F, X');
  });
});
