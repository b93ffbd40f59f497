// wdm.config.yaml: read and validated; no file means the defaults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { WdmError } from '../shared/errors.js';
import { readText } from './files.js';

export interface Config {
  /** Root under which designs/, sites/ and previews/ go; relative to the project folder. */
  outDir: string;
  concurrency: number;
  /** Worker threads for build/implement/verify, or `auto`: a pool of 2 once 200+ sites need work (docs/scaling.md). */
  workers: number | 'auto';
  registry: { flushEvery: number; flushMs: number };
}

export const DEFAULT_CONFIG: Config = {
  outDir: '.',
  concurrency: 8,
  workers: 'auto',
  registry: { flushEvery: 64, flushMs: 25 },
};

const CONFIG_FILE = 'wdm.config.yaml';

function expectNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new WdmError('E_CONFIG', `Unexpected ${JSON.stringify(value)} for ${path}, expected a whole number from ${min} to ${max}`, { file: CONFIG_FILE, path });
  }
  return value;
}

/** Reads and validates wdm.config.yaml; no file means the defaults. */
export function loadConfig(dir: string): Config {
  const file = join(dir, CONFIG_FILE);
  if (!existsSync(file)) return structuredClone(DEFAULT_CONFIG);
  const text = readText(file, CONFIG_FILE);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new WdmError('E_CONFIG', `Malformed YAML: ${err.message.split('\n')[0]}`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'fix the YAML syntax');
  }
  const raw = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WdmError('E_CONFIG', 'Unexpected top-level value, expected a mapping of settings', { file: CONFIG_FILE, line: 1 });
  }
  const config = structuredClone(DEFAULT_CONFIG);
  for (const [key, value] of Object.entries(raw)) {
    const line = lineOfKey(doc, lineCounter, [key]);
    switch (key) {
      case 'outDir':
        if (typeof value !== 'string' || value.length === 0) {
          throw new WdmError('E_CONFIG', `Unexpected ${JSON.stringify(value)} for outDir, expected a folder path`, { file: CONFIG_FILE, line, path: key });
        }
        config.outDir = value;
        break;
      case 'concurrency':
        config.concurrency = expectNumber(value, key, 1, 256);
        break;
      case 'workers':
        config.workers = value === 'auto' ? 'auto' : expectNumber(value, key, 0, 64);
        break;
      case 'registry': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new WdmError('E_CONFIG', 'Unexpected value for registry, expected a mapping with flushEvery and flushMs', { file: CONFIG_FILE, line, path: key });
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === 'flushEvery') config.registry.flushEvery = expectNumber(v, 'registry.flushEvery', 1, 100_000);
          else if (k === 'flushMs') config.registry.flushMs = expectNumber(v, 'registry.flushMs', 0, 60_000);
          else throw new WdmError('E_CONFIG', `Unknown setting registry.${k}, expected flushEvery or flushMs`, { file: CONFIG_FILE, line: lineOfKey(doc, lineCounter, [key, k]), path: `registry.${k}` });
        }
        break;
      }
      default:
        throw new WdmError('E_CONFIG', `Unknown setting ${key}, expected one of outDir, concurrency, workers, registry`, { file: CONFIG_FILE, line, path: key }, 'remove it or fix its spelling');
    }
  }
  return config;
}

function lineOfKey(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: string[]): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

