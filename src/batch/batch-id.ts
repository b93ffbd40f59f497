// What a batch file's name says: its id (the stem) and its format (the extension).
import { WdmError } from '../shared/errors.js';

export const BATCH_FORMATS = ['yaml', 'json', 'csv', 'txt'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, BatchFormat>> = { yaml: 'yaml', yml: 'yaml', json: 'json', csv: 'csv', txt: 'txt' };

/** The batch file's extensions that parseBatch understands, without the dot (the one list: discovery and messages use it). */
export const BATCH_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

function baseName(file: string): string {
  const parts = file.split(/[/\\]/);
  return parts[parts.length - 1] ?? file;
}

/** `batches/010.yaml` → `010`; `demo.sites.csv` → `demo.sites` (only the last extension is dropped). */
export function batchIdOf(file: string): string {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format named by the file's extension (case-insensitive), or a WdmError listing the known ones. */
export function batchFormatOf(file: string): BatchFormat {
  const base = baseName(file);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const format = EXTENSIONS[ext];
  if (format === undefined) {
    throw new WdmError(
      'E_BATCH_FORMAT',
      `Unexpected ${ext ? `extension ".${ext}"` : 'file name without an extension'} for a batch file, expected one of ${BATCH_EXTENSIONS.map((ext) => `.${ext}`).join(', ')}`,
      { file },
      'Rename the file to say its format, e.g. batches/010.yaml or batches/010.csv.',
    );
  }
  return format;
}
