// Publish a fully verified batch: build the tree beside the target, make it durable, swap it into place.
import path from 'node:path';
import { WdmError, isWdmError } from '../shared/errors.js';
import { currentFs, describeIoError, errnoOf, fsyncDir, hintForErrno, type FsPort } from './fs-port.js';
import { syncGroup } from './atomic-write.js';
import { checkConfined, copyRegularFile, ensureConfinedDir, outputRoot, removeConfined, renameConfined, showPath, type OutputRoot } from './confine.js';
import { isWriterAlive, parseWriterTag, writerTag } from './writer-identity.js';
import type { SiteState } from './replay.js';
import { publishProblems } from './verify-outputs.js';

export interface FinalizeInput {
  projectDir: string;
  batch: string;
  /** Project-relative folders holding one sub-folder per domain, e.g. `designs/010`, `sites/010`. */
  sources: readonly string[];
  /** Project-relative folder to publish into, e.g. `published/010`. Each source lands in `<target>/<its first path segment>`. */
  target: string;
  states: ReadonlyMap<string, SiteState>;
  /** The output root every source and the target must lie in (default: the project folder). */
  root?: OutputRoot;
  fs?: FsPort;
}

export interface FinalizeResult {
  target: string;
  files: number;
  /** Entries of the sources that are not a site of the batch, left out (project-relative). */
  skipped: string[];
}

const SHOWN = 20;

/** What a site folder may hold: folders and regular files. Anything else is listed and the batch is not published. */
interface Planned {
  files: Array<{ from: string; to: string }>;
  refused: string[];
  skipped: string[];
}

/**
 * Refuses unless every site is verified (or already finalized). The caller records `finalized` for each site after
 * this returns. The swap is two renames (old aside, new in): a reader sees the old tree or the new one, except in
 * the microseconds between the renames, when the target is absent (Node has no renameat2 RENAME_EXCHANGE); a
 * crash there leaves `<target>.old-<writer>` and a complete `<target>.tmp-<writer>`, and rerunning finalize rebuilds.
 *
 * Only folders and regular files are published, found by `lstat` (a symbolic link is never followed, so a link to a
 * system folder or a link loop is reported, not copied); any other entry in a site folder stops the publication before
 * anything is written. Any failure while building removes the temporary tree.
 */
export function finalizeBatch(input: FinalizeInput): FinalizeResult {
  const fsp = input.fs ?? currentFs();
  const root = input.root ?? outputRoot(input.projectDir);
  const notReady = [...input.states.values()].filter((s) => s.state !== 'verified' && s.state !== 'finalized');
  if (notReady.length > 0 || input.states.size === 0) {
    const list = notReady
      .slice(0, SHOWN)
      .map((s) => `${s.domain} (${s.state}${s.message ? `: ${s.message}` : ''})`)
      .join(', ');
    const more = notReady.length > SHOWN ? ` and ${notReady.length - SHOWN} more` : '';
    throw new WdmError(
      'E_REGISTRY',
      input.states.size === 0
        ? `Batch ${input.batch} has no sites to finalize; expected every site verified`
        : `Batch ${input.batch} has ${notReady.length} of ${input.states.size} site(s) not verified: ${list}${more}; expected every site verified`,
      {},
      `run \`wdm-design build --batch ${input.batch}\` until every site is verified, then finalize again`,
    );
  }
  const target = path.join(input.projectDir, input.target);
  const parent = path.dirname(target);
  const temp = `${target}.tmp-${writerTag()}`;
  // Links and special files first (nothing below follows them), then every file is hashed against what was verified.
  const planned = planCopies(fsp, root, input, temp);
  if (planned.refused.length > 0) {
    const list = planned.refused.slice(0, SHOWN).join('; ');
    const more = planned.refused.length > SHOWN ? `; and ${planned.refused.length - SHOWN} more` : '';
    throw new WdmError(
      'E_CONFINE',
      `Refused to finalize batch ${input.batch}: ${planned.refused.length} entr${planned.refused.length === 1 ? 'y is' : 'ies are'} neither a folder nor a regular file: ${list}${more}; expected only folders and regular files in site folders`,
      { file: showPath(root, path.join(input.projectDir, input.sources[0] ?? '.')) },
      'remove these entries (links are never followed or published) and run finalize again; nothing was published',
    );
  }
  const problems = input.sources.flatMap((source) => publishProblems(fsp, source, path.join(input.projectDir, source), input.states));
  if (problems.length > 0) refuseChanged(input.batch, problems);
  guard(root, parent, () => {
    ensureConfinedDir(root, parent, fsp);
    removeLeftovers(fsp, root, target);
    removeConfined(root, temp, fsp);
  });
  const written: string[] = [];
  try {
    ensureConfinedDir(root, temp, fsp);
    for (const head of new Set(planned.files.map((f) => path.relative(temp, f.to).split(path.sep)[0] as string))) {
      ensureConfinedDir(root, path.join(temp, head), fsp);
    }
    for (const { from, to } of planned.files) {
      copyRegularFile(root, from, root, to, fsp);
      written.push(to);
    }
    // The copy is hashed again: a file changed between the check above and the copy is not published either.
    const copyProblems = input.sources.flatMap((source) => publishProblems(fsp, source, path.join(temp, headOf(source)), input.states));
    if (copyProblems.length > 0) refuseChanged(input.batch, copyProblems);
    syncGroup(fsp, written.length > 0 ? written : [path.join(temp, '.')]);
  } catch (error) {
    cleanUp(fsp, root, temp);
    const reported = asIoError(root, error, temp);
    if (reported.code !== 'E_IO' || reported.message.includes('nothing was published')) throw reported;
    throw new WdmError('E_IO', `${reported.message}; nothing was published and the temporary folder was removed`, reported.place, reported.hint);
  }
  const old = `${target}.old-${writerTag()}`;
  const hadOld = exists(fsp, target);
  guard(root, target, () => {
    if (hadOld) renameConfined(root, target, old, fsp);
    try {
      renameConfined(root, temp, target, fsp);
    } catch (error) {
      // Put the old publication back: a failed finalize leaves what was there.
      if (hadOld) renameConfined(root, old, target, fsp);
      cleanUp(fsp, root, temp);
      throw error;
    }
    fsyncDir(fsp, parent);
  });
  if (hadOld) cleanUp(fsp, root, old);
  return { target, files: written.length, skipped: planned.skipped };
}

/** Walks each site folder with lstat (never following a link) and lists what to copy and what is refused. */
function planCopies(fsp: FsPort, root: OutputRoot, input: FinalizeInput, temp: string): Planned {
  const planned: Planned = { files: [], refused: [], skipped: [] };
  const seen = new Set<string>();
  for (const source of input.sources) {
    const head = source.split(/[\\/]/).find((part) => part !== '' && part !== '.' && part !== '..');
    if (head === undefined || seen.has(head)) {
      throw new WdmError('E_USAGE', `Unexpected finalize source "${source}", expected folders with distinct first path segments`, {}, 'pass e.g. designs/<batch> and sites/<batch>');
    }
    seen.add(head);
    const from = path.join(input.projectDir, source);
    const present = guard(root, from, () => checkConfined(root, from, 'publish', fsp));
    if (!present) continue;
    for (const entry of sortedEntries(fsp, root, from)) {
      if (!input.states.has(entry)) {
        planned.skipped.push(path.join(source, entry));
        continue;
      }
      walk(fsp, root, path.join(from, entry), path.join(temp, head, entry), planned);
    }
  }
  return planned;
}

function walk(fsp: FsPort, root: OutputRoot, from: string, to: string, planned: Planned): void {
  const stat = guard(root, from, () => fsp.lstatSync(from));
  if (stat.isDirectory()) {
    for (const name of sortedEntries(fsp, root, from)) walk(fsp, root, path.join(from, name), path.join(to, name), planned);
  } else if (stat.isFile()) {
    planned.files.push({ from, to });
  } else {
    let what = 'a special file (device, pipe or socket)';
    if (stat.isSymbolicLink()) {
      let pointsAt = '';
      try {
        pointsAt = ` to ${fsp.readlinkSync(from)}`;
      } catch {
        // Unreadable link: named without its target.
      }
      what = `a symbolic link${pointsAt}`;
    }
    planned.refused.push(`${showPath(root, from)} is ${what}`);
  }
}

function sortedEntries(fsp: FsPort, root: OutputRoot, dir: string): string[] {
  try {
    return fsp.readdirSync(dir).sort();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw asIoError(root, error, dir);
  }
}

function headOf(source: string): string {
  return source.split(/[\\/]/).find((part) => part !== '' && part !== '.') ?? source;
}

function refuseChanged(batch: string, problems: readonly string[]): never {
  throw new WdmError(
    'E_REGISTRY',
    `Batch ${batch}: ${problems.length} file(s) differ from what was verified:\n${problems.slice(0, SHOWN).map((p) => `  ${p}`).join('\n')}${problems.length > SHOWN ? `\n  and ${problems.length - SHOWN} more` : ''}`,
    {},
    `run \`wdm-design build --batch ${batch}\` to rebuild and re-verify, then finalize again`,
  );
}

function exists(fsp: FsPort, file: string): boolean {
  try {
    fsp.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function cleanUp(fsp: FsPort, root: OutputRoot, tree: string): void {
  try {
    removeConfined(root, tree, fsp);
  } catch {
    // Best effort: a later finalize removes a leftover whose writer is gone.
  }
}

function asIoError(root: OutputRoot, error: unknown, at: string): WdmError {
  if (isWdmError(error)) return error;
  const code = errnoOf(error);
  const where = typeof (error as { path?: unknown }).path === 'string' ? ((error as { path: string }).path) : at;
  return new WdmError(
    'E_IO',
    `Could not finalize: ${describeIoError(error)} at ${showPath(root, where)}`,
    { file: showPath(root, where) },
    `${hintForErrno(code, showPath(root, path.dirname(where)))}; nothing was published and the temporary folder was removed`,
  );
}

function guard<T>(root: OutputRoot, at: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asIoError(root, error, at);
  }
}

/** Trees left by a finalize that died (its writer is gone): a half-built `.tmp-` or an `.old-` not yet removed. */
function removeLeftovers(fsp: FsPort, root: OutputRoot, target: string): void {
  const base = path.basename(target);
  for (const name of sortedEntries(fsp, root, path.dirname(target))) {
    const match = /^\.(?:tmp|old)-(\d+)(?:-([0-9a-f]{8}_\d+))?$/.exec(name.startsWith(base) ? name.slice(base.length) : '');
    if (match && !isWriterAlive(parseWriterTag(match[1] as string, match[2]))) removeConfined(root, path.join(path.dirname(target), name), fsp);
  }
}
