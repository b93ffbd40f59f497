// Merge journals written elsewhere (CI shards, other machines) into this registry folder, under names that cannot clash.
import fs from 'node:fs';
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import { encodeLine } from './line-codec.js';
import { compactedName, nextSequence } from './journal-files.js';
import { parseJournalText, type BadLine } from './replay.js';
import { currentFs, type FsPort, describeIoError, errnoOf, fsyncDir, makeDirs, writeAll, O_CREAT, O_EXCL, O_WRONLY } from './fs-port.js';

export interface MergedFile {
  /** The foreign file read. */
  from: string;
  batch: string;
  /** The sealed file written here, or undefined when an identical file was already present (a repeated merge). */
  to?: string;
  records: number;
  /** 1-based line of a torn last line that was left out (its writer was killed before acknowledging it). */
  tornLine?: number;
}

export interface MergeReport {
  files: MergedFile[];
}

export interface MergeOptions {
  /** Only these batches (default: every batch with journal files in the sources). */
  batches?: readonly string[];
}

const JOURNAL_NAME = /^(.+?)\.(?:seg|c)-\d+-\d+(?:-[0-9a-f]{8}_\d+)?\.jsonl$/;

/** The batch a journal file belongs to, from its name (`<b>.seg-<pid>-<n>.jsonl`, `<b>.c-<pid>-<n>.jsonl`, `<b>.jsonl`). */
export function batchOfJournalFile(name: string): string | undefined {
  const m = JOURNAL_NAME.exec(name);
  if (m) return m[1];
  if (name.endsWith('.jsonl') && name.length > '.jsonl'.length) return name.slice(0, -'.jsonl'.length);
  return undefined;
}

function listSource(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((n) => batchOfJournalFile(n) !== undefined).sort();
  } catch (error) {
    throw new WdmError('E_REGISTRY', `Could not read journal folder ${dir}: ${describeIoError(error)}`, { file: dir }, 'name a registry folder (`.wdm/registry`) or a project folder holding one');
  }
}

/** Sealed files of the target with exactly these bytes: merging the same shard twice adds nothing. */
function alreadyPresent(targetDir: string, batch: string, bytes: Buffer): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(targetDir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
  for (const name of names) {
    if (batchOfJournalFile(name) !== batch || !name.includes('.c-')) continue;
    const file = path.join(targetDir, name);
    if (fs.statSync(file).size !== bytes.length) continue;
    if (fs.readFileSync(file).equals(bytes)) return true;
  }
  return false;
}

/**
 * Copies every journal file of `sources` into `targetDir` as a new sealed `<b>.c-<pid>-<n>.jsonl` (temp, fsync, then a
 * no-clobber link into place, fsync folder). Records are re-encoded from the valid lines, so a shard killed mid-write
 * contributes everything it acknowledged and nothing torn. A damaged middle line refuses the merge, naming file and
 * line, before anything is written. The journal meaning is a join, so the order of files and a repeated merge do not
 * matter.
 */
export function mergeJournals(targetDir: string, sources: readonly string[], options: MergeOptions = {}): MergeReport {
  const wanted = options.batches ? new Set(options.batches) : undefined;
  const planned: Array<{ from: string; batch: string; bytes: Buffer; records: number; tornLine?: number }> = [];
  const bad: BadLine[] = [];
  const target = path.resolve(targetDir);
  for (const source of sources) {
    if (path.resolve(source) === target) {
      throw new WdmError('E_USAGE', `Unexpected ${source}: it is this project's own registry folder`, { file: source }, 'name the folders of the other shards');
    }
    for (const name of listSource(source)) {
      const batch = batchOfJournalFile(name)!;
      if (wanted && !wanted.has(batch)) continue;
      const from = path.join(source, name);
      let text: string;
      try {
        text = fs.readFileSync(from, 'utf8');
      } catch (error) {
        throw new WdmError('E_REGISTRY', `Could not read journal ${from}: ${describeIoError(error)}`, { file: from });
      }
      const parsed = parseJournalText(from, text);
      bad.push(...parsed.bad);
      const bytes = Buffer.from(parsed.updates.map(encodeLine).join(''), 'utf8');
      planned.push({ from, batch, bytes, records: parsed.updates.length, ...(parsed.tornLine !== undefined ? { tornLine: parsed.tornLine } : {}) });
    }
  }
  if (bad.length > 0) {
    const first = bad[0]!;
    throw new WdmError(
      'E_REGISTRY',
      `Unexpected journal line ${first.line} in ${first.file}: ${first.reason}${bad.length > 1 ? ` (and ${bad.length - 1} more bad line${bad.length > 2 ? 's' : ''})` : ''}; nothing was merged`,
      { file: first.file, line: first.line },
      'repair that shard first (`wdm-design status --repair` in its project), or leave its folder out',
    );
  }
  const fsp = currentFs();
  try {
    makeDirs(fsp, targetDir);
  } catch (error) {
    throw new WdmError('E_REGISTRY', `Could not create the registry folder ${targetDir}: ${describeIoError(error)}`, { file: targetDir }, 'check that the project folder is writable');
  }
  const files: MergedFile[] = [];
  for (const p of planned) {
    const base: MergedFile = { from: p.from, batch: p.batch, records: p.records, ...(p.tornLine !== undefined ? { tornLine: p.tornLine } : {}) };
    if (p.records === 0 || alreadyPresent(targetDir, p.batch, p.bytes)) {
      files.push(base);
      continue;
    }
    const to = writeSealed(fsp, targetDir, p.batch, p.bytes);
    files.push({ ...base, to });
  }
  if (files.some((f) => f.to !== undefined)) fsyncDir(fsp, targetDir);
  return { files };
}

/** Writes bytes to a temp file, fsyncs it and links it in under a fresh compacted name (never replacing a file). */
function writeSealed(fsp: FsPort, dir: string, batch: string, bytes: Buffer): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const final = path.join(dir, compactedName(batch, process.pid, nextSequence()));
    const temp = `${final}.tmp`;
    try {
      const fd = fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644);
      try {
        writeAll(fsp, fd, bytes);
        fsp.fsyncSync(fd);
      } finally {
        fsp.closeSync(fd);
      }
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') continue;
      throw new WdmError('E_REGISTRY', `Could not write ${temp}: ${describeIoError(error)}`, { file: temp }, 'check the registry folder is writable and the disk has room; nothing was merged from this file');
    }
    try {
      // link() fails when the name exists, unlike rename(): a file of a reused pid is never replaced.
      fs.linkSync(temp, final);
      return final;
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') continue;
      throw new WdmError('E_REGISTRY', `Could not link ${final}: ${describeIoError(error)}`, { file: final }, 'check the registry folder is writable');
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  throw new WdmError('E_REGISTRY', `No free journal name for batch ${batch} in ${dir}`, { file: dir });
}
