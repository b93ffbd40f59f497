import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atomicWriteFile,
  finalizeBatch,
  openJournal,
  outputRoot,
  readStatus,
  verifyOutputs,
  writeFileIfChanged,
  writeOutputGroup,
  type SiteState,
} from '../../src/registry/index.js';
import { sha256 } from '../../src/shared/hash.js';
import { WdmError } from '../../src/shared/errors.js';
import { failingWrites, tempDir } from './helpers.js';

describe('atomic output writes', () => {
  it('writes, skips unchanged bytes, and leaves no temp files', () => {
    const dir = tempDir('out');
    const file = path.join(dir, 'a', 'b', 'DESIGN.md');
    const root = outputRoot(dir);
    atomicWriteFile(file, 'one\n', { root });
    expect(fs.readFileSync(file, 'utf8')).toBe('one\n');
    expect(writeFileIfChanged(file, 'one\n', { root })).toBe('unchanged');
    expect(writeFileIfChanged(file, 'two\n', { root })).toBe('written');
    expect(fs.readFileSync(file, 'utf8')).toBe('two\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['DESIGN.md']);
  });

  it.each(['group', 'each', 'none'] as const)('writes a group with durability %s and returns each hash', (durability) => {
    const dir = tempDir('out');
    const files = [
      { path: path.join(dir, 'x', 'index.html'), content: '<p>x</p>\n' },
      { path: path.join(dir, 'x', 'styles.css'), content: 'p{}\n' },
    ];
    const root = outputRoot(dir);
    const first = writeOutputGroup(files, { root, durability });
    expect(first.results).toEqual(['written', 'written']);
    expect(first.hashes.get(files[0]?.path ?? '')).toBe(sha256('<p>x</p>\n'));
    expect(writeOutputGroup(files, { root, durability }).results).toEqual(['unchanged', 'unchanged']);
  });

  it('a read-only output folder gives a clear error, keeps the old file and records nothing', async () => {
    const dir = tempDir('out');
    const file = path.join(dir, 'designs', 'b', 'a.com', 'DESIGN.md');
    const root = outputRoot(dir);
    atomicWriteFile(file, 'old\n', { root });
    const journal = openJournal(path.join(dir, '.wdm', 'registry'), 'b', { flushEvery: 1, compactAt: false });
    await journal.record({ domain: 'a.com', key: 'k1', state: 'designed', outputs: { 'designs/b/a.com/DESIGN.md': sha256('old\n') } });
    // Tests run as root, where chmod does not stop writes: the injected fs refuses like a read-only folder.
    const readOnly = failingWrites('EACCES', () => true);
    let caught: unknown;
    try {
      writeFileIfChanged(file, 'new\n', { root, fs: readOnly });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WdmError);
    const error = caught as WdmError;
    expect(error.code).toBe('E_IO');
    expect(error.message).toBe('Could not write designs/b/a.com/DESIGN.md: EACCES (permission denied); expected a writable output folder');
    expect(error.place.file).toBe('designs/b/a.com/DESIGN.md');
    expect(error.hint).toContain('make designs/b/a.com writable');
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['DESIGN.md']);
    await journal.close();
    const status = readStatus(path.join(dir, '.wdm', 'registry'), 'b', new Map([['a.com', 'k1']]));
    expect(status.sites.get('a.com')?.state).toBe('designed');
    expect(verifyOutputs(status.sites, dir).problems).toEqual([]);
  });
});

function site(domain: string, state: SiteState['state'], outputs: SiteState['outputs'] = {}): SiteState {
  const reached = state === 'failed' ? 'designed' : state;
  return { domain, state, reached, key: 'k', outputs };
}

describe('verifyOutputs', () => {
  it('downgrades a state whose output is missing or changed, and reports it', () => {
    const dir = tempDir('verify');
    const write = (rel: string, text: string): string => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
      return sha256(text);
    };
    const design = write('designs/b/a.com/DESIGN.md', 'a');
    const html = write('sites/b/a.com/index.html', 'h');
    const states = new Map<string, SiteState>([
      ['a.com', site('a.com', 'verified', { designed: { 'designs/b/a.com/DESIGN.md': design }, implemented: { 'sites/b/a.com/index.html': html } })],
      ['b.com', site('b.com', 'implemented', { designed: { 'designs/b/b.com/DESIGN.md': design }, implemented: {} })],
      ['c.com', site('c.com', 'verified', { designed: { 'designs/b/a.com/DESIGN.md': design }, implemented: { 'sites/b/a.com/index.html': 'f'.repeat(64) } })],
    ]);
    const result = verifyOutputs(states, dir);
    expect(result.states.get('a.com')?.state).toBe('verified');
    expect(result.states.get('b.com')).toMatchObject({ state: 'pending', reached: 'pending', outputs: {} });
    expect(result.states.get('c.com')).toMatchObject({ state: 'designed', reached: 'designed' });
    expect(result.downgraded).toEqual(['b.com', 'c.com']);
    expect(result.problems.map((p) => [p.domain, p.file, p.found === 'missing' ? 'missing' : 'changed', p.claimedBy])).toEqual([
      ['b.com', 'designs/b/b.com/DESIGN.md', 'missing', 'designed'],
      ['c.com', 'sites/b/a.com/index.html', 'changed', 'implemented'],
    ]);
    expect(result.problems[0]?.message).toContain('designs/b/b.com/DESIGN.md: missing, expected the file recorded as designed for b.com');
  });

  it('never follows a link, reads a device or waits on a pipe that a journal line names', () => {
    const dir = tempDir('verify');
    const outside = tempDir('outside');
    fs.writeFileSync(path.join(outside, 'secret'), 's');
    fs.mkdirSync(path.join(dir, 'sites', 'b', 'a.com'), { recursive: true });
    // A link whose target has exactly the recorded bytes: following it would pass the state.
    fs.symlinkSync(path.join(outside, 'secret'), path.join(dir, 'sites', 'b', 'a.com', 'index.html'));
    execFileSync('mkfifo', [path.join(dir, 'sites', 'b', 'a.com', 'styles.css')]);
    const states = new Map<string, SiteState>([
      ['a.com', site('a.com', 'implemented', { designed: {}, implemented: { 'sites/b/a.com/index.html': sha256('s') } })],
      ['b.com', site('b.com', 'implemented', { designed: {}, implemented: { 'sites/b/a.com/styles.css': sha256('') } })],
      ['c.com', site('c.com', 'implemented', { designed: {}, implemented: { '../../../../../../dev/zero': sha256('') } })],
    ]);
    const result = verifyOutputs(states, dir);
    expect(result.downgraded).toEqual(['a.com', 'b.com', 'c.com']);
    expect(result.problems.map((p) => [p.domain, p.found])).toEqual([
      ['a.com', 'not a regular file'],
      ['b.com', 'not a regular file'],
      ['c.com', 'not a regular file'],
    ]);
    expect(result.problems[0]?.message).toBe('sites/b/a.com/index.html: not a regular file (a link, folder, device or pipe), expected the file recorded as implemented for a.com; rerun the command that writes it');
  });
});

describe('finalizeBatch', () => {
  function project(): string {
    const dir = tempDir('final');
    for (const [rel, text] of [
      ['designs/b/a.com/DESIGN.md', 'A'],
      ['designs/b/b.com/DESIGN.md', 'B'],
      ['designs/b/stray.com/DESIGN.md', 'S'],
      ['sites/b/a.com/index.html', 'a'],
      ['sites/b/b.com/index.html', 'b'],
    ] as const) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  }

  it('refuses, listing the sites not verified', () => {
    const dir = project();
    const states = new Map([
      ['a.com', site('a.com', 'verified')],
      ['b.com', { ...site('b.com', 'failed'), message: 'contrast 3.1 < 4.5' }],
      ['c.com', site('c.com', 'implemented')],
    ]);
    expect(() => finalizeBatch({ projectDir: dir, batch: 'b', sources: ['designs/b', 'sites/b'], target: 'published/b', states })).toThrow(
      'Batch b has 2 of 3 site(s) not verified: b.com (failed: contrast 3.1 < 4.5), c.com (implemented); expected every site verified',
    );
    expect(fs.existsSync(path.join(dir, 'published'))).toBe(false);
  });

  /** The outputs a verified state of `domain` records: the hash of each of its files as they are now. */
  function claims(dir: string, domain: string): SiteState['outputs'] {
    const files = [`designs/b/${domain}/DESIGN.md`, `sites/b/${domain}/index.html`];
    return { verified: Object.fromEntries(files.map((f) => [f, sha256(fs.readFileSync(path.join(dir, f)))])) };
  }

  it('publishes the verified sites, replaces an earlier publication whole, and leaves nothing beside it', () => {
    const dir = project();
    const states = new Map([
      ['a.com', site('a.com', 'verified', claims(dir, 'a.com'))],
      ['b.com', site('b.com', 'finalized', claims(dir, 'b.com'))],
    ]);
    const input = { projectDir: dir, batch: 'b', sources: ['designs/b', 'sites/b'], target: 'published/b', states };
    fs.mkdirSync(path.join(dir, 'published/b/old'), { recursive: true });
    const result = finalizeBatch(input);
    expect(result.files).toBe(4);
    expect(result.skipped).toEqual([path.join('designs/b', 'stray.com')]);
    expect(fs.readFileSync(path.join(dir, 'published/b/sites/a.com/index.html'), 'utf8')).toBe('a');
    expect(fs.readdirSync(path.join(dir, 'published/b')).sort()).toEqual(['designs', 'sites']);
    expect(fs.readdirSync(path.join(dir, 'published'))).toEqual(['b']);
  });

  it.each([
    ['a page changed since it was verified', (dir: string) => fs.writeFileSync(path.join(dir, 'sites/b/a.com/index.html'), 'a, edited'), /a\.com: sites\/b\/a\.com\/index\.html: sha256 .*, expected .* as verified/],
    ['a file added after verification', (dir: string) => fs.writeFileSync(path.join(dir, 'sites/b/b.com/extra.js'), 'x'), /b\.com: sites\/b\/b\.com\/extra\.js: not among the files recorded/],
    ['a verified file removed', (dir: string) => fs.rmSync(path.join(dir, 'designs/b/a.com/DESIGN.md')), /a\.com: designs\/b\/a\.com\/DESIGN\.md: missing/],
  ])('refuses, naming site and file, when %s, and keeps the earlier publication', (_what, damage, message) => {
    const dir = project();
    const states = new Map([
      ['a.com', site('a.com', 'verified', claims(dir, 'a.com'))],
      ['b.com', site('b.com', 'verified', claims(dir, 'b.com'))],
    ]);
    fs.mkdirSync(path.join(dir, 'published/b/old'), { recursive: true });
    damage(dir);
    expect(() => finalizeBatch({ projectDir: dir, batch: 'b', sources: ['designs/b', 'sites/b'], target: 'published/b', states })).toThrow(message);
    expect(fs.readdirSync(path.join(dir, 'published'))).toEqual(['b']);
    expect(fs.readdirSync(path.join(dir, 'published/b'))).toEqual(['old']);
  });
});
