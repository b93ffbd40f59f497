// Check that every output a recorded state claims still exists with its recorded hash; downgrade the state otherwise.
import path from 'node:path';
import { sha256 } from '../shared/hash.js';
import { errnoOf, nodeFs, type FsPort } from './fs-port.js';
import type { SiteState } from './replay.js';
import { PROGRESS_STATES, rankOf, type ProgressState, type RecordedState } from './states.js';

export interface OutputProblem {
  domain: string;
  /** Project-relative path as recorded. */
  file: string;
  /** The state that claimed the file. */
  claimedBy: RecordedState;
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
  const fsp = options.fs ?? nodeFs;
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
              : `${file}: sha256 ${found.slice(0, 12)}…, expected ${expected.slice(0, 12)}… as recorded when ${domain} became ${state}`;
          return [{ domain, file, claimedBy: state, expected, found, message }];
        });
      if (broken.length > 0) {
        problems.push(...broken);
        valid = PROGRESS_STATES[rankOf(state) - 1] ?? 'pending';
        break;
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

function hashOf(fsp: FsPort, file: string): string {
  try {
    return sha256(fsp.readFileSync(file));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return 'missing';
    throw error;
  }
}
