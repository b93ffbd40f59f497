// Parse one rules file with positions, so any key path can be turned back into a line number.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Path } from './schema.js';
import { remembered } from '../shared/memo.js';

export interface ParsedSource {
  file: string;
  /** Plain data, or undefined when the file could not be parsed. */
  value: unknown;
  /** 1-based line of the node at `path` (or of its deepest existing ancestor). */
  lineOf(path: Path): number | undefined;
  errors: { message: string; line: number | undefined }[];
}

/**
 * Parsed documents by file name and text. A long-lived process (the test suite, a preview server) loads the same
 * rules many times, and parsing is ~95% of loading them (~300 ms of YAML for the built-in rules, ~13 ms to turn a
 * parsed document into data). The data is made afresh from the document on every call: callers own it and merge into it.
 */
const parsed = new Map<string, { doc: Document; lineCounter: LineCounter; errors: ParsedSource['errors'] }>();
/** More distinct texts than the built-in rules and a few user files means texts that change (edits, tests): start over. */
const PARSED_LIMIT = 64;

export function parseSource(file: string, text: string, parsedJson?: string): ParsedSource {
  const value = parsedJson === undefined ? undefined : jsonValue(parsedJson);
  if (value !== undefined) {
    // The build parsed this very text already (the caller matched it by hash): the value is the parser's, and the
    // ranged document, needed only to name the line of a problem, is built on the first such question.
    let located: ((path: Path) => number | undefined) | undefined;
    return { file, value, errors: [], lineOf: (path) => (located ??= locator(documentOf(file, text)))(path) };
  }
  const entry = documentOf(file, text);
  const data = entry.errors.length === 0 ? entry.doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { file, value: data, errors: entry.errors.map((e) => ({ ...e })), lineOf: locator(entry) };
}

/** A stored value; undefined (parse the YAML instead) when the text is not JSON or holds nothing. */
function jsonValue(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The value of a rules file as JSON text, when JSON carries it exactly (no -0, NaN, Infinity or other non-JSON
 * value) and the file has no problem; else undefined. The build stores these for the built-in files
 * (see `parseSource`'s `parsedJson`).
 */
export function parsedValueJson(text: string): string | undefined {
  const entry = parseText(text);
  if (entry.errors.length > 0) return undefined;
  const value: unknown = entry.doc.toJS({ maxAliasCount: 0 });
  return jsonExact(value) ? JSON.stringify(value) : undefined;
}

function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonExact);
  return false;
}

function documentOf(file: string, text: string): { doc: Document; lineCounter: LineCounter; errors: ParsedSource['errors'] } {
  const key = `${file}\0${text}`;
  return remembered(parsed, key, PARSED_LIMIT, () => parseText(text));
}

function locator({ doc, lineCounter }: { doc: Document; lineCounter: LineCounter }): (path: Path) => number | undefined {
  return (path) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}

function parseText(text: string): { doc: Document; lineCounter: LineCounter; errors: ParsedSource['errors'] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const errors = doc.errors.map((e) => ({ message: firstLine(e.message), line: lineAt(e.pos[0]) }));
  // Aliases could expand a small file into a huge value (billion laughs); rules never need them.
  visit(doc, {
    Alias(_, node) {
      errors.push({ message: `found the alias *${node.source}, expected plain values (aliases are not allowed in rules files)`, line: lineAt(node.range?.[0]) });
    },
  });
  return { doc, lineCounter, errors };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Start offset of the node at `path`: the key for a map entry (where a reader looks), else the item. */
function offsetOf(doc: Document, path: Path): number | undefined {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0];
  for (const step of path) {
    if (isMap(node)) {
      const entry = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!entry) return offset;
      offset = (entry.key as Node).range?.[0] ?? offset;
      node = entry.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return offset;
      offset = (item as Node).range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  // A scalar value on its own line (a list item) is reported where it stands.
  if (isScalar(node) && path.length > 0 && typeof path[path.length - 1] === 'number') offset = node.range?.[0] ?? offset;
  return offset;
}
