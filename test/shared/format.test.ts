// The number formatters every stage writes with (one rule each, and a contrast ratio never shown above what it is), and a name's possessive.
import { describe, expect, it } from 'vitest';
import { fixed, floor2, formatNumber, num, possessive, ratioText, round } from '../../src/shared/format.js';
import { substituteName } from '../../src/rules/copy.js';
import { contrastOf } from '../../src/review/colour-math.js';

describe('number formatters', () => {
  it('round and num: fixed precision, shortest text, no negative zero', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(-0.0004, 3)).toBe(0);
    expect(Object.is(round(-0.0004, 3), -0)).toBe(false);
    expect(num(1.5)).toBe('1.5');
    expect(num(0.123456)).toBe('0.1235');
    expect(num(-0.00001)).toBe('0');
    expect(num(412.6, 0)).toBe('413');
    expect(fixed(5, 1)).toBe('5.0');
    expect(formatNumber(-0)).toBe('0');
    expect(() => formatNumber(Number.NaN)).toThrow(/not finite/);
  });

  it('a contrast ratio just under its target is shown and compared under it, never rounded up to it', () => {
    // #168484 on white is 4.4989:1, which half-up rounding shows as 4.50 and a review would have passed at 4.5.
    expect(floor2(4.4988988295326156)).toBe(4.49);
    expect(ratioText(4.4988988295326156)).toBe('4.49');
    expect(ratioText(21)).toBe('21.00');
    const ratio = contrastOf('#168484', '#ffffff');
    expect(ratio).toBe(4.49);
    expect((ratio ?? 0) < 4.5).toBe(true);
  });
});

describe('possessive', () => {
  it.each([
    ['Harbour Dental', "Harbour Dental's"],
    ['Fast Lane Auto Parts', "Fast Lane Auto Parts'"],
    ['City Plumbers', "City Plumbers'"],
    ["Luigi's", "Luigi's"],
    ['Luigi\u2019s', 'Luigi\u2019s'],
    ['Jones & Co.', "Jones & Co.'s"],
    ['HVAC PROS', "HVAC PROS'"],
  ])('%s → %s', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });
});

describe("substituteName with {name}'s", () => {
  it('writes the possessive of the name, and leaves other placeholders and apostrophes alone', () => {
    expect(substituteName("Show {name}'s own work.", 'Fast Lane Auto Parts')).toBe("Show Fast Lane Auto Parts' own work.");
    expect(substituteName('Show {name}\u2019s own work.', 'Harbour Dental')).toBe("Show Harbour Dental's own work.");
    expect(substituteName("{name}'s dishes, at {name}.", "Luigi's")).toBe("Luigi's dishes, at Luigi's.");
    expect(substituteName("{name}'sbarn {other}", 'Acme')).toBe("Acme'sbarn {other}");
    // A name with braces is put in once, never read again as a placeholder.
    expect(substituteName("{name}'s {name}", '{name}s')).toBe("{name}s' {name}s");
  });
});
