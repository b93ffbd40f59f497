// parseBatch: a batch file's text → accepted sites and rejected rows, with duplicates refused after normalisation.
import { WdmError } from '../shared/errors.js';
import { fixed } from '../shared/format.js';
import type { Batch, FactsInput, Rejection, Site } from '../shared/types.js';
import { batchFormatOf, batchIdOf } from './batch-id.js';
import { eachCsvRow } from './formats/csv.js';
import type { RawRow } from './formats/raw-row.js';
import { eachTextRow } from './formats/txt.js';
import { readYamlRows } from './formats/yaml.js';
import { validateRow } from './row.js';
import { showText } from './characters.js';
import { spoofFindings } from './spoofing.js';

/** Bigger than any real catalogue; stops a runaway file before a parser tries to hold it all. */
export const MAX_BATCH_BYTES = 50 * 1024 * 1024;

/** Lines listed for a group of rows rejected for the same reason. */
export const LINES_SHOWN = 5;

export interface ParseOptions {
  /**
   * Look-alike domains (UTS #39: mixed scripts in a label, or a label wholly of another script's look-alikes):
   * `warn` (the default) accepts the row and lists it in `warnings`; `reject` refuses it.
   */
  confusables?: 'warn' | 'reject';
}

/** Calls `visit` with each row in file order. Throws WdmError for an unusable file. */
export function eachRow(text: string, file: string, visit: (row: RawRow) => void): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BATCH_BYTES) {
    throw new WdmError(
      'E_BATCH_PARSE',
      `Unexpected batch file of ${fixed(bytes / 1024 / 1024, 1)} MB, expected at most ${MAX_BATCH_BYTES / 1024 / 1024} MB`,
      { file },
      'Split the batch into several files.',
    );
  }
  const format = batchFormatOf(file);
  let count = 0;
  const counted = (row: RawRow): void => {
    count++;
    visit(row);
  };
  if (format === 'csv') eachCsvRow(text, file, counted);
  else if (format === 'txt') eachTextRow(text, counted);
  else for (const row of readYamlRows(text, file, format === 'json' ? 'JSON' : 'YAML')) counted(row);
  if (count === 0) {
    throw new WdmError('E_BATCH_EMPTY', 'Unexpected batch without any site, expected at least one row', { file }, 'Add one row per site.');
  }
}

/** The rows of the file in file order, by its format. Throws WdmError for an unusable file. */
export function readRows(text: string, file: string): RawRow[] {
  const rows: RawRow[] = [];
  eachRow(text, file, (row) => rows.push(row));
  return rows;
}

/** What makes two rows the same input: their fields (or value) and any problem the reader found. */
function contentKey(row: RawRow): string {
  const value = row.value instanceof Map ? [...row.value.entries()] : row.value;
  try {
    return JSON.stringify([value, row.problem?.message ?? null, row.value instanceof Map ? null : row.text]);
  } catch {
    return `\u0000${row.text}`;
  }
}

/** Rejections with the same message and hint, grouped: the first row stands for the rest, with their count and lines. */
class RejectionGroups {
  private readonly groups = new Map<string, Rejection>();

  add(rejection: Rejection): void {
    const key = `${rejection.message}\u0000${rejection.hint ?? ''}`;
    const group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, rejection);
      return;
    }
    group.repeats ??= { count: 1, lines: [group.line] };
    group.repeats.count += 1;
    if (group.repeats.lines.length < LINES_SHOWN) group.repeats.lines.push(rejection.line);
  }

  list(): Rejection[] {
    return [...this.groups.values()];
  }
}

/**
 * Parses a batch file's text. `file` is the project-relative name: its extension picks the format and its stem is the
 * batch id. Bad rows become rejections; only a file that cannot be read as a batch at all throws.
 *
 * Time and memory grow with the *distinct* rows: rows are visited one at a time (text and CSV are never held as an
 * array), a row whose fields were seen before is not validated again (its domain is already known, or it fails the
 * same way), and rejections with the same message are kept as one group with a count.
 */
export function parseBatch(text: string, file: string, options: ParseOptions = {}): Batch {
  const sites: Site[] = [];
  const rejected = new RejectionGroups();
  const warned = new RejectionGroups();
  const firstLine = new Map<string, number>();
  const inlineFacts = new Map<string, FactsInput>();
  // Row content → its domain when valid, or its rejection (without the line) when not.
  const seen = new Map<string, { domain: string } | { rejection: Omit<Rejection, 'line'> }>();
  const duplicate = (row: RawRow, domain: string, earlier: number, input: string): void => {
    rejected.add({
      file,
      line: row.line,
      input,
      message: `Unexpected duplicate of "${showText(domain)}" (first on line ${earlier}), expected each domain once per batch`,
      hint: `Remove this row or merge it into the one on line ${earlier}.`,
    });
  };
  eachRow(text, file, (row) => {
    const key = contentKey(row);
    const known = seen.get(key);
    if (known !== undefined) {
      if ('rejection' in known) rejected.add({ ...known.rejection, line: row.line });
      else duplicate(row, known.domain, firstLine.get(known.domain) ?? row.line, inputOf(row));
      return;
    }
    const result = validateRow(row, file);
    if (!result.ok) {
      const { line: _line, ...rest } = result.rejection;
      seen.set(key, { rejection: rest });
      rejected.add(result.rejection);
      for (const other of result.others ?? []) rejected.add(other);
      return;
    }
    const { site } = result;
    const earlier = firstLine.get(site.domain);
    if (earlier !== undefined) {
      seen.set(key, { domain: site.domain });
      duplicate(row, site.domain, earlier, inputOf(row));
      return;
    }
    const spoof = spoofFindings(site.unicode);
    if (spoof.length > 0) {
      const problem: Rejection = {
        file,
        line: row.line,
        input: showText(site.unicode),
        message: `Unexpected look-alike domain "${showText(site.unicode)}" (${site.domain}): ${spoof.map((f) => `label "${showText(f.label)}" ${f.detail}`).join('; ')}`,
        hint:
          options.confusables === 'reject'
            ? 'Check the domain with its registrar: mixed or look-alike scripts can imitate another name. Write it in one script, or set confusables: warn in wdm.config.yaml.'
            : 'Check the domain with its registrar: mixed or look-alike scripts can imitate another name. Set confusables: reject in wdm.config.yaml to refuse such rows.',
      };
      if (options.confusables === 'reject') {
        const { line: _line, ...rest } = problem;
        seen.set(key, { rejection: rest });
        rejected.add(problem);
        return;
      }
      warned.add(problem);
    }
    seen.set(key, { domain: site.domain });
    firstLine.set(site.domain, row.line);
    sites.push(site);
    if (result.facts) inlineFacts.set(site.domain, result.facts);
  });
  const warnings = warned.list();
  return { id: batchIdOf(file), file, sites, rejected: rejected.list(), ...(warnings.length > 0 ? { warnings } : {}), ...(inlineFacts.size > 0 ? { inlineFacts } : {}) };
}

/** The row's domain as given, shown safely (the same as a rejection by validateRow would show). */
function inputOf(row: RawRow): string {
  return showText(row.value instanceof Map ? String(row.value.get('domain')) : row.text, 200);
}

/** How many rows a list of rejections stands for (a group counts its repeats). */
export function rowsIn(rejections: readonly Rejection[]): number {
  return rejections.reduce((n, r) => n + (r.repeats?.count ?? 1), 0);
}
