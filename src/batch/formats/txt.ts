// Reads a plain-text batch: one domain a line, blank lines and `#` comments skipped.
import { toLf, type RawRow } from './raw-row.js';

export function readTextRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  eachTextRow(text, (row) => rows.push(row));
  return rows;
}

/** Each row in file order, one at a time: a large batch is never held as an array of rows. */
export function eachTextRow(text: string, visit: (row: RawRow) => void): void {
  const source = toLf(text);
  let start = 0;
  for (let index = 0; start <= source.length; index++) {
    const end = source.indexOf('\n', start);
    const lineText = source.slice(start, end === -1 ? source.length : end);
    start = end === -1 ? source.length + 1 : end + 1;
    // A `#` starts a comment at the start of a line or after whitespace; never inside a name.
    const content = lineText.replace(/(^|\s)#.*$/, '');
    if (content.trim() === '') continue;
    visit({ line: index + 1, value: new Map([['domain', content]]), text: content });
  }
}
