// Compaction: replace sealed journal files by one file holding their join, without a lock and without losing a line.
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import { encodeLine } from './line-codec.js';
import { compactedName, isSealed, listJournalFiles, nextSequence, type JournalFile } from './journal-files.js';
import { applyUpdate, corruptLineError, parseJournalText, summaryUpdates, type JournalContents } from './replay.js';
import { isWriterAlive, parseWriterTag } from './writer-identity.js';
import { currentFs, describeIoError, errnoOf, fsyncDir, O_CREAT, O_EXCL, O_WRONLY, writeAll, type FsPort } from './fs-port.js';

export interface CompactOptions {
  fs?: FsPort;
  /** Keep only these keys (and each site's last key); records of other keys are dropped. */
  keepKeys?: ReadonlyMap<string, string>;
}

export interface CompactResult {
  /** The sealed file written, or undefined when there was nothing to compact. */
  written: string | undefined;
  /** Files absorbed (and removed). */
  absorbed: string[];
  /** Lines read and lines written. */
  linesIn: number;
  linesOut: number;
}

/**
 * Why this is safe with no lock: a record lives in at least one file at every moment. A file is removed only by a
 * compactor that read it whole (it is sealed: its writer is gone) and has already renamed in, and fsynced, a file
 * holding its records. Two compactors at once at worst both keep a copy; duplicates are harmless because replay is a
 * join (highest state per key). Readers retry when a listed file vanishes (see readJournalFiles).
 */
export function compactJournal(dir: string, batch: string, options: CompactOptions = {}): CompactResult {
  const fsp = options.fs ?? currentFs();
  removeStaleTemps(fsp, dir, batch);
  const sealed = listJournalFiles(fsp, dir, batch).filter(isSealed);
  const contents: JournalContents = new Map();
  const read: JournalFile[] = [];
  let linesIn = 0;
  for (const file of sealed) {
    let text: string;
    try {
      text = fsp.readFileSync(file.path).toString('utf8');
    } catch (error) {
      // Absorbed by another compactor, whose output holds its records: not ours to remove.
      if (errnoOf(error) === 'ENOENT') continue;
      throw error;
    }
    const parsed = parseJournalText(file.path, text);
    const bad = parsed.bad[0];
    if (bad) throw corruptLineError(bad);
    for (const update of parsed.updates) applyUpdate(contents, update);
    linesIn += parsed.lines;
    read.push(file);
  }
  if (read.length === 0) return { written: undefined, absorbed: [], linesIn: 0, linesOut: 0 };
  const updates = summaryUpdates(contents, options.keepKeys);
  const target = path.join(dir, compactedName(batch, process.pid, nextSequence()));
  const temp = `${target}.tmp`;
  try {
    const fd = fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644);
    try {
      writeAll(fsp, fd, Buffer.from(updates.map(encodeLine).join(''), 'utf8'));
      fsp.fsyncSync(fd);
    } finally {
      fsp.closeSync(fd);
    }
    fsp.renameSync(temp, target);
    fsyncDir(fsp, dir);
  } catch (error) {
    try {
      fsp.unlinkSync(temp);
    } catch {
      // The temp file may never have been created; the inputs are untouched either way.
    }
    throw new WdmError(
      'E_REGISTRY',
      `Could not compact the journal of batch ${batch} into ${target}: ${describeIoError(error)}`,
      { file: target },
      'the journal is unchanged and still valid; free space or fix permissions, compaction runs again on the next open',
    );
  }
  for (const file of read) {
    try {
      fsp.unlinkSync(file.path);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
  }
  fsyncDir(fsp, dir);
  return { written: target, absorbed: read.map((f) => f.path), linesIn, linesOut: updates.length };
}

/** Temp files of compactors that died before their rename. */
function removeStaleTemps(fsp: FsPort, dir: string, batch: string): void {
  let names: string[];
  try {
    names = fsp.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = /^c-(\d+)-\d+(?:-([0-9a-f]{8}_\d+))?\.jsonl\.tmp$/.exec(name.startsWith(`${batch}.`) ? name.slice(batch.length + 1) : '');
    if (match && !isWriterAlive(parseWriterTag(match[1] as string, match[2]))) {
      try {
        fsp.unlinkSync(path.join(dir, name));
      } catch {
        // Another compactor removed it first.
      }
    }
  }
}
