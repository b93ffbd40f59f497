// How many worker threads `generate` designs its sites in: the `auto` rule, from what was measured (docs/scaling.md).
import { availableParallelism, freemem } from 'node:os';

/** A thread count, or `auto`: the pipeline decides from the work to do and the cores it has. */
export type Workers = number | 'auto';

/**
 * Below this many sites to design, `auto` starts no pool for `generate`: each thread loads the rules and templates
 * again (~0.7 s of CPU here), which a pool repays only past this many sites (measured: docs/scaling.md).
 */
export const GENERATE_AUTO_MIN_SITES = 500;

/** `auto` never starts more threads than this: past it the main thread's reads and writes are the limit. */
export const GENERATE_AUTO_MAX_WORKERS = 4;

/** What one design thread costs: its own rules, templates and heap (measured ~60-90 MB; a margin on top). */
export const GENERATE_WORKER_MEMORY_BYTES = 128 * 1024 * 1024;

/**
 * Worker threads for `generate` with `sitesToDesign` sites the cache cannot prove current. `auto`: none below
 * GENERATE_AUTO_MIN_SITES or on one core, else one a core up to GENERATE_AUTO_MAX_WORKERS (the main thread's share,
 * reading and writing files, is small beside a site's design). A number asked for is a ceiling: never more threads
 * than sites, cores, or half the free memory holds.
 */
export function generateThreads(
  workers: Workers | undefined,
  sitesToDesign: number,
  cores: number = availableParallelism(),
  freeBytes: number = freemem(),
): number {
  const memory = Math.floor(freeBytes / 2 / GENERATE_WORKER_MEMORY_BYTES);
  if (workers === undefined || workers === 'auto') {
    if (sitesToDesign < GENERATE_AUTO_MIN_SITES || cores < 2) return 0;
    return Math.max(0, Math.min(GENERATE_AUTO_MAX_WORKERS, cores, memory));
  }
  return Math.max(0, Math.min(workers, sitesToDesign, cores, memory));
}
