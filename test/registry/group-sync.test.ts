// GroupSyncer: groups of files made durable through one long-lived `sh` helper, with syncGroup as the fallback.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupSyncer, HELPER } from '../../src/registry/group-sync.js';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wdm-gsync-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The helper's protocol, recording each request's folders (one line each) in `log` before syncing. */
const recording = (log: string) => HELPER.replace('if sync -f', `printf '%s\\n' "$#" "$@" >> '${log}'; if sync -f`);

function files(dir: string, names: string[]): string[] {
  return names.map((name) => {
    const sub = join(dir, name);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, 'index.html');
    writeFileSync(file, name);
    return file;
  });
}

const helperHandles = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap' || r === 'PipeWrap').length;

describe('GroupSyncer', () => {
  it('asks the helper once a group, with one folder per file system, names with spaces intact', async () => {
    const dir = folder();
    const log = join(folder(), 'log');
    const syncer = new GroupSyncer(recording(log));
    const before = helperHandles();
    await syncer.sync(files(dir, ['a', ' lead and trail ', 'c\\d']));
    await syncer.sync(files(dir, ['e']));
    // Idle between requests: the helper does not keep the process alive.
    expect(helperHandles()).toBe(before);
    syncer.close();
    // All the files are on one file system: one folder (the first file's) each time.
    expect(readFileSync(log, 'utf8')).toBe(`1\n${join(dir, 'a')}\n1\n${join(dir, 'e')}\n`);
  });

  it('falls back to syncGroup when the helper answers that the sync failed, and stops asking it', async () => {
    const dir = folder();
    const log = join(folder(), 'log');
    const failing = recording(log).replace('if sync -f', 'if false');
    const syncer = new GroupSyncer(failing);
    await expect(syncer.sync(files(dir, ['a']))).resolves.toBeUndefined();
    await expect(syncer.sync(files(dir, ['b']))).resolves.toBeUndefined();
    syncer.close();
    expect(readFileSync(log, 'utf8')).toBe(`1\n${join(dir, 'a')}\n`);
  });

  it('falls back to syncGroup when the helper exits', async () => {
    const syncer = new GroupSyncer('exit 3');
    await expect(syncer.sync(files(folder(), ['a']))).resolves.toBeUndefined();
    syncer.close();
  });

  it('does not use the helper for a folder whose name has a line break (the protocol is a line a folder)', async () => {
    const log = join(folder(), 'log');
    const syncer = new GroupSyncer(recording(log));
    await syncer.sync(files(folder(), ['two\nlines']));
    syncer.close();
    expect(() => readFileSync(log, 'utf8')).toThrow(/ENOENT/);
  });

  it('a missing file is refused as syncGroup refuses it', async () => {
    const syncer = new GroupSyncer();
    await expect(syncer.sync([join(folder(), 'gone', 'index.html')])).rejects.toThrow(/ENOENT/);
    syncer.close();
  });
});
