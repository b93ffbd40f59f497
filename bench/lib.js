// Benchmark helpers: whole-process timing with peak memory, medians, temporary projects.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../', import.meta.url));
/** The `wdm-design` command as npm links it: bin/wdm-design runs bin/wdm-design.js with the memory settings of a batch run. */
export const COMMAND = join(REPO, 'bin', 'wdm-design');

export function tempDir(prefix = 'wdm-bench-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export function copyInto(dir, from, to) {
  cpSync(join(REPO, from), join(dir, to), { recursive: true });
}

/**
 * Runs a command once under /usr/bin/time; returns wall ms, CPU ms (user + system: less disturbed by other load on
 * the machine than wall time), peak RSS in MB (and MiB), exit code and output.
 */
export function timed(args, cwd, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = r.stderr.trim().split('\n');
  const [kb, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMb: Math.round(kb / 1024), rssMiB: kb / 1024, code: r.status, stdout: r.stdout, stderr: lines.slice(0, -1).join('\n') };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `n` times and returns the median of the `ms` it reports, plus the last result. */
export function repeat(n, fn) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(fn(i));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs ?? 0)), rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)), last: runs[runs.length - 1] };
}

export function cli(args, cwd, env) {
  const r = timed([COMMAND, ...args], cwd, env);
  if (r.code !== 0 && r.code !== 1) throw new Error(`wdm-design ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true });
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
