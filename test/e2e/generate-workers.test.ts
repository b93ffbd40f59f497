// `generate --workers 2` against `--workers 0`, end to end with the CLI: the same DESIGN.md files, .wdm/cache file,
// report (text and JSON), rejection messages and exit codes, through a cold run with rejected rows, a hand-edited
// file put back, a batch edit the cache answers in part, --no-cache, two shards, and a refused path that stops the
// run. The design threads load dist/ (npm test builds first), the main thread src/: the bytes must still agree.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import type { EventEmitter } from 'node:events';
import { Designers, emptyReport, generateBatch, loadProject } from '../../src/pipeline/index.js';
import { WorkerPool } from '../../src/pipeline/workers.js';

afterAll(() => removeTempProjects());

/** Each case starts design threads in several CLI runs (8 s idle on 2 cores): room for a machine busy with other work. */
const SLOW = 240_000;

const WORDS = ['oak', 'river', 'summit', 'harbor', 'maple', 'stone', 'bright', 'cedar'];
const KINDS = ['law', 'dental', 'bakery', 'yoga', 'realty', 'plumbing', 'studio', 'cafe', 'tech', 'farm', 'florist', 'garage'];

/** 40 sites, three rows the design stage rejects (an unknown category: thrown inside the thread) and two the parser does. */
function batch(renamed = false): string {
  const lines = ['sites:'];
  for (let i = 0; i < 40; i++) {
    lines.push(`  - domain: ${WORDS[i % WORDS.length]}${KINDS[i % KINDS.length]}${i}.com`);
    if (i === 7 || i === 21 || i === 33) lines.push(`    category: not-a-category${i}`);
    if (renamed && i % 5 === 0) lines.push(`    name: Renamed ${i}`);
    if (i === 12) lines.push('  - domain: co.uk');
    if (i === 25) lines.push('  - domain: 192.168.0.1');
  }
  return lines.join('\n') + '\n';
}

/** What a run leaves and says: the designs and cache files, and the CLI's exit code, stdout and stderr. */
function snapshot(dir: string, r: { code: number; stdout: string; stderr: string }): { code: number; stdout: string; stderr: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  for (const sub of ['designs', '.wdm/cache']) for (const [f, t] of readTree(dir, sub)) files.set(f, t);
  // The JSON report's elapsed time is the one field that may differ (runCli's clock stands still: it is 0 here).
  return { code: r.code, stdout: r.stdout.replace(/"elapsedMs": \d+/, '"elapsedMs": 0'), stderr: r.stderr, files };
}

/** Runs `args` with `--workers 0` in one folder and `--workers n` in the other; expects the same of both. */
async function both(dirs: [string, string], args: string[], n = 1): Promise<ReturnType<typeof snapshot>> {
  const [a, b] = dirs;
  const zero = snapshot(a, await runCli([...args, '--workers', '0'], a));
  const two = snapshot(b, await runCli([...args, '--workers', String(n)], b));
  expect(two.code, args.join(' ')).toBe(zero.code);
  expect(two.stdout, args.join(' ')).toBe(zero.stdout);
  expect(two.stderr, args.join(' ')).toBe(zero.stderr);
  expect([...two.files.keys()], args.join(' ')).toEqual([...zero.files.keys()]);
  for (const [file, text] of zero.files) expect(two.files.get(file) === text, `${args.join(' ')}: ${file} differs`).toBe(true);
  return zero;
}

// With one thread the main thread designs too (whenever 8 sites are queued in the thread): both paths in one run.
describe('generate --workers 1 and 2 give the bytes, reports and exit codes of --workers 0', () => {
  it('cold with rejections, a hand edit put back, a batch edit, --no-cache, --json', async () => {
    const dirs: [string, string] = [tempProject({ 'batches/b.yaml': batch() }), tempProject({ 'batches/b.yaml': batch() })];
    const cold = await both(dirs, ['generate', '--batch', 'b'], 2);
    // The run is a real one: 37 designs, the design stage's rejections named in the output, exit 1.
    expect([...cold.files.keys()].filter((f) => f.endsWith('DESIGN.md'))).toHaveLength(37);
    expect(cold.code).toBe(1);
    expect(cold.stderr).toContain('found the unknown category "not-a-category21"');
    const edited = 'designs/b/oaklaw0.com/DESIGN.md';
    for (const dir of dirs) writeFileSync(join(dir, edited), `${readFileSync(join(dir, edited), 'utf8')}\nA hand edit.\n`);
    expect((await both(dirs, ['generate', '--batch', 'b', '--json'])).stdout).toContain('"restored": 1');
    expect(readFileSync(join(dirs[1], edited), 'utf8')).toBe(cold.files.get(edited));
    for (const dir of dirs) writeFileSync(join(dir, 'batches/b.yaml'), batch(true));
    expect((await both(dirs, ['generate', '--batch', 'b', '--json'])).stdout).toContain('"cause": "inputs"');
    await both(dirs, ['generate', '--batch', 'b', '--no-cache']);
  }, SLOW);

  it('two shards, run one after the other into the same folder', async () => {
    const dirs: [string, string] = [tempProject({ 'batches/b.yaml': batch() }), tempProject({ 'batches/b.yaml': batch() })];
    await both(dirs, ['generate', '--batch', 'b', '--shard', '1/2', '--json']);
    await both(dirs, ['generate', '--batch', 'b', '--shard', '2/2', '--json']);
  }, SLOW);

  it('a refused path stops the run with the same message', async () => {
    const dirs: [string, string] = [tempProject({ 'batches/b.yaml': batch() }), tempProject({ 'batches/b.yaml': batch() })];
    for (const dir of dirs) {
      mkdirSync(join(dir, 'elsewhere'));
      mkdirSync(join(dir, 'designs/b'), { recursive: true });
      symlinkSync('../../elsewhere', join(dir, 'designs/b/summitflorist10.com'));
    }
    const r = await both(dirs, ['generate', '--batch', 'b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link');
    expect(existsSync(join(dirs[1], 'elsewhere/DESIGN.md'))).toBe(false);
  }, SLOW);

  it('a reply that finds its task gone while the pool closes is dropped, not an uncaught error', async () => {
    // A run that stops on an error closes the pool with tasks in flight; a thread's late reply then reaches piscina
    // as an 'error' event ("Unexpected message from Worker"), which, unheard, killed the process (once, under load).
    const pool = new WorkerPool(1, loadProject(tempProject({ 'batches/b.yaml': batch() })), []);
    const inner = (pool as unknown as { pool: EventEmitter }).pool;
    const late = () => inner.emit('error', new Error('Unexpected message from Worker: { taskId: 108 }'));
    expect(late).toThrow('Unexpected message from Worker');
    const closed = pool.close();
    expect(late).not.toThrow();
    await closed;
  }, SLOW);

  it('really designs in the threads when asked to', async () => {
    const dir = tempProject({ 'batches/b.yaml': batch() });
    const designers = new Designers(2);
    try {
      await generateBatch(loadProject(dir), 'b', { batchIds: ['b'], cache: true }, emptyReport(), { done: 0, total: 0 }, designers);
    } finally {
      await designers.close();
    }
    expect(designers.used).toBe(true);
    expect(new Designers(0).used).toBe(false);
  }, SLOW);
});
