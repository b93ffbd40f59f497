// "did you mean" wording for the rules' messages; which id is near enough is src/shared/did-you-mean.ts's rule.
import { didYouMean, RULE_ID_TYPO } from '../shared/did-you-mean.js';

/** `did you mean "x"?` for a misspelt rule id or key (within RULE_ID_TYPO edits), or undefined. */
export function suggestion(word: string, candidates: Iterable<string>): string | undefined {
  const near = didYouMean(word, candidates, RULE_ID_TYPO);
  return near === undefined ? undefined : `did you mean "${near}"?`;
}
