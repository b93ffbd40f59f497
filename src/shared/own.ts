// Lookups of user-given keys as own properties only: `constructor`, `__proto__` or `toString` are names, not methods.

/** An empty record with no prototype: no key (`constructor`, `__proto__`) is found in it unless it was set. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `record[key]` when `key` is the record's own property, else undefined (never an inherited method). */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `record[key]` as an own data property: assigning `__proto__` would replace the prototype instead. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
