// Splits a DESIGN.md into its YAML front matter and Markdown body, refusing anything but plain `---` YAML.
import { WdmError } from '../shared/errors.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;

export interface SplitDesign {
  yaml: string;
  body: string;
  /** 1-based line of the file where the YAML text starts (after the opening `---`). */
  yamlLine: number;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * UTF-8 size without allocating, or a bound of it that settles the comparison with `cap`: a UTF-16 length already
 * over the cap is over it, and one at most a third of it is under it (a UTF-16 unit is at most 3 UTF-8 bytes), so
 * only a text in between is counted (a DESIGN.md is a few tens of kilobytes; counting it took ~25 µs a read).
 */
function byteLength(text: string, cap: number): number {
  if (text.length > cap || text.length * 3 <= cap) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Front matter is only read when the very first line is exactly `---`. The split is done here rather than by
 * gray-matter because gray-matter's default engines `eval` `---js` / `---javascript` headers and cache every input:
 * a header language other than YAML is refused outright, so no engine can ever run.
 */
export function splitFrontMatter(text: string, file: string): SplitDesign {
  const size = byteLength(text, MAX_FILE_BYTES);
  if (size > MAX_FILE_BYTES) {
    throw new WdmError(
      'E_DESIGN_PARSE',
      `file is larger than ${MAX_FILE_BYTES} bytes, expected a DESIGN.md of at most 2 MB`,
      { file },
      'a generated DESIGN.md is a few kilobytes; regenerate it with `wdm-design generate`',
    );
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstEnd = source.indexOf('\n');
  const firstLine = (firstEnd === -1 ? source : source.slice(0, firstEnd)).replace(/\r$/, '');
  if (!firstLine.startsWith('---')) {
    throw new WdmError(
      'E_DESIGN_PARSE',
      `found no front matter, expected the file to start with a line "---"`,
      { file, line: 1 },
      'a DESIGN.md starts with YAML front matter between two "---" lines',
    );
  }
  const language = firstLine.slice(3).trim();
  if (language !== '' || firstLine !== '---') {
    throw new WdmError(
      'E_DESIGN_PARSE',
      `found front matter opened by ${JSON.stringify(firstLine.slice(0, 40))}, expected exactly "---" (only YAML front matter is read; other languages are refused and never evaluated)`,
      { file, line: 1 },
      'remove the language after "---"',
    );
  }
  const yamlStart = firstEnd + 1;
  const close = /^---\r?$/m;
  const rest = source.slice(yamlStart);
  const match = close.exec(rest);
  if (!match) {
    throw new WdmError(
      'E_DESIGN_PARSE',
      'found no closing "---" line, expected the front matter to end with a line "---"',
      { file, line: 1 },
      'add a line "---" after the front matter',
    );
  }
  const yaml = rest.slice(0, match.index);
  if (byteLength(yaml, MAX_FRONT_MATTER_BYTES) > MAX_FRONT_MATTER_BYTES) {
    throw new WdmError(
      'E_DESIGN_PARSE',
      `front matter is larger than ${MAX_FRONT_MATTER_BYTES} bytes, expected at most 256 KB`,
      { file, line: 2 },
      'a generated front matter is a few kilobytes; regenerate the file',
    );
  }
  const afterClose = match.index + match[0].length;
  const body = rest.slice(afterClose).replace(/^\n/, '');
  const yamlLines = countLines(yaml);
  return { yaml, body, yamlLine: 2, bodyLine: 2 + yamlLines + 1 };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
