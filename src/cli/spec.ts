// The shape of the command table: a command is data (options, positionals, examples) plus a lazily loaded runner.
import type { Io } from './io.js';

/**
 * `boolean` flags (`--json`), `string` and `number` values (`--out DIR`, `--concurrency 8`), and `list` values that
 * may repeat and hold commas (`--batch a --batch b,c`).
 */
export type OptionKind = 'boolean' | 'string' | 'number' | 'list';

export interface OptionSpec {
  /** The long name, kebab case (`changed-since`); the runner sees it camel-cased (`changedSince`). */
  name: string;
  kind: OptionKind;
  description: string;
  /** One-letter form (`-b`). */
  short?: string;
  /** Other long names that mean the same (`--max-agents` for `--concurrency`). */
  aliases?: readonly string[];
  /** A boolean that may be turned off with `--no-<name>` (its default is on). */
  negatable?: boolean;
  /** The only values accepted. */
  choices?: readonly string[];
  /** What the value is called in help (`<id>`, `<i/n>`). */
  value?: string;
  /** Checks one value before anything runs: returns what is wrong with it, or undefined. */
  check?: (value: string) => string | undefined;
}

export interface PositionalSpec {
  name: string;
  description: string;
  required?: boolean;
  /** Takes every remaining word. */
  variadic?: boolean;
  choices?: readonly string[];
}

/** Parsed values, keyed by the camel-cased option or positional name. */
export type ParsedArgs = Record<string, unknown>;

export type Runner = (args: never, io: Io) => Promise<number>;

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  positionals?: readonly PositionalSpec[];
  options: readonly OptionSpec[];
  examples?: ReadonlyArray<readonly [string, string]>;
  /** Problems that involve several flags at once (`--staged` with `--changed-since`). */
  check?: (args: ParsedArgs) => string[];
  /** Whether the command works in a project folder (found by walking up from the working folder). */
  inProject: boolean;
  /** Loads the command's module only when it runs, so `--help` and a no-op hook stay fast. */
  load: () => Promise<Runner>;
}

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
