// Parse one rules file with positions, so any key path can be turned back into a line number.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Path } from './schema.js';

export interface ParsedSource {
  file: string;
  /** Plain data, or undefined when the file could not be parsed. */
  value: unknown;
  /** 1-based line of the node at `path` (or of its deepest existing ancestor). */
  lineOf(path: Path): number | undefined;
  errors: { message: string; line: number | undefined }[];
}

export function parseSource(file: string, text: string): ParsedSource {
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
  const value = errors.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : undefined;
  return { file, value, errors, lineOf: (path) => lineAt(offsetOf(doc, path)) };
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
