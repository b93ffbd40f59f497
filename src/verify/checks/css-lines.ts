// Matches over a stylesheet's text with the line each is on, found in one pass over the whole text.

/**
 * Every match of `pattern` in `text` with its 1-based line: the same matches, in the same order, as running it over
 * each line of `text.split('\n')`, provided the pattern cannot match a line break (write `[^\S\n]` for `\s`). A
 * match then lies within one line, and the scan reaches each line's start with no match pending from the line
 * before, so the leftmost matches it finds in a line are the ones a scan of that line alone finds.
 */
export function matchesWithLines(text: string, pattern: RegExp): { match: RegExpExecArray; line: number }[] {
  if (!pattern.global) throw new Error(`matchesWithLines needs a global pattern, got ${String(pattern)}`);
  const out: { match: RegExpExecArray; line: number }[] = [];
  const re = new RegExp(pattern.source, pattern.flags);
  let line = 1;
  let counted = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < m.index; at = text.indexOf('\n', at + 1)) line++;
    counted = m.index;
    out.push({ match: m, line });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The first line (1-based) of `text.split('\n')` that `lineTest` matches, looking only at lines holding `needle`
 * (which every line the test matches must hold), with the match; undefined when none does.
 */
export function firstLineMatching(text: string, needle: string, lineTest: RegExp): { match: RegExpExecArray; line: number } | undefined {
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf(needle); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const endAt = text.indexOf('\n', at);
    const end = endAt === -1 ? text.length : endAt;
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) line++;
    counted = start;
    const m = lineTest.exec(text.slice(start, end));
    if (m) return { match: m, line };
    at = endAt === -1 ? -1 : text.indexOf(needle, end);
  }
  return undefined;
}
