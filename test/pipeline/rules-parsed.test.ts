// The build's table of parsed built-in rules: used only when whole and of this format and YAML parser; a torn or
// garbled table is an empty one (the YAML is parsed), never a crash or a partly trusted table.
import { describe, expect, it } from 'vitest';
import { parseTable, tableText, withParsedRules } from '../../src/pipeline/rules-parsed.js';
import { sha256 } from '../../src/shared/hash.js';

const A = 'a: 1\nb: [x, y]\n';
const B = 'c: { d: true }\n';

describe('parsed rules table', () => {
  it('holds each valid text once, keyed by its sha256', () => {
    const table = parseTable(tableText([A, B, A, 'bad: [\n']));
    expect([...table.keys()]).toEqual([sha256(A), sha256(B)]);
    expect(table.get(sha256(A))).toBe('{"a":1,"b":["x","y"]}');
  });

  it('trusts nothing from a torn, foreign or garbled table', () => {
    const whole = tableText([A, B]);
    expect(parseTable(whole.slice(0, -1)).size).toBe(0);
    expect(parseTable(whole.slice(0, whole.length - 10)).size).toBe(0);
    expect(parseTable(whole.replace(/^wdm-rules-parsed 1/, 'wdm-rules-parsed 2')).size).toBe(0);
    expect(parseTable(whole.replace(/yaml@[^\n]+/, 'yaml@0.0.1')).size).toBe(0);
    expect(parseTable(`${whole}garbage\n`).size).toBe(0);
    expect(parseTable('').size).toBe(0);
    expect(parseTable('\u0000\u0001binary').size).toBe(0);
  });

  it('attaches a value only to a text of the table', () => {
    // The package's own table (when built) holds the built-in files, not these texts.
    const sources = withParsedRules([{ file: 'rules/x.yaml', text: 'x: 1\n# not a built-in file\n' }]);
    expect(sources[0]?.parsed).toBeUndefined();
  });
});
