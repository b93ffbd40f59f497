// Asset bytes are read by the registry's one confined reader: inside the project or node_modules, no symbolic link,
// a regular file, at most MAX_ASSET_BYTES, and the same bytes that were measured.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assetBytes } from '../../src/pipeline/assets.js';
import { outputRoot, readRegularFile } from '../../src/registry/index.js';
import { sha256 } from '../../src/shared/hash.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

const photo = (file: string, bytes: Buffer) => ({ path: 'assets/p-00000000.png', source: { kind: 'project' as const, file }, sha256: sha256(bytes) });

describe('assetBytes', () => {
  it('reads a project file and a package file, checked against the hash measured for the build', () => {
    const bytes = Buffer.from('not really a png');
    const dir = tempProject({ 'content/b/photos/p.png': bytes });
    expect(assetBytes(dir, photo('content/b/photos/p.png', bytes))).toEqual(bytes);
    expect(() => assetBytes(dir, photo('content/b/photos/p.png', Buffer.from('other')))).toThrow(/Unexpected change in content\/b\/photos\/p\.png: sha256 .*, expected .* as measured for this build/);
    const specifier = '@fontsource/barlow/files/barlow-latin-400-normal.woff2';
    const font = readFileSync(createRequire(import.meta.url).resolve(specifier));
    expect(assetBytes(dir, { path: 'assets/f-00000000.woff2', source: { kind: 'package', specifier }, sha256: sha256(font) })).toEqual(font);
    // Read again (remembered this time): the same bytes; a different expected hash is still refused.
    expect(assetBytes(dir, { path: 'assets/f-00000000.woff2', source: { kind: 'package', specifier }, sha256: sha256(font) })).toEqual(font);
    expect(() => assetBytes(dir, { path: 'assets/f-00000000.woff2', source: { kind: 'package', specifier }, sha256: sha256('other') })).toThrow(/Unexpected change in @fontsource\/barlow/);
  });

  it('refuses a photo reached through a symbolic link, naming it, and says what to do', () => {
    const bytes = Buffer.from('x');
    const dir = tempProject({ 'elsewhere/p.png': bytes, 'content/b/photos/.keep': '' });
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'content/b/photos/linked'));
    let error: unknown;
    try {
      assetBytes(dir, photo('content/b/photos/linked/p.png', bytes));
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/Refused to read content\/b\/photos\/linked\/p\.png: content\/b\/photos\/linked is a symbolic link \(to .*\), expected a real folder inside the project/);
    expect((error as { hint?: string }).hint).toBe('put the file itself in place of the link and rerun: nothing is read through a symbolic link');
  });
});

describe('readRegularFile', () => {
  it('refuses a file larger than max before reading it, naming the file and both sizes', () => {
    const dir = tempProject({ 'big.bin': Buffer.alloc(2048) });
    const root = outputRoot(dir);
    expect(readRegularFile(root, join(dir, 'big.bin'), { max: 2048 })).toHaveLength(2048);
    expect(() => readRegularFile(root, join(dir, 'big.bin'), { max: 2047 })).toThrow('Refused to read big.bin: it is 2048 bytes, expected at most 2047');
  });

  it('refuses a FIFO without blocking on it', () => {
    const dir = tempProject({});
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(() => readRegularFile(outputRoot(dir), join(dir, 'pipe'))).toThrow(/Refused to read pipe: it is not a regular file/);
  });
});
