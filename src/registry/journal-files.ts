// Names of a batch's journal files: the segments live writers append to and the sealed files compaction writes.
import path from 'node:path';
import type { FsPort } from './fs-port.js';
import { errnoOf, isProcessAlive } from './fs-port.js';

/**
 * `<batch>.jsonl`            a sealed file (hand-made, imported from another machine, or an older layout)
 * `<batch>.c-<pid>-<n>.jsonl` a sealed file written whole by compaction (temp, fsync, rename)
 * `<batch>.seg-<pid>-<n>.jsonl` a segment: appended to by exactly one Journal of process <pid>, ever
 */
export type JournalFileKind = 'base' | 'compacted' | 'segment';

export interface JournalFile {
  name: string;
  path: string;
  kind: JournalFileKind;
  pid: number;
  seq: number;
}

const KIND_ORDER: Record<JournalFileKind, number> = { base: 0, compacted: 1, segment: 2 };

/** Segments currently open for append by a Journal in this process (so they are not compacted away). */
export const openSegments = new Set<string>();

let sequence = 0;
/** A per-process counter for new file names; O_EXCL creation handles a reused pid's leftovers. */
export function nextSequence(): number {
  return sequence++;
}

export function segmentName(batch: string, pid: number, seq: number): string {
  return `${batch}.seg-${pid}-${seq}.jsonl`;
}

export function compactedName(batch: string, pid: number, seq: number): string {
  return `${batch}.c-${pid}-${seq}.jsonl`;
}

export function classify(batch: string, dir: string, name: string): JournalFile | undefined {
  const file = path.join(dir, name);
  if (name === `${batch}.jsonl`) return { name, path: file, kind: 'base', pid: 0, seq: 0 };
  if (!name.startsWith(`${batch}.`)) return undefined;
  const match = /^(seg|c)-(\d+)-(\d+)\.jsonl$/.exec(name.slice(batch.length + 1));
  if (!match) return undefined;
  return {
    name,
    path: file,
    kind: match[1] === 'seg' ? 'segment' : 'compacted',
    pid: Number(match[2]),
    seq: Number(match[3]),
  };
}

/** The batch's journal files in a stable order: base, compacted, segments; by pid and sequence within each. */
export function listJournalFiles(fsp: FsPort, dir: string, batch: string): JournalFile[] {
  let names: string[];
  try {
    names = fsp.readdirSync(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
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
  if (file.pid === process.pid) return !openSegments.has(file.path);
  // A reused pid makes a dead writer look alive: that only delays compaction, it never loses a line.
  return !isProcessAlive(file.pid);
}
