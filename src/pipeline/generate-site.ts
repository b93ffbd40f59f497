// The CPU-bound part of one `generate` site (select, design, render, hash): pure, run in the main thread or a worker.
import { shapeOf, type ThrownShape } from '../shared/errors.js';
import type { Site } from '../shared/types.js';
import type { CacheRecord, FileState } from '../review/staleness.js';
import { lookupPure } from './cache.js';
import { designSite } from './site.js';

// Shaping a thrown value to cross a thread lives with the errors (the write thread needs it without the design stages).
export { shapeOf, thrownFrom, type ThrownShape } from '../shared/errors.js';
import type { Project } from './project.js';

/** One site to design, with what the main thread read from the file system for it. */
export interface DesignTask {
  site: Site;
  /** With the cache: the site's input key, the hash of its output file (undefined: none) and its cache record. */
  cache?: { key: string; actual: string | undefined; record: CacheRecord | undefined };
}

/** What the pure part gives back: small enough to cross a thread (the text, never the Design object). */
export type DesignWork =
  /** The cache proves the file current (by the selection key: the rules changed, not what they select here). */
  | { kind: 'proven'; record: CacheRecord }
  /**
   * Designed with the cache on: the text's UTF-8 bytes (the ones the record's hash is of, written as they are), the
   * record to keep and the file's state against them.
   */
  | { kind: 'rendered'; bytes: Uint8Array; record: CacheRecord; state: FileState }
  /** Designed with the cache off. */
  | { kind: 'designed'; text: string };

/** Throws what the stages throw (the caller turns it into a rejection, as for a site designed in the main thread). */
export function designWork(project: Project, task: DesignTask): DesignWork {
  const { site, cache } = task;
  if (cache === undefined) return { kind: 'designed', text: designSite(site, project).text };
  const found = lookupPure(project, site, cache, cache.record, true);
  if (found.kind === 'proven') return { kind: 'proven', record: found.record };
  return { kind: 'rendered', bytes: found.encoded, record: found.record, state: found.state };
}

/** The worker's answer: the work, or what the stages threw. */
export type DesignReply = DesignWork | { kind: 'failed'; error: ThrownShape };

export function designReply(project: Project, task: DesignTask): DesignReply {
  try {
    return designWork(project, task);
  } catch (error) {
    return { kind: 'failed', error: shapeOf(error) };
  }
}
