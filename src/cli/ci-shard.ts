// `--shard auto`: the shard a CI system handed this job, read from that system's own variables, as test runners do.
import type { Shard } from '../pipeline/index.js';

export interface CiShardVariables {
  system: string;
  index: string;
  total: string;
  /** What the first job's index is: GitLab counts from 1, CircleCI and Buildkite from 0. */
  base: 0 | 1;
  /**
   * The system sets the total (as 1) but not the index for a job that is not split: GitLab's CI_NODE_TOTAL is 1
   * without `parallel:`, while CI_NODE_INDEX is unset.
   */
  totalAlone?: boolean;
}

export const CI_SHARD_VARIABLES: readonly CiShardVariables[] = [
  { system: 'GitLab CI', index: 'CI_NODE_INDEX', total: 'CI_NODE_TOTAL', base: 1, totalAlone: true },
  { system: 'CircleCI', index: 'CIRCLE_NODE_INDEX', total: 'CIRCLE_NODE_TOTAL', base: 0 },
  { system: 'Buildkite', index: 'BUILDKITE_PARALLEL_JOB', total: 'BUILDKITE_PARALLEL_JOB_COUNT', base: 0 },
];

export type CiShard = { shard: Shard; from: string } | { problem: string };

const WHOLE = /^\d{1,9}$/;

/** One system's shard from its variables, a problem with them, or undefined when it set none of them. */
function shardOf(v: CiShardVariables, env: Record<string, string | undefined>): CiShard | undefined {
  const rawIndex = env[v.index]?.trim() || undefined;
  const rawTotal = env[v.total]?.trim() || undefined;
  if (rawIndex === undefined && rawTotal === undefined) return undefined;
  const said = [rawIndex !== undefined ? `${v.index}=${rawIndex}` : `${v.index} unset`, rawTotal !== undefined ? `${v.total}=${rawTotal}` : `${v.total} unset`].join(', ');
  if (rawTotal === undefined || !WHOLE.test(rawTotal) || Number(rawTotal) < 1) {
    return { problem: `Unexpected ${said} (${v.system}) for --shard auto, expected ${v.total} to be the number of parallel jobs, a whole number from 1` };
  }
  const total = Number(rawTotal);
  if (rawIndex === undefined) {
    if (v.totalAlone && total === 1) return { shard: { index: 1, count: 1 }, from: `${v.system} (${said}: the job is not split)` };
    return { problem: `Unexpected ${said} (${v.system}) for --shard auto, expected both variables (is the job declared parallel?)` };
  }
  const last = total - 1 + v.base;
  if (!WHOLE.test(rawIndex) || Number(rawIndex) < v.base || Number(rawIndex) > last) {
    return { problem: `Unexpected ${said} (${v.system}) for --shard auto, expected ${v.index} from ${v.base} to ${last} (${v.system} counts jobs from ${v.base})` };
  }
  return { shard: { index: Number(rawIndex) - v.base + 1, count: total }, from: `${v.system} (${said})` };
}

/**
 * The shard the CI system's variables name. Refused when none is set, when a system's pair is incomplete or out of
 * range, or when two systems' variables name different shards (a runner that leaks one system's variables into
 * another's jobs would otherwise split the batch wrongly without a word).
 */
export function shardFromCi(env: Record<string, string | undefined>): CiShard {
  const found: { shard: Shard; from: string }[] = [];
  for (const v of CI_SHARD_VARIABLES) {
    const one = shardOf(v, env);
    if (one === undefined) continue;
    if ('problem' in one) return one;
    found.push(one);
  }
  if (found.length === 0) {
    const pairs = CI_SHARD_VARIABLES.map((v) => `${v.index}/${v.total} (${v.system})`).join(', ');
    return { problem: `Unexpected --shard auto outside a parallel CI job: none of ${pairs} is set; give the shard as --shard i/n (on GitHub Actions: --shard \${{ matrix.shard }}/n; docs/scaling.md)` };
  }
  const first = found[0]!;
  const other = found.find((f) => f.shard.index !== first.shard.index || f.shard.count !== first.shard.count);
  if (other) {
    return { problem: `Unexpected --shard auto with disagreeing CI variables: ${first.from} means shard ${first.shard.index}/${first.shard.count}, ${other.from} means ${other.shard.index}/${other.shard.count}; give the shard as --shard i/n` };
  }
  return first;
}
