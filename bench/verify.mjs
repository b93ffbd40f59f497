// verify: ms per site of each check on the demo batch's sites, built in memory with the real stages (imports dist/).
// Usage: npm run build && node bench/verify.mjs [rounds]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 5);

const t0 = performance.now();
const { loadProject, readBatch, designSite } = await import(join(REPO, 'dist/pipeline/index.js'));
const { readDesign, implementSite, compileSiteTemplates } = await import(join(REPO, 'dist/implement/index.js'));
const { createCheckers, verifySite, CHECK_NAMES, VERIFY_VERSION } = await import(join(REPO, 'dist/verify/index.js'));
const importMs = performance.now() - t0;

function templateSources(dir) {
  const out = {};
  const walk = (abs, rel) => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else out[`${rel}${name}`] = readFileSync(p, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

const project = loadProject(REPO);
const compiled = compileSiteTemplates(templateSources(join(REPO, 'templates')));
const sites = readBatch(project, 'demo').sites.map((site) => {
  const file = `designs/demo/${site.domain}/DESIGN.md`;
  const designText = designSite(site, project).text;
  const { tokens } = readDesign(designText, file);
  const { html, css } = implementSite(tokens, compiled);
  return { file, designText, html, css, tokens, layout: tokens.wdm.layout };
});

const c0 = performance.now();
const checkers = createCheckers();
const createMs = performance.now() - c0;

const totals = Object.fromEntries(CHECK_NAMES.map((n) => [n, []]));
const wall = [];
const cpu = [];
let findings = 0;
for (let r = 0; r < rounds; r++) {
  const perCheck = Object.fromEntries(CHECK_NAMES.map((n) => [n, 0]));
  const timer = { now: () => performance.now(), record: (check, ms) => (perCheck[check] += ms) };
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  for (const s of sites) findings += verifySite(s, checkers, { timer }).length;
  const c1 = process.cpuUsage(c0);
  wall.push((performance.now() - w0) / sites.length);
  cpu.push((c1.user + c1.system) / 1000 / sites.length);
  for (const n of CHECK_NAMES) totals[n].push(perCheck[n] / sites.length);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const layouts = [...new Set(sites.map((s) => s.layout))].sort();
console.log(`verify bench: ${sites.length} demo sites (${layouts.length} layouts), ${rounds} rounds, ${VERIFY_VERSION}`);
console.log(`import of the stages and checkers: ${importMs.toFixed(0)} ms; createCheckers(): ${createMs.toFixed(1)} ms`);
console.log(`first round (cold JIT): ${wall[0].toFixed(2)} ms/site; median round: ${median(wall).toFixed(2)} ms/site wall, ${median(cpu).toFixed(2)} ms/site CPU (includes GC threads)`);
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (per-check figures are wall time; a busy machine inflates them)`);
for (const n of CHECK_NAMES) console.log(`  ${n.padEnd(10)} ${median(totals[n]).toFixed(2)} ms/site (median of rounds)`);
console.log(`findings per round: ${findings / rounds}`);
