// The one bounded memo: made once per key, null and undefined remembered too, never more than its limit of entries.
import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/shared/memo.js';

describe('remembered', () => {
  it('makes a value once per key, remembering null and undefined as values', () => {
    const memo = new Map<string, number | null | undefined>();
    let made = 0;
    const get = (key: string, value: number | null | undefined) => remembered(memo, key, 10, () => (made++, value));
    expect(get('a', 1)).toBe(1);
    expect(get('a', 2)).toBe(1);
    expect(get('n', null)).toBeNull();
    expect(get('n', 3)).toBeNull();
    expect(get('u', undefined)).toBeUndefined();
    expect(get('u', 4)).toBeUndefined();
    expect(made).toBe(3);
  });

  it('holds at most `limit` entries: full, it is emptied before the next new key', () => {
    const memo = new Map<number, number>();
    for (let i = 0; i < 25; i++) {
      expect(remembered(memo, i, 10, () => i * 2)).toBe(i * 2);
      expect(memo.size).toBeLessThanOrEqual(10);
    }
    expect(memo.size).toBe(5);
    expect([...memo.keys()]).toEqual([20, 21, 22, 23, 24]);
  });
});
