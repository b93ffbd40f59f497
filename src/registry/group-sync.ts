// Groups of output files made durable without blocking the run and without forking a large process per group.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { syncGroup } from './atomic-write.js';
import { nodeFs } from './fs-port.js';

/**
 * The helper: reads a count and that many folders a line each, runs one `sync -f` (syncfs(2) on each folder's file
 * system) and answers 0 (done) or 1 (failed) on a line. POSIX sh, so dash runs it as well as bash.
 */
export const HELPER = 'while IFS= read -r n; do set --; i=0; while [ "$i" -lt "$n" ]; do IFS= read -r d; set -- "$@" "$d"; i=$((i+1)); done; if sync -f -- "$@" 2>/dev/null; then echo 0; else echo 1; fi; done';

/**
 * Makes groups of files durable, one group at a time, off the caller's back: one syncfs per file system through one
 * long-lived `sh` helper forked once. `syncGroup` forks `sync` from this process for every group; in a process of
 * several hundred MiB with worker threads, each fork copied the page tables and made every thread's next writes
 * fault (copy-on-write), which cost more CPU than the sync. Where the helper cannot run (no `sh`/`sync -f`, a folder
 * name with a line break) it falls back to `syncGroup` (which fsyncs each file and folder where syncfs fails).
 */
export class GroupSyncer {
  private child: ChildProcess | undefined;
  private broken = false;
  private buffer = '';
  private readonly waiting: Array<{ resolve: (ok: boolean) => void }> = [];

  /** `script`: the helper's `sh` program (tests give a stand-in with the same protocol). */
  constructor(private readonly script: string = HELPER) {}

  /** Resolves once every file (and its folder's entry) is durable; rejects as `syncGroup` throws. */
  async sync(files: readonly string[]): Promise<void> {
    if (files.length === 0) return;
    const dirs = devicesOf(files);
    if (dirs.some((d) => d.includes('\n'))) return syncGroup(nodeFs, files);
    if (await this.ask(dirs)) return;
    // No helper, or syncfs failed: from now on syncGroup's own way (which fsyncs each file where syncfs fails).
    this.broken = true;
    this.close();
    syncGroup(nodeFs, files);
  }

  /** Ends the helper (it exits when its input closes). Safe to call twice. */
  close(): void {
    const child = this.child;
    this.child = undefined;
    if (child) child.stdin?.end();
    for (const w of this.waiting.splice(0)) w.resolve(false);
  }

  private ask(dirs: readonly string[]): Promise<boolean> {
    const child = this.helper();
    if (!child?.stdin || this.broken) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.waiting.push({ resolve });
      // Held open only while an answer is awaited: an idle helper never keeps the process alive.
      hold(child, true);
      child.stdin!.write(`${dirs.length}\n${dirs.join('\n')}\n`);
    });
  }

  private helper(): ChildProcess | undefined {
    if (this.broken) return undefined;
    if (this.child) return this.child;
    let child: ChildProcess;
    try {
      child = spawn('sh', ['-c', this.script], { stdio: ['pipe', 'pipe', 'ignore'] });
    } catch {
      this.broken = true;
      return undefined;
    }
    const fail = () => {
      this.broken = true;
      if (this.child === child) this.child = undefined;
      for (const w of this.waiting.splice(0)) w.resolve(false);
    };
    child.on('error', fail);
    child.on('exit', fail);
    child.stdin?.on('error', fail);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        const next = this.waiting.shift();
        if (this.waiting.length === 0) hold(child, false);
        next?.resolve(line === '0');
      }
    });
    hold(child, false);
    this.child = child;
    return child;
  }
}

/** One folder per file system the files are on (the first seen), in a stable order. */
function devicesOf(files: readonly string[]): string[] {
  const byDevice = new Map<number, string>();
  for (const dir of new Set(files.map((f) => path.dirname(f)))) {
    const dev = nodeFs.statSync(dir).dev;
    if (!byDevice.has(dev)) byDevice.set(dev, dir);
  }
  return [...byDevice.values()];
}

/** Whether the helper and its pipes keep the event loop alive. */
function hold(child: ChildProcess, held: boolean): void {
  for (const handle of [child, child.stdin, child.stdout] as Array<{ ref?: () => void; unref?: () => void } | null>) {
    if (held) handle?.ref?.();
    else handle?.unref?.();
  }
}
