// build: the demo batch and 1,000 synthetic sites, cold, resumed (nothing to do) and re-verified from the check cache.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, cli, cleanup, fmt, tempDir, writeFiles } from './lib.js';
import { syntheticBatchYaml } from './synthetic.js';

function summary(r) {
  const j = JSON.parse(r.stdout);
  const stage = j.timingMs.design + j.timingMs.implement + j.timingMs.verify;
  return { ...j, share: stage > 0 ? j.timingMs.verify / stage : 0 };
}

function one(dir, batch, n, rows, label, extra = []) {
  rmSync(join(dir, 'designs'), { recursive: true, force: true });
  rmSync(join(dir, 'sites'), { recursive: true, force: true });
  rmSync(join(dir, '.wdm'), { recursive: true, force: true });
  const cold = cli(['build', '--batch', batch, '--json', ...extra], dir);
  const c = summary(cold);
  rows.push([`build ${label} (${n} sites), cold`, fmt(cold.ms), `${((n * 1000) / cold.ms).toFixed(1)} sites/s`, `${Math.round(c.share * 100)}% verify`, `${cold.rssMb} MB`]);
  const resumed = cli(['build', '--batch', batch, '--json', ...extra], dir);
  rows.push([`build ${label}, rerun (all verified)`, fmt(resumed.ms), `${((n * 1000) / resumed.ms).toFixed(0)} sites/s`, '', `${resumed.rssMb} MB`]);
  const verify = cli(['verify', '--batch', batch, '--json'], dir);
  const v = summary(verify);
  rows.push([`verify ${label}, checks reused`, fmt(verify.ms), `${v.checksSkipped} checks reused`, '', `${verify.rssMb} MB`]);
  const full = cli(['verify', '--batch', batch, '--full', '--json'], dir);
  rows.push([`verify ${label} --full`, fmt(full.ms), `${((n * 1000) / full.ms).toFixed(1)} sites/s`, '', `${full.rssMb} MB`]);
  return { cold: cold.ms, share: c.share };
}

export default function benchBuild({ large = 1000 } = {}) {
  const rows = [];
  const demoDir = tempDir();
  const demoText = readFileSync(join(REPO, 'batches/demo.yaml'), 'utf8');
  writeFiles(demoDir, { 'batches/demo.yaml': demoText });
  const demoSites = (demoText.match(/- domain:/g) ?? []).length;
  one(demoDir, 'demo', demoSites, rows, 'demo');
  cleanup(demoDir);

  const bigDir = tempDir();
  writeFiles(bigDir, { 'batches/big.yaml': syntheticBatchYaml(large) });
  const w0 = one(bigDir, 'big', large, rows, 'synthetic', ['--workers', '0']);
  rmSync(join(bigDir, 'designs'), { recursive: true, force: true });
  rmSync(join(bigDir, 'sites'), { recursive: true, force: true });
  rmSync(join(bigDir, '.wdm'), { recursive: true, force: true });
  const w2 = cli(['build', '--batch', 'big', '--workers', '2', '--json'], bigDir);
  rows.push([`build synthetic, cold, --workers 2`, fmt(w2.ms), `${((large * 1000) / w2.ms).toFixed(1)} sites/s`, `${(w0.cold / w2.ms).toFixed(2)}× vs --workers 0`, `${w2.rssMb} MB`]);
  cleanup(bigDir);
  return { title: 'build = design → implement → verify (whole process, one run each)', header: ['case', 'time', 'rate', 'note', 'peak RSS'], rows };
}
