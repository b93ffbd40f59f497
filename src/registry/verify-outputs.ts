// Check that every output a recorded state claims still exists with its recorded hash; downgrade the state otherwise.
import path from 'node:path';
import { sha256 } from '../shared/hash.js';
import { currentFs, errnoOf, type FsPort } from './fs-port.js';
import { readLeafFile } from './confine.js';
import type { SiteState } from './replay.js';
import { PROGRESS_STATES, rankOf, type ProgressState, type RecordedState } from './states.js';

export interface OutputProblem {
  domain: string;
  /** Project-relative path as recorded. */
  file: string;
  /** The state that claimed the file (`failed`: the bytes a failure described changed since, so it may no longer hold). */
  claimedBy: RecordedState | 'failed';
  expected: string;
  /** `missing`, or the hash found. */
  found: string;
  /** Human-readable: what was found, what was expected, where. */
  message: string;
}

export interface VerifiedStates {
  states: Map<string, SiteState>;
  problems: OutputProblem[];
  /** Domains whose state went down. */
  downgraded: string[];
}

/**
 * A state counts as done only while its outputs are intact. A site is downgraded to the state below the first one
 * whose claimed output is missing or changed (a failed site keeps failed, with `reached` lowered).
 */
export function verifyOutputs(states: ReadonlyMap<string, SiteState>, projectDir: string, options: { fs?: FsPort } = {}): VerifiedStates {
  const fsp = options.fs ?? currentFs();
  const out = new Map<string, SiteState>();
  const problems: OutputProblem[] = [];
  const downgraded: string[] = [];
  for (const [domain, site] of states) {
    let valid: ProgressState = site.reached;
    for (const state of PROGRESS_STATES.slice(1, rankOf(site.reached) + 1) as RecordedState[]) {
      const claimed = site.outputs[state] ?? {};
      const broken = Object.keys(claimed)
        .sort()
        .flatMap((file) => {
          const expected = claimed[file] ?? '';
          const found = hashOf(fsp, path.join(projectDir, file));
          if (found === expected) return [];
          const message =
            found === 'missing'
              ? `${file}: missing, expected the file recorded as ${state} for ${domain} (sha256 ${expected.slice(0, 12)}…)`
              : found === NOT_A_FILE
                ? `${file}: not a regular file (a link, folder, device or pipe), expected the file recorded as ${state} for ${domain}; rerun the command that writes it`
                : `${file}: sha256 ${found.slice(0, 12)}…, expected ${expected.slice(0, 12)}… as recorded when ${domain} became ${state}`;
          return [{ domain, file, claimedBy: state, expected, found, message }];
        });
      if (broken.length > 0) {
        problems.push(...broken);
        valid = PROGRESS_STATES[rankOf(state) - 1] ?? 'pending';
        break;
      }
    }
    if (site.state === 'failed' && site.failedOutputs) {
      for (const file of Object.keys(site.failedOutputs).sort()) {
        const expected = site.failedOutputs[file] ?? '';
        const found = hashOf(fsp, path.join(projectDir, file));
        if (found === expected) continue;
        const message = found === 'missing' ? `${file}: missing since ${domain} failed` : `${file}: changed since ${domain} failed (sha256 ${found.slice(0, 12)}…, was ${expected.slice(0, 12)}…); rerun to see whether it still fails`;
        problems.push({ domain, file, claimedBy: 'failed', expected, found, message });
      }
    }
    // A failure hidden by an earlier success counts again when the files on disk are the ones that failed.
    const failure = site.failure;
    if (site.state !== 'failed' && failure?.outputs && rankOf(failure.attempted) > rankOf(valid) && Object.keys(failure.outputs).length > 0) {
      const outputs = failure.outputs;
      if (Object.keys(outputs).every((file) => hashOf(fsp, path.join(projectDir, file)) === outputs[file])) {
        const kept: SiteState['outputs'] = {};
        for (const state of PROGRESS_STATES.slice(1, rankOf(valid) + 1) as RecordedState[]) {
          const claimed = site.outputs[state];
          if (claimed) kept[state] = claimed;
        }
        if (valid !== site.reached) downgraded.push(domain);
        out.set(domain, { ...site, state: 'failed', reached: valid, outputs: kept, message: failure.message, attempted: failure.attempted, failedOutputs: outputs });
        continue;
      }
    }
    if (valid === site.reached) out.set(domain, site);
    else {
      downgraded.push(domain);
      const outputs: SiteState['outputs'] = {};
      for (const state of PROGRESS_STATES.slice(1, rankOf(valid) + 1) as RecordedState[]) {
        const claimed = site.outputs[state];
        if (claimed) outputs[state] = claimed;
      }
      out.set(domain, { ...site, state: site.state === 'failed' ? 'failed' : valid, reached: valid, outputs });
    }
  }
  return { states: out, problems, downgraded };
}

/** What `hashOf` gives for a recorded path that is not a regular file (a hand-made journal line, or a swap). */
const NOT_A_FILE = 'not a regular file';

/** The sha256 of a recorded output, `missing`, or NOT_A_FILE (a link, folder, device or pipe is never read). */
function hashOf(fsp: FsPort, file: string): string {
  const bytes = readLeafFile(file, fsp);
  return typeof bytes === 'string' ? bytes : sha256(bytes);
}

/** Every file a site's recorded states claim, path → sha256 (a later state's claim wins; they agree for one key). */
export function claimedOutputs(site: SiteState): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const state of PROGRESS_STATES.slice(1) as RecordedState[]) Object.assign(claims, site.outputs[state] ?? {});
  return claims;
}

/**
 * Checks a copy about to be published: every file under `copyRoot/<domain>/` must be one the site's states claim
 * (`<source>/<domain>/<path>` project-relative) with the claimed bytes, and every claimed file under that source must
 * be there. Hashing the copy, not the original, means what is published is exactly what was verified.
 */
export function publishProblems(fsp: FsPort, source: string, copyRoot: string, states: ReadonlyMap<string, SiteState>): string[] {
  const problems: string[] = [];
  const prefix = source.split(path.sep).join('/').replace(/\/+$/, '');
  for (const [domain, site] of states) {
    const claims = claimedOutputs(site);
    const mine = Object.keys(claims).filter((file) => file.startsWith(`${prefix}/${domain}/`));
    const seen = new Set<string>();
    const walk = (dir: string, rel: string): void => {
      let names: string[];
      try {
        names = fsp.readdirSync(dir).sort();
      } catch (error) {
        if (errnoOf(error) === 'ENOENT') return;
        throw error;
      }
      for (const name of names) {
        const full = path.join(dir, name);
        const relName = `${rel}/${name}`;
        if (fsp.statSync(full).isDirectory()) {
          walk(full, relName);
          continue;
        }
        seen.add(relName);
        const expected = claims[relName];
        if (expected === undefined) problems.push(`${domain}: ${relName}: not among the files recorded when the site was verified (added by hand or by another tool); remove it or rebuild the site`);
        else {
          const found = sha256(fsp.readFileSync(full));
          if (found !== expected) problems.push(`${domain}: ${relName}: sha256 ${found.slice(0, 12)}…, expected ${expected.slice(0, 12)}… as verified; rebuild the site`);
        }
      }
    };
    walk(path.join(copyRoot, domain), `${prefix}/${domain}`);
    for (const file of mine.sort()) if (!seen.has(file)) problems.push(`${domain}: ${file}: missing, expected the file recorded when the site was verified`);
  }
  return problems;
}
