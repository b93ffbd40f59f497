import { describe, expect, it } from 'vitest';
import { utf8Bytes, utf8BytesOf } from '../../src/shared/encoding.js';

describe('utf8Bytes', () => {
  it('gives the bytes of Buffer.from(text, "utf8"), through the scratch buffer and past it', () => {
    const texts = [
      '',
      'plain ASCII\n',
      '“Curly” quotes, 20°, it’s',
      'astral 🎨 and a lone \ud800 surrogate and a trailing \udc00',
      '€'.repeat(87381), // 3 bytes a unit: fills the scratch buffer exactly
      'x'.repeat(90000), // too long for the scratch buffer: Buffer.from
    ];
    for (const text of texts) expect(utf8Bytes(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
    // Each call gets its own bytes: the next one does not overwrite them.
    const a = utf8Bytes('first');
    utf8Bytes('second');
    expect(a.toString('utf8')).toBe('first');
  });
});

describe('utf8BytesOf', () => {
  it('gives the bytes of the parts joined, a surrogate pair split between two parts included', () => {
    const lists: string[][] = [
      [],
      ['', ''],
      ['---\nname: Plain\n---\n\n', '# Body with “curly” quotes\n'],
      ['astral \ud83c', '\udfa8 split across the parts'],
      ['a lone \ud800', 'x', '\udc00 trailing'],
      ['€'.repeat(50000), '€'.repeat(37381)], // fills the scratch buffer exactly
      ['x'.repeat(60000), 'y'.repeat(30000)], // too long for the scratch buffer
    ];
    for (const parts of lists) expect(utf8BytesOf(parts).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });
});
