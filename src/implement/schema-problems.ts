// Collects schema problems of one DESIGN.md so a hand-edited file gets every mistake reported at once.
import { WdmError } from '../shared/errors.js';
import type { Finding } from '../shared/types.js';

/** Thrown when the front matter parses but does not hold usable tokens; `problems` lists every one found. */
export class DesignSchemaError extends WdmError {
  readonly problems: Finding[];

  constructor(problems: Finding[], hint: string | undefined) {
    const first = problems[0];
    if (!first) throw new Error('DesignSchemaError needs at least one problem');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1, 6).map((p) => p.place.path).join(', ')}${problems.length > 6 ? ', ...' : ''})` : '';
    super('E_DESIGN_SCHEMA', `${first.message}${more}`, first.place, hint);
    this.name = 'DesignSchemaError';
    this.problems = problems;
  }
}

/** Short, single-line description of a found value for "found X, expected Y" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a map';
  return typeof value;
}

export class SchemaProblems {
  readonly problems: Finding[] = [];
  private firstHint: string | undefined;

  constructor(readonly file: string) {}

  /** The hint of the first problem (the one the error's message leads with). */
  get hint(): string | undefined {
    return this.firstHint;
  }

  /** Records "found X, expected Y" at a key path. */
  add(path: string, found: unknown, expected: string, hint?: string): void {
    this.addMessage(path, `found ${describeValue(found)}, expected ${expected}`, hint);
  }

  addMessage(path: string, message: string, hint?: string): void {
    if (this.problems.length === 0) this.firstHint = hint;
    this.problems.push({ severity: 'error', rule: 'design/schema', message, place: { file: this.file, path } });
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new DesignSchemaError(this.problems, this.firstHint);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
