// A stable fingerprint of merged rules, for cache keys: equal rules give equal digests whatever the file order.
import { sha256, stableStringify } from '../shared/hash.js';
import type { RuleSet } from './ruleSet.js';

export function rulesDigest(rules: RuleSet): string {
  return sha256(stableStringify(rules));
}
