// `wdm-design generate`: write DESIGN.md for every site of the chosen batches; one summary line at the end.
import type { Argv } from 'yargs';
import { generate, loadProject } from '../pipeline/index.js';
import { batchIdsFrom, parseConcurrency, parseShard, withBatchOptions, withRunOptions } from './options.js';
import { EXIT_FINDINGS, EXIT_OK, formatRejection, plural, rate, seconds, type Io } from './io.js';

export interface GenerateArgs {
  batch?: string[];
  all?: boolean;
  concurrency?: number;
  out?: string;
  project?: string;
  json?: boolean;
  shard?: string;
}

export function generateBuilder<T>(y: Argv<T>) {
  return withRunOptions(withBatchOptions(y))
    .option('shard', { type: 'string', description: 'Only the sites whose domain hash falls in shard i of n (like 2/4)' })
    .example('$0 generate --batch 010', 'Design every site of batches/010.yaml into designs/010/')
    .example('$0 generate --all --concurrency 16', 'Every batch, 16 sites in flight')
    .example('$0 generate --batch demo --shard 1/2', 'Half of the demo batch (run 2/2 elsewhere)');
}

export async function runGenerate(args: GenerateArgs, io: Io): Promise<number> {
  const started = io.now();
  const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
  const batchIds = batchIdsFrom(args, project.dir);
  const shard = parseShard(args.shard);
  const report = await generate(project, {
    batchIds,
    concurrency: parseConcurrency(args.concurrency, project.config.concurrency),
    ...(shard ? { shard } : {}),
  });
  const elapsed = io.now() - started;
  const designed = report.sites.length;
  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          batches: report.batches,
          written: report.written,
          unchanged: report.unchanged,
          rejected: report.rejected,
          sites: report.sites,
          elapsedMs: Math.round(elapsed),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const batch of report.batches) {
      if (batch.rejected.length === 0) continue;
      io.stderr(`Rejected rows in ${batch.file}:\n`);
      for (const r of batch.rejected) io.stderr(`  ${formatRejection(r)}\n`);
    }
    io.stdout(
      `${batchIds.join(', ')}: ${plural(designed, 'site')}: ${report.written} written, ${report.unchanged} unchanged, ${report.rejected} rejected in ${seconds(elapsed)} (${rate(designed, elapsed)})\n`,
    );
  }
  return report.rejected > 0 ? EXIT_FINDINGS : EXIT_OK;
}
