// Status queries: counts per state and each site's state, for the CLI's `status` command.
import { currentFs, type FsPort } from './fs-port.js';
import { replay, resolveStates, type SiteState } from './replay.js';
import { STATE_NAMES, type StateName } from './states.js';
import { verifyOutputs, type OutputProblem } from './verify-outputs.js';

export interface BatchStatus {
  batch: string;
  counts: Record<StateName, number>;
  /** Each site's state, by domain (sorted). */
  sites: Map<string, SiteState>;
  /** Torn last lines that were ignored (an interrupted write). */
  torn: Array<{ file: string; line: number }>;
  /**
   * Output files whose bytes differ from (or are missing since) what a state recorded; the site counts in the state
   * its intact files support. Filled by `readStatus` with `projectDir`.
   */
  changed: OutputProblem[];
}

export function emptyCounts(): Record<StateName, number> {
  const counts = {} as Record<StateName, number>;
  for (const name of STATE_NAMES) counts[name] = 0;
  return counts;
}

export function countStates(states: ReadonlyMap<string, SiteState>): Record<StateName, number> {
  const counts = emptyCounts();
  for (const site of states.values()) counts[site.state] += 1;
  return counts;
}

/**
 * Replay the batch's journal; with `currentKeys`, states are for those inputs (other keys count as pending). With
 * `projectDir`, every output a state claims is hashed again: a state holds only while its files are the bytes it
 * describes (a site whose verified page was changed by hand counts as the state below, and is listed in `changed`).
 */
export function readStatus(dir: string, batch: string, currentKeys?: ReadonlyMap<string, string>, fsp: FsPort = currentFs(), projectDir?: string): BatchStatus {
  const replayed = replay(dir, batch, fsp, currentKeys);
  const resolved = resolveStates(replayed.contents, currentKeys);
  let sites = new Map([...resolved.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let changed: OutputProblem[] = [];
  if (projectDir !== undefined) {
    const checked = verifyOutputs(sites, projectDir, { fs: fsp });
    sites = checked.states;
    changed = checked.problems;
  }
  return { batch, counts: countStates(sites), sites, torn: replayed.torn, changed };
}

/** The domains in one state, sorted. */
export function sitesIn(status: BatchStatus, state: StateName): string[] {
  return [...status.sites.values()].filter((s) => s.state === state).map((s) => s.domain);
}
