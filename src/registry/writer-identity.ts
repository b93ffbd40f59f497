// Who wrote a file: a pid plus the boot and the process's start time, so a reused pid is not taken for the writer.
import fs from 'node:fs';
import { errnoOf } from './fs-port.js';

/**
 * A writer's identity as recorded in the names of the files it owns (journal segments, temp trees): the pid, and on
 * Linux the first 8 hex digits of the boot id (/proc/sys/kernel/random/boot_id) and the process's start time in clock
 * ticks since boot (field 22 of /proc/<pid>/stat). After a reboot, or once the pid is given to another process, the
 * boot id or the start time differs, so the file's writer is known to be gone even though its pid answers.
 */
export interface WriterId {
  pid: number;
  /** `<boot8>_<start>`; undefined where /proc is not available (then the pid alone is judged). */
  token: string | undefined;
}

function readBootId(): string | undefined {
  try {
    const text = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '');
    return /^[0-9a-f]{8}/.test(text) ? text.slice(0, 8) : undefined;
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: what follows the last `)` (the command name may hold spaces and parentheses). */
export function startTimeOf(pid: number): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state); starttime is field 22.
  const start = fields[22 - 3];
  return start !== undefined && /^\d+$/.test(start) ? start : undefined;
}

let bootMemo: string | null | undefined;
function bootId(): string | undefined {
  if (bootMemo === undefined) bootMemo = readBootId() ?? null;
  return bootMemo ?? undefined;
}

/** The token of process `pid` now, or undefined when it cannot be read. */
export function tokenOf(pid: number): string | undefined {
  const boot = bootId();
  const start = startTimeOf(pid);
  return boot !== undefined && start !== undefined ? `${boot}_${start}` : undefined;
}

let selfMemo: WriterId | undefined;
/** This process's identity (computed once). */
export function selfWriter(): WriterId {
  selfMemo ??= { pid: process.pid, token: tokenOf(process.pid) };
  return selfMemo;
}

/** `1234` or `1234-3f1a2c4f_98765`: the form used in file names. */
export function writerTag(id: WriterId = selfWriter()): string {
  return id.token === undefined ? String(id.pid) : `${id.pid}-${id.token}`;
}

/** The pattern of a writer tag inside a file name (two groups: pid, token). */
export const WRITER_TAG = '(\\d+)(?:-([0-9a-f]{8}_\\d+))?';

export function parseWriterTag(pid: string, token: string | undefined): WriterId {
  return { pid: Number(pid), token: token === undefined || token === '' ? undefined : token };
}

/** True when a process with this id exists (EPERM means it exists but is not ours). */
export function isPidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

/**
 * Whether the writer that recorded this identity may still be running. Its pid must exist and, when the identity
 * carries a token, the process now holding that pid must have the same boot and start time; when its start time
 * cannot be read (no /proc), the pid alone decides, erring towards "alive" (that only delays a repair).
 */
export function isWriterAlive(id: WriterId): boolean {
  if (id.token !== undefined && id.token === selfWriter().token && id.pid === process.pid) return true;
  if (!isPidAlive(id.pid)) return false;
  if (id.token === undefined) return true;
  const now = tokenOf(id.pid);
  return now === undefined || now === id.token;
}
