// The plain-ASCII fast path of normaliseDomain against tr46 itself: every host the fast path takes is one tr46
// gives back unchanged both ways, and the near misses (hyphens, lengths, punycode, other characters) go to tr46.
import { describe, expect, it } from 'vitest';
import { toASCII, toUnicode } from 'tr46';
import { isPlainAsciiHost, normaliseDomain, UTS46 } from '../../src/batch/domain.js';

/** A deterministic stream of numbers (xorshift), so the corpus is the same on every run. */
function numbers(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const OTHERS = ['_', 'A', 'é', 'ß', '\u00a0', '.', 'ı', 'ﬁ', '٣', 'א', '\u200d'];

function corpus(): string[] {
  const next = numbers(12);
  const hosts = new Set<string>([
    'example.com', 'a.co', 'x1.io', 'ab--cd.com', 'xn--bcher-kva.de', 'xn--a.com', 'a-.com', '-a.com', 'a--b.com',
    'ab-c.com', 'abc--.com', `${'a'.repeat(63)}.com`, `${'a'.repeat(64)}.com`, `${'a.'.repeat(126)}com`, `${'a.'.repeat(127)}com`,
    '1.2.3.4', '123.com', 'a..com', '.com', 'com.', 'xn--.com', 'xn-a.com', 'ab-.cd', 'a.b-', 'a.-b', 'zz--y.org',
  ]);
  for (let n = 0; n < 20000; n++) {
    const labels = 1 + (next() % 4);
    const parts: string[] = [];
    for (let l = 0; l < labels; l++) {
      const length = next() % 9 === 0 ? 60 + (next() % 8) : 1 + (next() % 12);
      let label = '';
      for (let i = 0; i < length; i++) label += next() % 50 === 0 ? (OTHERS[next() % OTHERS.length] as string) : (ALPHABET[next() % ALPHABET.length] as string);
      parts.push(next() % 40 === 0 ? `xn--${label}` : label);
    }
    hosts.add(parts.join('.'));
  }
  return [...hosts];
}

describe('isPlainAsciiHost', () => {
  const hosts = corpus();

  it('takes only hosts tr46 gives back unchanged, to ASCII and to Unicode, with no error', () => {
    const wrong: string[] = [];
    let taken = 0;
    for (const host of hosts) {
      if (!isPlainAsciiHost(host)) continue;
      taken++;
      const ascii = toASCII(host, UTS46);
      const unicode = toUnicode(host, UTS46);
      if (ascii !== host || unicode.domain !== host || unicode.error) wrong.push(host);
    }
    expect(wrong).toEqual([]);
    // The corpus exercises the fast path as well as the way round it.
    expect(taken).toBeGreaterThan(5000);
    expect(hosts.length - taken).toBeGreaterThan(5000);
  });

  it('leaves to tr46 every plain-looking host tr46 would change or refuse', () => {
    const missed: string[] = [];
    for (const host of hosts) {
      if (!/^[a-z0-9.-]+$/.test(host)) continue;
      const ascii = toASCII(host, UTS46);
      const same = ascii === host && toUnicode(host, UTS46).domain === host && !toUnicode(host, UTS46).error;
      if (same !== isPlainAsciiHost(host)) missed.push(host);
    }
    expect(missed).toEqual([]);
  });

  it('gives normaliseDomain the same answers as before on the edge cases', () => {
    expect(normaliseDomain('Example.COM')).toEqual({ ok: true, ascii: 'example.com', unicode: 'example.com' });
    expect(normaliseDomain('xn--bcher-kva.de')).toEqual({ ok: true, ascii: 'xn--bcher-kva.de', unicode: 'bücher.de' });
    expect(normaliseDomain('ab--cd.com')).toMatchObject({ ok: false, message: expect.stringContaining('"--" in the third and fourth characters') });
    expect(normaliseDomain(`${'a'.repeat(64)}.com`)).toMatchObject({ ok: false, message: expect.stringContaining('label of 64 characters') });
  });
});
