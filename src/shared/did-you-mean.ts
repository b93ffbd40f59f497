// "Did you mean": the known word nearest to a misspelt one (keys, columns, flags, commands, rule ids), for every stage.

/**
 * Optimal string alignment distance: Levenshtein (insert, delete, substitute) plus the swap of two adjacent
 * letters as ONE edit, so `catgeory` is one edit from `category`, as a typist sees it. Small inputs only.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How many edits still count as a typo of a word of this length (the word as typed, lower-cased). */
export type TypoLimit = (length: number) => number;

/**
 * For short keys, column names, flags and commands (the default): at most 2 edits and fewer than half the word,
 * so a short unrelated word (`id` for `ip`) is not "corrected" into something the user never meant.
 */
export const KEY_TYPO: TypoLimit = (length) => Math.min(2, Math.floor(Math.max(length, 2) / 2));

/**
 * For the long hyphenated ids of the rules data (`restaurant-fine-dining`, section and strategy ids): up to a
 * third of the word (at least 2 edits), since a long id misspelt in two places is still plainly the same id.
 */
export const RULE_ID_TYPO: TypoLimit = (length) => Math.max(2, Math.floor(length / 3));

/**
 * The candidate nearest to `word` (case-insensitive) if it is within `limit` edits, else undefined. Ties go to the
 * earlier candidate, so the answer depends on nothing but the list and its order.
 */
export function didYouMean(word: string, candidates: Iterable<string>, limit: TypoLimit = KEY_TYPO): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(w, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit(w.length) ? best : undefined;
}
