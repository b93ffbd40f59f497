// Reads what a reviewer compares out of a DESIGN.md text: flattened front-matter tokens, contrast pairs, the body.
import { isWdmError } from '../shared/errors.js';
import { splitFrontMatter } from '../implement/front-matter.js';
import { parseFrontMatterYaml } from '../implement/parse-yaml.js';

/** A declared text/background pair of `x-wdm.contrast` (ratios are recomputed from the colours, never trusted). */
export interface DeclaredPair {
  text: string;
  background: string;
  target: number;
  use: string;
}

export interface DesignFacts {
  /** Front-matter leaves by dotted path (`colors.primary`, `typography.display.fontSize`), as strings. */
  tokens: Map<string, string>;
  pairs: DeclaredPair[];
  /** The Markdown after the front matter. */
  body: string;
  /** Set when the front matter could not be read: the file is then compared as text only. */
  problem?: string;
}

// The contrast list is compared as ratios recomputed from the colours; its stored numbers would double-count.
const SKIPPED = new Set(['x-wdm.contrast']);

/**
 * Never throws: a hand-broken DESIGN.md is still something a reviewer must see, as a text change. The front matter is
 * split and parsed exactly as `implement` reads it (YAML 1.2 core schema, unique keys, no aliases, size caps), so
 * `1:20` stays the string it is and `2024-01-02` is not turned into a date.
 */
export function readDesignFacts(text: string): DesignFacts {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(source, 'DESIGN.md');
  } catch (error) {
    return { tokens: new Map(), pairs: [], body: source, problem: problemOf(error) };
  }
  const body = split.body;
  let data: unknown;
  try {
    data = parseFrontMatterYaml(split.yaml, 'DESIGN.md', split.yamlLine);
  } catch (error) {
    return { tokens: new Map(), pairs: [], body, problem: `front matter is not valid YAML: ${problemOf(error)}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { tokens: new Map(), pairs: [], body, problem: 'front matter is not a mapping' };
  }
  const tokens = new Map<string, string>();
  try {
    flatten(data, '', tokens);
  } catch (error) {
    if (error !== TOO_LARGE) throw error;
    return { tokens: new Map(), pairs: [], body, problem: `front matter has more than ${MAX_TOKENS} values` };
  }
  return { tokens, pairs: declaredPairs((data as Record<string, unknown>)['x-wdm']), body };
}

function problemOf(error: unknown): string {
  if (isWdmError(error)) return error.format();
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

// YAML aliases share objects: walking them could multiply a small file into millions of paths.
const MAX_TOKENS = 20_000;
const TOO_LARGE = new Error('too many tokens');

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (SKIPPED.has(path)) return;
  if (out.size > MAX_TOKENS) throw TOO_LARGE;
  if (Array.isArray(value)) {
    // Lists of plain values read best as one token (`hero, services, contact`); lists of objects go by index.
    if (value.every((v) => v === null || typeof v !== 'object')) {
      out.set(path, value.map(scalarText).join(', '));
      return;
    }
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, '{}');
    for (const [key, v] of entries) flatten(v, path === '' ? key : `${path}.${key}`, out);
    return;
  }
  out.set(path, scalarText(value));
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function declaredPairs(xwdm: unknown): DeclaredPair[] {
  if (xwdm === null || typeof xwdm !== 'object') return [];
  const list = (xwdm as Record<string, unknown>)['contrast'];
  if (!Array.isArray(list)) return [];
  const pairs: DeclaredPair[] = [];
  for (const item of list) {
    if (item === null || typeof item !== 'object') continue;
    const { text, background, target, use } = item as Record<string, unknown>;
    if (typeof text !== 'string' || typeof background !== 'string' || typeof target !== 'number') continue;
    pairs.push({ text, background, target, use: typeof use === 'string' ? use : '' });
  }
  return pairs;
}
