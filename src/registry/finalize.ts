// Publish a fully verified batch: build the tree beside the target, make it durable, swap it into place.
import path from 'node:path';
import { WdmError } from '../shared/errors.js';
import { errnoOf, fsyncDir, isProcessAlive, nodeFs, type FsPort } from './fs-port.js';
import { syncGroup } from './atomic-write.js';
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
  fs?: FsPort;
}

export interface FinalizeResult {
  target: string;
  files: number;
  /** Entries of the sources that are not a site of the batch, left out (project-relative). */
  skipped: string[];
}

const SHOWN = 20;

/**
 * Refuses unless every site is verified (or already finalized). The caller records `finalized` for each site after
 * this returns. The swap is two renames (old aside, new in): a reader sees the old tree or the new one, except in
 * the microseconds between the renames, when the target is absent (Node has no renameat2 RENAME_EXCHANGE); a
 * crash there leaves `<target>.old-<pid>` and a complete `<target>.tmp-<pid>`, and rerunning finalize rebuilds.
 */
export function finalizeBatch(input: FinalizeInput): FinalizeResult {
  const fsp = input.fs ?? nodeFs;
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
  // Every file about to be published is hashed against what was verified, before anything is written.
  const problems = input.sources.flatMap((source) => publishProblems(fsp, source, path.join(input.projectDir, source), input.states));
  if (problems.length > 0) refuseChanged(input.batch, problems);
  const target = path.join(input.projectDir, input.target);
  const parent = path.dirname(target);
  fsp.mkdirSync(parent);
  removeLeftovers(fsp, target);
  const temp = `${target}.tmp-${process.pid}`;
  fsp.rmSync(temp);
  fsp.mkdirSync(temp);
  const written: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const source of input.sources) {
    const head = source.split(/[\\/]/).find((part) => part !== '' && part !== '.');
    if (head === undefined || seen.has(head)) {
      throw new WdmError('E_USAGE', `Unexpected finalize source "${source}", expected folders with distinct first path segments`, {}, 'pass e.g. designs/<batch> and sites/<batch>');
    }
    seen.add(head);
    const from = path.join(input.projectDir, source);
    for (const entry of sortedEntries(fsp, from)) {
      if (!input.states.has(entry)) {
        skipped.push(path.join(source, entry));
        continue;
      }
      copyTree(fsp, path.join(from, entry), path.join(temp, head, entry), written);
    }
  }
  // The copy is hashed again: a file changed between the check above and the copy is not published either.
  const copyProblems = input.sources.flatMap((source) => publishProblems(fsp, source, path.join(temp, headOf(source)), input.states));
  if (copyProblems.length > 0) {
    fsp.rmSync(temp);
    refuseChanged(input.batch, copyProblems);
  }
  syncGroup(fsp, written.length > 0 ? written : [path.join(temp, '.')]);
  const old = `${target}.old-${process.pid}`;
  const hadOld = exists(fsp, target);
  if (hadOld) fsp.renameSync(target, old);
  fsp.renameSync(temp, target);
  fsyncDir(fsp, parent);
  if (hadOld) fsp.rmSync(old);
  return { target, files: written.length, skipped };
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
    fsp.statSync(file);
    return true;
  } catch {
    return false;
  }
}

function sortedEntries(fsp: FsPort, dir: string): string[] {
  try {
    return fsp.readdirSync(dir).sort();
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
}

function copyTree(fsp: FsPort, from: string, to: string, written: string[]): void {
  if (fsp.statSync(from).isDirectory()) {
    fsp.mkdirSync(to);
    for (const name of sortedEntries(fsp, from)) copyTree(fsp, path.join(from, name), path.join(to, name), written);
    return;
  }
  fsp.copyFileSync(from, to);
  written.push(to);
}

/** Trees left by a finalize that died (its pid is gone): a half-built `.tmp-` or an `.old-` not yet removed. */
function removeLeftovers(fsp: FsPort, target: string): void {
  const base = path.basename(target);
  for (const name of sortedEntries(fsp, path.dirname(target))) {
    const match = /^\.(?:tmp|old)-(\d+)$/.exec(name.startsWith(base) ? name.slice(base.length) : '');
    if (match && !isProcessAlive(Number(match[1]))) fsp.rmSync(path.join(path.dirname(target), name));
  }
}
