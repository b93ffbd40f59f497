// The progress line: drawn on stderr only when it is a terminal, never with --json or --quiet, erased at the end.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { processIo } from '../../src/cli/io.js';
import { clock, progressLine, progressText } from '../../src/cli/progress.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

/** A writable that keeps what it is given; `tty` makes it look like a terminal of 60 columns. */
function stream(tty: boolean): Writable & { text: () => string; isTTY?: boolean; columns?: number } {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  }) as Writable & { text: () => string; isTTY?: boolean; columns?: number };
  s.text = () => chunks.join('');
  if (tty) {
    s.isTTY = true;
    s.columns = 60;
  }
  return s;
}

/** A clock that moves a second each time it is read. */
function ticking(): () => number {
  let t = 0;
  return () => (t += 1000);
}

describe('progressText', () => {
  it.each([
    [0, 10, 0, 0, 'generate: 0 of 10 sites (0%)'],
    [3, 10, 0, 0, 'generate: 3 of 10 sites (30%)'],
    [5, 10, 5, 1000, 'generate: 5 of 10 sites (50%), 5.0 sites/s, 0:01 left'],
    [1234, 10000, 1233, 3000, 'generate: 1,234 of 10,000 sites (12%), 411 sites/s, 0:22 left'],
    [10000, 10000, 10000, 20000, 'generate: 10,000 of 10,000 sites (100%), 500 sites/s'],
    [2, 100000, 1, 1000, 'generate: 2 of 100,000 sites (0%), 1.0 sites/s, 27:46:38 left'],
  ])('%i of %i (%i timed in %i ms)', (done, total, timed, ms, text) => {
    expect(progressText('generate', done, total, timed, ms)).toBe(text);
  });

  it.each([
    [0, '0:00'],
    [59.2, '1:00'],
    [61, '1:01'],
    [3600, '1:00:00'],
  ])('clock(%f) is %s', (s, text) => expect(clock(s)).toBe(text));
});

describe('progressLine', () => {
  it('waits half a second, redraws at most every 200 ms, fits the width and erases itself', () => {
    let t = 0;
    let err = '';
    const line = progressLine({ cwd: '/', stdout: () => {}, stderr: (s) => (err += s), env: {}, now: () => t, terminal: { columns: () => 30, draw: (s) => (err += s) } }, 'build');
    t = 100;
    line.update(1, 100);
    expect(err).toBe('');
    t = 600;
    line.update(2, 100);
    expect(err).toBe(`\r${'build: 2 of 100 sites (2%), 2.0 sites/s'.slice(0, 29)}\x1b[K`);
    t = 700;
    line.update(3, 100);
    expect(err.split('\r')).toHaveLength(2);
    t = 800;
    line.update(4, 100);
    expect(err.split('\r')).toHaveLength(3);
    line.end();
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('erases nothing when it drew nothing', () => {
    let err = '';
    const line = progressLine({ cwd: '/', stdout: () => {}, stderr: (s) => (err += s), env: {}, now: () => 0, terminal: { columns: () => 80, draw: (s) => (err += s) } }, 'check');
    line.update(1, 2);
    line.end();
    expect(err).toBe('');
  });
});

describe('generate on a terminal', () => {
  const dir = tempProject({ 'batches/demo.yaml': 'sites:\n  - domain: smithlaw.com\n  - domain: sunrisecafe.com\n' });

  it('draws the line on a terminal stderr and erases it before the summary', async () => {
    const out = stream(false);
    const err = stream(true);
    const code = await main(['generate', '--batch', 'demo', '--project', dir, '--no-cache'], processIo({ stdout: out, stderr: err }, ticking()));
    expect(code).toBe(0);
    // The clock moves a second per reading: the first site starts the rate, the second is timed by it.
    expect(err.text()).toBe('\rgenerate: 1 of 2 sites (50%)\x1b[K\rgenerate: 2 of 2 sites (100%), 1.0 sites/s\x1b[K\r\x1b[K');
    expect(out.text()).toMatch(/^demo: 2 sites: /);
  });

  it.each([
    ['stderr is not a terminal', false, []],
    ['--json', true, ['--json']],
    ['--quiet', true, ['--quiet']],
    ['-q', true, ['-q']],
  ])('draws nothing when %s', async (_why, tty, flags) => {
    const out = stream(false);
    const err = stream(tty);
    const code = await main(['generate', '--batch', 'demo', '--project', dir, '--no-cache', ...flags], processIo({ stdout: out, stderr: err }, ticking()));
    expect(code).toBe(0);
    expect(err.text()).toBe('');
    expect(out.text()).not.toContain('\r');
  });
});
