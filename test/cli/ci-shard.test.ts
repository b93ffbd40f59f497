// `--shard auto`: the shard each CI system hands a parallel job, and a clear refusal where it hands none or nonsense.
import { afterAll, describe, expect, it } from 'vitest';
import { shardFromCi } from '../../src/cli/ci-shard.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

describe('shardFromCi', () => {
  it.each([
    ['GitLab, first of 4 (1-based)', { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '4' }, '1/4'],
    ['GitLab, last of 4', { CI_NODE_INDEX: '4', CI_NODE_TOTAL: '4' }, '4/4'],
    ['GitLab without parallel: (total 1, no index)', { CI_NODE_TOTAL: '1' }, '1/1'],
    ['CircleCI, first of 3 (0-based)', { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '3' }, '1/3'],
    ['CircleCI, last of 3', { CIRCLE_NODE_INDEX: '2', CIRCLE_NODE_TOTAL: '3' }, '3/3'],
    ['CircleCI without parallelism', { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '1' }, '1/1'],
    ['Buildkite, second of 5 (0-based)', { BUILDKITE_PARALLEL_JOB: '1', BUILDKITE_PARALLEL_JOB_COUNT: '5' }, '2/5'],
    ['values with spaces around them', { BUILDKITE_PARALLEL_JOB: ' 4 ', BUILDKITE_PARALLEL_JOB_COUNT: '5\n' }, '5/5'],
    ['two systems that agree', { CI_NODE_INDEX: '2', CI_NODE_TOTAL: '2', CIRCLE_NODE_INDEX: '1', CIRCLE_NODE_TOTAL: '2' }, '2/2'],
    ['empty variables count as unset', { CI_NODE_INDEX: '', CI_NODE_TOTAL: '', BUILDKITE_PARALLEL_JOB: '0', BUILDKITE_PARALLEL_JOB_COUNT: '2' }, '1/2'],
  ])('%s → %s', (_what, env, shard) => {
    const ci = shardFromCi(env);
    expect('shard' in ci ? `${ci.shard.index}/${ci.shard.count}` : ci.problem).toBe(shard);
  });

  it.each([
    ['nothing set', {}, /outside a parallel CI job: none of CI_NODE_INDEX\/CI_NODE_TOTAL \(GitLab CI\), CIRCLE_NODE_INDEX\/CIRCLE_NODE_TOTAL \(CircleCI\), BUILDKITE_PARALLEL_JOB\/BUILDKITE_PARALLEL_JOB_COUNT \(Buildkite\) is set; give the shard as --shard i\/n/],
    ['GitLab index 0 (it counts from 1)', { CI_NODE_INDEX: '0', CI_NODE_TOTAL: '4' }, /CI_NODE_INDEX=0, CI_NODE_TOTAL=4 \(GitLab CI\).*expected CI_NODE_INDEX from 1 to 4 \(GitLab CI counts jobs from 1\)/],
    ['GitLab index above the total', { CI_NODE_INDEX: '5', CI_NODE_TOTAL: '4' }, /expected CI_NODE_INDEX from 1 to 4/],
    ['CircleCI index equal to the total (it counts from 0)', { CIRCLE_NODE_INDEX: '3', CIRCLE_NODE_TOTAL: '3' }, /expected CIRCLE_NODE_INDEX from 0 to 2 \(CircleCI counts jobs from 0\)/],
    ['GitLab index without a total', { CI_NODE_INDEX: '2' }, /CI_NODE_INDEX=2, CI_NODE_TOTAL unset \(GitLab CI\).*expected CI_NODE_TOTAL to be the number of parallel jobs/],
    ['GitLab total 3 without an index', { CI_NODE_TOTAL: '3' }, /CI_NODE_INDEX unset, CI_NODE_TOTAL=3.*expected both variables/],
    ['Buildkite total without a job', { BUILDKITE_PARALLEL_JOB_COUNT: '1' }, /BUILDKITE_PARALLEL_JOB unset.*expected both variables/],
    ['a total of 0', { CIRCLE_NODE_INDEX: '0', CIRCLE_NODE_TOTAL: '0' }, /CIRCLE_NODE_TOTAL=0.*a whole number from 1/],
    ['a word', { BUILDKITE_PARALLEL_JOB: 'one', BUILDKITE_PARALLEL_JOB_COUNT: '2' }, /BUILDKITE_PARALLEL_JOB=one.*expected BUILDKITE_PARALLEL_JOB from 0 to 1/],
    ['a negative index', { CIRCLE_NODE_INDEX: '-1', CIRCLE_NODE_TOTAL: '2' }, /expected CIRCLE_NODE_INDEX from 0 to 1/],
    ['a fraction', { CI_NODE_INDEX: '1.5', CI_NODE_TOTAL: '2' }, /expected CI_NODE_INDEX from 1 to 2/],
    ['two systems that disagree', { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '2', BUILDKITE_PARALLEL_JOB: '1', BUILDKITE_PARALLEL_JOB_COUNT: '2' }, /disagreeing CI variables: GitLab CI \(CI_NODE_INDEX=1, CI_NODE_TOTAL=2\) means shard 1\/2, Buildkite \(BUILDKITE_PARALLEL_JOB=1, BUILDKITE_PARALLEL_JOB_COUNT=2\) means 2\/2/],
  ])('refuses %s', (_what, env, message) => {
    const ci = shardFromCi(env);
    expect('problem' in ci ? ci.problem : `shard ${ci.shard.index}/${ci.shard.count}`).toMatch(message);
  });
});

describe('--shard auto on the command line', () => {
  const dir = tempProject({ 'batches/demo.yaml': 'sites:\n  - domain: smithlaw.com\n  - domain: sunrisecafe.com\n  - domain: brightdental.com\n' });

  async function run(args: string[], env: Record<string, string>) {
    let stdout = '';
    let stderr = '';
    const io: Io = { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, now: () => 0 };
    const code = await main(args, io);
    return { code, stdout, stderr };
  }

  it('takes the shard from the CI variables and does what --shard i/n does', async () => {
    const auto = await run(['status', '--batch', 'demo', '--shard', 'auto', '--json'], { CIRCLE_NODE_INDEX: '1', CIRCLE_NODE_TOTAL: '2' });
    const given = await run(['status', '--batch', 'demo', '--shard', '2/2', '--json'], {});
    expect(auto.code).toBe(0);
    expect(auto.stderr).toBe('wdm-design: --shard auto: shard 2/2 from CircleCI (CIRCLE_NODE_INDEX=1, CIRCLE_NODE_TOTAL=2)\n');
    expect(auto.stdout).toBe(given.stdout);
  });

  it('refuses with exit 2 before anything is read or written when no CI variable is set', async () => {
    const r = await run(['build', '--batch', 'demo', '--shard', 'auto'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wdm-design build: Unexpected --shard auto outside a parallel CI job/);
    expect(r.stdout).toBe('');
  });
});
