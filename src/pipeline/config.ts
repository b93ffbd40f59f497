// wdm.config.yaml: read and validated; no file means the defaults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { LineCounter as LineCounterType, parseDocument as ParseDocument, visit as Visit } from 'yaml';
import { WdmError } from '../shared/errors.js';
import { readText } from './files.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { showText } from '../batch/characters.js';
import { DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS } from '../registry/flush-defaults.js';

export interface Config {
  /** Root under which designs/, sites/ and previews/ go; relative to the project folder. */
  outDir: string;
  concurrency: number;
  /** Worker threads for build/implement/verify, or `auto`: a pool of 2 once 200+ sites need work (docs/scaling.md). */
  workers: number | 'auto';
  registry: { flushEvery: number; flushMs: number };
  /** Keep sections whose facts are missing as visibly labelled samples instead of leaving them out. */
  placeholders: boolean;
  /** Look-alike domains (Unicode TS #39): `warn` lists them and goes on, `reject` refuses the rows. */
  confusables: 'warn' | 'reject';
  /** Share of sites (0 to 1, by domain hash) that every validator checks although the fast path could answer. */
  verify: { sample: number };
}

/**
 * 1% of sites get every validator although their shapes were verified: on 10,000 sites that is 100 full checks
 * (~7 s of a build's ~60 s), enough to catch a shape rule that stopped holding after a validator or template change.
 */
export const DEFAULT_VERIFY_SAMPLE = 0.01;

export const DEFAULT_CONFIG: Config = {
  outDir: '.',
  concurrency: 8,
  workers: 'auto',
  registry: { flushEvery: DEFAULT_FLUSH_EVERY, flushMs: DEFAULT_FLUSH_MS },
  placeholders: false,
  confusables: 'warn',
  verify: { sample: DEFAULT_VERIFY_SAMPLE },
};

const CONFIG_FILE = 'wdm.config.yaml';

const KEYS = ['outDir', 'concurrency', 'workers', 'registry', 'placeholders', 'confusables', 'verify'] as const;
const REGISTRY_KEYS = ['flushEvery', 'flushMs'] as const;
const VERIFY_KEYS = ['sample'] as const;

/** A value as a message shows it: JSON, escaped and shortened. */
function shown(value: unknown): string {
  return showText(JSON.stringify(value) ?? String(value));
}

function numberProblem(value: unknown, path: string, min: number, max: number): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `Unexpected ${shown(value)} for ${path}, expected a whole number from ${min} to ${max}`;
  }
  return undefined;
}

function unknownKey(key: string, allowed: readonly string[], prefix: string): { message: string; hint: string } {
  const near = didYouMean(key, allowed);
  return {
    message: `Unknown setting ${prefix}${showText(key)}, expected one of ${allowed.join(', ')}`,
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
  // Loaded only when there is a config file: a command in a project without one does not pay for the import.
  const { LineCounter, parseDocument, visit } = createRequire(import.meta.url)('yaml') as { LineCounter: typeof LineCounterType; parseDocument: typeof ParseDocument; visit: typeof Visit };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((err) => {
      const pos = lineCounter.linePos(err.pos[0]);
      return new WdmError('E_CONFIG', `Malformed YAML: ${err.message.split('\n')[0]}`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'fix the YAML syntax');
    });
    return { config, problems };
  }
  // Aliases are refused by name, as in batch and rules files (the yaml package would throw a bare ReferenceError).
  visit(doc, {
    Alias(_, node) {
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      throw new WdmError('E_CONFIG', `Unexpected YAML alias "*${node.source}", expected plain values (anchors and aliases are not allowed in wdm.config.yaml)`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'write the value out in full');
    },
  });
  const raw = (doc.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [new WdmError('E_CONFIG', 'Unexpected top-level value, expected a mapping of settings', { file: CONFIG_FILE, line: 1 })] };
  }
  const problems: WdmError[] = [];
  const at = (path: string[]) => ({ file: CONFIG_FILE, line: lineOfKey(doc, lineCounter, path), path: showText(path.join('.')) });
  const problem = (path: string[], message: string | undefined, hint?: string): void => {
    if (message !== undefined) problems.push(new WdmError('E_CONFIG', message, at(path), hint));
  };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'outDir':
        if (typeof value !== 'string' || value.length === 0) problem([key], `Unexpected ${shown(value)} for outDir, expected a folder path`);
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
        if (typeof value !== 'boolean') problem([key], `Unexpected ${shown(value)} for placeholders, expected true or false`, 'placeholders: true shows labelled sample sections where facts are missing');
        else config.placeholders = value;
        break;
      case 'confusables':
        if (value !== 'warn' && value !== 'reject') problem([key], `Unexpected ${shown(value)} for confusables, expected warn or reject`);
        else config.confusables = value;
        break;
      case 'verify': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problem([key], 'Unexpected value for verify, expected a mapping with sample');
          break;
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === 'sample') {
            if (typeof v === 'number' && v >= 0 && v <= 1) config.verify.sample = v;
            else problem([key, k], `Unexpected ${shown(v)} for verify.sample, expected a share of sites from 0 to 1 (like 0.01)`);
          } else {
            const u = unknownKey(k, VERIFY_KEYS, 'verify.');
            problem([key, k], u.message, u.hint);
          }
        }
        break;
      }
      default: {
        const u = unknownKey(key, KEYS, '');
        problem([key], u.message, u.hint);
      }
    }
  }
  return { config, problems };
}

function lineOfKey(doc: ReturnType<typeof ParseDocument>, lc: LineCounterType, path: string[]): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

