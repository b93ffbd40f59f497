// Which sites every validator checks in full although the fast path could answer: a deterministic sample by
// domain hash, so the same sites are sampled on every machine, shard and rerun.
import { createHash } from 'node:crypto';

/** How a site was verified: by shapes, by every validator as one of the sample, or by every validator (--full). */
export type VerifyLevel = 'fast' | 'sampled' | 'full';

/** True for about `rate` (0 to 1) of all domains, always the same ones. */
export function inVerifySample(domain: string, rate: number): boolean {
  if (rate <= 0) return false;
  if (rate >= 1) return true;
  const h = createHash('sha256').update(`wdm-design/verify-sample\u0000${domain}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000 < rate;
}
