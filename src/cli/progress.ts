// One redrawn line on a terminal's stderr while a long run works: sites done, rate and time left. Nothing elsewhere.
import { fixed, num } from '../shared/format.js';
import type { Io } from './io.js';

/**
 * Redraws at most this often: a terminal write costs far more than a site in a no-op run, and a person reads a
 * figure at most a few times a second.
 */
export const REDRAW_MS = 200;
/** Nothing is drawn before a run has lasted this long: a short run ends before a line would help anyone. */
export const FIRST_DRAW_MS = 500;

export interface Progress {
  /** `done` of `total` sites so far (`total` may grow as batches are read). */
  update(done: number, total: number): void;
  /** Erases the line, so the summary that follows starts on a clean line. */
  end(): void;
}

/** Whether a command should draw: stderr is a terminal, no `--json`, no `--quiet`. */
export function wantsProgress(io: Io, args: { json?: boolean; quiet?: boolean }): boolean {
  return io.terminal !== undefined && args.json !== true && args.quiet !== true;
}

/** A progress line for `verb` (generate, build ...), drawn through `io.terminal`; timing by `io.now` only. */
export function progressLine(io: Io, verb: string): Progress {
  const started = io.now();
  // The rate counts from the first site done, not from the start: loading the rules is not a site's cost.
  let first: { at: number; done: number } | undefined;
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const now = io.now();
      first ??= { at: now, done };
      if (now - started < FIRST_DRAW_MS || now - last < REDRAW_MS) return;
      last = now;
      const terminal = io.terminal;
      if (terminal === undefined) return;
      terminal.draw(`\r${fit(progressText(verb, done, total, done - first.done, now - first.at), terminal.columns() - 1)}\x1b[K`);
      shown = true;
    },
    end() {
      if (shown) io.terminal?.draw('\r\x1b[K');
      shown = false;
    },
  };
}

/**
 * `generate: 1,234 of 10,000 sites (12%), 412 sites/s, 0:21 left`: the rate is `timed` sites over `elapsedMs`, shown
 * (with the time left) once there is one.
 */
export function progressText(verb: string, done: number, total: number, timed: number, elapsedMs: number): string {
  const share = total > 0 ? ` (${Math.floor((done * 100) / total)}%)` : '';
  const head = `${verb}: ${count(done)} of ${count(total)} sites${share}`;
  if (timed <= 0 || elapsedMs <= 0) return head;
  const perSecond = (timed * 1000) / elapsedMs;
  // One decimal always below 100 (`5.0`), unlike the summary's rate: the redrawn line keeps its width.
  const rate = perSecond >= 100 ? num(perSecond, 0) : fixed(perSecond, 1);
  const left = total > done ? `, ${clock((total - done) / perSecond)} left` : '';
  return `${head}, ${rate} sites/s${left}`;
}

function count(n: number): string {
  // Grouped by hand: toLocaleString would follow the machine's locale.
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Seconds as m:ss, or h:mm:ss from an hour up. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Cut to the terminal's width, so the line never wraps (a wrapped line cannot be redrawn with \r). */
function fit(text: string, width: number): string {
  return width > 0 && text.length > width ? text.slice(0, width) : text;
}
