// A pool of worker threads (piscina) for the CPU-bound stages; the main thread keeps all writes and the registry.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { WdmError } from '../shared/errors.js';
import type { Project } from './project.js';
import type { SiteTask, SiteWork, Stage } from './build.js';
import type { DesignReply, DesignTask } from './generate-site.js';

export interface WorkerInit {
  projectDir: string;
  outDir: string;
  stages: Stage[];
  /** Keys of verification checks that passed before (see verify-cache.ts). */
  passed: string[];
  /** The rules and templates digests the main thread loaded: a thread that loads others refuses to run. */
  digests?: { rules: string; templates: string };
}

/** The compiled worker module: next to this file in dist/, or dist/ beside src/ when running from sources (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const candidates = here.endsWith('.ts')
    ? [fileURLToPath(new URL('../../dist/pipeline/worker.js', import.meta.url))]
    : [fileURLToPath(new URL('./worker.js', import.meta.url))];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new WdmError('E_INTERNAL', `Worker module not found at ${candidates.join(' or ')}`, {}, 'run `npm run build` first');
  }
  return found;
}

export class WorkerPool {
  private readonly pool: Piscina;
  /** Set when `close` starts: from then on the pool is being torn down with tasks in flight. */
  private closing = false;

  constructor(
    readonly threads: number,
    project: Project,
    stages: Stage[],
    passed: readonly string[] = [],
    /**
     * Tasks posted to a thread at once. For synchronous tasks (generate's) more than one keeps a thread busy: it takes
     * the next from its port as soon as it is done, instead of idling until the main thread, busy writing or designing
     * a site itself, gets round to posting one.
     */
    tasksPerThread = 1,
    /**
     * A smaller young generation for each thread (V8's default here is 32 MB of semi-spaces a thread): generate's
     * threads run with 8 MB, ~16 MB less peak RSS a thread for no CPU cost one could measure (2,000 sites).
     */
    youngMb?: number,
  ) {
    const init: WorkerInit = { projectDir: project.dir, outDir: project.outDir, stages, passed: [...passed], digests: { rules: project.rulesDigest, templates: project.templatesDigest } };
    this.pool = new Piscina({ filename: workerFile(), workerData: init, minThreads: threads, maxThreads: threads, idleTimeout: 1000, concurrentTasksPerWorker: tasksPerThread, ...(youngMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngMb } } : {}) });
    // A run that stops on an error closes the pool with tasks in flight: piscina fails them ("Terminating worker
    // thread"), and a thread's reply already on its way then finds no task and comes back as an 'error' event
    // ("Unexpected message from Worker"). With no listener that event is an uncaught exception that kills the process
    // in place of the run's own message (seen once under load in the e2e suite). While closing it is expected and
    // dropped; at any other time it is a real fault, and stays as loud as before.
    this.pool.on('error', (error: unknown) => {
      if (!this.closing) throw error;
    });
  }

  run(task: SiteTask): Promise<SiteWork> {
    return this.pool.run(task) as Promise<SiteWork>;
  }

  /** `generate`'s pure part of one site (worker.ts `designSite`). */
  design(task: DesignTask): Promise<DesignReply> {
    return this.pool.run(task, { name: 'designSite' }) as Promise<DesignReply>;
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.pool.destroy();
  }
}
