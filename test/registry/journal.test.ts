import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactJournal, nodeFs, openJournal, readStatus, replay, type FsPort, type Update } from '../../src/registry/index.js';
import { WdmError } from '../../src/shared/errors.js';
import { errno, failingWrites, tempDir } from './helpers.js';

const designed = (domain: string, key = 'k'): Update => ({ domain, key, state: 'designed' });

function countingFs(): { fs: FsPort; writes: number[]; fsyncs: () => number } {
  const writes: number[] = [];
  let fsyncs = 0;
  return {
    writes,
    fsyncs: () => fsyncs,
    fs: {
      ...nodeFs,
      writeSync: (fd, buffer, offset, length) => {
        writes.push(length);
        return nodeFs.writeSync(fd, buffer, offset, length);
      },
      fsyncSync: (fd) => {
        fsyncs++;
        nodeFs.fsyncSync(fd);
      },
    },
  };
}

const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  p.then(() => (done = true), () => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('openJournal', () => {
  it('flushes every N updates as one write of whole lines, then fsync, and only then acknowledges', async () => {
    const dir = tempDir('journal');
    const counting = countingFs();
    const journal = openJournal(dir, 'b', { flushEvery: 8, flushMs: 60_000, fs: counting.fs, compactAt: false });
    const first = Array.from({ length: 7 }, (_, i) => journal.record(designed(`s${i}.com`)));
    expect(await settled(Promise.all(first))).toBe(false);
    expect(counting.writes).toEqual([]);
    const eighth = journal.record(designed('s7.com'));
    await Promise.all([...first, eighth]);
    expect(counting.writes).toHaveLength(1);
    // One data fsync and one for the folder holding the new segment.
    expect(counting.fsyncs()).toBe(2);
    const tail = Array.from({ length: 3 }, (_, i) => journal.record(designed(`t${i}.com`)));
    await journal.close();
    await Promise.all(tail);
    expect(counting.writes).toHaveLength(2);
    const text = fs.readFileSync(journal.segment ?? path.join(dir, fs.readdirSync(dir)[0] ?? ''), 'utf8');
    expect(text.split('\n')).toHaveLength(12);
    expect(readStatus(dir, 'b').counts.designed).toBe(11);
    await expect(journal.record(designed('late.com'))).rejects.toThrow(/after the journal of batch b was closed/);
  });

  it('flushes a partial batch after flushMs', async () => {
    const dir = tempDir('journal');
    const journal = openJournal(dir, 'b', { flushEvery: 1000, flushMs: 5, compactAt: false });
    await journal.record(designed('a.com'));
    expect(readStatus(dir, 'b').counts.designed).toBe(1);
    await journal.close();
  });

  it('on a full disk rejects with a clear error, keeps what was acknowledged, and goes on once space is back', async () => {
    const dir = tempDir('journal');
    let full = false;
    const journal = openJournal(dir, 'b', { flushEvery: 4, flushMs: 60_000, fs: failingWrites('ENOSPC', () => full), compactAt: false });
    await Promise.all(['a', 'b', 'c', 'd'].map((n) => journal.record(designed(`${n}.com`))));
    full = true;
    const lost = ['e', 'f', 'g', 'h'].map((n) => journal.record(designed(`${n}.com`)));
    const results = await Promise.allSettled(lost);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as WdmError;
      expect(reason).toBeInstanceOf(WdmError);
      expect(reason.code).toBe('E_REGISTRY');
      expect(reason.message).toMatch(/Could not append 4 update\(s\) to the journal .*b\.seg-.*ENOSPC \(no space left on device\)/);
      expect(reason.hint).toContain('acknowledged earlier are safe');
    }
    expect([...replay(dir, 'b').contents.keys()].sort()).toEqual(['a.com', 'b.com', 'c.com', 'd.com']);
    full = false;
    await Promise.all(['i', 'j', 'k', 'l'].map((n) => journal.record(designed(`${n}.com`))));
    await journal.close();
    const status = readStatus(dir, 'b');
    expect(status.counts.designed).toBe(8);
    expect(status.sites.has('e.com')).toBe(false);
    expect(status.torn).toEqual([]);
  });

  it('cuts a short write off, so a failing flush never leaves a torn line in the middle of a segment', async () => {
    const dir = tempDir('journal');
    let mode: 'ok' | 'short' = 'ok';
    const shortFs: FsPort = {
      ...nodeFs,
      writeSync: (fd, buffer, offset, length) => {
        if (mode === 'short') {
          if (offset > 0) throw errno('ENOSPC');
          return nodeFs.writeSync(fd, buffer, offset, Math.floor(length / 2));
        }
        return nodeFs.writeSync(fd, buffer, offset, length);
      },
    };
    const journal = openJournal(dir, 'b', { flushEvery: 2, flushMs: 60_000, fs: shortFs, compactAt: false });
    await Promise.all([journal.record(designed('a.com')), journal.record(designed('b.com'))]);
    const firstSegment = journal.segment ?? '';
    const sizeBefore = fs.statSync(firstSegment).size;
    mode = 'short';
    await expect(Promise.all([journal.record(designed('c.com')), journal.record(designed('d.com'))])).rejects.toThrow(/ENOSPC/);
    expect(fs.statSync(firstSegment).size).toBe(sizeBefore);
    mode = 'ok';
    await Promise.all([journal.record(designed('e.com')), journal.record(designed('f.com'))]);
    expect(journal.segment).not.toBe(firstSegment);
    await journal.close();
    expect([...replay(dir, 'b').contents.keys()].sort()).toEqual(['a.com', 'b.com', 'e.com', 'f.com']);
  });

  it('compacts past the bound and keeps every state, across reopenings', async () => {
    const dir = tempDir('journal');
    const bound = { minBytes: 4000, ratio: 2 };
    const domains = Array.from({ length: 20 }, (_, i) => `site${i}.com`);
    for (let round = 0; round < 3; round++) {
      const journal = openJournal(dir, 'b', { flushEvery: 16, flushMs: 1, compactAt: bound });
      for (const state of ['designed', 'implemented', 'verified'] as const) {
        await Promise.all(domains.map((domain) => journal.record({ domain, key: 'k', state, outputs: { [`x/${domain}/${state}`]: 'h' } })));
      }
      await journal.close();
    }
    const files = fs.readdirSync(dir);
    expect(files.some((f) => /^b\.c-\d+-\d+(-[0-9a-f]{8}_\d+)?\.jsonl$/.test(f))).toBe(true);
    // Three runs recorded the same 60 facts: compaction must leave well under 180 lines.
    expect(replay(dir, 'b').records).toBeLessThan(180);
    const status = readStatus(dir, 'b', new Map(domains.map((d) => [d, 'k'])));
    expect(status.counts.verified).toBe(20);
    expect(status.sites.get('site3.com')?.outputs.implemented).toEqual({ 'x/site3.com/implemented': 'h' });
  });

  it('checks the bound as the journal doubles, so a long run reads its journal a bounded number of times over', async () => {
    // One writer records 600 distinct sites: nothing to compact (one line per live record), so every check reads the
    // whole journal and finds nothing to do. With checks after every `minBytes` appended, the bytes read grow with the
    // square of the run; growing by 2x between checks, all reads together stay within ~3x the final journal.
    const readBytes = async (growth: number): Promise<{ read: number; size: number }> => {
      const dir = tempDir('journal');
      let read = 0;
      const counting: FsPort = {
        ...nodeFs,
        readFileSync: (file) => {
          const bytes = nodeFs.readFileSync(file);
          read += bytes.length;
          return bytes;
        },
      };
      const journal = openJournal(dir, 'b', { flushEvery: 8, flushMs: 60_000, fs: counting, compactAt: { minBytes: 2000, ratio: 4, growth } });
      await Promise.all(Array.from({ length: 600 }, (_, i) => journal.record({ domain: `site${i}.com`, key: 'k', state: 'designed', outputs: { [`designs/b/site${i}.com/DESIGN.md`]: 'h'.repeat(64) } })));
      await journal.close();
      const size = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
      expect(replay(dir, 'b').records).toBe(600);
      return { read, size };
    };
    const geometric = await readBytes(2);
    expect(geometric.size).toBeGreaterThan(40 * 2000);
    expect(geometric.read).toBeLessThanOrEqual(3 * geometric.size);
    const everyMinBytes = await readBytes(1);
    expect(everyMinBytes.read).toBeGreaterThan(10 * everyMinBytes.size);
  });

  it('compaction leaves a live writer\'s segment alone, so its later appends are not lost', async () => {
    const dir = tempDir('journal');
    const live = openJournal(dir, 'b', { flushEvery: 1, compactAt: false });
    await live.record(designed('a.com'));
    const closed = openJournal(dir, 'b', { flushEvery: 1, compactAt: false });
    await closed.record(designed('b.com'));
    await closed.close();
    const result = compactJournal(dir, 'b');
    expect(result.absorbed).toHaveLength(1);
    expect(result.absorbed[0]).toMatch(/b\.seg-\d+-\d+(-[0-9a-f]{8}_\d+)?\.jsonl$/);
    expect(fs.existsSync(live.segment ?? '')).toBe(true);
    expect(result.absorbed).not.toContain(live.segment);
    await live.record(designed('c.com'));
    await live.close();
    expect([...replay(dir, 'b').contents.keys()].sort()).toEqual(['a.com', 'b.com', 'c.com']);
  });

  it('refuses a batch id that could escape the registry folder', () => {
    expect(() => openJournal(tempDir('journal'), '../x')).toThrow(/Unexpected batch id/);
  });
});
