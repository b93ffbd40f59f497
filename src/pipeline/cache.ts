// The incremental cache: per batch, what each site's inputs hashed to and the sha256 of the output they produced.
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256, stableStringify } from '../shared/hash.js';
import type { Selection, Site } from '../shared/types.js';
import { selectFor } from '../rules/index.js';
import { fileState, provenCurrent, type CacheRecord, type FileState } from '../review/staleness.js';
import { PACKAGE_DIR, type Project } from './project.js';
import { designFromSelection, siteEntry, type DesignedSite } from './site.js';
import { relPath } from './files.js';
import { readOutput } from './read-output.js';

export { readOutput };

export const CACHE_FORMAT = 'wdm-design-cache';
export const CACHE_VERSION = 2;

export interface CacheHeader {
  format: string;
  version: number;
  /** The tool's full version: any release may change outputs, so a cache never outlives one. */
  tool: string;
  /** Node's major version: a new V8 may format numbers or sort differently. */
  node: number;
  batch: string;
  /** The output root relative to the project: a cache describes the files of one place. */
  out: string;
}

export interface BatchCache {
  header: CacheHeader;
  /** Domain → record. */
  records: Map<string, CacheRecord>;
  /** How the cache file was found: `missing`, `used`, or why it was ignored. */
  status: 'used' | 'missing' | 'ignored';
  reason?: string;
}

let toolVersionMemo: string | undefined;

/** The installed package's version, read once from its package.json. */
export function toolVersion(): string {
  if (toolVersionMemo === undefined) {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version?: unknown };
    toolVersionMemo = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return toolVersionMemo;
}

export function nodeMajor(): number {
  return Number(process.versions.node.split('.')[0]);
}

export function cacheFile(project: Project, batch: string): string {
  return join(project.dir, '.wdm', 'cache', `${batch}.json`);
}

export function cacheHeader(project: Project, batch: string): CacheHeader {
  return { format: CACHE_FORMAT, version: CACHE_VERSION, tool: toolVersion(), node: nodeMajor(), batch, out: relPath(project.dir, project.outDir) };
}

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
  const { selection, trace } = selectFor(site, project.rules, { placeholders: project.placeholders });
  return { selection, trace, key: selectionKey(project, site, selection) };
}

/** designSite (site.ts) from its second stage on; the cache property test holds the two to the same bytes. */
export function designSelected(project: Project, site: Site, selected: Selected): DesignedSite {
  return designFromSelection(site, selected, project);
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Parses a cache file's text against the header it must carry. Anything unexpected (truncated, corrupt, another
 * tool, another version, another batch or output folder) gives `undefined` and a reason: such a cache is rebuilt,
 * never partly trusted.
 */
export function parseCache(text: string, expected: CacheHeader): { records: Map<string, CacheRecord> } | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { reason: 'not valid JSON (truncated or corrupt)' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { reason: 'not a JSON object' };
  const obj = data as Record<string, unknown>;
  const header = obj['header'];
  if (stableStringify(header) !== stableStringify(expected)) return { reason: `header ${JSON.stringify(header)} differs from ${JSON.stringify(expected)}` };
  const sites = obj['sites'];
  if (sites === null || typeof sites !== 'object' || Array.isArray(sites)) return { reason: 'no "sites" object' };
  const records = new Map<string, CacheRecord>();
  for (const [domain, value] of Object.entries(sites as Record<string, unknown>)) {
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => HEX64.test(String(v)))) {
      return { reason: `record of ${domain} is not [key, output, selection] as three sha256 hex strings` };
    }
    records.set(domain, { key: value[0] as string, output: value[1] as string, selection: value[2] as string });
  }
  return { records };
}

export function readCache(project: Project, batch: string): BatchCache {
  const header = cacheHeader(project, batch);
  let text: string;
  try {
    text = readFileSync(cacheFile(project, batch), 'utf8');
  } catch {
    return { header, records: new Map(), status: 'missing' };
  }
  const parsed = parseCache(text, header);
  if ('reason' in parsed) return { header, records: new Map(), status: 'ignored', reason: parsed.reason };
  return { header, records: parsed.records, status: 'used' };
}

export function serialiseCache(header: CacheHeader, records: Map<string, CacheRecord>): string {
  const sites: Record<string, [string, string, string]> = {};
  for (const domain of [...records.keys()].sort()) {
    const r = records.get(domain) as CacheRecord;
    sites[domain] = [r.key, r.output, r.selection];
  }
  return JSON.stringify({ header, sites }) + '\n';
}

let tempCounter = 0;

/**
 * Writes the batch's cache as one file, atomically (temporary file then rename): a crash leaves the old cache or
 * the new one, never half of one. A cache that cannot be written costs speed on the next run, not correctness.
 */
export function writeCache(project: Project, batch: string, records: Map<string, CacheRecord>): boolean {
  const path = cacheFile(project, batch);
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  try {
    mkdirSync(join(project.dir, '.wdm', 'cache'), { recursive: true });
    writeFileSync(temp, serialiseCache(cacheHeader(project, batch), records));
    renameSync(temp, path);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created.
    }
    return false;
  }
}


export type SiteLookup =
  /** The cache proves the file current; `record` is what to keep for the next run. */
  | { kind: 'proven'; record: CacheRecord; selected: boolean }
  | { kind: 'rendered'; designed: DesignedSite; record: CacheRecord; state: FileState; bytes: Buffer | undefined };

/**
 * One site against its output file and its cache record, doing as little as the record allows: nothing but a hash of
 * the file when the inputs are the same, the rules stage only when the rules changed but not what they select for
 * this site, and the whole design otherwise. Throws what the stages throw (the caller turns it into a rejection).
 */
export function lookupSite(project: Project, site: Site, path: string, record: CacheRecord | undefined, useCache: boolean): SiteLookup {
  const key = siteCacheKey(project, site);
  const bytes = readOutput(path);
  const actual = bytes === undefined ? undefined : sha256(bytes);
  if (useCache && provenCurrent(key, actual, record)) return { kind: 'proven', record: record as CacheRecord, selected: false };
  const selected = selectSite(project, site);
  if (useCache && record !== undefined && actual !== undefined && record.selection === selected.key && record.output === actual) {
    return { kind: 'proven', record: { key, output: actual, selection: selected.key }, selected: true };
  }
  const designed = designSelected(project, site, selected);
  const expected = sha256(designed.text);
  const state = fileState({ expected, actual, key, selection: selected.key, record });
  return { kind: 'rendered', designed, record: { key, output: expected, selection: selected.key }, state, bytes };
}
