// Errors with a code, a place (file, line, key path or domain) and a hint on what to do next.

export type ErrorCode =
  | 'E_BATCH_MISSING'
  | 'E_BATCH_PARSE'
  | 'E_BATCH_EMPTY'
  | 'E_BATCH_FORMAT'
  | 'E_RULES_PARSE'
  | 'E_RULES_SCHEMA'
  | 'E_RULES_REF'
  | 'E_TEMPLATE'
  | 'E_DESIGN_PARSE'
  | 'E_DESIGN_SCHEMA'
  | 'E_CONFIG'
  | 'E_REGISTRY'
  | 'E_IO'
  /** A write, rename, removal or copy that would leave its output root (a symbolic link on the way, a special file). */
  | 'E_CONFINE'
  | 'E_GIT'
  | 'E_USAGE'
  | 'E_INTERNAL';

export interface Place {
  /** Project-relative path of the file the problem is in. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** 1-based column in that file. */
  column?: number;
  /** Dotted key path inside a structured file (`categories.legal.palette`). */
  path?: string;
  /** The normalised domain the problem concerns. */
  domain?: string;
}

export class WdmError extends Error {
  readonly code: ErrorCode;
  readonly place: Place;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, place: Place = {}, hint?: string) {
    super(message);
    this.name = 'WdmError';
    this.code = code;
    this.place = place;
    this.hint = hint;
  }

  /** One line: `file:line: key: message (hint)`. */
  format(): string {
    return formatProblem(this.message, this.place, this.hint);
  }
}

export function formatPlace(place: Place): string {
  let where = place.file ?? '';
  if (where && place.line !== undefined) where += `:${place.line}`;
  if (where && place.line !== undefined && place.column !== undefined) where += `:${place.column}`;
  const parts = [where, place.path ? `${place.path}` : '', place.domain ? `${place.domain}` : ''].filter(Boolean);
  return parts.join(': ');
}

export function formatProblem(message: string, place: Place, hint?: string): string {
  const where = formatPlace(place);
  return `${where ? `${where}: ` : ''}${message}${hint ? ` (${hint})` : ''}`;
}

export function isWdmError(value: unknown): value is WdmError {
  return value instanceof WdmError;
}

/**
 * A thrown value as it crosses a thread: what `siteError` and the abort rule (E_IO, E_CONFINE) read of it, so the
 * main thread words a thread's failure exactly as its own.
 */
export type ThrownShape = { wdm: { code: ErrorCode; message: string; place: Place; hint: string | undefined } } | { message: string };

export function shapeOf(error: unknown): ThrownShape {
  if (isWdmError(error)) return { wdm: { code: error.code, message: error.message, place: { ...error.place }, hint: error.hint } };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function thrownFrom(shape: ThrownShape): Error {
  if ('wdm' in shape) return new WdmError(shape.wdm.code, shape.wdm.message, shape.wdm.place, shape.wdm.hint);
  return new Error(shape.message);
}
