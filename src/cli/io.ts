// What a command may touch of the outside world, passed in so tests can run the CLI in-process.
import { isAbsolute, relative, sep } from 'node:path';
import { formatProblem, isWdmError } from '../shared/errors.js';
import { terminalSafe } from '../shared/echo.js';
import { fixed, num } from '../shared/format.js';
import { describeIoError, errnoOf, hintForErrno } from '../registry/fs-port.js';
import type { Rejection } from '../shared/types.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Monotonic milliseconds, for the speed in summaries only; never written to an output file. */
  now: () => number;
  /**
   * Present only when stderr is a terminal: its width, and a raw write for the progress line's own control sequences
   * (carriage return, erase to end of line), which `stderr` would escape. Only text the tool composed goes there.
   */
  terminal?: { columns: () => number; draw: (controlText: string) => void };
}

/** The streams a process talks through; a test passes its own (a fake terminal) to see what a person would. */
export interface ProcessStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

let lastResortInstalled = false;

export function processIo(streams: ProcessStreams = process, now: () => number = () => performance.now() /* determinism-ok: elapsed time only */): Io {
  const { stderr } = streams;
  const io: Io = {
    cwd: process.cwd(),
    stdout: (t) => streams.stdout.write(terminalSafe(t)),
    stderr: (t) => stderr.write(terminalSafe(t)),
    env: process.env,
    now,
    ...(stderr.isTTY === true ? { terminal: { columns: () => stderr.columns ?? 80, draw: (t: string) => stderr.write(t) } } : {}),
  };
  if (!lastResortInstalled) {
    lastResortInstalled = true;
    // `wdm-design status --status I | head` closes the pipe early: that is the reader's choice, not an error. Any
    // other failure of the terminal streams (a full disk under a redirect) ends the run with code 2, not a stack.
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        endOnFault(io, error);
      });
    }
    // The last resort: a timer, a stream callback or a thread that failed with no caller to report to. The first
    // such fault is reported once, in words, and the process ends with code 2; every write was atomic, so the next
    // run resumes.
    process.on('uncaughtException', (error) => endOnFault(io, error));
    process.on('unhandledRejection', (reason) => endOnFault(io, reason));
  }
  return io;
}

let faulted = false;

function endOnFault(io: Io, error: unknown): void {
  if (!faulted) {
    faulted = true;
    try {
      reportError(io, error);
    } catch {
      // stderr itself failed: the exit code still tells.
    }
  }
  process.exit(EXIT_ERROR);
}

/**
 * Prints an error as `wdm-design: <file:line>: message (hint)` and returns the exit code it deserves (2). A system
 * call's error that escaped without a WdmError is still said in words (`ENOTDIR (not a directory ...)` and the path);
 * anything else is a bug, reported in one line (the stack only with WDM_DEBUG=1).
 */
export function reportError(io: Io, error: unknown): number {
  if (isWdmError(error)) {
    io.stderr(`wdm-design: ${error.format()}\n`);
    return EXIT_ERROR;
  }
  const code = errnoOf(error);
  if (code !== undefined) {
    const { syscall, path } = error as { syscall?: unknown; path?: unknown };
    const where = typeof path === 'string' ? ` ${relativeTo(io.cwd, path)}` : '';
    const what = typeof syscall === 'string' ? `${syscall}${where}` : `use${where}`;
    io.stderr(`wdm-design: Could not ${what}: ${describeIoError(error)} (${hintForErrno(code, 'the output folder')})\n`);
    return EXIT_ERROR;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const debug = io.env['WDM_DEBUG'] !== undefined && io.env['WDM_DEBUG'] !== '' && error instanceof Error && error.stack;
  io.stderr(`wdm-design: internal error: ${message.split('\n')[0]}${debug ? `\n${error.stack}` : ''} (this is a bug: please report it with the command you ran${debug ? '' : '; WDM_DEBUG=1 shows where it happened'})\n`);
  return EXIT_ERROR;
}

function relativeTo(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

export function formatRejection(r: Rejection): string {
  const text = formatProblem(r.message, { file: r.file, line: r.line }, r.hint);
  if (r.repeats === undefined || r.repeats.count <= 1) return text;
  const more = r.repeats.count - r.repeats.lines.length;
  return `${text} [${r.repeats.count} rows: lines ${r.repeats.lines.join(', ')}${more > 0 ? ` and ${more} more` : ''}]`;
}

/** Groups of rejected (or warned) rows printed before a summary stops; the rest is counted, and `--json` has all. */
export const GROUPS_SHOWN = 20;

/** Prints a heading and the first GROUPS_SHOWN groups of rows, then one line counting the rest. */
export function printRows(io: Io, heading: string, rows: readonly Rejection[], what = 'rejected'): void {
  if (rows.length === 0) return;
  io.stderr(`${heading}:\n`);
  for (const r of rows.slice(0, GROUPS_SHOWN)) io.stderr(`  ${formatRejection(r)}\n`);
  const rest = rows.slice(GROUPS_SHOWN);
  if (rest.length > 0) {
    const count = rest.reduce((n, r) => n + (r.repeats?.count ?? 1), 0);
    io.stderr(`  ... and ${plural(count, `more ${what} row`)} for ${plural(rest.length, 'other reason')} (--json lists them all)\n`);
  }
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function rate(count: number, ms: number): string {
  if (ms <= 0) return `${count} sites/s`;
  const perSecond = (count * 1000) / ms;
  return `${num(perSecond, perSecond >= 100 ? 0 : 1)} sites/s`;
}

export function seconds(ms: number): string {
  return `${fixed(Math.round(ms / 10) / 100, 2)} s`;
}
