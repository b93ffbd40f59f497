// How many worker threads `generate` designs its sites in: the `auto` rule, from what was measured (docs/scaling.md).
import { availableParallelism, freemem, loadavg } from 'node:os';

/** A thread count, or `auto`: the pipeline decides from the work to do and the cores it has. */
export type Workers = number | 'auto';

/**
 * Below this many sites to design, `auto` starts no pool: a thread costs ~1.5-2 s of CPU before it pays (loading the
 * modules, rules and templates, then warming its own memos and compiled code), against ~2.4 ms a site designed.
 * Measured on 2 cores with one core taken by other work (load 4-6): `--workers 1` lost at 250, 500 and 1,000 sites
 * (0.6-0.9x) and gained 1.1x at 10,000 (docs/scaling.md, Measured).
 */
export const GENERATE_AUTO_MIN_SITES = 1000;

/** `auto` never starts more threads than this: past it the main thread's reads and writes are the limit. */
export const GENERATE_AUTO_MAX_WORKERS = 4;

/** What one design thread costs in peak RSS: its own modules, rules, templates, memos and heap (measured ~110-125 MB). */
export const GENERATE_WORKER_MEMORY_BYTES = 160 * 1024 * 1024;

/** What the machine looks like to the rule: cores, the 1-minute load average (0 where the OS has none) and free memory. */
export interface Machine {
  cores: number;
  load: number;
  freeBytes: number;
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0, freeBytes: freemem() };
}

/**
 * Worker threads for `generate` with `sitesToDesign` sites the cache cannot prove current. The main thread designs
 * too (whenever the threads have enough queued), so it counts as one designer. `auto`: none below
 * GENERATE_AUTO_MIN_SITES, or unless two cores are idle (cores less the load average: on a machine whose other work
 * takes a core, a thread only competes with the main thread for the one left), else one for each idle core but the
 * main thread's, up to GENERATE_AUTO_MAX_WORKERS. A number asked for is a ceiling: never more threads than sites,
 * cores, or half the free memory holds.
 */
export function generateThreads(workers: Workers | undefined, sitesToDesign: number, machine: Machine = thisMachine()): number {
  const memory = Math.floor(machine.freeBytes / 2 / GENERATE_WORKER_MEMORY_BYTES);
  if (workers === undefined || workers === 'auto') {
    const idle = Math.round(machine.cores - machine.load);
    if (sitesToDesign < GENERATE_AUTO_MIN_SITES || idle < 2) return 0;
    return Math.max(0, Math.min(GENERATE_AUTO_MAX_WORKERS, idle - 1, memory));
  }
  return Math.max(0, Math.min(workers, sitesToDesign, machine.cores, memory));
}
