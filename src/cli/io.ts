// What a command may touch of the outside world, passed in so tests can run the CLI in-process.
import { formatProblem, isWdmError } from '../shared/errors.js';
import type { Rejection } from '../shared/types.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Monotonic milliseconds, for the speed in summaries only; never written to an output file. */
  now: () => number;
  /** The width of stderr when it is a terminal (a progress line is drawn there); absent when it is not. */
  stderrColumns?: () => number;
}

/** The streams a process talks through; a test passes its own (a fake terminal) to see what a person would. */
export interface ProcessStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export function processIo(streams: ProcessStreams = process, now: () => number = () => performance.now() /* determinism-ok: elapsed time only */): Io {
  // `wdm-design status --status I | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [streams.stdout, streams.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const { stderr } = streams;
  return {
    cwd: process.cwd(),
    stdout: (t) => streams.stdout.write(t),
    stderr: (t) => stderr.write(t),
    env: process.env,
    now,
    ...(stderr.isTTY === true ? { stderrColumns: () => stderr.columns ?? 80 } : {}),
  };
}

/** Prints an error as `wdm-design: <file:line>: message (hint)` and returns the exit code it deserves. */
export function reportError(io: Io, error: unknown): number {
  if (isWdmError(error)) {
    io.stderr(`wdm-design: ${error.format()}\n`);
    return error.code === 'E_INTERNAL' ? EXIT_ERROR : EXIT_ERROR;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`wdm-design: internal error: ${message}\n`);
  return EXIT_ERROR;
}

export function formatRejection(r: Rejection): string {
  return formatProblem(r.message, { file: r.file, line: r.line }, r.hint);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function rate(count: number, ms: number): string {
  if (ms <= 0) return `${count} sites/s`;
  const perSecond = (count * 1000) / ms;
  return `${perSecond >= 100 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10} sites/s`;
}

export function seconds(ms: number): string {
  return `${(Math.round(ms / 10) / 100).toFixed(2)} s`;
}
