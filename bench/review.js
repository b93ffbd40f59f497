// Review workflow: no-op generate, check, the pre-commit hook and diff, on the demo batch and on 10,000 synthetic
// sites; whole process with node start-up, medians. `node bench/review.js [--quick]` (after `npm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND, REPO, cleanup, fmt, median, tempDir, writeFiles } from './lib.js';
import { syntheticBatchYaml } from './synthetic.js';

/** One whole process: wall time, CPU time (user + system, which other load on the machine disturbs less) and RSS. */
function timed(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = r.stderr.trim().split('\n');
  const [kb, user, sys] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMb: Math.round(kb / 1024), code: r.status, stdout: r.stdout, stderr: lines.slice(0, -1).join('\n') };
}

function cli(args, cwd) {
  const r = timed([COMMAND, ...args], cwd);
  if (r.code !== 0 && r.code !== 1) throw new Error(`wdm-design ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

function repeat(n, fn) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(fn(i));
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)), last: runs[runs.length - 1] };
}

const row = (label, r, extra = '') => [label, fmt(r.ms), fmt(r.cpuMs), `${r.rssMb} MB`, extra];

function git(dir, args) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' },
  });
}

/** One project in a git repository, generated and committed: the state a pre-commit hook or CI starts from. */
function committedProject(batchId, batchText) {
  const dir = tempDir();
  writeFiles(dir, { [`batches/${batchId}.yaml`]: batchText, '.gitignore': '.wdm/\n' });
  git(dir, ['init', '-q']);
  const cold = cli(['generate', '--batch', batchId], dir);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'designs']);
  return { dir, cold };
}

function suite(label, batchId, batchText, sites, runs) {
  const rows = [];
  const { dir, cold } = committedProject(batchId, batchText);
  rows.push(row(`${label}: generate, cold (${sites} sites)`, cold));
  const noop = repeat(runs, () => cli(['generate', '--batch', batchId], dir));
  rows.push(row(`${label}: generate, no-op (cache)`, noop));
  const noopCold = repeat(runs, () => cli(['generate', '--batch', batchId, '--no-cache'], dir));
  rows.push(row(`${label}: generate, no-op, --no-cache`, noopCold));
  const check = repeat(runs, () => cli(['check', '--batch', batchId], dir));
  rows.push(row(`${label}: check (cache)`, check));
  const checkCi = repeat(runs, () => {
    rmSync(join(dir, '.wdm'), { recursive: true, force: true });
    return cli(['check', '--batch', batchId], dir);
  });
  rows.push(row(`${label}: check, no cache (CI, fresh clone)`, checkCi));
  cli(['generate', '--batch', batchId], dir); // rebuild the cache
  writeFileSync(join(dir, 'notes.txt'), 'x\n');
  git(dir, ['add', 'notes.txt']);
  const hookNoop = repeat(runs, () => cli(['generate', '--staged'], dir));
  rows.push(row(`${label}: hook (generate --staged), nothing relevant staged`, hookNoop));
  // The floor of the same no-op: the command table and parser, git and the scope logic only.
  const lazy = `await import(${JSON.stringify(join(REPO, 'dist/cli/parse.js'))});
    await import(${JSON.stringify(join(REPO, 'dist/cli/commands.js'))});
    const g = await import(${JSON.stringify(join(REPO, 'dist/pipeline/git.js'))});
    const s = await import(${JSON.stringify(join(REPO, 'dist/review/scope.js'))});
    s.scopeOfChanges(g.stagedPaths(process.cwd()));`;
  const floor = repeat(runs, () => timed([process.execPath, '--input-type=module', '-e', lazy], dir));
  rows.push(row(`${label}: same, floor (parser + git + scope)`, floor));
  // A rule change that moves the legal category's hue: the hook regenerates what it affects.
  mkdirSync(join(dir, 'rules'), { recursive: true });
  writeFileSync(join(dir, 'rules/user.yaml'), 'cascade:\n  - id: law-goes-green\n    match: { category: legal }\n    set: { palette.hue: [140, 150] }\n');
  git(dir, ['add', 'rules/user.yaml']);
  const hookRule = cli(['generate', '--staged'], dir);
  const written = /: (\d+) written/.exec(hookRule.stdout)?.[1] ?? '?';
  rows.push(row(`${label}: hook after a rule change (${written} sites rewritten, staged)`, hookRule));
  for (const format of ['text', 'markdown']) {
    const d = repeat(runs, () => cli(['diff', '--format', format], dir));
    const kb = (Buffer.byteLength(d.last.stdout) / 1024).toFixed(1);
    rows.push(row(`${label}: diff --format ${format} after the rule change (${kb} KB)`, d));
  }
  cleanup(dir);
  return rows;
}

export default function benchReview({ runs = 5, large = 10000 } = {}) {
  const rows = [];
  const node = repeat(runs, () => timed([process.execPath, '-e', '0'], REPO));
  rows.push(row('node -e 0 (start-up floor)', node));
  const help = repeat(runs, () => cli(['--help'], REPO));
  rows.push(row('wdm-design --help (CLI start-up)', help));
  const demo = readFileSync(join(REPO, 'batches/demo.yaml'), 'utf8');
  const demoSites = (demo.match(/- domain:/g) ?? []).length;
  rows.push(...suite('demo', 'demo', demo, demoSites, runs));
  rows.push(...suite(`${large} synthetic`, 'big', syntheticBatchYaml(large), large, Math.max(1, Math.min(runs, 3))));
  return { title: 'review workflow (whole process incl. node start-up, median of runs)', header: ['case', 'wall', 'CPU (user+sys)', 'peak RSS', 'note'], rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const { title, header, rows } = benchReview({ runs: quick ? 1 : 5, large: quick ? 2000 : 10000 });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log([`### ${title}`, '', line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n'));
}
