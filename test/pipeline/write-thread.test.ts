// generate's DESIGN.md writes on a thread of their own (pipeline/write-thread.ts): the same files, cache and report
// as writing on the main thread, the same refusals and errors, in batch order, and a run stopped by one that the next
// run finishes.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheFile, generate, loadProject, type GenerateOptions } from '../../src/pipeline/index.js';
import { useWriteThread, WRITE_THREAD_MIN_SITES } from '../../src/pipeline/write-thread.js';
import { isWdmError } from '../../src/shared/errors.js';
import { nodeFs, useFs } from '../../src/registry/index.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

/** Forty word-built domains, one a line: inferred, named and designed like any user's `.txt` batch. */
const WORDS = ['oak', 'river', 'maple', 'harbor', 'summit', 'cedar', 'willow', 'granite'];
const TRADES = ['bakery', 'plumbing', 'law', 'dental', 'florist', 'roofing', 'cafe', 'fitness'];
const DOMAINS = Array.from({ length: 40 }, (_, i) => `${WORDS[i % 8]}${TRADES[Math.floor(i / 8) % 8]}${i}.com`);
const BATCH = DOMAINS.join('\n') + '\n';

/** Every file under `dir` (path → bytes), `.wdm/` included. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isSymbolicLink()) out.set(relative(dir, full), 'a symbolic link');
      else if (entry.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

async function run(dir: string, writeThread: GenerateOptions['writeThread'], cache = true) {
  return generate(loadProject(dir), { batchIds: ['t'], workers: 0, cache, writeThread });
}

/** The error a run throws (undefined: none). */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the write thread', () => {
  it.each([
    ['with the cache', true],
    ['without the cache', false],
  ])('writes the same files, cache and report as the main thread: %s', async (_label, cache) => {
    const here = tempProject({ 'batches/t.txt': BATCH });
    const there = tempProject({ 'batches/t.txt': BATCH });
    const a = await run(here, 'off', cache);
    const b = await run(there, 'on', cache);
    expect(b).toEqual(a);
    expect(a.written).toBe(DOMAINS.length);
    expect(tree(there)).toEqual(tree(here));
    // No temp file of either writer is left behind.
    expect([...tree(there).keys()].filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('puts back a hand-edited file and leaves the others, as the main thread does', async () => {
    const here = tempProject({ 'batches/t.txt': BATCH });
    const there = tempProject({ 'batches/t.txt': BATCH });
    for (const dir of [here, there]) {
      await run(dir, 'off');
      writeFileSync(join(dir, 'designs/t', DOMAINS[3]!, 'DESIGN.md'), 'edited by hand\n');
      rmSync(join(dir, 'designs/t', DOMAINS[7]!), { recursive: true });
    }
    const a = await run(here, 'off');
    const b = await run(there, 'on');
    expect(b).toEqual(a);
    expect(a.restored).toBe(1);
    expect(a.written).toBe(2);
    expect(tree(there)).toEqual(tree(here));
  });

  it('refuses a symbolic link on the way with the main thread\'s error, writes nothing through it, and the next run finishes', async () => {
    const outside = tempProject({ 'keep.txt': 'outside\n' });
    const results: unknown[] = [];
    for (const mode of ['off', 'on'] as const) {
      const dir = tempProject({ 'batches/t.txt': BATCH });
      mkdirSync(join(dir, 'designs/t'), { recursive: true });
      symlinkSync(outside, join(dir, 'designs/t', DOMAINS[5]!));
      const error = await thrown(run(dir, mode));
      expect(isWdmError(error) && error.code).toBe('E_CONFINE');
      results.push(isWdmError(error) ? error.format() : error);
      // The sites before the link were written; nothing went through it; no cache was recorded for the run.
      expect(existsSync(join(dir, 'designs/t', DOMAINS[4]!, 'DESIGN.md'))).toBe(true);
      expect(readdirSync(outside)).toEqual(['keep.txt']);
      expect(existsSync(cacheFile(loadProject(dir), 't'))).toBe(false);
      expect([...tree(dir).keys()].filter((f) => f.includes('.tmp-'))).toEqual([]);
      rmSync(join(dir, 'designs/t', DOMAINS[5]!));
      const again = await run(dir, mode);
      expect(again.written + again.unchanged).toBe(DOMAINS.length);
      expect(readdirSync(outside)).toEqual(['keep.txt']);
    }
    expect(results[1]).toBe(results[0]);
    expect(String(results[0])).toContain('symbolic link');
  });

  it('stops on a write that fails with the main thread\'s E_IO error, naming the file', async () => {
    const results: string[] = [];
    for (const mode of ['off', 'on'] as const) {
      const dir = tempProject({ 'batches/t.txt': BATCH });
      // A folder where the DESIGN.md should be: the rename cannot replace it.
      mkdirSync(join(dir, 'designs/t', DOMAINS[9]!, 'DESIGN.md'), { recursive: true });
      const error = await thrown(run(dir, mode));
      expect(isWdmError(error) && error.code).toMatch(/^E_(IO|CONFINE)$/);
      results.push(isWdmError(error) ? error.format() : String(error));
      expect(results[results.length - 1]).toContain(`designs/t/${DOMAINS[9]}/DESIGN.md`);
      // The writes handed over after the failing one end whole before the thread stops: no temp file is left.
      expect([...tree(dir).keys()].filter((f) => f.includes('.tmp-'))).toEqual([]);
    }
    expect(results[1]).toBe(results[0]);
  });
});

describe('useWriteThread', () => {
  it('writes here below the threshold and on the thread from it, as asked by on and off', () => {
    expect(useWriteThread('auto', () => WRITE_THREAD_MIN_SITES - 1)).toBe(false);
    expect(useWriteThread(undefined, () => WRITE_THREAD_MIN_SITES)).toBe(true);
    expect(useWriteThread('on', () => 0)).toBe(true);
    expect(useWriteThread('off', () => 10_000)).toBe(false);
  });

  it('never while a test has swapped in its own file system: that port lives on this thread', () => {
    const restore = useFs({ ...nodeFs });
    try {
      expect(useWriteThread('on', () => 10_000)).toBe(false);
      expect(useWriteThread('auto', () => 10_000)).toBe(false);
    } finally {
      restore();
    }
  });
});
