// Reads what a reviewer compares out of a DESIGN.md text: flattened front-matter tokens, contrast pairs, the body.
import matter from 'gray-matter';

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

/** Never throws: a hand-broken DESIGN.md is still something a reviewer must see, as a text change. */
export function readDesignFacts(text: string): DesignFacts {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---\r?\n/.exec(source);
  const close = open ? /^---\r?$/m.exec(source.slice(open[0].length)) : null;
  if (!open || !close) return { tokens: new Map(), pairs: [], body: source, problem: 'no front matter between two "---" lines' };
  const yamlText = source.slice(open[0].length, open[0].length + close.index);
  const body = source.slice(open[0].length + close.index + close[0].length).replace(/^\r?\n/, '');
  let data: unknown;
  try {
    // gray-matter's js-yaml reads a generated front matter 30x faster than the yaml package (0.4 vs 15 ms), which
    // matters when a rule change touches 10,000 sites. Only plain `---` was accepted above, so no other engine can
    // run, and an options object turns off its unbounded cache.
    data = matter(`---\n${yamlText}\n---\n`, { language: 'yaml', engines: { js: REFUSE, javascript: REFUSE, coffee: REFUSE, coffeescript: REFUSE } }).data;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { tokens: new Map(), pairs: [], body, problem: `front matter is not valid YAML: ${message}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { tokens: new Map(), pairs: [], body, problem: 'front matter is not a mapping' };
  }
  const tokens = new Map<string, string>();
  try {
    flatten(data, '', tokens);
  } catch (error) {
    if (error !== TOO_LARGE) throw error;
    return { tokens: new Map(), pairs: [], body, problem: `front matter has more than ${MAX_TOKENS} values (aliases?)` };
  }
  return { tokens, pairs: declaredPairs((data as Record<string, unknown>)['x-wdm']), body };
}

/** Belt and braces: the code engines gray-matter ships would `eval` a header; none may ever run here. */
const REFUSE = (): never => {
  throw new Error('executable front matter is refused');
};

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
