import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactJournal,
  countJournal,
  decodeLine,
  encodeLine,
  liveRecordCount,
  parseJournalText,
  readStatus,
  repairJournal,
  replay,
  resolveStates,
  sitesIn,
  type Update,
} from '../../src/registry/index.js';
import { WdmError } from '../../src/shared/errors.js';
import { tempDir } from './helpers.js';

function writeJournal(dir: string, name: string, updates: Update[], tail = ''): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, updates.map(encodeLine).join('') + tail);
  return file;
}

const d = (domain: string, key: string, state: 'designed' | 'implemented' | 'verified' | 'finalized'): Update => ({ domain, key, state });

describe('replay semantics', () => {
  it('takes the highest state recorded for a key, whatever the order', () => {
    const dir = tempDir('replay');
    writeJournal(dir, 'b.jsonl', [d('a.com', 'k1', 'verified'), d('a.com', 'k1', 'designed'), d('b.com', 'k1', 'implemented')]);
    const states = resolveStates(replay(dir, 'b').contents);
    expect(states.get('a.com')?.state).toBe('verified');
    expect(states.get('b.com')?.state).toBe('implemented');
  });

  it('sends a site back to pending when its current key differs from the recorded one', () => {
    const dir = tempDir('replay');
    writeJournal(dir, 'b.jsonl', [d('a.com', 'old', 'verified'), d('b.com', 'k', 'designed'), d('c.com', 'new', 'designed')]);
    const status = readStatus(dir, 'b', new Map([['a.com', 'new'], ['b.com', 'k'], ['c.com', 'new'], ['d.com', 'new']]));
    expect(status.sites.get('a.com')?.state).toBe('pending');
    expect(status.sites.get('b.com')?.state).toBe('designed');
    expect(status.sites.get('d.com')?.state).toBe('pending');
    expect(status.counts).toMatchObject({ pending: 2, designed: 2, verified: 0 });
    expect(sitesIn(status, 'pending')).toEqual(['a.com', 'd.com']);
    // A change back to the old inputs finds the old state again.
    expect(readStatus(dir, 'b', new Map([['a.com', 'old']])).sites.get('a.com')?.state).toBe('verified');
  });

  it('reports failed until a success reaches the attempted state, in any file order', () => {
    const dir = tempDir('replay');
    const fail: Update = { domain: 'a.com', key: 'k', state: 'failed', attempted: 'implemented', message: 'template missing' };
    writeJournal(dir, 'b.jsonl', [d('a.com', 'k', 'designed'), fail]);
    let site = readStatus(dir, 'b').sites.get('a.com');
    expect(site).toMatchObject({ state: 'failed', reached: 'designed', message: 'template missing', attempted: 'implemented' });
    // The later success lands in another file (another process): order between files must not matter.
    writeJournal(dir, 'b.seg-1-0.jsonl', [d('a.com', 'k', 'implemented')]);
    site = readStatus(dir, 'b').sites.get('a.com');
    expect(site?.state).toBe('implemented');
    // A failure with another key does not count for this key.
    writeJournal(dir, 'b.seg-1-1.jsonl', [{ ...fail, key: 'other', attempted: 'verified' }]);
    expect(readStatus(dir, 'b', new Map([['a.com', 'k']])).sites.get('a.com')?.state).toBe('implemented');
  });

  it('ignores a torn last line (no newline, or a failed checksum at the very end)', () => {
    const dir = tempDir('replay');
    const whole = encodeLine(d('b.com', 'k', 'designed'));
    writeJournal(dir, 'b.jsonl', [d('a.com', 'k', 'designed')], whole.slice(0, 20));
    let result = replay(dir, 'b');
    expect(result.torn).toEqual([{ file: path.join(dir, 'b.jsonl'), line: 2 }]);
    expect([...result.contents.keys()]).toEqual(['a.com']);
    // Power loss can leave a newline-terminated block of zeros at the tail.
    writeJournal(dir, 'b.jsonl', [d('a.com', 'k', 'designed')], '\u0000'.repeat(40) + '\n');
    result = replay(dir, 'b');
    expect(result.torn).toHaveLength(1);
    expect(result.records).toBe(1);
  });

  it('refuses a corrupt earlier line, naming file and line, and repair keeps every valid line', () => {
    const dir = tempDir('replay');
    const lines = [d('a.com', 'k', 'designed'), d('b.com', 'k', 'verified'), d('c.com', 'k', 'implemented')].map(encodeLine);
    const damaged = (lines[1] ?? '').replace('verified', 'verifiee');
    const file = path.join(dir, 'b.jsonl');
    fs.writeFileSync(file, (lines[0] ?? '') + damaged + (lines[2] ?? ''));
    let caught: unknown;
    try {
      replay(dir, 'b');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WdmError);
    const error = caught as WdmError;
    expect(error.code).toBe('E_REGISTRY');
    expect(error.place).toEqual({ file, line: 2 });
    expect(error.message).toContain('line 2');
    expect(error.message).toContain('checksum mismatch');
    expect(error.hint).toContain('repair');
    expect(() => compactJournal(dir, 'b')).toThrow(/line 2/);

    const report = repairJournal(dir, 'b');
    expect(report.repaired).toHaveLength(1);
    expect(report.repaired[0]).toMatchObject({ file, setAside: `${file}.corrupt-1`, kept: 2 });
    expect(report.repaired[0]?.dropped.map((b) => b.line)).toEqual([2]);
    expect(fs.readFileSync(`${file}.corrupt-1`, 'utf8')).toBe((lines[0] ?? '') + damaged + (lines[2] ?? ''));
    const states = readStatus(dir, 'b').sites;
    expect(states.get('a.com')?.state).toBe('designed');
    expect(states.get('c.com')?.state).toBe('implemented');
    expect(states.has('b.com')).toBe(false);
  });

  it('compaction keeps every state and leaves one file', () => {
    const dir = tempDir('replay');
    const updates: Update[] = [];
    for (let i = 0; i < 50; i++) {
      const domain = `s${i}.com`;
      updates.push({ domain, key: 'k', state: 'designed', outputs: { [`designs/b/${domain}/DESIGN.md`]: `h${i}` } });
      if (i % 2 === 0) updates.push({ domain, key: 'k', state: 'implemented', outputs: { [`sites/b/${domain}/index.html`]: `x${i}` } });
      if (i % 5 === 0) updates.push({ domain, key: 'k', state: 'failed', attempted: 'verified', message: `bad ${i}` });
      if (i % 10 === 0) updates.push({ domain, key: 'k2', state: 'designed' });
    }
    writeJournal(dir, 'b.seg-999999999-0.jsonl', updates.slice(0, 40));
    writeJournal(dir, 'b.jsonl', updates.slice(40));
    const before = readStatus(dir, 'b', new Map(updates.map((u) => [u.domain, 'k'])));
    const result = compactJournal(dir, 'b');
    expect(result.absorbed).toHaveLength(2);
    expect(fs.readdirSync(dir)).toEqual([path.basename(result.written ?? '')]);
    const after = readStatus(dir, 'b', new Map(updates.map((u) => [u.domain, 'k'])));
    expect(after.sites).toEqual(before.sites);
    expect(after.counts).toEqual({ pending: 0, designed: 20, implemented: 20, verified: 0, finalized: 0, failed: 10 });
    // Compacting the compacted journal gives the same bytes.
    const bytes = fs.readFileSync(result.written ?? '', 'utf8');
    const again = compactJournal(dir, 'b');
    expect(fs.readFileSync(again.written ?? '', 'utf8')).toBe(bytes);
  });

  it('countJournal gives replay\'s records and live count, and a replay of the current keys their states, for any journal (property)', () => {
    const state = fc.constantFrom('designed', 'implemented', 'verified', 'finalized') as fc.Arbitrary<'designed' | 'implemented' | 'verified' | 'finalized'>;
    const update: fc.Arbitrary<Update> = fc.oneof(
      fc.record({
        domain: fc.constantFrom('a.com', 'b.com', 'c.com'),
        key: fc.constantFrom('k1', 'k2'),
        state,
        outputs: fc.option(fc.dictionary(fc.constantFrom('x', 'y'), fc.constantFrom('h1', 'h2'), { minKeys: 0, maxKeys: 2 }), { nil: undefined }),
        check: fc.option(fc.constantFrom('fast', 'sampled', 'full') as fc.Arbitrary<'fast' | 'sampled' | 'full'>, { nil: undefined }),
      }).map((u) => {
        const out: Update = { domain: u.domain, key: u.key, state: u.state };
        if (u.outputs) out.outputs = u.outputs;
        if (u.check && (u.state === 'verified' || u.state === 'finalized')) out.check = u.check;
        return out;
      }),
      fc.record({ domain: fc.constantFrom('a.com', 'b.com', 'c.com'), key: fc.constantFrom('k1', 'k2'), attempted: state, message: fc.constantFrom('m1', 'm2') }).map(
        (u): Update => ({ domain: u.domain, key: u.key, state: 'failed', attempted: u.attempted, message: u.message }),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(update, { maxLength: 12 }), { minLength: 1, maxLength: 3 }), (files) => {
        const dir = tempDir('count');
        files.forEach((updates, i) => writeJournal(dir, i === 0 ? 'b.jsonl' : `b.seg-999999999-${i}.jsonl`, updates));
        const replayed = replay(dir, 'b');
        expect(countJournal(dir, 'b')).toEqual({ records: replayed.records, live: liveRecordCount(replayed.contents) });
        // Replaying only the current keys resolves to the same states.
        const keys = new Map([['a.com', 'k1'], ['b.com', 'k2'], ['c.com', 'k1'], ['d.com', 'k1']]);
        const filtered = replay(dir, 'b', undefined, keys);
        expect(filtered.records).toBe(replayed.records);
        expect(resolveStates(filtered.contents, keys)).toEqual(resolveStates(replayed.contents, keys));
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it('parses a journal file line by line as splitting it whole would (property)', () => {
    // The reference: split on newlines; a last part without a newline is torn; a bad last line is torn; any other bad
    // line is reported.
    const reference = (text: string): { updates: Update[]; bad: number[]; torn: number | undefined; lines: number } => {
      const parts = text.split('\n');
      const complete = parts[parts.length - 1] === '';
      if (complete) parts.pop();
      const out = { updates: [] as Update[], bad: [] as number[], torn: undefined as number | undefined, lines: parts.length };
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (last && !complete) return void (out.torn = i + 1);
        const decoded = decodeLine(part);
        if (decoded.ok) out.updates.push(decoded.update);
        else if (last) out.torn = i + 1;
        else out.bad.push(i + 1);
      });
      return out;
    };
    const line = fc.oneof(
      fc.constantFrom('a.com', 'b.com').map((domain) => encodeLine(d(domain, 'k', 'designed'))),
      fc.constantFrom('garbage\n', '\n', '\u0000\u0000\u0000\n', '{"d":"x"}\tdeadbeef\n'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('', 'torn tail', '{"d":"a.com"'), (lines, tail) => {
        const text = lines.join('') + tail;
        const parsed = parseJournalText('f', text);
        const want = reference(text);
        expect({ updates: parsed.updates, bad: parsed.bad.map((b) => b.line), torn: parsed.tornLine, lines: parsed.lines }).toEqual(want);
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
