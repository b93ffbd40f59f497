// parseBatch: a batch file's text → accepted sites and rejected rows, with duplicates refused after normalisation.
import { WdmError } from '../shared/errors.js';
import type { Batch, FactsInput, Rejection, Site } from '../shared/types.js';
import { batchFormatOf, batchIdOf } from './batch-id.js';
import { readCsvRows } from './formats/csv.js';
import type { RawRow } from './formats/raw-row.js';
import { readTextRows } from './formats/txt.js';
import { readYamlRows } from './formats/yaml.js';
import { validateRow } from './row.js';

/** Bigger than any real catalogue; stops a runaway file before a parser tries to hold it all. */
export const MAX_BATCH_BYTES = 50 * 1024 * 1024;

/** The rows of the file in file order, by its format. Throws WdmError for an unusable file. */
export function readRows(text: string, file: string): RawRow[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BATCH_BYTES) {
    throw new WdmError(
      'E_BATCH_PARSE',
      `Unexpected batch file of ${(bytes / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_BATCH_BYTES / 1024 / 1024} MB`,
      { file },
      'Split the batch into several files.',
    );
  }
  const format = batchFormatOf(file);
  const rows =
    format === 'csv'
      ? readCsvRows(text, file)
      : format === 'txt'
        ? readTextRows(text)
        : readYamlRows(text, file, format === 'json' ? 'JSON' : 'YAML');
  if (rows.length === 0) {
    throw new WdmError('E_BATCH_EMPTY', 'Unexpected batch without any site, expected at least one row', { file }, 'Add one row per site.');
  }
  return rows;
}

/**
 * Parses a batch file's text. `file` is the project-relative name: its extension picks the format and its stem is the
 * batch id. Bad rows become rejections; only a file that cannot be read as a batch at all throws.
 */
export function parseBatch(text: string, file: string): Batch {
  const rows = readRows(text, file);
  const sites: Site[] = [];
  const rejected: Rejection[] = [];
  const firstLine = new Map<string, number>();
  const inlineFacts = new Map<string, FactsInput>();
  for (const row of rows) {
    const result = validateRow(row, file);
    if (!result.ok) {
      rejected.push(result.rejection, ...(result.others ?? []));
      continue;
    }
    const { site } = result;
    const earlier = firstLine.get(site.domain);
    if (earlier !== undefined) {
      rejected.push({
        file,
        line: row.line,
        input: row.value instanceof Map ? String(row.value.get('domain')) : row.text,
        message: `Unexpected duplicate of "${site.domain}" (first on line ${earlier}), expected each domain once per batch`,
        hint: `Remove this row or merge it into the one on line ${earlier}.`,
      });
      continue;
    }
    firstLine.set(site.domain, row.line);
    sites.push(site);
    if (result.facts) inlineFacts.set(site.domain, result.facts);
  }
  const batch: Batch = { id: batchIdOf(file), file, sites, rejected };
  if (inlineFacts.size > 0) batch.inlineFacts = inlineFacts;
  return batch;
}
