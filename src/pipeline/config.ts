// wdm.config.yaml: read and validated; no file means the defaults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { WdmError } from '../shared/errors.js';
import { readText } from './files.js';
import { didYouMean } from '../batch/suggest.js';

export interface Config {
  /** Root under which designs/, sites/ and previews/ go; relative to the project folder. */
  outDir: string;
  concurrency: number;
  /** Worker threads for build/implement/verify, or `auto`: a pool of 2 once 200+ sites need work (docs/scaling.md). */
  workers: number | 'auto';
  registry: { flushEvery: number; flushMs: number };
  /** Keep sections whose facts are missing as visibly labelled samples instead of leaving them out. */
  placeholders: boolean;
}

export const DEFAULT_CONFIG: Config = {
  outDir: '.',
  concurrency: 8,
  workers: 'auto',
  registry: { flushEvery: 64, flushMs: 25 },
  placeholders: false,
};

const CONFIG_FILE = 'wdm.config.yaml';

const KEYS = ['outDir', 'concurrency', 'workers', 'registry', 'placeholders'] as const;
const REGISTRY_KEYS = ['flushEvery', 'flushMs'] as const;

function numberProblem(value: unknown, path: string, min: number, max: number): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `Unexpected ${JSON.stringify(value)} for ${path}, expected a whole number from ${min} to ${max}`;
  }
  return undefined;
}

function unknownKey(key: string, allowed: readonly string[], prefix: string): { message: string; hint: string } {
  const near = didYouMean(key, allowed);
  return {
    message: `Unknown setting ${prefix}${key}, expected one of ${allowed.join(', ')}`,
    hint: near !== undefined ? `did you mean ${prefix}${near}?` : 'remove it or fix its spelling',
  };
}

/** Every problem of wdm.config.yaml at once (empty when it is valid or absent). */
export function configProblems(dir: string): WdmError[] {
  return readConfig(dir).problems;
}

/** Reads and validates wdm.config.yaml; no file means the defaults. Throws one error listing every problem. */
export function loadConfig(dir: string): Config {
  const { config, problems } = readConfig(dir);
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) {
    throw new WdmError('E_CONFIG', `${problems.length} problems:\n${problems.map((p) => `  ${p.format()}`).join('\n')}`, { file: CONFIG_FILE });
  }
  return config;
}

function readConfig(dir: string): { config: Config; problems: WdmError[] } {
  const file = join(dir, CONFIG_FILE);
  const config = structuredClone(DEFAULT_CONFIG);
  if (!existsSync(file)) return { config, problems: [] };
  const text = readText(file, CONFIG_FILE);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((err) => {
      const pos = lineCounter.linePos(err.pos[0]);
      return new WdmError('E_CONFIG', `Malformed YAML: ${err.message.split('\n')[0]}`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'fix the YAML syntax');
    });
    return { config, problems };
  }
  const raw = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [new WdmError('E_CONFIG', 'Unexpected top-level value, expected a mapping of settings', { file: CONFIG_FILE, line: 1 })] };
  }
  const problems: WdmError[] = [];
  const at = (path: string[]) => ({ file: CONFIG_FILE, line: lineOfKey(doc, lineCounter, path), path: path.join('.') });
  const problem = (path: string[], message: string | undefined, hint?: string): void => {
    if (message !== undefined) problems.push(new WdmError('E_CONFIG', message, at(path), hint));
  };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'outDir':
        if (typeof value !== 'string' || value.length === 0) problem([key], `Unexpected ${JSON.stringify(value)} for outDir, expected a folder path`);
        else config.outDir = value;
        break;
      case 'concurrency': {
        const p = numberProblem(value, key, 1, 256);
        if (p) problem([key], p);
        else config.concurrency = value as number;
        break;
      }
      case 'workers': {
        if (value === 'auto') config.workers = 'auto';
        else {
          const p = numberProblem(value, key, 0, 64);
          if (p) problem([key], `${p}, or auto`);
          else config.workers = value as number;
        }
        break;
      }
      case 'registry': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problem([key], 'Unexpected value for registry, expected a mapping with flushEvery and flushMs');
          break;
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === 'flushEvery' || k === 'flushMs') {
            const p = k === 'flushEvery' ? numberProblem(v, 'registry.flushEvery', 1, 100_000) : numberProblem(v, 'registry.flushMs', 0, 60_000);
            if (p) problem([key, k], p);
            else config.registry[k] = v as number;
          } else {
            const u = unknownKey(k, REGISTRY_KEYS, 'registry.');
            problem([key, k], u.message, u.hint);
          }
        }
        break;
      }
      case 'placeholders':
        if (typeof value !== 'boolean') problem([key], `Unexpected ${JSON.stringify(value)} for placeholders, expected true or false`, 'placeholders: true shows labelled sample sections where facts are missing');
        else config.placeholders = value;
        break;
      default: {
        const u = unknownKey(key, KEYS, '');
        problem([key], u.message, u.hint);
      }
    }
  }
  return { config, problems };
}

function lineOfKey(doc: ReturnType<typeof parseDocument>, lc: LineCounter, path: string[]): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

