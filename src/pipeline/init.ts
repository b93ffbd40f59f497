// `init`: writes the scaffold into a folder (hook config and CI workflow at the git repository's root); an occupied
// folder needs --force, and an existing file is never replaced.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { createConfinedFile, currentFs, describeIoError, makeDirs, outputRoot } from '../registry/index.js';
import { scaffoldFiles, type ToolSource } from './scaffold.js';
import { PACKAGE_DIR } from './sources.js';

export interface InitReport {
  dir: string;
  /** The git repository root holding the project, when there is one. */
  repoRoot?: string;
  /** Paths written, relative to the folder init was run in. */
  written: string[];
  /** Files that already existed and were left alone (only with force, or at the repository root). */
  kept: string[];
  source: ToolSource;
  /** Where the source was found, for the user: "a checkout at ...", "a dependency of ...". */
  sourceNote: string;
}

// A fresh `git init` or an editor's folder settings do not make a folder "in use".
const IGNORED = new Set(['.git', '.DS_Store', '.idea', '.vscode']);

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file for a worktree). */
export function gitRootOf(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const parent = dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

function remoteUrl(dir: string): string | undefined {
  try {
    const url = execFileSync('git', ['-C', dir, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // A local path is of no use to CI, which runs elsewhere.
    return /^(https?:|git@|ssh:|git:)/.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How the running wdm-design was installed, hence how the new project should reach it: as a dependency of a project
 * (the same spec that project declares), or from the PATH (a global install, npm link, or a checkout; CI then
 * installs it from the checkout's public git URL when there is one).
 */
export function toolSource(packageDir: string = PACKAGE_DIR): { source: ToolSource; note: string } {
  const dir = resolve(packageDir);
  const parent = dirname(dir);
  if (basename(parent) === 'node_modules' && basename(dirname(parent)) !== 'lib') {
    const host = dirname(parent);
    try {
      const pkg = JSON.parse(readFileSync(join(host, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
      const spec = pkg['devDependencies']?.['wdm-design'] ?? pkg['dependencies']?.['wdm-design'];
      if (spec !== undefined) return { source: { kind: 'dependency', spec }, note: `a dependency of ${host} ("wdm-design": "${spec}")` };
    } catch {
      // Not a project we can read: fall through to the PATH.
    }
  }
  if (existsSync(join(dir, '.git'))) {
    const url = remoteUrl(dir);
    return url ? { source: { kind: 'path', install: `git+${url.replace(/^git\+/, '')}` }, note: `a checkout at ${dir} (origin ${url})` } : { source: { kind: 'path' }, note: `a checkout at ${dir} with no public remote` };
  }
  return { source: { kind: 'path' }, note: `an install at ${dir}` };
}

export function initProject(dir: string, options: { force?: boolean; source?: { source: ToolSource; note: string } } = {}): InitReport {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new WdmError('E_USAGE', `Unexpected ${root}: a file, expected a folder to scaffold`, { file: root });
  const present = existsSync(root) ? readdirSync(root).filter((n) => !IGNORED.has(n)).sort() : [];
  if (present.length > 0 && !options.force) {
    throw new WdmError(
      'E_USAGE',
      `Found ${present.length} ${present.length === 1 ? 'entry' : 'entries'} in ${root} (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}), expected an empty folder`,
      { file: root },
      'run init in a new folder, or pass --force to add only the files that do not exist yet',
    );
  }
  const repoRoot = gitRootOf(existsSync(root) ? root : dirname(root));
  const prefix = repoRoot && repoRoot !== root ? relative(repoRoot, root).split(sep).join('/') : '';
  const { source, note } = options.source ?? toolSource();
  const report: InitReport = { dir: root, ...(repoRoot ? { repoRoot } : {}), written: [], kept: [], source, sourceNote: note };
  try {
    // The folder the user named is the root; what goes inside it is created confined to it.
    makeDirs(currentFs(), root);
  } catch (error) {
    throw new WdmError('E_IO', `Could not create the folder ${root}: ${describeIoError(error)}`, { file: root }, 'choose a folder you can write to');
  }
  for (const file of scaffoldFiles({ source, prefix })) {
    const target = file.atRoot && repoRoot ? join(repoRoot, file.path) : join(root, file.path);
    const shown = relative(root, target).split(sep).join('/');
    if (occupied(target)) {
      report.kept.push(shown);
      continue;
    }
    // Each folder checked and the file created new (O_EXCL, O_NOFOLLOW) under its root (the project, or the
    // repository root for the hook and CI files): a link on the way is refused, never followed.
    createConfinedFile(outputRoot(file.atRoot && repoRoot ? repoRoot : root), target, Buffer.from(file.text, 'utf8'));
    report.written.push(shown);
  }
  return report;
}

/** Whether something (a file, a folder, even a dangling link) already has this name. */
function occupied(target: string): boolean {
  try {
    lstatSync(target);
    return true;
  } catch {
    return false;
  }
}
