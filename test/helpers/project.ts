// Test helpers: temporary project folders, the CLI run in-process, and whole-tree snapshots.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO_DIR, 'bin', 'wdm-design.js');

const made: string[] = [];

/** A fresh project folder under the OS temp dir holding the given files (path → content). */
export function tempProject(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'wdm-test-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function removeTempProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process (fast; no build needed). */
export async function runCli(args: string[], cwd: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {},
    now: () => 0,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Runs the built CLI (bin/ → dist/) in a child process with the given environment additions. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (relative path with forward slashes → bytes as text), sorted. */
export function readTree(dir: string, sub = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const p = join(d, name);
      let isDir = false;
      try {
        readdirSync(p);
        isDir = true;
      } catch {
        isDir = false;
      }
      if (isDir) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(join(dir, sub));
  return out;
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_DIR, path), 'utf8');
}

/** The files of the repository under `dir` (project-relative path → bytes), for copying content/ into a temp project. */
export function repoFiles(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(join(REPO_DIR, d), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(REPO_DIR, rel));
    }
  };
  walk(dir);
  return out;
}

/** batches/demo.yaml with the content files and photos its facts name. */
export function demoProjectFiles(): Record<string, string | Uint8Array> {
  return { 'batches/demo.yaml': readRepoFile('batches/demo.yaml'), ...repoFiles('content/demo') };
}
