// `npm run bench`: every benchmark, one after the other, printed as tables. Figures are medians of whole-process runs.
import benchGenerate from './generate.js';
import benchScale from './scale.js';
import benchBuild from './build.js';
import benchReview from './review.js';
import benchStartup from './startup.js';
import benchIssue12 from './issue12.js';
import { spawnSync } from 'node:child_process';
import { benchOptions } from './options.js';

const SUITES = ['issue12', 'generate', 'build', 'review', 'startup', 'scale', 'verify', 'registry'];
const usage = `usage: npm run bench -- [--quick] [--only=${SUITES.join('|')}] [--huge]`;
const options = benchOptions(usage, { quick: 'boolean', only: 'string', huge: 'boolean' });
const quick = options.quick === true;
const only = options.only;
if (only !== undefined && !SUITES.includes(only)) {
  console.error(`bench/run.js: --only=${only}: no such benchmark; expected one of ${SUITES.join(', ')}\n${usage}`);
  process.exit(2);
}
const huge = options.huge === true;
// Issue 12's targets first, as ratios to floors measured in the same run; `--huge` adds 100,000 sites to the memory rows.
const suites = [['issue12', () => benchIssue12(quick ? { sites: 2000, buildSites: 100, workerSites: 60, memory: [500, 2000], jsonFile: 'bench-issue12.json' } : { huge, jsonFile: 'bench-issue12.json' })]];
suites.push(['generate', () => benchGenerate({ runs: quick ? 1 : 3, large: quick ? 2000 : 10000 })]);
suites.push(['build', () => benchBuild({ large: quick ? 200 : 1000 })]);
suites.push(['review', () => benchReview(quick ? { runs: 1, large: 2000 } : {})]);
suites.push(['startup', () => benchStartup({ runs: quick ? 5 : 15 })]);
suites.push(['scale', () => benchScale(quick ? { sites: 2000, buildSites: 50 } : {})]);

function table({ title, header, rows }) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [`### ${title}`, '', line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line), ''].join('\n');
}

for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.log(table(await run()));
}

// Stand-alone scripts with their own output: per-check verification cost, and the registry's flush costs.
for (const [name, script, args] of [
  ['verify', 'verify.mjs', [quick ? '1' : '5']],
  ['registry', 'registry.mjs', []],
]) {
  if (only && only !== name) continue;
  console.log(`### ${name} (bench/${script})\n`);
  spawnSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { stdio: 'inherit' });
  console.log('');
}
