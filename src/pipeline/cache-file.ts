// The incremental cache's file: per batch, what each site's inputs hashed to and the sha256 of the output they
// produced, plus what lets a later run answer without the rules engine. Light: no stage is imported here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { stableStringify } from '../shared/hash.js';
import type { Rejection } from '../shared/types.js';
import type { CacheRecord } from '../review/staleness.js';
import { PACKAGE_DIR } from './sources.js';
import { relPath, stateDir, stateRootOf } from './files.js';
import { atomicWriteFile, openAtomicStream, type AtomicStream } from '../registry/index.js';
import { isWdmError } from '../shared/errors.js';
import { dictionary, isMapping, type SameType } from '../shared/schema.js';

interface ProjectPlaces {
  dir: string;
  /** Absolute root of the output folders. */
  outDir: string;
}

export const CACHE_FORMAT = 'wdm-design-cache';
export const CACHE_VERSION = 4;

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
  /** The batch's warnings (look-alike domains): a recalled run says them again, as a full run does. */
  warnings: Rejection[];
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

const SHA256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** A rejection as the batch and design stages give it; kept whole (a recalled run reports what a full run does). */
const REJECTION = v.object({
  file: v.string(),
  line: v.number(),
  input: v.string(),
  message: v.string(),
  hint: v.exactOptional(v.string()),
  path: v.exactOptional(v.string()),
  repeats: v.exactOptional(v.object({ count: v.number(), lines: v.array(v.number()) })),
});

// The schema and the shared type must describe the same object: a field added to `Rejection` and not here would be
// dropped from every recalled rejection, so this line stops compiling until the schema has it too.
true satisfies SameType<v.InferOutput<typeof REJECTION>, Rejection>;

/** The cache file after its header: records as [key, output, selection], and the recall when the batch was complete. */
const CACHE_BODY = v.object({
  sites: dictionary(v.string(), v.strictTuple([SHA256, SHA256, SHA256])),
  recall: v.optional(v.object({ inputs: SHA256, rows: v.array(REJECTION), sites: dictionary(v.string(), REJECTION), warnings: v.array(REJECTION) })),
});

/** Why a body failed its schema, worded by where (the first problem: the cache is rebuilt whatever the rest holds). */
function reasonOf(issue: v.BaseIssue<unknown>): string {
  const [top, domain] = (issue.path ?? []).map((step) => String(step.key));
  if (top === 'sites') return domain === undefined ? 'no "sites" object' : `record of ${domain} is not [key, output, selection] as three sha256 hex strings`;
  return '"recall" is not { inputs, rows, sites, warnings } with rejections';
}

/**
 * Parses a cache file's text against the header it must carry. Anything unexpected (truncated, corrupt, another
 * tool, another version, another batch or output folder, a value of the wrong type anywhere) gives `undefined` and a
 * reason: such a cache is rebuilt, never partly trusted.
 */
export function parseCache(text: string, expected: CacheHeader): { records: Map<string, CacheRecord>; recall?: CacheRecall } | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { reason: 'not valid JSON (truncated or corrupt)' };
  }
  if (!isMapping(data)) return { reason: 'not a JSON object' };
  const header = data['header'];
  if (stableStringify(header) !== stableStringify(expected)) return { reason: `header ${JSON.stringify(header)} differs from ${JSON.stringify(expected)}` };
  // abortEarly: the first problem decides (the whole cache is a miss), so a bad cache costs no more than a good one.
  const body = v.safeParse(CACHE_BODY, data, { abortEarly: true });
  if (!body.success) return { reason: reasonOf(body.issues[0]) };
  const records = new Map<string, CacheRecord>();
  for (const [domain, [key, output, selection]] of Object.entries(body.output.sites)) records.set(domain, { key, output, selection });
  const recall = body.output.recall;
  if (recall === undefined) return { records };
  return { records, recall: { inputs: recall.inputs, rows: recall.rows, sites: new Map(Object.entries(recall.sites)), warnings: recall.warnings } };
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
  if (recall) out['recall'] = { inputs: recall.inputs, rows: recall.rows, sites: Object.fromEntries(recall.sites), warnings: recall.warnings };
  return JSON.stringify(out) + '\n';
}

// The file is `JSON.stringify({ header, sites, recall? }) + '\n'`, written in three kinds of pieces so that a run can
// stream it record by record (`openCacheWriter`) and still give the same bytes as building it whole. Object keys
// keep insertion order in JSON.stringify except integer-like keys, and a domain always holds a dot, so never is one.
function headText(header: CacheHeader): string {
  return `{"header":${JSON.stringify(header)},"sites":{`;
}

function recordText(domain: string, r: CacheRecord, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify(domain)}:${JSON.stringify([r.key, r.output, r.selection])}`;
}

function tailText(recall: CacheRecall | undefined): string {
  if (!recall) return '}}\n';
  return `},"recall":${JSON.stringify({ inputs: recall.inputs, rows: recall.rows, sites: Object.fromEntries(recall.sites), warnings: recall.warnings })}}\n`;
}

/**
 * A batch's cache written as the run goes: records are appended in batch order to a temp file that replaces the cache
 * only on `finish`, so a run of 100,000 sites holds no record once it is written, and a run killed before the end
 * leaves the old cache whole (or none). Same bytes as `writeCache` with the same records.
 */
export interface CacheWriter {
  add(domain: string, record: CacheRecord): void;
  /** Ends the file with the recall (when the batch is complete) and puts it in place; false when it could not. */
  finish(recall?: CacheRecall): boolean;
  /** Drops the temp file: the old cache stays. */
  abort(): void;
}

/**
 * Opens the batch's streamed cache; undefined when it cannot be written (the next run is slower, not wrong). A
 * `.wdm` that is a symbolic link or a file is reported, as by `writeCache`.
 */
export function openCacheWriter(project: ProjectPlaces, batch: string): CacheWriter | undefined {
  let stream: AtomicStream | undefined;
  try {
    stream = openAtomicStream(cacheFile(project, batch), { root: stateRootOf(project.dir), durability: 'none' });
    stream.write(headText(cacheHeader(project, batch)));
  } catch (error) {
    stream?.abort();
    if (isWdmError(error) && error.code === 'E_CONFINE') throw error;
    return undefined;
  }
  let open: AtomicStream | undefined = stream;
  let first = true;
  const fail = (): void => {
    open?.abort();
    open = undefined;
  };
  return {
    add(domain, record) {
      if (open === undefined) return;
      try {
        open.write(recordText(domain, record, first));
        first = false;
      } catch {
        // A cache that cannot be written costs speed on the next run, not correctness.
        fail();
      }
    },
    finish(recall) {
      if (open === undefined) return false;
      try {
        open.write(tailText(recall));
        open.commit();
        open = undefined;
        return true;
      } catch (error) {
        fail();
        if (isWdmError(error) && error.code === 'E_CONFINE') throw error;
        return false;
      }
    },
    abort: fail,
  };
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
