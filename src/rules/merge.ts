// Merge rules files in order: maps merge by key, lists and scalars are replaced, and every key remembers its file.
import { setOwn } from '../shared/own.js';
import type { ParsedSource } from './yamlSource.js';
import { pathText, type Path } from './schema.js';

export interface Origin {
  source: ParsedSource;
  /** Where the value sits in that file (cascade rules are renumbered when merged). */
  filePath: Path;
}

/** Merged path text → the file (and its path there) that last set it. */
export class Origins {
  private readonly byPath = new Map<string, Origin>();

  set(path: Path, origin: Origin): void {
    this.byPath.set(pathText(path), origin);
  }

  has(path: Path): boolean {
    return this.byPath.has(pathText(path));
  }

  /** Record `value` and every map key below it as coming from `origin`. */
  setTree(path: Path, value: unknown, origin: Origin): void {
    this.set(path, origin);
    if (isPlainMap(value)) {
      for (const [key, item] of Object.entries(value)) {
        this.setTree([...path, key], item, { source: origin.source, filePath: [...origin.filePath, key] });
      }
    }
  }

  /**
   * The file of a merged path, from its longest recorded prefix, without its line: finding a line means building the
   * file's ranged YAML document, which a load without problems never needs.
   */
  fileOf(path: Path): string | undefined {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.byPath.get(pathText(path.slice(0, length)));
      if (origin) return origin.source.file;
    }
    return undefined;
  }

  /** The file, line and in-file path of a merged path, from its longest recorded prefix. */
  locate(path: Path): { file: string; line: number | undefined; path: string } | undefined {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.byPath.get(pathText(path.slice(0, length)));
      if (!origin) continue;
      const filePath = [...origin.filePath, ...path.slice(length)];
      return { file: origin.source.file, line: origin.source.lineOf(filePath), path: pathText(filePath) };
    }
    return undefined;
  }
}

export function isPlainMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * `deepMerge` of two values of one schema's type: maps merged key by key, lists and scalars replaced, so the result
 * has that type too (each key's value is one of the two values' own, or their merge).
 */
export function mergeSame<T>(base: T | undefined, over: T): T {
  return deepMerge(base, over) as T;
}

/** Deep merge of `over` onto `base`; neither is changed. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainMap(base) || !isPlainMap(over)) return over;
  const out: Record<string, unknown> = { ...base };
  // Own-property checks and definitions: a key named `constructor` or `__proto__` is data, never the prototype's.
  for (const [key, value] of Object.entries(over)) setOwn(out, key, Object.hasOwn(out, key) ? deepMerge(out[key], value) : value);
  return out;
}
