// `generate`'s DESIGN.md writes on a thread of their own, so the main thread designs the next sites while the last
// ones are written. Measured on this machine (README, Performance): a file-system call made right after CPU work
// waits several times longer than one in a loop of calls, and `generate --workers 0` spent ~15% of its time in
// its own writes; handed to a thread, they overlap the design of the sites after them.
//
// Nothing else changes: the thread runs the same confined, atomic write-if-changed (every folder on the way
// lstat-checked, no symbolic link followed, temp file and rename), in the order the writes are handed to it (batch
// order); the main thread still records each site (cache record, outcome, registry through `onSite`) only once its
// write is known to have landed, in batch order, and stops the run on a write's E_IO or E_CONFINE as before. A
// run killed meanwhile has recorded no site whose write it had not seen land, so the next run redoes those.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { thrownFrom, WdmError, type ThrownShape } from '../shared/errors.js';
import { currentFs, nodeFs, type OutputRoot } from '../registry/index.js';
import type { WriteOutcome } from './files.js';

/**
 * Below this many sites to design, writes stay on the main thread: the thread costs ~30-60 ms to start (its own
 * module graph), against a few tenths of a millisecond saved a site.
 */
export const WRITE_THREAD_MIN_SITES = 200;

/** One write for the thread: what `writeFileIfChanged` takes. */
export interface WriteRequest {
  id: number;
  file: string;
  content: string | Uint8Array;
  root: OutputRoot;
  /** The file's bytes as the main thread read them (null: no file); undefined: the thread reads them. */
  existing?: Uint8Array | null;
}

export type WriteReply = { id: number; outcome: WriteOutcome } | { id: number; error: ThrownShape };

/** The compiled thread module: next to this file in dist/, or in dist/ beside src/ when running from sources (tests). */
function threadFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = here.endsWith('.ts') ? fileURLToPath(new URL('../../dist/pipeline/write-worker.js', import.meta.url)) : fileURLToPath(new URL('./write-worker.js', import.meta.url));
  if (!existsSync(file)) throw new WdmError('E_INTERNAL', `Write thread module not found at ${file}`, {}, 'run `npm run build` first');
  return file;
}

/**
 * Whether writes go to a thread: `on` and `off` as asked (tests); `auto` from `WRITE_THREAD_MIN_SITES` sites to
 * design, and never while a test has swapped in its own file system (`useFs`): that port lives on this thread.
 */
export function useWriteThread(mode: 'auto' | 'on' | 'off' | undefined, sitesToDesign: () => number): boolean {
  if (mode === 'off' || currentFs() !== nodeFs) return false;
  return mode === 'on' || sitesToDesign() >= WRITE_THREAD_MIN_SITES;
}

export class WriteThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (outcome: WriteOutcome) => void; reject: (error: Error) => void }>();
  private next = 0;
  /** Writes handed to the thread whose reply has not come back. */
  private readonly inFlight = new Set<Promise<WriteOutcome>>();
  /** Set when the thread died or failed: every later write fails with it. */
  private failed: Error | undefined;

  constructor() {
    // A small young generation: the thread holds one DESIGN.md at a time.
    this.worker = new Worker(threadFile(), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    this.worker.on('message', (reply: WriteReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) waiter.reject(thrownFrom(reply.error));
      else waiter.resolve(reply.outcome);
    });
    const fail = (error: Error) => {
      this.failed ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(this.failed);
      this.waiting.clear();
    };
    this.worker.on('error', (error) => fail(new WdmError('E_INTERNAL', `The write thread failed: ${error.message}`, {}, 'rerun: nothing was recorded for the sites whose writes had not landed')));
    this.worker.on('exit', (code) => fail(new WdmError('E_INTERNAL', `The write thread stopped (exit code ${code})`, {}, 'rerun: nothing was recorded for the sites whose writes had not landed')));
  }

  /** Hands one write to the thread; settles with its outcome, or rejects with what the write threw (as thrown here). */
  write(file: string, content: string | Uint8Array, root: OutputRoot, existing?: Uint8Array | null): Promise<WriteOutcome> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    const request: WriteRequest = { id, file, content, root, ...(existing !== undefined ? { existing } : {}) };
    const landed = new Promise<WriteOutcome>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
    this.inFlight.add(landed);
    const done = () => this.inFlight.delete(landed);
    landed.then(done, done);
    return landed;
  }

  /**
   * Stops the thread once every write handed to it has ended: awaited by the run, or abandoned by a run that failed
   * (each still finishes whole, temp file renamed or removed, so no `.tmp-` file is left; nothing records it).
   */
  async close(): Promise<void> {
    // From here a write handed over (a design thread's late answer after a failure) is refused, never cut short.
    this.failed ??= new WdmError('E_INTERNAL', 'The write thread was closed', {});
    await Promise.allSettled([...this.inFlight]);
    await this.worker.terminate();
  }
}
