// generate: the demo batch and a 10,000-site synthetic batch, cold and no-op, whole process with node start-up.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, cli, cleanup, fmt, repeat, tempDir, timed, writeFiles } from './lib.js';
import { syntheticBatchYaml } from './synthetic.js';

export default function benchGenerate({ runs = 3, large = 10000 } = {}) {
  const rows = [];
  const nodeStart = repeat(runs, () => timed([process.execPath, '-e', '0'], REPO));
  rows.push(['node -e 0 (start-up floor)', fmt(nodeStart.ms), '', '']);

  const demoDir = tempDir();
  writeFiles(demoDir, { 'batches/demo.yaml': readFileSync(join(REPO, 'batches/demo.yaml'), 'utf8') });
  const demoSites = (readFileSync(join(REPO, 'batches/demo.yaml'), 'utf8').match(/- domain:/g) ?? []).length;
  const demoCold = repeat(runs, () => {
    rmSync(join(demoDir, 'designs'), { recursive: true, force: true });
    return cli(['generate', '--batch', 'demo'], demoDir);
  });
  const demoNoop = repeat(runs, () => cli(['generate', '--batch', 'demo'], demoDir));
  rows.push([`generate demo (${demoSites} sites), cold`, fmt(demoCold.ms), `${Math.round((demoSites * 1000) / demoCold.ms)} sites/s`, `${demoCold.rssMb} MB`]);
  rows.push([`generate demo, no-op`, fmt(demoNoop.ms), `${(demoNoop.ms / nodeStart.ms).toFixed(1)}× node start-up`, `${demoNoop.rssMb} MB`]);
  cleanup(demoDir);

  const bigDir = tempDir();
  writeFiles(bigDir, { 'batches/big.yaml': syntheticBatchYaml(large) });
  const bigCold = repeat(Math.max(1, runs - 1), () => {
    rmSync(join(bigDir, 'designs'), { recursive: true, force: true });
    return cli(['generate', '--batch', 'big'], bigDir);
  });
  const bigNoop = repeat(Math.max(1, runs - 1), () => cli(['generate', '--batch', 'big'], bigDir));
  rows.push([`generate ${large} synthetic sites, cold`, fmt(bigCold.ms), `${Math.round((large * 1000) / bigCold.ms)} sites/s`, `${bigCold.rssMb} MB`]);
  rows.push([`generate ${large} synthetic sites, no-op`, fmt(bigNoop.ms), `${Math.round((large * 1000) / bigNoop.ms)} sites/s`, `${bigNoop.rssMb} MB`]);
  rows.push([`  cold ÷ no-op`, `${(bigCold.ms / bigNoop.ms).toFixed(1)}×`, '', '']);
  cleanup(bigDir);
  return { title: 'generate (whole process, median of runs)', header: ['case', 'time', 'rate / ratio', 'peak RSS'], rows };
}
