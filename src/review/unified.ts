// A unified diff of one generated file: what is on disk against what generate would write.
import { createTwoFilesPatch } from 'diff';

/** `actual` undefined means the file is missing (a diff from /dev/null); `expected` undefined, that it should go. */
export function unifiedDiff(path: string, actual: string | undefined, expected: string | undefined): string {
  const patch = createTwoFilesPatch(
    actual === undefined ? '/dev/null' : `a/${path}`,
    expected === undefined ? '/dev/null' : `b/${path}`,
    actual ?? '',
    expected ?? '',
    undefined,
    undefined,
    { context: 3 },
  );
  // jsdiff opens with an `Index:` line and a row of `=`; git's form starts at `---`, which reviewers know.
  return patch.slice(patch.indexOf('--- '));
}
