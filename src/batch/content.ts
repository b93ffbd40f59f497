// A content file's text (`content/<batch>/<domain>.yaml`: one site's facts) → validated facts or located problems.
import { LineCounter, parseDocument, visit } from 'yaml';
import { fixed } from '../shared/format.js';
import { nodeLine } from './formats/yaml.js';
import { toLf } from './formats/raw-row.js';
import { validateFacts, type FactProblem, type FactsResult } from './facts.js';

/** Extensions a content file may have, in the order they are looked for. */
export const CONTENT_EXTENSIONS = ['yaml', 'yml', 'json'] as const;

/** Far more than any one business's facts; stops a runaway file before the parser holds it. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

function failure(file: string, line: number, message: string, hint: string): FactsResult {
  const problem: FactProblem = { file, line, path: '', message, hint };
  return { ok: false, problems: [problem] };
}

/**
 * Parses and validates one content file. YAML 1.2 (a `.json` file is read as the JSON it must be), unique keys, no
 * anchors or aliases; the top level is the facts mapping itself (`phone:`, `hours:` ...). An empty file gives no facts.
 */
export function parseContent(text: string, file: string): FactsResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CONTENT_BYTES) {
    return failure(file, 1, `Unexpected content file of ${fixed(bytes / 1024, 0)} KB, expected at most ${MAX_CONTENT_BYTES / 1024} KB of facts`, 'Photos are referenced by path, not embedded.');
  }
  const source = toLf(text);
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: true, version: '1.2' });
  const first = doc.errors[0];
  if (first !== undefined) {
    const line = first.linePos?.[0]?.line ?? 1;
    const detail = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint = first.code === 'DUPLICATE_KEY' ? 'Remove or rename the repeated key.' : 'Check the indentation and quoting near that line; quote values that contain ": " or start with # or @.';
    return failure(file, line, `Unexpected YAML syntax: ${detail}, expected well-formed YAML holding the facts`, hint);
  }
  if (file.endsWith('.json')) {
    try {
      JSON.parse(source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return failure(file, Number(/line (\d+)/.exec(message)?.[1] ?? 1), `Unexpected JSON syntax: ${message.slice(0, 160)}, expected strict JSON`, 'Double-quote keys and strings; no comments or trailing commas.');
    }
  }
  let alias: { line: number; name: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      alias ??= { line: counter.linePos(node.range?.[0] ?? 0).line, name: node.source };
      return visit.BREAK;
    },
  });
  if (alias) return failure(file, alias.line, `Unexpected YAML alias "*${alias.name}", expected plain values (anchors and aliases are not allowed)`, 'Write the value out in full.');
  const value: unknown = doc.toJS({ maxAliasCount: 0 });
  if (value === null || value === undefined) return { ok: true, facts: {} };
  const root = doc.contents;
  return validateFacts(value, {
    file,
    prefix: [],
    lineOf: (path) => (root ? (nodeLine(root, path, counter) ?? 1) : 1),
  });
}
