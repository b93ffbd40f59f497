// The journal writer: queue updates, flush them as one write + fsync into this writer's own segment, then acknowledge.
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import { BATCH_ID } from '../shared/batch-id.js';
import { encodeLine, type Update } from './line-codec.js';
import { nextSequence, openSegments, segmentName, listJournalFiles } from './journal-files.js';
import { compactJournal } from './compact.js';
import { DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS } from './flush-defaults.js';
import { countJournal } from './replay.js';
import { currentFs, describeIoError, errnoOf, fsyncDir, makeDirs, O_APPEND, O_CREAT, O_EXCL, O_WRONLY, writeAll, type FsPort } from './fs-port.js';

export { DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS } from './flush-defaults.js';

export interface CompactBound {
  /** Compact only when the batch's journal files together exceed this many bytes. */
  minBytes: number;
  /** ...and hold more than this many lines per live (compacted) record. */
  ratio: number;
  /**
   * While a writer runs, check again only once the journal has grown this many times over its size at the last
   * check (default 2). A check reads the whole journal, so checking after every `minBytes` made a long build read
   * its journal once a megabyte: quadratic in the sites (a 10,000-site build read ~400 MB of journal lines; 100,000
   * sites would read ~40 GB). Growing geometrically, all checks together read at most about twice the final
   * journal. 1 checks after every `minBytes` the writer appends (the crash suite uses it to race compactions).
   */
  growth?: number;
}

export const DEFAULT_COMPACT_AT: CompactBound = { minBytes: 1 << 20, ratio: 4 };

export interface JournalOptions {
  flushEvery?: number;
  flushMs?: number;
  /** When to compact (checked on open, while writing as `CompactBound.growth` says, and on close); false: never. */
  compactAt?: CompactBound | false;
  fs?: FsPort;
}

export interface Journal {
  /** Resolves only once the flush holding this update is written and fsynced; rejects with E_REGISTRY otherwise. */
  record(update: Update): Promise<void>;
  /** Flush what is queued now. */
  flush(): Promise<void>;
  /** Flush, close the segment, and compact if the bound is passed. Later records reject. */
  close(): Promise<void>;
  /** The segment this writer appends to (undefined until the first flush). */
  readonly segment: string | undefined;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Total bytes of a batch's journal files. */
function journalBytes(fsp: FsPort, dir: string, batch: string): number {
  let total = 0;
  for (const file of listJournalFiles(fsp, dir, batch)) {
    try {
      total += fsp.statSync(file.path).size;
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }
  return total;
}

/** Compact when the journal is past the bound. Returns whether it compacted. */
export function compactIfNeeded(dir: string, batch: string, bound: CompactBound, fsp: FsPort = currentFs()): boolean {
  if (journalBytes(fsp, dir, batch) <= bound.minBytes) return false;
  const counted = countJournal(dir, batch, fsp);
  if (counted.records <= bound.ratio * counted.live) return false;
  compactJournal(dir, batch, { fs: fsp });
  return true;
}

function validate(update: Update): void {
  if (typeof update.domain !== 'string' || update.domain === '' || typeof update.key !== 'string') {
    throw new WdmError('E_INTERNAL', `Unexpected update ${JSON.stringify(update)}, expected a domain and an inputs key`);
  }
}

export function openJournal(dir: string, batch: string, options: JournalOptions = {}): Journal {
  const fsp = options.fs ?? currentFs();
  const flushEvery = Math.max(1, options.flushEvery ?? DEFAULT_FLUSH_EVERY);
  const flushMs = Math.max(0, options.flushMs ?? DEFAULT_FLUSH_MS);
  const bound = options.compactAt === undefined ? DEFAULT_COMPACT_AT : options.compactAt;
  if (!BATCH_ID.test(batch)) {
    throw new WdmError('E_USAGE', `Unexpected batch id "${JSON.stringify(batch).slice(1, -1).slice(0, 80)}", expected letters, digits, dot, dash or underscore`, {}, 'use the batch file stem, e.g. 010');
  }
  try {
    makeDirs(fsp, dir);
  } catch (error) {
    throw new WdmError('E_REGISTRY', `Could not create the registry folder ${dir}: ${describeIoError(error)}`, { file: dir }, errnoOf(error) === 'ENOTDIR' ? 'a file stands where the registry folder (.wdm/registry) should be: move it away and rerun' : 'check that the project folder is writable');
  }
  if (bound) compactIfNeeded(dir, batch, bound, fsp);
  const growth = bound ? Math.max(1, bound.growth ?? 2) : 1;
  // The journal's size at which this writer checks the bound again (see CompactBound.growth).
  let checkAt = bound ? growth * journalBytes(fsp, dir, batch) : 0;

  let queue: Pending[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined; // determinism-ok: flush timer only
  let fd: number | undefined;
  let segment: string | undefined;
  let size = 0;
  let sinceCheck = 0;
  let closed = false;

  const releaseSegment = (): void => {
    if (fd !== undefined) {
      try {
        fsp.closeSync(fd);
      } catch {
        // Closing after a failed write can fail too; the segment is abandoned either way.
      }
    }
    if (segment !== undefined) openSegments.delete(segment);
    fd = undefined;
    segment = undefined;
    size = 0;
  };

  const openSegment = (): number => {
    // O_EXCL: a segment has one writer ever, even when this pid was used before by a process that left one behind.
    for (;;) {
      const candidate = path.join(dir, segmentName(batch, process.pid, nextSequence()));
      try {
        const opened = fsp.openSync(candidate, O_WRONLY | O_APPEND | O_CREAT | O_EXCL, 0o644);
        segment = candidate;
        openSegments.add(candidate);
        fd = opened;
        size = 0;
        // The new name must survive power loss before anything in it is acknowledged.
        fsyncDir(fsp, dir);
        return opened;
      } catch (error) {
        if (errnoOf(error) === 'EEXIST') continue;
        if (segment === candidate) releaseSegment();
        throw error;
      }
    }
  };

  const flushNow = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const batchOf = queue;
    queue = [];
    if (batchOf.length === 0) return;
    const bytes = Buffer.from(batchOf.map((p) => p.line).join(''), 'utf8');
    try {
      const target = fd ?? openSegment();
      writeAll(fsp, target, bytes);
      fsp.fsyncSync(target);
    } catch (error) {
      const failedSegment = segment;
      // Cut a partial write off so the segment never holds a torn line in its middle, then start a new
      // segment for later flushes: if the truncate failed too, the fragment stays the abandoned file's last line.
      if (fd !== undefined) {
        try {
          fsp.ftruncateSync(fd, size);
        } catch {
          // See above: a torn last line is ignored by replay.
        }
      }
      releaseSegment();
      const wrapped = new WdmError(
        'E_REGISTRY',
        `Could not append ${batchOf.length} update(s) to the journal ${failedSegment ?? dir}: ${describeIoError(error)}; expected the write and fsync to succeed`,
        { file: failedSegment ?? dir },
        'these updates were not recorded (their sites will be redone); updates acknowledged earlier are safe. Free disk space or fix permissions and rerun',
      );
      for (const p of batchOf) p.reject(wrapped);
      return;
    }
    size += bytes.length;
    sinceCheck += bytes.length;
    for (const p of batchOf) p.resolve();
    if (bound && sinceCheck > bound.minBytes) {
      sinceCheck = 0;
      // Seal our own segment (the next flush opens a new one): compaction can absorb it, and no file grows much past
      // `minBytes`, which keeps what a reader holds at once small.
      releaseSegment();
      try {
        if (journalBytes(fsp, dir, batch) >= checkAt) {
          compactIfNeeded(dir, batch, bound, fsp);
          checkAt = growth * journalBytes(fsp, dir, batch);
        }
      } catch {
        // Compaction is an optimisation: the records it would rewrite are already durable.
      }
    }
  };

  const flush = (): Promise<void> => {
    const last = queue[queue.length - 1];
    const done = last
      ? new Promise<void>((resolve, reject) => {
          const { resolve: resolveRecord, reject: rejectRecord } = last;
          last.resolve = () => {
            resolveRecord();
            resolve();
          };
          last.reject = (error) => {
            rejectRecord(error);
            reject(error);
          };
        })
      : Promise.resolve();
    flushNow();
    return done;
  };

  return {
    get segment() {
      return segment;
    },
    record(update: Update): Promise<void> {
      if (closed) {
        const refused = Promise.reject(new WdmError('E_INTERNAL', `Unexpected record for ${update.domain} after the journal of batch ${batch} was closed`));
        refused.catch(() => undefined);
        return refused;
      }
      validate(update);
      const acknowledged = new Promise<void>((resolve, reject) => {
        queue.push({ line: encodeLine(update), resolve, reject });
        if (queue.length >= flushEvery) flushNow();
        else if (timer === undefined) timer = setTimeout(flushNow, flushMs); // determinism-ok: flush timer only
      });
      // A flush fails inside a timer, with no caller on the stack: a caller that stopped waiting (its run already
      // failed on something else) must not turn that rejection into an uncaught exception. Awaiting callers still see it.
      acknowledged.catch(() => undefined);
      return acknowledged;
    },
    flush,
    async close(): Promise<void> {
      if (closed) return;
      const flushed = flush();
      closed = true;
      try {
        await flushed;
      } finally {
        releaseSegment();
      }
      if (bound) compactIfNeeded(dir, batch, bound, fsp);
    },
  };
}
