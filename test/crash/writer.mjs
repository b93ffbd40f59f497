// Crash-test writer: advances sites through designed → implemented → verified, writing each output before its state,
// and prints `ACK <domain> <state>` only after record() has resolved (the flush holding it is fsynced).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const [modulePath, registryDir, projectDir, batch, sitesArg, optionsArg] = process.argv.slice(2);
const options = JSON.parse(optionsArg ?? '{}');
const registry = await import(pathToFileURL(modulePath).href);
const sites = sitesArg.split(',');
const STEPS = ['designed', 'implemented', 'verified'];
const KEY = 'k1';

// Resume: skip what the journal already holds for the current key.
const status = registry.readStatus(registryDir, batch, new Map(sites.map((d) => [d, KEY])));
const journal = registry.openJournal(registryDir, batch, {
  flushEvery: options.flushEvery ?? 8,
  flushMs: options.flushMs ?? 5,
  compactAt: options.compactAt ?? { minBytes: 16 * 1024, ratio: 2, growth: 1 },
});
process.stdout.write('READY\n');

async function advance(domain) {
  const reached = status.sites.get(domain)?.reached ?? 'pending';
  for (const state of STEPS.slice(STEPS.indexOf(reached) + 1)) {
    const rel = path.join('out', batch, domain, `${state}.txt`);
    // Deterministic bytes: racing writers on one site write identical files.
    const content = `${domain} ${state}\n`.repeat(20);
    registry.atomicWriteFile(path.join(projectDir, rel), content, { root: registry.outputRoot(projectDir) });
    const hash = createHash('sha256').update(content).digest('hex');
    await journal.record({ domain, key: KEY, state, outputs: { [rel]: hash } });
    process.stdout.write(`ACK ${domain} ${state}\n`);
  }
}

const concurrency = options.concurrency ?? 8;
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < sites.length) await advance(sites[next++]);
  }),
);
await journal.close();
process.stdout.write('DONE\n');
