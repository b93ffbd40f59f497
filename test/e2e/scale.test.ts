// Scale, end to end with the real CLI: shards built apart and merged (files + `registry merge`) equal one unsharded
// build, workers 0 vs 2, processes racing on one batch, many batches in one run, and `status --repair`. Each behaviour
// is checked once here; that every shard count partitions a batch is a property of shardOf (test/shared/shard.test.ts)
// and that a site's bytes do not depend on its neighbours is test/property/determinism.test.ts.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { batchStatus, loadProject } from '../../src/pipeline/index.js';
import { replay } from '../../src/registry/index.js';
import { resumeBatch } from '../crash/batch.js';

afterAll(() => removeTempProjects());

type Tree = Map<string, string>;

function outputs(dir: string): Tree {
  const tree: Tree = new Map();
  for (const sub of ['designs', 'sites']) for (const [f, t] of readTree(dir, sub)) tree.set(`${sub}/${f}`, t);
  return tree;
}

function expectSameTree(got: Tree, want: Tree, label: string): void {
  expect([...got.keys()], `${label}: file list`).toEqual([...want.keys()]);
  for (const [file, text] of want) expect(got.get(file) === text, `${label}: ${file} differs`).toBe(true);
}

/** Each site's state and message for its current inputs. */
function states(dir: string, batch: string): Array<{ domain: string; state: string; message?: string }> {
  return [...batchStatus(loadProject(dir), batch).sites.values()].map((s) => ({ domain: s.domain, state: s.state, ...(s.message ? { message: s.message } : {}) }));
}

function bin(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function ok(args: string[], cwd: string): Promise<string> {
  const r = await runCli(args, cwd);
  // Every site of these batches designs, builds and verifies: anything but 0 is a regression.
  expect(r.code, `${args.join(' ')}: ${r.stderr.slice(0, 2000)}`).toBe(0);
  return r.stdout;
}

const SMALL = { 'batches/b.yaml': resumeBatch(6) };

describe('build: shards, workers, racing processes, many batches, merged registries', () => {
  let refDir: string;
  let reference: Tree;
  let refStates: ReturnType<typeof states>;
  beforeAll(async () => {
    refDir = tempProject(SMALL);
    await ok(['build', '--batch', 'b', '--workers', '0'], refDir);
    reference = outputs(refDir);
    refStates = states(refDir, 'b');
    // Every site has its DESIGN.md, page and stylesheet (beside them, the assets the page references).
    const domains = [...reference.keys()].flatMap((f) => /designs\/b\/([^/]+)\/DESIGN\.md$/.exec(f)?.[1] ?? []);
    expect(domains).toHaveLength(6);
    for (const d of domains) for (const f of ['index.html', 'styles.css']) expect([...reference.keys()].some((k) => k.endsWith(`sites/b/${d}/${f}`)), `${d}/${f}`).toBe(true);
    expect(refStates.filter((s) => s.state !== 'verified')).toEqual([]);
  }, 120_000);

  it('three shards in three folders, merged (files + `registry merge`), equal the unsharded build, status included', async () => {
    const shards = [1, 2, 3].map(() => tempProject(SMALL));
    for (const [i, dir] of shards.entries()) await ok(['build', '--batch', 'b', '--workers', '0', '--shard', `${i + 1}/3`], dir);
    const merged = tempProject(SMALL);
    for (const dir of shards) for (const sub of ['designs', 'sites']) cpSync(join(dir, sub), join(merged, sub), { recursive: true, force: false, errorOnExist: true });
    const out = await ok(['registry', 'merge', ...shards], merged);
    expect(out).toMatch(/Merged \d+ journal files? \(\d+ records\) of b/);
    expectSameTree(outputs(merged), reference, 'merged shards');
    expect(states(merged, 'b')).toEqual(refStates);
    const statusRef = await ok(['status', '--batch', 'b', '--json'], refDir);
    expect(await ok(['status', '--batch', 'b', '--json'], merged)).toBe(statusRef);
    // Merging the same shards again adds nothing, and a rerun of build there has nothing left to redo but failures.
    expect(await ok(['registry', 'merge', ...shards], merged)).toMatch(/already present/);
    expect(await ok(['status', '--batch', 'b', '--json'], merged)).toBe(statusRef);
  }, 120_000);

  it('--workers 2 gives the same bytes and states as --workers 0', async () => {
    const dir = tempProject(SMALL);
    await ok(['build', '--batch', 'b', '--workers', '2'], dir);
    expectSameTree(outputs(dir), reference, 'build --workers 2');
    expect(states(dir, 'b')).toEqual(refStates);
  }, 120_000);

  it('two builds of the same batch at once, and three shards at once into one folder, lose and corrupt nothing', async () => {
    const twice = tempProject(SMALL);
    const runs = await Promise.all([bin(['build', '--batch', 'b', '--workers', '0'], twice), bin(['build', '--batch', 'b', '--workers', '0'], twice)]);
    for (const r of runs) expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
    expect(replay(join(twice, '.wdm', 'registry'), 'b').torn).toEqual([]);
    expectSameTree(outputs(twice), reference, 'two racing builds');
    expect(states(twice, 'b')).toEqual(refStates);

    const parallel = tempProject(SMALL);
    const shardRuns = await Promise.all([1, 2, 3].map((i) => bin(['build', '--batch', 'b', '--workers', '0', '--shard', `${i}/3`], parallel)));
    for (const r of shardRuns) expect(r.code, r.stderr.slice(0, 2000)).toBe(0);
    expectSameTree(outputs(parallel), reference, 'three shards into one folder');
    expect(states(parallel, 'b')).toEqual(refStates);
    const leftovers = [...outputs(parallel).keys(), ...readdirSync(join(parallel, '.wdm', 'registry'))].filter((f) => f.includes('.tmp'));
    expect(leftovers).toEqual([]);
  }, 300_000); // five CLI processes at once on two cores: about 80 s at load 9

  it('several batches run through one pipeline and give what separate runs give', async () => {
    const both = tempProject({ ...SMALL, 'batches/c.yaml': 'sites:\n  - domain: cedarbakery.com\n  - domain: pinelaw.net\n' });
    const out = await ok(['build', '--batch', 'b', '--batch', 'c', '--workers', '0', '--json'], both);
    const report = JSON.parse(out) as { sites: Array<{ batch: string }> };
    expect(report.sites.map((s) => s.batch).sort()).toEqual([...Array(6).fill('b'), 'c', 'c']);
    const sep = tempProject({ 'batches/c.yaml': 'sites:\n  - domain: cedarbakery.com\n  - domain: pinelaw.net\n' });
    await ok(['build', '--batch', 'c', '--workers', '0'], sep);
    const want = new Map([...reference, ...outputs(sep)].sort(([a], [b]) => (a < b ? -1 : 1)));
    expectSameTree(outputs(both), want, 'two batches in one run');
    expect(states(both, 'b')).toEqual(refStates);
    expect(states(both, 'c')).toEqual(states(sep, 'c'));
  }, 120_000);

  it('status --repair sets a damaged journal aside, reports the dropped line and keeps the rest', async () => {
    const dir = tempProject(SMALL);
    cpSync(join(refDir, '.wdm'), join(dir, '.wdm'), { recursive: true });
    cpSync(join(refDir, 'designs'), join(dir, 'designs'), { recursive: true });
    cpSync(join(refDir, 'sites'), join(dir, 'sites'), { recursive: true });
    const reg = join(dir, '.wdm', 'registry');
    const file = join(reg, readdirSync(reg).find((n) => n.endsWith('.jsonl'))!);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(1, 0, '{"d":"oops"}\t00000000');
    writeFileSync(file, lines.join('\n'));
    appendFileSync(file, '');
    const broken = await runCli(['status', '--batch', 'b'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/line 2/);
    expect(broken.stderr).toMatch(/--repair/);
    const repaired = await runCli(['status', '--batch', 'b', '--repair'], dir);
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stderr).toMatch(/dropped 1:\n {2}line 2: /);
    expect(states(dir, 'b')).toEqual(refStates);
    const again = await runCli(['status', '--batch', 'b', '--repair'], dir);
    expect(again.stderr).toMatch(/nothing to repair/);
  }, 60_000);
});
