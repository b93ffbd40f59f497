// Journal lines: a line whose checksum holds but whose record is not one this tool writes is damage, with a reason
// naming the field; replay treats it as before (torn when last, refused when earlier).
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeLine, encodeLine, replay, type Update } from '../../src/registry/index.js';
import { tempDir } from './helpers.js';

/** A line with a correct CRC-32 around any JSON text (as a foreign or hand-made writer could produce). */
const signed = (json: string): string => `${json}\t${crc32(json).toString(16).padStart(8, '0')}`;

describe('decodeLine', () => {
  it.each<[string, string, string]>([
    ['an empty domain', '{"d":"","k":"k","s":"designed"}', 'field "d" (domain) missing'],
    ['a numeric key', '{"d":"a.com","k":7,"s":"designed"}', 'field "k" (inputs key) missing'],
    ['an unknown state', '{"d":"a.com","k":"k","s":"pending"}', 'field "s" is "pending", not a state'],
    ['a failure without its attempted state', '{"d":"a.com","k":"k","m":"x","s":"failed"}', 'failed record without a valid "a" (attempted state)'],
    ['a failure without a message', '{"a":"verified","d":"a.com","k":"k","s":"failed"}', 'failed record without "m" (message)'],
    ['an output hash that is a number', '{"d":"a.com","k":"k","o":{"sites/b/a.com/index.html":3},"s":"designed"}', 'field "o" is not a map of path to hash'],
    ['outputs as a list', '{"d":"a.com","k":"k","o":["x"],"s":"designed"}', 'field "o" is not a map of path to hash'],
    ['a failure whose second output hash is null', '{"a":"verified","d":"a.com","k":"k","m":"x","o":{"sites/b/a.com/index.html":"h","sites/b/a.com/styles.css":null},"s":"failed"}', 'field "o" is not a map of path to hash'],
    ['an unknown check level', '{"c":"quick","d":"a.com","k":"k","s":"verified"}', 'field "c" is "quick", not a check level'],
    ['a list', '["a.com"]', 'not a JSON object'],
    ['null', 'null', 'not a JSON object'],
  ])('refuses %s', (_name, json, reason) => {
    expect(decodeLine(signed(json))).toEqual({ ok: false, reason });
  });

  it.each<[string, Update]>([
    ['a success with outputs and a check level', { domain: 'a.com', key: 'k', state: 'verified', outputs: { 'sites/b/a.com/index.html': 'h1', 'designs/b/a.com/DESIGN.md': 'h2' }, check: 'fast' }],
    ['a bare success', { domain: 'a.com', key: 'k', state: 'designed' }],
    ['a failure with outputs', { domain: 'a.com', key: 'k', state: 'failed', attempted: 'verified', message: 'no h1', outputs: { 'sites/b/a.com/index.html': 'h' } }],
    ['a failure without outputs', { domain: 'a.com', key: 'k', state: 'failed', attempted: 'implemented', message: 'template missing' }],
  ])('decodes what it encodes: %s', (_name, update) => {
    expect(decodeLine(encodeLine(update).slice(0, -1))).toEqual({ ok: true, update });
  });

  it('replay refuses an earlier line that is not a record, and ignores one as the torn tail', () => {
    const dir = tempDir('codec');
    const good = encodeLine({ domain: 'a.com', key: 'k', state: 'designed' });
    const list = signed('["b.com","k","verified"]') + '\n';
    fs.writeFileSync(path.join(dir, 'b.jsonl'), list + good);
    expect(() => replay(dir, 'b')).toThrow(/line 1 .*not a JSON object/);
    fs.writeFileSync(path.join(dir, 'b.jsonl'), good + list);
    const result = replay(dir, 'b');
    expect(result.torn).toHaveLength(1);
    expect([...result.contents.keys()]).toEqual(['a.com']);
  });
});
