// wdm.config.yaml: read and validated; no file means the defaults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { LineCounter as LineCounterType, parseDocument as ParseDocument, visit as Visit } from 'yaml';
import * as v from 'valibot';
import { WdmError } from '../shared/errors.js';
import { checkSchema, mapping, type KeyPath, type SchemaProblem } from '../shared/schema.js';
import { readText } from './files.js';
import { ENGLISHES } from '../rules/english.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { showText } from '../batch/characters.js';
import { DEFAULT_FLUSH_EVERY, DEFAULT_FLUSH_MS } from '../registry/flush-defaults.js';

/**
 * 1% of sites get every validator although their shapes were verified: on 10,000 sites that is 100 full checks
 * (~7 s of a build's ~60 s), enough to catch a shape rule that stopped holding after a validator or template change.
 */
export const DEFAULT_VERIFY_SAMPLE = 0.01;

/** Each schema's message is what was expected, in words: `configProblem` writes the sentence around it. */
function wholeNumber(min: number, max: number, or = '') {
  const expected = `a whole number from ${min} to ${max}${or}`;
  return v.pipe(v.number(expected), v.integer(expected), v.minValue(min, expected), v.maxValue(max, expected));
}

const SHARE = 'a share of sites from 0 to 1 (like 0.01)';
const FOLDER = 'a folder path';

/** wdm.config.yaml: every setting optional, its default given here; the `Config` type is inferred from it. */
export const CONFIG_SCHEMA = mapping(
  {
    /** Root under which designs/, sites/ and previews/ go; relative to the project folder. */
    outDir: v.optional(v.pipe(v.string(FOLDER), v.minLength(1, FOLDER)), '.'),
    concurrency: v.optional(wholeNumber(1, 256), 8),
    /** Worker threads for build/implement/verify, or `auto` (docs/scaling.md says when it starts a pool). */
    workers: v.optional(v.union([v.literal('auto'), wholeNumber(0, 64, ', or auto')], 'a whole number from 0 to 64, or auto'), 'auto'),
    registry: v.optional(
      mapping(
        {
          flushEvery: v.optional(wholeNumber(1, 100_000), DEFAULT_FLUSH_EVERY),
          flushMs: v.optional(wholeNumber(0, 60_000), DEFAULT_FLUSH_MS),
        },
        'a mapping with flushEvery and flushMs',
      ),
      {},
    ),
    /** Keep sections whose facts are missing as visibly labelled samples instead of leaving them out. */
    placeholders: v.optional(v.boolean('true or false'), false),
    /** The English of the rules' own text on the pages: `gb` (British, as the rules are written) or `us` (American). */
    english: v.optional(v.picklist(ENGLISHES, 'gb or us'), 'gb'),
    /** Look-alike domains (Unicode TS #39): `warn` lists them and goes on, `reject` refuses the rows. */
    confusables: v.optional(v.picklist(['warn', 'reject'], 'warn or reject'), 'warn'),
    /** Share of sites (0 to 1, by domain hash) that every validator checks although the fast path could answer. */
    verify: v.optional(mapping({ sample: v.optional(v.pipe(v.number(SHARE), v.minValue(0, SHARE), v.maxValue(1, SHARE)), DEFAULT_VERIFY_SAMPLE) }, 'a mapping with sample'), {}),
  },
  'a mapping of settings',
);

export type Config = v.InferOutput<typeof CONFIG_SCHEMA>;

export const DEFAULT_CONFIG: Readonly<Config> = v.parse(CONFIG_SCHEMA, {});

const CONFIG_FILE = 'wdm.config.yaml';

/** Hints beside a wrong value, by key path. */
const HINTS: Readonly<Record<string, string>> = {
  placeholders: 'placeholders: true shows labelled sample sections where facts are missing',
};

/** A value as a message shows it: JSON, escaped and shortened. */
function shown(value: unknown): string {
  return showText(JSON.stringify(value) ?? String(value));
}

/** One schema problem as today's wording: "Unknown setting …" with a did-you-mean, or "Unexpected X for path, expected Y". */
function configProblem(problem: SchemaProblem, line: number | undefined): WdmError {
  const dotted = problem.path.join('.');
  const place = { file: CONFIG_FILE, line, path: showText(dotted) };
  if (problem.unknownKey !== undefined) {
    const prefix = problem.path.slice(0, -1).map((k) => `${k}.`).join('');
    const { key, allowed } = problem.unknownKey;
    const near = didYouMean(key, allowed);
    return new WdmError('E_CONFIG', `Unknown setting ${prefix}${showText(key)}, expected one of ${allowed.join(', ')}`, place, near !== undefined ? `did you mean ${prefix}${near}?` : 'remove it or fix its spelling');
  }
  if (problem.path.length === 0) return new WdmError('E_CONFIG', `Unexpected top-level value, expected ${problem.expected}`, { file: CONFIG_FILE, line: 1 });
  return new WdmError('E_CONFIG', `Unexpected ${shown(problem.input)} for ${showText(dotted)}, expected ${problem.expected}`, place, HINTS[dotted]);
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
  if (!existsSync(file)) return { config: structuredClone(DEFAULT_CONFIG), problems: [] };
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
    return { config: structuredClone(DEFAULT_CONFIG), problems };
  }
  // Aliases are refused by name, as in batch and rules files (the yaml package would throw a bare ReferenceError).
  visit(doc, {
    Alias(_, node) {
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      throw new WdmError('E_CONFIG', `Unexpected YAML alias "*${node.source}", expected plain values (anchors and aliases are not allowed in wdm.config.yaml)`, { file: CONFIG_FILE, line: pos.line, column: pos.col }, 'write the value out in full');
    },
  });
  const checked = checkSchema(CONFIG_SCHEMA, doc.toJS({ maxAliasCount: 0 }) ?? {});
  if (checked.ok) return { config: checked.output, problems: [] };
  // In the file's order (the schema finds wrong values before unknown keys).
  const problems = checked.problems
    .map((p) => ({ line: p.path.length === 0 ? 1 : lineOfKey(doc, lineCounter, p.path), p }))
    .sort((x, y) => (x.line ?? Number.MAX_SAFE_INTEGER) - (y.line ?? Number.MAX_SAFE_INTEGER))
    .map(({ line, p }) => configProblem(p, line));
  return { config: structuredClone(DEFAULT_CONFIG), problems };
}

function lineOfKey(doc: ReturnType<typeof ParseDocument>, lc: LineCounterType, path: KeyPath): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lc.linePos(node.range[0]).line : undefined;
}

