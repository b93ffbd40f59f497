// Git, run as a child process with explicit arguments (never a shell) in the project folder.
import { execFileSync } from 'node:child_process';
import { WdmError } from '../shared/errors.js';

const MAX_BUFFER = 1024 * 1024 * 1024;

function stderrOf(error: unknown): string {
  const raw = (error as { stderr?: Buffer | string }).stderr;
  return (typeof raw === 'string' ? raw : raw?.toString('utf8') ?? '').trim();
}

/** Runs `git <args>` in `dir` and returns its stdout bytes; a WdmError that says which command failed and why. */
export function gitBytes(dir: string, args: string[], input?: Buffer | string): Buffer {
  try {
    return execFileSync('git', args, {
      cwd: dir,
      input,
      maxBuffer: MAX_BUFFER,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WdmError('E_GIT', 'Cannot run git: no git executable found on the PATH', {}, 'install git, or run without --staged / --changed-since / --base');
    }
    const stderr = stderrOf(error);
    throw new WdmError('E_GIT', `git ${args.join(' ')} failed: ${stderr.split('\n')[0] || 'no message'}`, { file: dir }, 'check the git reference and the repository state');
  }
}

export function git(dir: string, args: string[], input?: string): string {
  return gitBytes(dir, args, input).toString('utf8');
}

function nulList(text: string): string[] {
  return text.split('\0').filter((s) => s.length > 0);
}

/** Fails with a clear message unless `dir` is in a git work tree. */
export function assertGitRepo(dir: string): void {
  let inside: string;
  try {
    inside = git(dir, ['rev-parse', '--is-inside-work-tree']).trim();
  } catch (error) {
    // Git's wording depends on the user's locale; its failure here only ever means "no repository".
    if (error instanceof WdmError && error.message.startsWith('Cannot run git')) throw error;
    throw new WdmError('E_GIT', `${dir} is not inside a git repository, expected a git work tree`, { file: dir }, 'run `git init` there, or run the command without --staged, --changed-since or --base');
  }
  if (inside !== 'true') {
    throw new WdmError('E_GIT', `${dir} is not inside a git work tree (found a bare repository or a .git folder)`, { file: dir }, 'run the command in a checkout');
  }
}

/** The commit a reference names; a WdmError naming the reference when it does not exist. */
export function resolveCommit(dir: string, ref: string): string {
  assertGitRepo(dir);
  if (ref.startsWith('-')) throw new WdmError('E_USAGE', `Unexpected git reference "${ref}", expected a branch, tag or commit`);
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw new WdmError(
      'E_GIT',
      `Unknown git reference "${ref}", expected a branch, tag or commit of this repository`,
      { file: dir },
      ref === 'HEAD' ? 'the repository has no commit yet: commit once, then rerun' : 'fetch it first (in CI: actions/checkout with fetch-depth: 0)',
    );
  }
}

/**
 * Paths changed in the working tree since `ref`, relative to `dir` with forward slashes, sorted: committed changes
 * since the merge base, uncommitted ones and new untracked files. Both sides of a rename are listed.
 */
export function changedSince(dir: string, ref: string): string[] {
  const commit = resolveCommit(dir, ref);
  const tracked = nulList(git(dir, ['diff', '--name-only', '-z', '--no-renames', '--relative', '--merge-base', commit, '--']));
  const untracked = nulList(git(dir, ['ls-files', '-z', '--others', '--exclude-standard']));
  return [...new Set([...tracked, ...untracked])].sort();
}

/** Paths staged for the next commit, relative to `dir`, sorted. Works before the first commit too. */
export function stagedPaths(dir: string): string[] {
  assertGitRepo(dir);
  return nulList(git(dir, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--relative', '--'])).sort();
}

/** Adds files (paths relative to `dir`) to the index, in chunks that stay under any command-line limit. */
export function stageFiles(dir: string, paths: readonly string[]): void {
  for (let i = 0; i < paths.length; i += 500) git(dir, ['add', '--', ...paths.slice(i, i + 500)]);
}

/** Stages the removal of folders the tool deleted (tracked files only; untracked paths are ignored). */
export function stageRemovals(dir: string, paths: readonly string[]): void {
  for (let i = 0; i < paths.length; i += 500) git(dir, ['rm', '-r', '--cached', '--quiet', '--ignore-unmatch', '--', ...paths.slice(i, i + 500)]);
}

/**
 * The bytes of every file under `sub` (relative to `dir`) at `ref`, keyed by path relative to `dir` and sorted. Two
 * git processes whatever the number of files: `ls-tree` for the list, one `cat-file --batch` for the contents; the
 * buffers are views into that one output, so nothing is copied.
 */
export function blobsAtRef(dir: string, ref: string, sub: string): Map<string, Buffer> {
  const commit = resolveCommit(dir, ref);
  const listing = nulList(git(dir, ['ls-tree', '-r', '-z', commit, '--', sub]));
  const blobs: { path: string; oid: string }[] = [];
  for (const line of listing) {
    const tab = line.indexOf('\t');
    const [, type, oid] = line.slice(0, tab).split(' ');
    if (type === 'blob' && oid) blobs.push({ path: line.slice(tab + 1), oid });
  }
  blobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = new Map<string, Buffer>();
  if (blobs.length === 0) return out;
  const bytes = gitBytes(dir, ['cat-file', '--batch'], blobs.map((b) => b.oid).join('\n') + '\n');
  let at = 0;
  for (const blob of blobs) {
    const eol = bytes.indexOf(0x0a, at);
    const header = bytes.subarray(at, eol).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!header.startsWith(blob.oid) || !Number.isInteger(size)) {
      throw new WdmError('E_GIT', `Unexpected output of git cat-file for ${blob.path}: "${header}", expected "<oid> blob <size>"`, { file: blob.path });
    }
    out.set(blob.path, bytes.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return out;
}

/** The text of every file under `sub` at `ref` (see blobsAtRef). */
export function filesAtRef(dir: string, ref: string, sub: string): Map<string, string> {
  return new Map([...blobsAtRef(dir, ref, sub)].map(([path, bytes]) => [path, bytes.toString('utf8')]));
}
