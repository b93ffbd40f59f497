// The incremental cache's file: per batch, what each site's inputs hashed to and the sha256 of the output they
// produced, plus what lets a later run answer without the rules engine. Light: no stage is imported here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableStringify } from '../shared/hash.js';
import type { Rejection } from '../shared/types.js';
import type { CacheRecord } from '../review/staleness.js';
import { PACKAGE_DIR } from './sources.js';
import { relPath, stateDir, stateRootOf } from './files.js';
import { atomicWriteFile } from '../registry/index.js';
import { isWdmError } from '../shared/errors.js';

interface ProjectPlaces {
  dir: string;
  /** Absolute root of the output folders. */
  outDir: string;
}

export const CACHE_FORMAT = 'wdm-design-cache';
export const CACHE_VERSION = 3;

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
  /** Domain → record, in batch order. */
  records: Map<string, CacheRecord>;
  /** How the cache file was found: `missing`, `used`, or why it was ignored. */
  status: 'used' | 'missing' | 'ignored';
  reason?: string;
  /** What lets a later run answer without the rules engine (absent in a cache that cannot). */
  recall?: CacheRecall;
}

/**
 * The batch as a whole when the cache was written: the fingerprint of its raw input files, and every site accounted
 * for (a record, or the rejection the rules or design stages gave it). A run whose fingerprint is the same can prove
 * each site current from its record and the file's bytes alone, and report the same rejections.
 */
export interface CacheRecall {
  inputs: string;
  /** Rows the batch parser rejected, sorted by line. */
  rows: Rejection[];
  /** Sites rejected while designing, by domain. */
  sites: Map<string, Rejection>;
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

export function cacheFile(project: Pick<ProjectPlaces, 'dir'>, batch: string): string {
  return join(project.dir, '.wdm', 'cache', `${batch}.json`);
}

export function cacheHeader(project: ProjectPlaces, batch: string): CacheHeader {
  return { format: CACHE_FORMAT, version: CACHE_VERSION, tool: toolVersion(), node: nodeMajor(), batch, out: relPath(project.dir, project.outDir) };
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Parses a cache file's text against the header it must carry. Anything unexpected (truncated, corrupt, another
 * tool, another version, another batch or output folder) gives `undefined` and a reason: such a cache is rebuilt,
 * never partly trusted.
 */
function isRejection(value: unknown): value is Rejection {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return typeof r['file'] === 'string' && typeof r['line'] === 'number' && typeof r['input'] === 'string' && typeof r['message'] === 'string' && (r['hint'] === undefined || typeof r['hint'] === 'string');
}

function rejectionOf(value: Rejection): Rejection {
  return { file: value.file, line: value.line, input: value.input, message: value.message, ...(value.hint !== undefined ? { hint: value.hint } : {}) };
}

export function parseCache(text: string, expected: CacheHeader): { records: Map<string, CacheRecord>; recall?: CacheRecall } | { reason: string } {
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
  const recall = obj['recall'];
  if (recall === undefined) return { records };
  const r = recall as Record<string, unknown> | null;
  const rows = r?.['rows'];
  const rejectedSites = r?.['sites'];
  if (
    r === null || typeof r !== 'object' || typeof r['inputs'] !== 'string' || !HEX64.test(r['inputs']) ||
    !Array.isArray(rows) || !rows.every(isRejection) ||
    rejectedSites === null || typeof rejectedSites !== 'object' || Array.isArray(rejectedSites) || !Object.values(rejectedSites as object).every(isRejection)
  ) {
    return { reason: '"recall" is not { inputs, rows, sites } with rejections' };
  }
  return {
    records,
    recall: {
      inputs: r['inputs'] as string,
      rows: rows.map(rejectionOf),
      sites: new Map(Object.entries(rejectedSites as Record<string, Rejection>).map(([d, v]) => [d, rejectionOf(v)])),
    },
  };
}

export function readCache(project: ProjectPlaces, batch: string): BatchCache {
  const header = cacheHeader(project, batch);
  // A `.wdm` that is a file or a link is said now, before any design is written.
  stateDir(project.dir, 'cache');
  let text: string;
  try {
    text = readFileSync(cacheFile(project, batch), 'utf8');
  } catch {
    return { header, records: new Map(), status: 'missing' };
  }
  const parsed = parseCache(text, header);
  if ('reason' in parsed) return { header, records: new Map(), status: 'ignored', reason: parsed.reason };
  return { header, records: parsed.records, status: 'used', ...(parsed.recall ? { recall: parsed.recall } : {}) };
}

/** The cache file's text: records in the order given (batch order), and the recall when the batch is complete. */
export function serialiseCache(header: CacheHeader, records: Map<string, CacheRecord>, recall?: CacheRecall): string {
  const sites: Record<string, [string, string, string]> = {};
  for (const [domain, r] of records) sites[domain] = [r.key, r.output, r.selection];
  const out: Record<string, unknown> = { header, sites };
  if (recall) out['recall'] = { inputs: recall.inputs, rows: recall.rows, sites: Object.fromEntries(recall.sites) };
  return JSON.stringify(out) + '\n';
}

/**
 * Writes the batch's cache as one file, atomically (temporary file then rename, confined to the project): a crash
 * leaves the old cache or the new one, never half of one. A cache that cannot be written costs speed on the next run,
 * not correctness; a `.wdm` that is a symbolic link or a file is reported (nothing is written through it).
 */
export function writeCache(project: ProjectPlaces, batch: string, records: Map<string, CacheRecord>, recall?: CacheRecall): boolean {
  try {
    atomicWriteFile(cacheFile(project, batch), serialiseCache(cacheHeader(project, batch), records, recall), { root: stateRootOf(project.dir), durability: 'none' });
    return true;
  } catch (error) {
    if (isWdmError(error) && error.code === 'E_CONFINE') throw error;
    return false;
  }
}
