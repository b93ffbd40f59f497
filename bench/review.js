// Review workflow: no-op generate, check, the pre-commit hook and diff, on the demo batch and on 10,000 synthetic
// sites; whole process with node start-up, medians. `node bench/review.js [--quick]` (after `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO, cli, cleanup, fmt, repeat, tempDir, timed, writeFiles } from './lib.js';
import { syntheticBatchYaml } from './synthetic.js';

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
  rows.push([`${label}: generate, cold (${sites} sites)`, fmt(cold.ms), `${cold.rssMb} MB`]);
  const noop = repeat(runs, () => cli(['generate', '--batch', batchId], dir));
  rows.push([`${label}: generate, no-op (cache)`, fmt(noop.ms), `${noop.rssMb} MB`]);
  const noopCold = repeat(runs, () => cli(['generate', '--batch', batchId, '--no-cache'], dir));
  rows.push([`${label}: generate, no-op, --no-cache`, fmt(noopCold.ms), `${noopCold.rssMb} MB`]);
  const check = repeat(runs, () => cli(['check', '--batch', batchId], dir));
  rows.push([`${label}: check (cache)`, fmt(check.ms), `${check.rssMb} MB`]);
  const checkCi = repeat(runs, () => {
    rmSync(join(dir, '.wdm'), { recursive: true, force: true });
    return cli(['check', '--batch', batchId], dir);
  });
  rows.push([`${label}: check, no cache (CI, fresh clone)`, fmt(checkCi.ms), `${checkCi.rssMb} MB`]);
  cli(['generate', '--batch', batchId], dir); // rebuild the cache
  writeFileSync(join(dir, 'notes.txt'), 'x\n');
  git(dir, ['add', 'notes.txt']);
  const hookNoop = repeat(runs, () => cli(['generate', '--staged'], dir));
  rows.push([`${label}: hook (generate --staged), nothing relevant staged`, fmt(hookNoop.ms), `${hookNoop.rssMb} MB`]);
  // A rule change that moves the legal category's hue: the hook regenerates what it affects.
  mkdirSync(join(dir, 'rules'), { recursive: true });
  writeFileSync(join(dir, 'rules/user.yaml'), 'cascade:\n  - id: law-goes-green\n    match: { category: legal }\n    set: { palette.hue: [140, 150] }\n');
  git(dir, ['add', 'rules/user.yaml']);
  const hookRule = cli(['generate', '--staged'], dir);
  const written = /: (\d+) written/.exec(hookRule.stdout)?.[1] ?? '?';
  rows.push([`${label}: hook after a rule change (${written} sites rewritten, staged)`, fmt(hookRule.ms), `${hookRule.rssMb} MB`]);
  for (const format of ['text', 'markdown']) {
    const d = repeat(runs, () => cli(['diff', '--format', format], dir));
    const kb = (Buffer.byteLength(d.last.stdout) / 1024).toFixed(1);
    rows.push([`${label}: diff --format ${format} after the rule change (${kb} KB)`, fmt(d.ms), `${d.rssMb} MB`]);
  }
  cleanup(dir);
  return rows;
}

export default function benchReview({ runs = 5, large = 10000 } = {}) {
  const rows = [];
  const node = repeat(runs, () => timed([process.execPath, '-e', '0'], REPO));
  rows.push(['node -e 0 (start-up floor)', fmt(node.ms), `${node.rssMb} MB`]);
  const help = repeat(runs, () => cli(['--help'], REPO));
  rows.push(['wdm-design --help (CLI start-up)', fmt(help.ms), `${help.rssMb} MB`]);
  const demo = readFileSync(join(REPO, 'batches/demo.yaml'), 'utf8');
  const demoSites = (demo.match(/- domain:/g) ?? []).length;
  rows.push(...suite('demo', 'demo', demo, demoSites, runs));
  rows.push(...suite(`${large} synthetic`, 'big', syntheticBatchYaml(large), large, Math.max(1, Math.min(runs, 3))));
  return { title: 'review workflow (whole process incl. node start-up, median of runs)', header: ['case', 'time', 'peak RSS'], rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const { title, header, rows } = benchReview({ runs: quick ? 1 : 5, large: quick ? 2000 : 10000 });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log([`### ${title}`, '', line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n'));
}
