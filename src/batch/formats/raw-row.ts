// The shape every format reader produces: one row of a batch file with its line, before validation.

export interface RawRow {
  /** 1-based line of the row (a YAML list item, a CSV record, a text line). */
  line: number;
  /** The row's keys and values for a mapping row; for anything else, the value itself (rejected as not a mapping). */
  value: Map<string, unknown> | unknown;
  /** The row's source text, shown as the rejection's input when the row has no usable domain. */
  text: string;
  /** A problem the reader already found in this row (a CSV field count, an unquoted `#` colour in YAML). */
  problem?: { message: string; hint: string };
  /** 1-based line of the value at a key path inside the row (`['facts', 'social', 0, 'url']`), or of its nearest
   *  written parent; YAML and JSON rows only. */
  lineOf?: (path: readonly (string | number)[]) => number;
}

/** What a reader returns: the rows in file order. */
export type RawRows = RawRow[];

/** Line ending normalisation: positions and line numbers are counted on LF-only text. */
export function toLf(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
