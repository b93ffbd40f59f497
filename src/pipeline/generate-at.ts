// `generate` from a project folder, answering from the cache alone when it can: if the raw input files are byte for
// byte those the cache was written under, every site's key is unchanged, so a site is current when its file still
// holds the bytes recorded. Only a batch where that fails (or that has no such cache) loads the rules and designs.
import { join, resolve } from 'node:path';
import { shardOf } from '../shared/hash.js';
import { loadConfig, type Config } from './config.js';
import { readCache, type BatchCache } from './cache-file.js';
import { inputsFingerprint } from './fingerprint.js';
import { batchFileOf } from './batches.js';
import { hashOutput } from './read-output.js';
import { relPath } from './files.js';
import { countOutcome, emptyReport } from './generate-report.js';
import type { BatchReport, Designers, GenerateOptions, GenerateReport, SiteOutcome } from './generate.js';
import type { Project } from './project.js';

export interface Places {
  /** Absolute project folder. */
  dir: string;
  /** Absolute root of the output folders. */
  outDir: string;
  config: Config;
}

/** The project folder, its config and output root, without loading rules or templates. */
export function placesOf(dir: string, outDir?: string): Places {
  const projectDir = resolve(dir);
  const config = loadConfig(projectDir);
  return { dir: projectDir, outDir: resolve(projectDir, outDir ?? config.outDir), config };
}

/** Each site of the cache in this shard, proven current or not, in batch order; undefined when the cache cannot tell. */
export function recallBatch(places: Places, id: string, shard: GenerateOptions['shard']): { cache: BatchCache; proven: string[]; unproven: number } | undefined {
  const cache = readCache(places, id);
  const recall = cache.recall;
  if (cache.status !== 'used' || recall === undefined) return undefined;
  if (recall.inputs !== inputsFingerprint(places.dir, id)) return undefined;
  const proven: string[] = [];
  let unproven = 0;
  const dir = join(places.outDir, 'designs', id);
  for (const [domain, record] of cache.records) {
    if (shard !== undefined && shardOf(domain, shard.count) !== shard.index - 1) continue;
    if (hashOutput(`${dir}/${domain}/DESIGN.md`) === record.output) proven.push(domain);
    else unproven += 1;
  }
  return { cache, proven, unproven };
}

/**
 * Like `generate(loadProject(dir), options)`, but a batch whose every site the cache proves current is answered
 * without loading the project: a no-op run reads the files back and hashes them, little more.
 */
export async function generateAt(places: Places, options: GenerateOptions, load: () => Project | Promise<Project>): Promise<GenerateReport> {
  const report = emptyReport();
  const progress = { done: 0, total: 0 };
  const keep = options.keepSites !== false;
  let project: Project | undefined;
  // One set of design threads for the run, started by the first batch that repays it (generate.ts Designers).
  let designers: Designers | undefined;
  try {
    for (const id of options.batchIds) {
      const recalled = options.cache ? recallBatch(places, id, options.shard) : undefined;
      if (recalled === undefined || recalled.unproven > 0) {
        // The design stages are loaded only for a batch the cache cannot answer.
        const generate = await import('./generate.js');
        project ??= await load();
        designers ??= new generate.Designers(options.workers ?? project.config.workers);
        await generate.generateBatch(project, id, options, report, progress, designers);
        continue;
      }
      answerFromCache(places, id, recalled, options, report, progress, keep);
    }
  } finally {
    await designers?.close();
  }
  return report;
}

/** A batch every site of which the cache proves current: counted from the cache, nothing designed or written. */
function answerFromCache(
  places: Places,
  id: string,
  recalled: NonNullable<ReturnType<typeof recallBatch>>,
  options: GenerateOptions,
  report: GenerateReport,
  progress: { done: number; total: number },
  keep: boolean,
): void {
  const { cache, proven } = recalled;
  const recall = cache.recall!;
  const file = batchFileOf(places.dir, id);
  const inShard = (domain: string) => options.shard === undefined || shardOf(domain, options.shard.count) === options.shard.index - 1;
  const rejected = [...recall.rows, ...[...recall.sites].filter(([domain]) => inShard(domain)).map(([, r]) => r)].sort((a, b) => a.line - b.line);
  const b: BatchReport = { id, file, designed: 0, written: 0, unchanged: 0, cached: 0, restored: 0, cache: 'used', rejected, warnings: [...recall.warnings], ...(options.keepDomains ? { domains: [] } : {}) };
  report.batches.push(b);
  progress.total += proven.length;
  const folder = relPath(places.dir, join(places.outDir, 'designs', id));
  for (const domain of proven) {
    const result: SiteOutcome = { batch: id, domain, path: `${folder}/${domain}/DESIGN.md`, outcome: 'unchanged', cached: true };
    countOutcome(report, b, result, keep);
    progress.done += 1;
    options.onProgress?.(progress.done, progress.total);
  }
  // Rows, as a full run counts them (batch/parse.ts rowsIn): a grouped rejection stands for `repeats.count` rows.
  report.rejected += rejected.reduce((n, r) => n + (r.repeats?.count ?? 1), 0);
}
