// Reads a plain-text batch: one domain a line, blank lines and `#` comments skipped.
import { toLf, type RawRow } from './raw-row.js';

export function readTextRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  toLf(text)
    .split('\n')
    .forEach((lineText, index) => {
      // A `#` starts a comment at the start of a line or after whitespace; never inside a name.
      const content = lineText.replace(/(^|\s)#.*$/, '');
      if (content.trim() === '') return;
      rows.push({ line: index + 1, value: new Map([['domain', content]]), text: content });
    });
  return rows;
}
