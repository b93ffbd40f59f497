// Scale figures for issue 4, one run each: registry flush cost and updates/s (bench/registry.mjs), the speedup of
// `--workers 2` over none on 10,000 synthetic sites, and `status` on a 10,000-site batch (whole process).
// Plain JS: spawns bin/wdm-design (build first: npm run build). Env: SCALE_SITES (10000), SCALE_BUILD_SITES (200).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { REPO, cli, cleanup, fmt, tempDir, writeFiles } from './lib.js';
import { syntheticBatchYaml, syntheticDomains } from './synthetic.js';

/** A journal line exactly as src/registry/line-codec.ts writes it: sorted-key JSON, TAB, CRC-32 hex, LF. */
function line(record) {
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json = JSON.stringify(sorted);
  return `${json}\t${crc32(json).toString(16).padStart(8, '0')}\n`;
}

function timeRun(args, cwd, label) {
  const r = cli(args, cwd);
  if (process.env.SCALE_VERBOSE) console.error(`${label}: ${fmt(r.ms)} ${r.stdout.trim().split('\n').pop()}`);
  return r;
}

export default function benchScale({ sites = Number(process.env.SCALE_SITES ?? 10000), buildSites = Number(process.env.SCALE_BUILD_SITES ?? 200) } = {}) {
  const rows = [];

  // 1. Registry: flush cost per update and updates/s with 1 and 4 processes.
  const reg = spawnSync(process.execPath, [join(REPO, 'bench', 'registry.mjs')], { encoding: 'utf8', env: { ...process.env, RUNS: process.env.RUNS ?? '3' } });
  for (const l of reg.stdout.trim().split('\n').slice(1)) {
    const [what, figure] = l.split(': ');
    rows.push([`registry: ${what}`, figure ?? '', '', '']);
  }

  // 2. Workers on `sites` synthetic sites: generate once, then implement (design read + HTML/CSS + writes) with 0 and 2.
  const dir = tempDir();
  writeFiles(dir, { 'batches/big.yaml': syntheticBatchYaml(sites) });
  const gen = timeRun(['generate', '--batch', 'big', '--no-cache'], dir, 'generate');
  rows.push([`generate ${sites} sites (cold, no workers)`, fmt(gen.ms), `${Math.round((sites * 1000) / gen.ms)} sites/s`, `${gen.rssMb} MB`]);
  const impl = {};
  for (const w of ['0', '2']) {
    rmSync(join(dir, 'sites'), { recursive: true, force: true });
    impl[w] = timeRun(['implement', '--batch', 'big', '--workers', w], dir, `implement w${w}`);
    rows.push([`implement ${sites} sites, --workers ${w}`, fmt(impl[w].ms), `${Math.round((sites * 1000) / impl[w].ms)} sites/s`, `${impl[w].rssMb} MB`]);
  }
  rows.push([`  speedup of --workers 2 (implement)`, `${(impl['0'].ms / impl['2'].ms).toFixed(2)}×`, '', '']);

  // 3. Build (design + implement + verify) on fewer sites: verification is ~85% of the time and slow today.
  const small = tempDir();
  writeFiles(small, { 'batches/b.yaml': syntheticBatchYaml(buildSites) });
  const build = {};
  for (const w of ['0', '2']) {
    rmSync(join(small, '.wdm'), { recursive: true, force: true });
    rmSync(join(small, 'designs'), { recursive: true, force: true });
    rmSync(join(small, 'sites'), { recursive: true, force: true });
    build[w] = timeRun(['build', '--batch', 'b', '--workers', w], small, `build w${w}`);
    rows.push([`build ${buildSites} sites, --workers ${w}`, fmt(build[w].ms), `${((buildSites * 1000) / build[w].ms).toFixed(1)} sites/s`, `${build[w].rssMb} MB`]);
  }
  rows.push([`  speedup of --workers 2 (build)`, `${(build['0'].ms / build['2'].ms).toFixed(2)}×`, '', '']);
  const noop = timeRun(['build', '--batch', 'b'], small, 'build no-op');
  rows.push([`build ${buildSites} sites again (resume: nothing to redo unless failed)`, fmt(noop.ms), '', `${noop.rssMb} MB`]);
  cleanup(small);

  // 4. status on `sites` sites: a journal of 3 records a site (designed, implemented, verified) in 4 segments.
  //    Its keys are synthetic, so every site resolves as pending; replay and parsing cost the same as with real keys.
  const regDir = join(dir, '.wdm', 'registry');
  mkdirSync(regDir, { recursive: true });
  const domains = syntheticDomains(sites);
  const parts = [[], [], [], []];
  domains.forEach((d, i) => {
    for (const s of ['designed', 'implemented', 'verified']) {
      const o = { [`designs/big/${d}/DESIGN.md`]: 'a'.repeat(64), ...(s === 'designed' ? {} : { [`sites/big/${d}/index.html`]: 'b'.repeat(64), [`sites/big/${d}/styles.css`]: 'c'.repeat(64) }) };
      parts[i % 4].push(line({ d, k: 'f'.repeat(64), s, o }));
    }
  });
  parts.forEach((p, i) => writeFileSync(join(regDir, `big.c-1-${i}.jsonl`), p.join('')));
  const times = [];
  let status;
  for (let r = 0; r < 3; r++) {
    status = timeRun(['status', '--batch', 'big'], dir, 'status');
    times.push(status.ms);
  }
  times.sort((a, b) => a - b);
  const floor = cli(['--help'], dir);
  rows.push([`status --batch (${sites} sites, ${sites * 3} records), whole process`, fmt(times[1]), `CLI start-up (--help) ${fmt(floor.ms)}`, `${status.rssMb} MB`]);
  cleanup(dir);
  return { title: `scale (whole process, one run each; ${sites} synthetic sites)`, header: ['case', 'time', 'rate / note', 'peak RSS'], rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = benchScale();
  console.log(`### ${t.title}\n`);
  for (const r of t.rows) console.log(`| ${r.join(' | ')} |`);
}
