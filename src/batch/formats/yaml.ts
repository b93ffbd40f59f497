// Reads a YAML or JSON batch (`{ sites: [...] }` or a bare list) with the line of every list item.
import { LineCounter, isCollection, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { WdmError } from '../../shared/errors.js';
import { didYouMean } from '../../shared/did-you-mean.js';
import { toLf, type RawRow } from './raw-row.js';

export type YamlFlavour = 'YAML' | 'JSON';

const TOP_LEVEL_KEYS = ['sites'] as const;
const SHAPE = 'a mapping with a "sites" list (or a bare list of sites)';

function lineOf(counter: LineCounter, offset: number): { line: number; column: number } {
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function syntaxError(flavour: YamlFlavour, file: string, detail: string, line: number, column: number, hint: string): WdmError {
  return new WdmError(
    'E_BATCH_PARSE',
    `Unexpected ${flavour} syntax: ${detail}, expected well-formed ${flavour} holding ${SHAPE}`,
    { file, line, column },
    hint,
  );
}

/** YAML accepts more than JSON (comments, single quotes, bare keys); a `.json` file must be JSON. */
function checkStrictJson(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.length > 160 ? `${message.slice(0, 157)}...` : message;
    const at = /line (\d+) column (\d+)/.exec(message);
    const line = at ? Number(at[1]) : 1;
    const column = at ? Number(at[2]) : 1;
    throw syntaxError('JSON', file, detail, line, column, 'Write strict JSON: double-quoted keys and strings, no comments, no trailing commas.');
  }
}

function rowsOf(doc: Document, counter: LineCounter, file: string): readonly unknown[] {
  const top = doc.contents;
  const emptyHint = 'Add at least one site, e.g. `sites: [{ domain: example.com }]`.';
  if (top === null || (isScalar(top) && top.value === null)) {
    throw new WdmError('E_BATCH_EMPTY', `Unexpected empty batch file, expected ${SHAPE}`, { file }, emptyHint);
  }
  if (isSeq(top)) {
    if (top.items.length === 0) throw new WdmError('E_BATCH_EMPTY', 'Unexpected empty list of sites, expected at least one site', { file, line: lineOf(counter, top.range?.[0] ?? 0).line }, emptyHint);
    return top.items;
  }
  if (!isMap(top)) {
    const { line, column } = lineOf(counter, top.range?.[0] ?? 0);
    throw new WdmError('E_BATCH_FORMAT', `Unexpected ${isScalar(top) ? typeof top.value : 'value'} at the top level, expected ${SHAPE}`, { file, line, column }, 'Start the file with `sites:` and list one site per item.');
  }
  let sites: Node | null | undefined;
  let sitesLine = 1;
  for (const pair of top.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyStart = isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    const { line, column } = lineOf(counter, keyStart);
    if (key !== 'sites') {
      const guess = didYouMean(key, TOP_LEVEL_KEYS);
      throw new WdmError(
        'E_BATCH_FORMAT',
        `Unexpected top-level key "${key}", expected only "sites"`,
        { file, line, column, path: key },
        guess ? `Did you mean "${guess}"?` : 'Put every site in the "sites" list and remove other keys.',
      );
    }
    sites = pair.value as Node | null;
    sitesLine = line;
  }
  if (sites === undefined) {
    throw new WdmError('E_BATCH_FORMAT', `Unexpected mapping without a "sites" key, expected ${SHAPE}`, { file, line: 1 }, 'Add `sites:` with one list item per site.');
  }
  if (sites === null || (isScalar(sites) && sites.value === null) || (isSeq(sites) && sites.items.length === 0)) {
    throw new WdmError('E_BATCH_EMPTY', 'Unexpected empty "sites", expected at least one site', { file, line: sitesLine, path: 'sites' }, emptyHint);
  }
  if (!isSeq(sites)) {
    throw new WdmError(
      'E_BATCH_FORMAT',
      `Unexpected ${isMap(sites) ? 'mapping' : 'single value'} for "sites", expected a list of sites`,
      { file, line: sitesLine, path: 'sites' },
      'Write each site as a list item starting with "- domain: ...".',
    );
  }
  return sites.items;
}

/** `brandColor: #1a4d8f` unquoted is a YAML comment, so the value is silently null; say so instead. */
function unquotedColour(lines: readonly string[], line: number): boolean {
  return /\bbrandColor\s*:\s+#[0-9a-f]{3,6}\b/i.test(lines[line - 1] ?? '');
}

export function readYamlRows(text: string, file: string, flavour: YamlFlavour): RawRow[] {
  const source = toLf(text);
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: true, version: '1.2' });
  const first = doc.errors[0];
  if (first !== undefined) {
    const pos = first.linePos?.[0] ?? { line: 1, col: 1 };
    // yaml appends " at line L, column C:" and a code excerpt; the place says that already.
    const detail = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint =
      first.code === 'DUPLICATE_KEY'
        ? 'Remove or rename the repeated key; a row may name each field once.'
        : 'Check the indentation and quoting near that place; quote values that contain ": " or start with # or @.';
    throw syntaxError(flavour, file, detail, pos.line, pos.col, hint);
  }
  if (flavour === 'JSON') checkStrictJson(source, file);
  visit(doc, {
    Alias(_, node) {
      const { line, column } = lineOf(counter, node.range?.[0] ?? 0);
      throw new WdmError(
        'E_BATCH_PARSE',
        `Unexpected YAML alias "*${node.source}", expected plain values (anchors and aliases are not allowed in batch files)`,
        { file, line, column },
        'Write the value out in full instead of referring to an anchor.',
      );
    },
  });

  const lines = source.split('\n');
  return rowsOf(doc, counter, file).map((item): RawRow => {
    const range = isNode(item) ? item.range : undefined;
    const start = range?.[0] ?? 0;
    const line = lineOf(counter, start).line;
    const text = source.slice(start, range?.[1] ?? start).trim();
    if (!isMap(item)) {
      const value: unknown = isNode(item) ? item.toJS(doc, { maxAliasCount: 0 }) : item;
      return { line, value, text };
    }
    const value = new Map<string, unknown>();
    let problem: RawRow['problem'];
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const field: unknown = isNode(pair.value) ? pair.value.toJS(doc, { maxAliasCount: 0 }) : pair.value;
      value.set(key, field);
      const keyLine = isNode(pair.key) ? lineOf(counter, pair.key.range?.[0] ?? start).line : line;
      if (key === 'brandColor' && field === null && unquotedColour(lines, keyLine)) {
        problem = {
          message: 'Unexpected comment where the brandColor value should be, expected a quoted hex colour like "#1a4d8f"',
          hint: 'In YAML an unquoted # starts a comment: write brandColor: "#1a4d8f".',
        };
      }
    }
    const locate = (path: readonly (string | number)[]): number => nodeLine(item, path, counter) ?? line;
    return problem ? { line, value, text, problem, lineOf: locate } : { line, value, text, lineOf: locate };
  });
}

/** The line of the node at `path` under `root` (a key's value, a list item), or of its nearest existing parent. */
export function nodeLine(root: YAMLMap | Node, path: readonly (string | number)[], counter: LineCounter): number | undefined {
  let node: unknown = root;
  let found: number | undefined = isNode(root) && root.range ? lineOf(counter, root.range[0]).line : undefined;
  for (const step of path) {
    if (!isCollection(node)) break;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) break;
      // A key's own line: for a mapping or list value that is where it starts being written.
      if (isNode(pair.key) && pair.key.range) found = lineOf(counter, pair.key.range[0]).line;
      next = pair.value;
      if (isScalar(next) && next.range) found = lineOf(counter, next.range[0]).line;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
      if (isNode(next) && next.range) found = lineOf(counter, next.range[0]).line;
    }
    if (next === undefined) break;
    node = next;
  }
  return found;
}
