// Registry benchmark: flush cost per update by batch size, updates/s with 1 and 4 processes, replay of 10,000 sites.
// Run after `npm run build` (imports dist/registry; falls back to .tmp/registry-crash-build from the crash test).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const candidates = [path.join(here, '..', 'dist', 'registry', 'index.js'), path.join(here, '..', '.tmp', 'registry-crash-build', 'registry', 'index.js')];
const modulePath = candidates.find((p) => fs.existsSync(p));
if (!modulePath) throw new Error('build first: npm run build');
const registry = await import(pathToFileURL(modulePath).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = (label) => fs.mkdtempSync(path.join(os.tmpdir(), `wdm-bench-${label}-`));
const update = (i, w = 0) => ({ domain: `w${w}-site${i}.com`, key: 'k', state: 'designed', outputs: { [`designs/b/w${w}-site${i}.com/DESIGN.md`]: 'a'.repeat(64) } });

/** Record `total` updates keeping `inFlight` unacknowledged at once (a pipeline with that concurrency). */
async function recordMany(journal, total, inFlight, w = 0) {
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < total) await journal.record(update(next++, w));
  }));
}

if (process.argv[2] === 'child') {
  const [, , , dir, total, w] = process.argv;
  const journal = registry.openJournal(dir, 'b', { compactAt: false });
  await recordMany(journal, Number(total), 256, Number(w));
  await journal.close();
  process.exit(0);
}

const runs = Number(process.env.RUNS ?? 5);
console.log(`registry bench (${modulePath}), medians of ${runs}`);

for (const n of [1, 8, 32, 128, 512]) {
  const total = n === 1 ? 1000 : 4096;
  const times = [];
  for (let r = 0; r < runs; r++) {
    const journal = registry.openJournal(tmp('flush'), 'b', { flushEvery: n, flushMs: 60_000, compactAt: false });
    const t0 = performance.now();
    await recordMany(journal, total, n);
    times.push((performance.now() - t0) / total);
    await journal.close();
  }
  console.log(`flushEvery ${String(n).padStart(3)}: ${(median(times) * 1000).toFixed(1)} µs per update`);
}

for (const procs of [1, 4]) {
  const per = 20000;
  const rates = [];
  for (let r = 0; r < runs; r++) {
    const dir = tmp('procs');
    const t0 = performance.now();
    await Promise.all(Array.from({ length: procs }, (_, w) => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'child', dir, String(per), String(w)], { stdio: 'inherit' });
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`child ${code}`))));
    })));
    const seconds = (performance.now() - t0) / 1000;
    if (registry.replay(dir, 'b').records !== per * procs) throw new Error('lost updates');
    rates.push((per * procs) / seconds);
  }
  console.log(`${procs} process(es), default flush: ${Math.round(median(rates))} updates/s in total (incl. process start-up)`);
}

{
  const dir = tmp('replay');
  const lines = [];
  for (let i = 0; i < 10000; i++) {
    for (const state of ['designed', 'implemented', 'verified']) {
      lines.push(registry.encodeLine({ domain: `site${i}.com`, key: 'k'.repeat(64), state, outputs: { [`x/site${i}.com/${state}`]: 'a'.repeat(64) } }));
    }
  }
  fs.writeFileSync(path.join(dir, 'b.jsonl'), lines.join(''));
  const keys = new Map(Array.from({ length: 10000 }, (_, i) => [`site${i}.com`, 'k'.repeat(64)]));
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const status = registry.readStatus(dir, 'b', keys);
    times.push(performance.now() - t0);
    if (status.counts.verified !== 10000) throw new Error('bad replay');
  }
  const size = fs.statSync(path.join(dir, 'b.jsonl')).size;
  console.log(`readStatus of 10,000 sites (30,000 lines, ${(size / 1e6).toFixed(1)} MB): ${median(times).toFixed(0)} ms`);
}
