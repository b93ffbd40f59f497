// Issue 12's table in one run: every target as a ratio to its floor or peer measured in the same run (a plain Node
// script writing, or reading back, the same bytes; `node -e 0`), peak RSS at catalogue sizes, and the worker speedup.
// Whole-process figures under /usr/bin/time. Options: sites (10,000), buildSites (1,000), memory sizes, huge (100,000).
import { benchOptions } from './options.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, COMMAND, cli, cleanup, fmt, median, tempDir, timed, writeFiles } from './lib.js';
import { syntheticBatchTxt, syntheticDomains } from './synthetic.js';
import { packTree, runFloor, READ_FLOOR, WRITE_FLOOR } from './floor.js';

/** The top-level category ids of the built-in rules (families), for the batch "with categories". */
function families() {
  const blocks = readFileSync(join(REPO, 'rules', 'categories.yaml'), 'utf8').split(/^ {2}(?=[a-z0-9-]+:\s*$)/m).slice(1);
  // A subcategory names its parent: only families are kept.
  return blocks.filter((b) => !/^ {4}parent:/m.test(b)).map((b) => b.slice(0, b.indexOf(':')));
}

function batchWithCategories(n) {
  const cats = families();
  return 'sites:\n' + syntheticDomains(n).map((d, i) => `  - domain: ${d}\n    category: ${cats[i % cats.length]}\n`).join('');
}

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const perSec = (n, ms) => (n * 1000) / ms;

/** generate cold and no-op (`--workers auto`, the default) on one batch file against the write and read floors on the same bytes. */
function generateRows(label, file, text, n, rows, json) {
  const dir = tempDir();
  writeFiles(dir, { [`batches/${file}`]: text });
  const cold = cli(['generate', '--batch', 'big'], dir);
  const noop = cli(['generate', '--batch', 'big'], dir);
  const pack = join(dir, 'floor.pack');
  const packed = packTree(dir, ['designs'], pack);
  const write = runFloor(WRITE_FLOOR, pack, join(dir, 'floor-out'));
  const read = runFloor(READ_FLOOR, pack, dir);
  cleanup(dir);
  // Wall time is the target; CPU time (user + system) beside it is less disturbed by other work on a shared machine.
  const cpu = (a, b) => `; CPU ${ratio(a.cpuMs, b.cpuMs)}`;
  rows.push([`generate, cold, ${label} (--workers auto)`, `${fmt(cold.ms)} (${Math.round(perSec(n, cold.ms))} sites/s)`, `write floor ${fmt(write.ms)}`, `${ratio(cold.ms, write.ms)}${cpu(cold, write)}`, '≤ 3×', cold.ms <= 3 * write.ms ? 'met' : 'not met']);
  rows.push([`generate, nothing changed, ${label}`, fmt(noop.ms), `read floor ${fmt(read.ms)}`, `${ratio(noop.ms, read.ms)}${cpu(noop, read)}`, '≤ 2×', noop.ms <= 2 * read.ms ? 'met' : 'not met']);
  json[`generate-${label}`] = { sites: n, files: packed.files, bytes: packed.bytes, coldMs: cold.ms, coldCpuMs: cold.cpuMs, coldRssMiB: cold.rssMiB, writeFloorMs: write.ms, writeFloorCpuMs: write.cpuMs, noopMs: noop.ms, noopCpuMs: noop.cpuMs, readFloorMs: read.ms, readFloorCpuMs: read.cpuMs };
}

/** A cold generate of `n` word-built sites (`--workers auto` unless given): wall time, CPU and peak RSS. */
function generateAt(n, workers) {
  const dir = tempDir();
  writeFiles(dir, { 'batches/big.txt': syntheticBatchTxt(n) });
  const r = cli(['generate', '--batch', 'big', ...(workers === undefined ? [] : ['--workers', String(workers)])], dir);
  cleanup(dir);
  return r;
}

/** `count` cold generates of `n` word-built sites each (--workers 0), started together in their own folders: wall time and CPU of them all. */
export function generatePair(n, count) {
  const dirs = Array.from({ length: count }, () => {
    const dir = tempDir();
    writeFiles(dir, { 'batches/big.txt': syntheticBatchTxt(n) });
    return dir;
  });
  const quote = (p) => `'${p.replace(/'/g, `'\\''`)}'`;
  const script = dirs.map((d) => `(cd ${quote(d)} && ${quote(COMMAND)} generate --batch big --workers 0 >/dev/null) &`).join(' ') + ' wait';
  const r = timed(['sh', '-c', script], dirs[0]);
  for (const d of dirs) cleanup(d);
  return r;
}

/** A cold build of `n` word-built sites with `--workers w`: wall time, CPU and peak RSS. */
function buildAt(n, workers) {
  const dir = tempDir();
  writeFiles(dir, { 'batches/big.txt': syntheticBatchTxt(n) });
  const r = cli(['build', '--batch', 'big', '--workers', String(workers)], dir);
  cleanup(dir);
  return r;
}

/**
 * `buildSites`: a size or a list of sizes for cold `build` runs; the largest is the rate row (the target is set on
 * 10,000 sites), each gets a peak RSS row, and with two or more a per-site time row (largest ÷ smallest).
 */
export default function benchIssue12({ sites = 10000, buildSites = 1000, workerSites = 300, memory = [1000, 10000], huge = false, jsonFile } = {}) {
  const buildSizes = (Array.isArray(buildSites) ? buildSites : [buildSites]).slice().sort((a, b) => a - b);
  const rows = [];
  const json = { date: new Date().toISOString().slice(0, 10), node: process.version, sites, buildSites, workerSites };

  generateRows('word-built .txt, every site inferred', 'big.txt', syntheticBatchTxt(sites), sites, rows, json);
  generateRows('with categories', 'big.yaml', batchWithCategories(sites), sites, rows, json);

  // Start-up: interleaved, so load on the machine hits both alike.
  const help = [];
  const bare = [];
  for (let i = 0; i < 9; i++) {
    bare.push(timed([process.execPath, '-e', '0'], REPO).ms);
    help.push(timed([COMMAND, '--help'], REPO).ms);
  }
  rows.push(['`--help`', fmt(median(help)), `node -e 0 ${fmt(median(bare))}`, ratio(median(help), median(bare)), '≤ 2×', median(help) <= 2 * median(bare) ? 'met' : 'not met']);
  json.startup = { helpMs: median(help), nodeMs: median(bare) };

  // build: design → implement → verify every page, as auto chooses its workers; the rate at the largest size.
  const builds = buildSizes.map((n) => [n, buildAt(n, 'auto')]);
  const [buildN, build] = builds[builds.length - 1];
  const rate = perSec(buildN, build.ms);
  rows.push([`build, cold, ${buildN} sites (--workers auto)`, `${fmt(build.ms)} (${rate.toFixed(1)} sites/s; CPU ${fmt(build.cpuMs)})`, 'target 150 sites/s', `${(rate / 150).toFixed(2)}× the target`, '≥ 150 sites/s', rate >= 150 ? 'met' : 'not met']);
  json.build = Object.fromEntries(builds.map(([n, r]) => [n, { ms: r.ms, cpuMs: r.cpuMs, rssMiB: r.rssMiB }]));

  // Memory: peak RSS of generate (and build) by size; per-site time at the largest against the smallest.
  // A site's time is the run's time beyond a 10-site run's (start-up and loading the rules are paid once, at any size).
  const sizes = huge ? [...memory, 100000] : memory;
  const fixed = generateAt(10).ms;
  const gen = sizes.map((n) => [n, generateAt(n)]);
  const perSite = (n, r) => Math.max(0, r.ms - fixed) / (n - 10);
  for (const [n, r] of gen) {
    rows.push([`peak RSS, generate, ${n} sites`, `${r.rssMiB.toFixed(0)} MiB`, `${perSite(n, r).toFixed(2)} ms a site`, '', '≤ 300 MiB', r.rssMiB <= 300 ? 'met' : 'not met']);
  }
  const [n0, r0] = gen[0];
  const [n1, r1] = gen[gen.length - 1];
  rows.push([`generate, time a site at ${n1} ÷ at ${n0}`, '', '', ratio(perSite(n1, r1), perSite(n0, r0)), '≤ 1.2×', perSite(n1, r1) <= 1.2 * perSite(n0, r0) ? 'met' : 'not met']);
  for (const [n, r] of builds) {
    rows.push([`peak RSS, build, ${n} sites`, `${r.rssMiB.toFixed(0)} MiB`, `${(r.cpuMs / n).toFixed(1)} ms CPU a site`, '', '≤ 300 MiB', r.rssMiB <= 300 ? 'met' : 'not met']);
  }
  if (builds.length > 1) {
    // CPU a site rather than wall: a long run on a shared machine meets more of the other work's load.
    const [bn0, b0] = builds[0];
    rows.push([`build, CPU a site at ${buildN} ÷ at ${bn0}`, '', '', ratio(build.cpuMs / buildN, b0.cpuMs / bn0), '≤ 1.2×', build.cpuMs / buildN <= 1.2 * (b0.cpuMs / bn0) ? 'met' : 'not met']);
  }
  json.memory = { generate: Object.fromEntries(gen.map(([n, r]) => [n, { ms: r.ms, rssMiB: r.rssMiB }])), build: Object.fromEntries(builds.map(([n, r]) => [n, r.rssMiB])) };

  // Workers: the same build with none and with two (the machine has two cores).
  const w0 = buildAt(workerSites, 0);
  const w2 = buildAt(workerSites, 2);
  rows.push([`build ${workerSites} sites, --workers 2 vs 0`, `${fmt(w2.ms)} vs ${fmt(w0.ms)}`, `CPU ${fmt(w2.cpuMs)} vs ${fmt(w0.cpuMs)}; RSS ${Math.round(w2.rssMiB)} vs ${Math.round(w0.rssMiB)} MiB`, `${ratio(w0.ms, w2.ms)} speedup`, '> 1× to pay', w0.ms > w2.ms ? 'pays' : 'does not pay']);
  json.workers = { sites: workerSites, w0: { ms: w0.ms, cpuMs: w0.cpuMs, rssMiB: w0.rssMiB }, w2: { ms: w2.ms, cpuMs: w2.cpuMs, rssMiB: w2.rssMiB } };

  // generate's design threads: one thread beside the main thread (what `auto` starts on an idle 2-core machine; on a
  // loaded one it starts none, so the auto rows above may have run without) against the main thread alone.
  const g0 = generateAt(sites, 0);
  const g1 = generateAt(sites, 1);
  rows.push([`generate ${sites} sites, --workers 1 vs 0`, `${fmt(g1.ms)} vs ${fmt(g0.ms)}`, `CPU ${fmt(g1.cpuMs)} vs ${fmt(g0.cpuMs)}; RSS ${g1.rssMiB.toFixed(0)} vs ${g0.rssMiB.toFixed(0)} MiB`, `${ratio(g0.ms, g1.ms)} speedup`, '> 1× to pay', g0.ms > g1.ms ? 'pays' : 'does not pay']);
  json.generateWorkers = { sites, w0: { ms: g0.ms, cpuMs: g0.cpuMs, rssMiB: g0.rssMiB }, w1: { ms: g1.ms, cpuMs: g1.cpuMs, rssMiB: g1.rssMiB } };

  // What a second thread can give on this machine at all: two whole processes designing at once (each half the
  // sites, --workers 0, separate folders) against one of them alone. One process already keeps more than one core
  // busy (V8's garbage collector and compiler threads, the kernel's file-system work): CPU ÷ wall says how much.
  const half = Math.max(10, Math.floor(sites / 2));
  const solo = generatePair(half, 1);
  const pair = generatePair(half, 2);
  const throughput = (2 * solo.ms) / pair.ms;
  rows.push([`two processes at once vs one (generate ${half} sites each, --workers 0)`, `${fmt(pair.ms)} vs ${fmt(solo.ms)}`, `one process keeps ${(solo.cpuMs / solo.ms).toFixed(2)} cores busy; two, ${(pair.cpuMs / pair.ms).toFixed(2)}`, `${throughput.toFixed(2)}× the sites a second`, 'the most threads can give here', '']);
  json.parallelism = { sites: half, soloMs: solo.ms, soloCpuMs: solo.cpuMs, pairMs: pair.ms, pairCpuMs: pair.cpuMs, throughput };

  if (jsonFile) writeFileSync(jsonFile, JSON.stringify(json, null, 2) + '\n');
  return { title: `issue 12 targets (one run; ${sites} synthetic sites, floors and peers measured in the same run)`, header: ['What', 'Measured', 'Floor / peer', 'Ratio', 'Target', ''], rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = 'usage: node bench/issue12.js [--sites=10000] [--build-sites=1000[,10000]] [--worker-sites=300] [--memory=1000,10000] [--huge]';
  const options = benchOptions(usage, { sites: 'string', 'build-sites': 'string', 'worker-sites': 'string', memory: 'string', huge: 'boolean' });
  const count = (name, text) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) {
      console.error(`bench/issue12.js: --${name}=${text}: expected a whole number of sites above 0\n${usage}`);
      process.exit(2);
    }
    return n;
  };
  const list = (name, dflt) => (options[name] === undefined ? dflt : options[name].split(',').map((t) => count(name, t)));
  const memory = list('memory', [1000, 10000]);
  const t = benchIssue12({ sites: options.sites === undefined ? 10000 : count('sites', options.sites), buildSites: list('build-sites', [1000]), workerSites: options['worker-sites'] === undefined ? 300 : count('worker-sites', options['worker-sites']), memory, huge: options.huge === true, jsonFile: 'bench-issue12.json' });
  console.log(`### ${t.title}\n`);
  for (const r of t.rows) console.log(`| ${r.join(' | ')} |`);
}
