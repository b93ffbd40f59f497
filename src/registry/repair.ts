// Repair a damaged journal: keep every valid line, set each damaged file aside, report what was dropped.
import { WdmError } from '../shared/errors.js';
import { encodeLine } from './line-codec.js';
import { compactedName, isSealed, nextSequence } from './journal-files.js';
import { readJournalFiles, type BadLine } from './replay.js';
import { describeIoError, fsyncDir, currentFs, O_CREAT, O_EXCL, O_WRONLY, writeAll, type FsPort } from './fs-port.js';
import path from 'node:path';

export interface RepairedFile {
  file: string;
  /** Where the original now is. */
  setAside: string;
  /** The file holding the kept lines. */
  keptIn: string;
  kept: number;
  dropped: BadLine[];
}

export interface RepairReport {
  repaired: RepairedFile[];
}

/**
 * Order matters for safety: the kept lines are written (temp, fsync, rename) before the original is renamed aside,
 * so every valid record exists in a live journal file at every moment.
 */
export function repairJournal(dir: string, batch: string, options: { fs?: FsPort } = {}): RepairReport {
  const fsp = options.fs ?? currentFs();
  const repaired: RepairedFile[] = [];
  for (const { file, parsed } of readJournalFiles(dir, batch, fsp)) {
    if (parsed.bad.length === 0) continue;
    if (!isSealed(file)) {
      throw new WdmError('E_REGISTRY', `Journal ${file.path} is damaged but its writer (pid ${file.pid}) is still running`, { file: file.path }, 'stop that process, then repair again');
    }
    const keptIn = path.join(dir, compactedName(batch, process.pid, nextSequence()));
    let setAside = '';
    try {
      const temp = `${keptIn}.tmp`;
      const fd = fsp.openSync(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644);
      try {
        writeAll(fsp, fd, Buffer.from(parsed.updates.map(encodeLine).join(''), 'utf8'));
        fsp.fsyncSync(fd);
      } finally {
        fsp.closeSync(fd);
      }
      fsp.renameSync(temp, keptIn);
      fsyncDir(fsp, dir);
      for (let n = 1; ; n++) {
        const candidate = `${file.path}.corrupt-${n}`;
        if (!existsIn(fsp, candidate)) {
          setAside = candidate;
          break;
        }
      }
      fsp.renameSync(file.path, setAside);
      fsyncDir(fsp, dir);
    } catch (error) {
      throw new WdmError('E_REGISTRY', `Could not repair ${file.path}: ${describeIoError(error)}`, { file: file.path }, 'check the registry folder is writable; the original is untouched unless it was renamed aside');
    }
    repaired.push({ file: file.path, setAside, keptIn, kept: parsed.updates.length, dropped: parsed.bad });
  }
  return { repaired };
}

function existsIn(fsp: FsPort, file: string): boolean {
  try {
    fsp.statSync(file);
    return true;
  } catch {
    return false;
  }
}
