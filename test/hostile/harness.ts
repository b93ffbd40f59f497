// The hostile-input suite's harness: a sentinel folder outside the project, its fingerprint, and one case's run.
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { runBin, runCli, type CliResult } from '../helpers/project.js';

const made: string[] = [];

export function scratch(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `wdm-hostile-${label}-`));
  made.push(dir);
  return dir;
}

export function cleanScratch(): void {
  for (const dir of made.splice(0).reverse()) {
    spawnSync('umount', ['-l', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A folder outside every project, with a few files a confinement failure would overwrite, add to or publish. */
export function makeSentinel(): string {
  const dir = scratch('sentinel');
  writeFileSync(join(dir, 'DESIGN.md'), 'sentinel design\n');
  writeFileSync(join(dir, 'index.html'), '<p>sentinel</p>\n');
  mkdirSync(join(dir, 'smithlaw.com'));
  writeFileSync(join(dir, 'smithlaw.com', 'DESIGN.md'), 'sentinel site\n');
  writeFileSync(join(dir, 'secret.txt'), 'do not publish\n');
  return dir;
}

/** Every entry under `dir`: type, size, sha256 (files) or link target, sorted: equal before and after = untouched. */
export function fingerprint(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string, rel: string): void => {
    for (const name of readdirSync(at).sort()) {
      const abs = join(at, name);
      const path = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(abs);
      if (stat.isSymbolicLink()) out.push(`${path} -> ${readlinkSync(abs)}`);
      else if (stat.isDirectory()) {
        out.push(`${path}/`);
        walk(abs, path);
      } else out.push(`${path} ${stat.size} ${createHash('sha256').update(readFileSync(abs)).digest('hex').slice(0, 16)} ${(stat.mode & 0o777).toString(8)}`);
    }
  };
  walk(dir, '');
  return out;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export function copyProject(from: string, label: string): string {
  const dir = scratch(label);
  cpSync(from, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

export interface CaseContext {
  /** The project folder (empty but for what `files` and `setup` put there). */
  project: string;
  /** The sentinel folder outside the project. */
  sentinel: string;
}

export interface HostileCase {
  name: string;
  files?: Record<string, string | Buffer>;
  /** Extra preparation (links, modes, mounts); may return a different project folder to run in. */
  setup?: (ctx: CaseContext) => void | string | Promise<void | string>;
  args: string[] | ((ctx: CaseContext) => string[]);
  code: 0 | 1 | 2;
  /** Must match the whole stderr (and stdout when given). */
  stderr?: RegExp;
  stdout?: RegExp;
  /** Run the built CLI in a child process (process-level behaviour) instead of in-process. */
  bin?: boolean;
  /** Checks after the run (files present or absent in the project). */
  after?: (ctx: CaseContext, result: CliResult) => void;
}

/** No case may end in a stack trace: no `    at fn (file:line)` frame, no "internal error". */
export function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at [^\n]*[:(]/);
  expect(text).not.toMatch(/internal error/i);
}

export async function runCase(c: HostileCase, template?: string): Promise<{ ctx: CaseContext; result: CliResult }> {
  const sentinel = makeSentinel();
  let project = template ? copyProject(template, 'project') : scratch('project');
  writeFiles(project, c.files ?? {});
  const ctx: CaseContext = { project, sentinel };
  const moved = await c.setup?.(ctx);
  if (typeof moved === 'string') {
    project = moved;
    ctx.project = moved;
  }
  const before = fingerprint(sentinel);
  const args = typeof c.args === 'function' ? c.args(ctx) : c.args;
  const result = c.bin ? runBin(args, project, { WDM_DEBUG: '' }) : await runCli(args, project);
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: c.code });
  if (c.stderr) expect(result.stderr).toMatch(c.stderr);
  if (c.stdout) expect(result.stdout).toMatch(c.stdout);
  expectNoStack(result.stderr);
  expect(fingerprint(sentinel)).toEqual(before);
  c.after?.(ctx, result);
  return { ctx, result };
}
