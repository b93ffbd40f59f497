// The benchmarks refuse a flag they do not know, as the CLI does: `node bench/issue12.js --help` once ran the whole
// half-hour benchmark on its defaults, and a misspelt `--site=500` would have run 10,000 sites.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });

describe('benchmark command lines', () => {
  it('print the usage on --help and run nothing', () => {
    const r = run('bench/issue12.js', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: node bench/issue12.js');
    expect(r.stdout).not.toContain('issue 12 targets');
  });

  it('refuse an unknown flag with exit 2, naming it and the usage', () => {
    const r = run('bench/issue12.js', '--site=500');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--site'");
    expect(r.stderr).toContain('usage:');
    const q = run('bench/run.js', '--quik');
    expect(q.status).toBe(2);
    expect(q.stderr).toContain("Unknown option '--quik'");
  });

  it('refuse a benchmark that does not exist and a count that is not one', () => {
    const r = run('bench/run.js', '--only=bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such benchmark');
    const n = run('bench/issue12.js', '--sites=ten');
    expect(n.status).toBe(2);
    expect(n.stderr).toContain('--sites=ten: expected a whole number');
  });
});
