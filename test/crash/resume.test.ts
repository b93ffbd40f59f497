// Resume: `wdm-design build` (the built CLI) killed with SIGKILL at seeded points, rerun with the same command until it
// completes, ends with the same bytes and the same registry states as an uninterrupted run in another folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, readTree, removeTempProjects, runCli, tempProject } from '../helpers/project.js';
import { batchStatus, loadProject } from '../../src/pipeline/index.js';
import { replay, verifyOutputs } from '../../src/registry/index.js';
import { resumeBatch } from './batch.js';

const SEED = 0x2e5_0de;
const SITES = 6;
const KILLS = 3;

/** mulberry32: every run kills at the same points; the seed is printed with any failure. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function journalLines(dir: string): number {
  const reg = join(dir, '.wdm', 'registry');
  let n = 0;
  let names: string[] = [];
  try {
    names = readdirSync(reg);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith('.jsonl')) continue;
    try {
      for (const byte of readFileSync(join(reg, name))) if (byte === 10) n++;
    } catch {
      // absorbed by a compaction between listing and reading
    }
  }
  return n;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  killed: boolean;
}

/** Builds still running, with their ends: a failed or timed-out test must not leave one writing into a removed folder. */
const running = new Map<ChildProcess, Promise<unknown>>();

/**
 * Runs `build`; with `killAfterLines`, SIGKILLs it as soon as its journal has grown by that many lines. The journal
 * folder is watched (inotify), not polled, so the kill point is counted in recorded updates whatever the load; the
 * flushes come on a timer or a count, at moments unrelated to where each site in flight is, so the kill falls
 * anywhere in a site's design, implement, verify or output writes.
 */
function runBuild(dir: string, args: string[], killAfterLines?: number): Promise<Run> {
  return new Promise((resolve) => {
    const reg = join(dir, '.wdm', 'registry');
    mkdirSync(reg, { recursive: true });
    const base = journalLines(dir);
    const child = spawn(process.execPath, [BIN, 'build', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const watcher =
      killAfterLines === undefined
        ? undefined
        : watch(reg, () => {
            if (killed || child.exitCode !== null || child.signalCode !== null) return;
            if (journalLines(dir) - base >= killAfterLines) killed = child.kill('SIGKILL');
          });
    const closed = new Promise<void>((done) =>
      child.on('close', (code, signal) => {
        watcher?.close();
        running.delete(child);
        resolve({ code, signal, stdout, stderr, killed: killed && signal === 'SIGKILL' });
        done();
      }),
    );
    running.set(child, closed);
  });
}

afterAll(async () => {
  for (const child of running.keys()) child.kill('SIGKILL');
  await Promise.all(running.values());
  removeTempProjects();
});

describe('resume: a killed build, rerun with the same command', () => {
  it('redoes only the sites not final for their current inputs and ends byte-identical to a clean run', async () => {
    const random = rng(SEED);
    const files = { 'batches/r.yaml': resumeBatch(SITES) };
    const clean = tempProject(files);
    const killed = tempProject(files);
    // Two sites in flight, so the journal records every couple of sites and a kill finds work recorded and work not.
    const args = ['--batch', 'r', '--workers', '0', '--concurrency', '2'];
    const where = `seed=${SEED}`;

    // Only the runs to be killed are child processes (each pays the CLI's start-up, ~3 s of CPU); the clean run and the
    // final rerun go in this process, after the kills, so nothing here delays the journal watcher that times a kill.
    let kills = 0;
    for (let k = 0; k < KILLS; k++) {
      // Somewhere in the first two thirds of what is left to record (three states a site), so the run is killed
      // before it ends: early in the first run, wherever the rerun has got to in the others.
      const left = [...batchStatus(loadProject(killed), 'r').sites.values()].filter((s) => s.state !== 'verified').length || SITES;
      const after = 1 + Math.floor(random() * left * 2);
      const run = await runBuild(killed, args, after);
      if (run.killed) kills++;
      else expect(run.code, `${where} kill ${k}: ${run.stderr}`).toBe(0);
      // After every kill: the journal replays (a torn tail at most), and every recorded state's outputs are intact.
      const project = loadProject(killed);
      const status = batchStatus(project, 'r');
      expect(replay(join(killed, '.wdm', 'registry'), 'r').records, where).toBeGreaterThan(0);
      expect(verifyOutputs(status.sites, killed).problems.map((p) => p.message), `${where} kill ${k}`).toEqual([]);
    }
    expect(kills, `${where}: the builds finished before they could be killed`).toBeGreaterThanOrEqual(2);

    // What the registry says is final before the last run is exactly what that run skips.
    const before = batchStatus(loadProject(killed), 'r');
    const final = new Set([...before.sites.values()].filter((s) => s.state === 'verified' || s.state === 'finalized').map((s) => s.domain));
    const last = await runCli(['build', ...args, '--json'], killed);
    expect(last.code, `${where}: ${last.stderr}`).toBe(0);
    const report = JSON.parse(last.stdout) as { sites: Array<{ domain: string; status: string }> };
    expect(report.sites).toHaveLength(SITES);
    for (const site of report.sites) expect(site.status === 'skipped', `${where}: ${site.domain} ${site.status}`).toBe(final.has(site.domain));

    const done = await runCli(['build', ...args], clean);
    expect(done.code, done.stderr).toBe(0);

    for (const sub of ['designs', 'sites']) {
      const want = readTree(clean, sub);
      const got = readTree(killed, sub);
      // Every site: its DESIGN.md, or its page and stylesheet (and the assets the page references).
      const need = sub === 'designs' ? ['DESIGN.md'] : ['index.html', 'styles.css'];
      expect([...want.keys()].filter((f) => need.some((n) => f.endsWith(`/${n}`))), sub).toHaveLength(SITES * need.length);
      expect([...got.keys()], `${where}: ${sub}/ file list`).toEqual([...want.keys()]);
      for (const [file, text] of want) expect(got.get(file) === text, `${where}: ${sub}/${file} differs`).toBe(true);
    }
    // No temp files left by the killed runs in the output folders.
    expect([...readTree(killed, 'sites').keys(), ...readTree(killed, 'designs').keys()].filter((f) => f.includes('.tmp'))).toEqual([]);

    const states = (dir: string) =>
      [...batchStatus(loadProject(dir), 'r').sites.values()].map((s) => ({ domain: s.domain, state: s.state, message: s.message }));
    const want = states(clean);
    // Every site of this batch verifies: a regression that fails any site fails here.
    expect(want.filter((s) => s.state !== 'verified')).toEqual([]);
    expect(states(killed), where).toEqual(want);
    // Bounded work (three killed processes, two builds of 6 sites here): the budget is for a loaded 2-core machine.
  }, 360_000); // about 110 s at load 9 on two cores
});
