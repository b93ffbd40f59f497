// Names of a batch's journal files: the segments live writers append to and the sealed files compaction writes.
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import type { FsPort } from './fs-port.js';
import { describeIoError, errnoOf } from './fs-port.js';
import { isWriterAlive, selfWriter } from './writer-identity.js';

/**
 * `<batch>.jsonl`            a sealed file (hand-made, imported from another machine, or an older layout)
 * `<batch>.c-<pid>-<n>[-<token>].jsonl` a sealed file written whole by compaction (temp, fsync, rename)
 * `<batch>.seg-<pid>-<n>[-<token>].jsonl` a segment: appended to by exactly one Journal of process <pid>, ever
 *
 * `<token>` is the writer's boot id and start time (writer-identity.ts), so a segment whose pid now belongs to an
 * unrelated process (after a reboot, or pid reuse) is known to be sealed. Names without it (older versions, or no
 * /proc) are judged by the pid alone.
 */
export type JournalFileKind = 'base' | 'compacted' | 'segment';

export interface JournalFile {
  name: string;
  path: string;
  kind: JournalFileKind;
  pid: number;
  seq: number;
  /** The writer's boot id and start time, when its name records them. */
  token?: string;
}

const KIND_ORDER: Record<JournalFileKind, number> = { base: 0, compacted: 1, segment: 2 };

/** Segments currently open for append by a Journal in this process (so they are not compacted away). */
export const openSegments = new Set<string>();

let sequence = 0;
/** A per-process counter for new file names; O_EXCL creation handles a reused pid's leftovers. */
export function nextSequence(): number {
  return sequence++;
}

function tokenPart(pid: number): string {
  const self = selfWriter();
  return pid === self.pid && self.token !== undefined ? `-${self.token}` : '';
}

export function segmentName(batch: string, pid: number, seq: number): string {
  return `${batch}.seg-${pid}-${seq}${tokenPart(pid)}.jsonl`;
}

export function compactedName(batch: string, pid: number, seq: number): string {
  return `${batch}.c-${pid}-${seq}${tokenPart(pid)}.jsonl`;
}

/** `seg-<pid>-<n>[-<token>].jsonl` after the batch id and its dot. */
export const JOURNAL_SUFFIX = /^(seg|c)-(\d+)-(\d+)(?:-([0-9a-f]{8}_\d+))?\.jsonl$/;

export function classify(batch: string, dir: string, name: string): JournalFile | undefined {
  const file = path.join(dir, name);
  if (name === `${batch}.jsonl`) return { name, path: file, kind: 'base', pid: 0, seq: 0 };
  if (!name.startsWith(`${batch}.`)) return undefined;
  const match = JOURNAL_SUFFIX.exec(name.slice(batch.length + 1));
  if (!match) return undefined;
  return {
    name,
    path: file,
    kind: match[1] === 'seg' ? 'segment' : 'compacted',
    pid: Number(match[2]),
    seq: Number(match[3]),
    ...(match[4] !== undefined ? { token: match[4] } : {}),
  };
}

/** The batch's journal files in a stable order: base, compacted, segments; by pid and sequence within each. */
export function listJournalFiles(fsp: FsPort, dir: string, batch: string): JournalFile[] {
  let names: string[];
  try {
    names = fsp.readdirSync(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw new WdmError('E_REGISTRY', `Could not read the registry folder ${dir}: ${describeIoError(error)}`, { file: dir }, errnoOf(error) === 'ENOTDIR' ? 'a file stands where the registry folder (.wdm/registry) should be: move it away and rerun' : 'check the registry folder and its permissions');
  }
  const files: JournalFile[] = [];
  for (const name of names) {
    const file = classify(batch, dir, name);
    if (file) files.push(file);
  }
  return files.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.pid - b.pid || a.seq - b.seq);
}

/** A file no one will append to again: compaction may absorb it. */
export function isSealed(file: JournalFile): boolean {
  if (file.kind !== 'segment') return true;
  if (file.pid === process.pid && (file.token === undefined || file.token === selfWriter().token)) return !openSegments.has(file.path);
  // A reused pid without a recorded start time makes a dead writer look alive: that only delays compaction.
  return !isWriterAlive({ pid: file.pid, token: file.token });
}
