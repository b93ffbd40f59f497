// Reads a CSV batch: a header row naming the columns (case-insensitive), then one site a record.
import { parse } from 'csv-parse/sync';
import { WdmError } from '../../shared/errors.js';
import { ROW_KEYS, type RowKey } from '../fields.js';
import { didYouMean } from '../../shared/did-you-mean.js';
import { toLf, type RawRow } from './raw-row.js';

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

interface CsvParseError {
  code?: string;
  message: string;
  lines?: number;
  column?: number;
}

function isCsvParseError(value: unknown): value is CsvParseError {
  return value instanceof Error && typeof (value as { code?: unknown }).code === 'string';
}

function newlinesIn(record: readonly string[]): number {
  let count = 0;
  for (const field of record) for (const ch of field) if (ch === '\n') count++;
  return count;
}

function headerKeys(header: readonly string[], file: string, line: number): RowKey[] {
  const keys: RowKey[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim();
    const key = ROW_KEYS.find((k) => k.toLowerCase() === name.toLowerCase());
    const place = { file, line, column: index + 1 };
    if (key === undefined) {
      const guess = name === '' ? undefined : didYouMean(name, ROW_KEYS);
      throw new WdmError(
        'E_BATCH_FORMAT',
        name === ''
          ? `Unexpected empty column name in column ${index + 1} of the header, expected one of ${ROW_KEYS.join(', ')}`
          : `Unexpected column "${name}" in the header, expected one of ${ROW_KEYS.join(', ')}`,
        place,
        /^facts$/i.test(name)
          ? 'A CSV cell cannot hold facts: put them in content/<batch>/<domain>.yaml, or use a YAML or JSON batch.'
          : guess
            ? `Did you mean "${guess}"? Rename the column.`
            : 'Rename or remove the column.',
      );
    }
    if (keys.includes(key)) {
      throw new WdmError('E_BATCH_FORMAT', `Unexpected second "${name}" column in the header, expected each column once`, place, 'Remove one of the two columns.');
    }
    keys.push(key);
  });
  if (!keys.includes('domain')) {
    throw new WdmError(
      'E_BATCH_FORMAT',
      `Unexpected header without a "domain" column (found ${header.map((h) => `"${h.trim()}"`).join(', ')}), expected a header row like domain,category,name`,
      { file, line },
      'Add a header row whose columns include "domain"; the other columns are optional.',
    );
  }
  return keys;
}

export function readCsvRows(text: string, file: string): RawRow[] {
  const rows: RawRow[] = [];
  eachCsvRow(text, file, (row) => rows.push(row));
  return rows;
}

/** Each row in file order, one at a time (csv-parse's on_record hook): a large batch is never held as an array. */
export function eachCsvRow(text: string, file: string, visit: (row: RawRow) => void): void {
  let keys: RowKey[] | undefined;
  const onRecord = ({ record, info }: CsvRecord): null => {
    if (keys === undefined) {
      keys = headerKeys(record, file, info.lines - newlinesIn(record));
      return null;
    }
    const row = rowOf(record, info, keys);
    if (row) visit(row);
    return null;
  };
  try {
    parse(toLf(text), {
      on_record: onRecord as never,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      comment: '#',
      // A `#` only starts a comment at the start of a line, so `#1a4d8f` in a cell stays a colour.
      comment_no_infix: true,
    });
  } catch (error) {
    if (!isCsvParseError(error) || error instanceof WdmError) throw error;
    const line = error.lines ?? 1;
    throw new WdmError(
      'E_BATCH_PARSE',
      // csv-parse counts `column` in fields, not characters, so it is named as a field.
      `Unexpected CSV syntax${error.column !== undefined ? ` in field ${error.column + 1}` : ''}: ${error.message}, expected comma-separated fields with balanced double quotes`,
      { file, line },
      'Quote fields that contain commas or line breaks, and double any quote inside a quoted field ("").',
    );
  }
  if (keys === undefined) {
    throw new WdmError('E_BATCH_EMPTY', `Unexpected empty CSV file, expected a header row and at least one site`, { file }, 'Add a header row (domain,category,name,tagline,brandColor) and one row per site.');
  }
}

function rowOf(record: string[], info: { lines: number }, keys: readonly RowKey[]): RawRow | undefined {
  const first = record[0]?.trim() ?? '';
  if (record.length === 1 && first.startsWith('#')) return undefined; // an indented comment line
  const line = info.lines - newlinesIn(record);
  const value = new Map<string, unknown>();
  keys.forEach((key, index) => {
    const cell = record[index];
    // An empty cell means "not given", as a missing key would in YAML.
    if (cell !== undefined && cell.trim() !== '') value.set(key, cell);
  });
  const row: RawRow = { line, value, text: record.join(',') };
  if (record.length !== keys.length) {
    row.problem = {
      message: `Unexpected ${record.length} field${record.length === 1 ? '' : 's'} in the row, expected ${keys.length} (one per header column)`,
      hint: 'Quote fields that contain commas, and give every row as many fields as the header (empty ones are fine).',
    };
  }
  return row;
}
