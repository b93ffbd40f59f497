// One bounded memo for the caches that repeat work across sites (escapes, word prices, parsed documents, schemas).

/**
 * The value remembered for `key`, made and remembered when absent. The map never holds more than `limit` entries: it
 * is emptied when full, so a run over many distinct keys keeps flat memory while the few keys a batch repeats stay hot.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, limit: number, make: () => V): V {
  const found = memo.get(key);
  // `has` only for a remembered undefined: the usual hit costs one lookup.
  if (found !== undefined || memo.has(key)) return found as V;
  const value = make();
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
