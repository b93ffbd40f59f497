// The incremental cache: per batch, what each site's inputs hashed to and the sha256 of the output they produced.
import { sha256, stableStringify } from '../shared/hash.js';
import { utf8BytesOf } from '../shared/encoding.js';
import type { Selection, Site } from '../shared/types.js';
import { selectFor } from '../rules/index.js';
import { fileState, provenCurrent, type CacheRecord, type FileState } from '../review/staleness.js';
import type { Project } from './project.js';
import { designFromSelection, siteEntry, type DesignedSite } from './site.js';
import { readOutput } from './read-output.js';
import { nodeMajor, toolVersion } from './cache-file.js';

export * from './cache-file.js';
export { readOutput };

/**
 * Everything a site's DESIGN.md depends on, hashed as ESLint keys its lint-result cache: tool version, Node major,
 * the rules and templates digests and the site's stable-stringified entry.
 */
export function siteCacheKey(project: Pick<Project, 'rulesDigest' | 'templatesDigest'>, site: Site): string {
  return sha256(
    stableStringify({ tool: toolVersion(), node: nodeMajor(), rules: project.rulesDigest, templates: project.templatesDigest, entry: siteEntry(site) }),
  );
}

/**
 * The second-level key: what the rules selected for the site instead of the rules themselves. A rule edit changes
 * every first-level key, but only the sites whose selection it changed need designing and rendering again.
 */
export function selectionKey(project: Pick<Project, 'templatesDigest'>, site: Site, selection: Selection): string {
  return sha256(stableStringify({ tool: toolVersion(), node: nodeMajor(), templates: project.templatesDigest, entry: siteEntry(site), selection }));
}

export interface Selected {
  selection: Selection;
  trace: DesignedSite['trace'];
  key: string;
}

export function selectSite(project: Project, site: Site): Selected {
  // The trace is left out: nothing on the cache's path reads it (`explain` selects with it).
  const { selection, trace } = selectFor(site, project.rules, { placeholders: project.placeholders, english: project.english, trace: false });
  return { selection, trace, key: selectionKey(project, site, selection) };
}

/** designSite (site.ts) from its second stage on; the cache property test holds the two to the same bytes. */
export function designSelected(project: Project, site: Site, selected: Selected): DesignedSite {
  return designFromSelection(site, selected, project);
}

export type SiteLookup =
  /** The cache proves the file current; `record` is what to keep for the next run. */
  | { kind: 'proven'; record: CacheRecord; selected: boolean }
  | { kind: 'rendered'; designed: DesignedSite; record: CacheRecord; state: FileState; bytes: Buffer | undefined };

/** What the cache needs of a site's output file before the pure part runs: its input key and the file's bytes and hash. */
export interface FileRead {
  key: string;
  bytes: Buffer | undefined;
  actual: string | undefined;
}

/** The file-system half of `lookupSite`: the site's input key, and the output file's bytes and hash (undefined: none). */
export function readForLookup(project: Pick<Project, 'rulesDigest' | 'templatesDigest'>, site: Site, path: string): FileRead {
  const key = siteCacheKey(project, site);
  const bytes = readOutput(path);
  return { key, bytes, actual: bytes === undefined ? undefined : sha256(bytes) };
}

/** What the pure half of `lookupSite` gives: the proof, or the rendered text with its record and the file's state. */
export type PureLookup =
  | { kind: 'proven'; record: CacheRecord; selected: boolean }
  | { kind: 'rendered'; designed: DesignedSite; record: CacheRecord; state: FileState; encoded: Buffer };

/**
 * The pure half of `lookupSite`, from the input key and the file's hash on: no I/O, so a worker thread can run it.
 * Throws what the stages throw.
 */
export function lookupPure(project: Project, site: Site, read: { key: string; actual: string | undefined }, record: CacheRecord | undefined, useCache: boolean): PureLookup {
  const { key, actual } = read;
  if (useCache && provenCurrent(key, actual, record)) return { kind: 'proven', record: record as CacheRecord, selected: false };
  const selected = selectSite(project, site);
  if (useCache && record !== undefined && actual !== undefined && record.selection === selected.key && record.output === actual) {
    return { kind: 'proven', record: { key, output: actual, selection: selected.key }, selected: true };
  }
  const designed = designSelected(project, site, selected);
  // The text as UTF-8 once: hashed here and written as they are (hashing the string, then writing it, encoded it twice).
  const encoded = utf8BytesOf(designed.parts);
  const expected = sha256(encoded);
  const state = fileState({ expected, actual, key, selection: selected.key, record });
  return { kind: 'rendered', designed, record: { key, output: expected, selection: selected.key }, state, encoded };
}

/**
 * One site against its output file and its cache record, doing as little as the record allows: nothing but a hash of
 * the file when the inputs are the same, the rules stage only when the rules changed but not what they select for
 * this site, and the whole design otherwise. Throws what the stages throw (the caller turns it into a rejection).
 */
export function lookupSite(project: Project, site: Site, path: string, record: CacheRecord | undefined, useCache: boolean): SiteLookup {
  const read = readForLookup(project, site, path);
  const found = lookupPure(project, site, read, record, useCache);
  return found.kind === 'proven' ? found : { ...found, bytes: read.bytes };
}
