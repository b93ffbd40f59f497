// A failure records the bytes it describes; replay joins failures in any order to the same answer; status re-hashes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactJournal, decodeLine, encodeLine, readStatus, type Update } from '../../src/registry/index.js';
import { tempDir } from './helpers.js';

const failA: Update = { domain: 'a.com', key: 'k', state: 'failed', attempted: 'verified', message: 'no h1', outputs: { 'sites/b/a.com/index.html': 'aa'.repeat(32) } };
const failB: Update = { domain: 'a.com', key: 'k', state: 'failed', attempted: 'verified', message: 'contrast 3.1 < 4.5' };

describe('failure records with outputs', () => {
  it('round-trip through the line codec', () => {
    const line = encodeLine(failA);
    expect(decodeLine(line.slice(0, -1))).toEqual({ ok: true, update: failA });
  });

  it('resolve to the same failure whatever the order of the files', () => {
    const answers = [
      [failA, failB],
      [failB, failA],
    ].map((order) => {
      const dir = tempDir('fail-order');
      order.forEach((u, i) => fs.writeFileSync(path.join(dir, `b.seg-${i}-0.jsonl`), encodeLine(u)));
      return readStatus(dir, 'b').sites.get('a.com');
    });
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.state).toBe('failed');
  });

  it('keep their outputs through compaction', () => {
    const dir = tempDir('fail-compact');
    fs.writeFileSync(path.join(dir, 'b.jsonl'), [{ domain: 'a.com', key: 'k', state: 'implemented', outputs: { x: 'bb'.repeat(32) } } as Update, failA].map(encodeLine).join(''));
    expect(compactJournal(dir, 'b').written).toBeDefined();
    expect(readStatus(dir, 'b').sites.get('a.com')?.failedOutputs).toEqual(failA.outputs);
  });

  it('status lists a file changed since a failure, and a verified file changed since, downgrading the site', () => {
    const project = tempDir('fail-status');
    const reg = path.join(project, '.wdm', 'registry');
    fs.mkdirSync(path.join(project, 'sites/b/a.com'), { recursive: true });
    fs.mkdirSync(path.join(project, 'sites/b/c.com'), { recursive: true });
    fs.mkdirSync(reg, { recursive: true });
    fs.writeFileSync(path.join(project, 'sites/b/a.com/index.html'), 'edited since');
    fs.writeFileSync(path.join(project, 'sites/b/c.com/index.html'), '<h1>ok</h1> then edited');
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    const verified: Update = { domain: 'c.com', key: 'k', state: 'verified', outputs: { 'sites/b/c.com/index.html': sha('<h1>ok</h1>') } };
    const implemented: Update = { domain: 'c.com', key: 'k', state: 'implemented', outputs: { 'sites/b/c.com/index.html': sha('<h1>ok</h1>') } };
    fs.writeFileSync(path.join(reg, 'b.jsonl'), [failA, verified, implemented].map(encodeLine).join(''));
    const status = readStatus(reg, 'b', new Map([['a.com', 'k'], ['c.com', 'k']]), undefined, project);
    expect(status.sites.get('c.com')?.state).toBe('designed');
    expect(status.sites.get('a.com')?.state).toBe('failed');
    expect(status.changed.map((c) => [c.domain, c.file, c.claimedBy])).toEqual([
      ['a.com', 'sites/b/a.com/index.html', 'failed'],
      ['c.com', 'sites/b/c.com/index.html', 'implemented'],
    ]);
    // Without the project folder, status answers from the journal alone (the old behaviour).
    expect(readStatus(reg, 'b', new Map([['c.com', 'k']])).sites.get('c.com')?.state).toBe('verified');
  });
});
