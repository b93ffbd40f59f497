// Photos and content files through the pipeline: hostile files are refused with the place they are named, and
// nothing of theirs reaches a site; good photos are measured, hashed and copied under content-hashed names.
import { afterAll, describe, expect, it } from 'vitest';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, loadProject } from '../../src/pipeline/index.js';
import { readBatch } from '../../src/pipeline/generate.js';
import { sha256 } from '../../src/shared/hash.js';
import { formatProblem } from '../../src/shared/errors.js';
import { removeTempProjects, tempProject } from '../helpers/project.js';
import { pngHeaderOnly, pngImage } from '../helpers/images.js';

afterAll(removeTempProjects);

const GOOD = pngImage(120, 80);

/** A project whose batch has one site per photo source; `content/b/photos/` holds the files the test writes. */
function projectWith(photos: Record<string, string>, files: Record<string, string | Uint8Array> = {}): string {
  const rows = Object.entries(photos)
    .map(([domain, src]) => `  - domain: ${domain}\n    facts:\n      photos:\n        - { src: ${src}, alt: "A photo" }\n`)
    .join('');
  return tempProject({ 'batches/b.yaml': `sites:\n${rows}`, 'content/b/photos/good.png': GOOD, ...files });
}

const shown = (r: { file: string; line: number; message: string; hint?: string }) => formatProblem(r.message, { file: r.file, line: r.line }, r.hint);

describe('hostile photos', () => {
  const outside = tempProject({ 'secret.png': pngImage(10, 10, 99) });
  const dir = projectWith(
    {
      'good.com': 'content/b/photos/good.png',
      'missing.com': 'content/b/photos/none.png',
      'link.com': 'content/b/photos/link.png',
      'linkdir.com': 'content/b/outside/secret.png',
      'big.com': 'content/b/photos/big.jpg',
      'text.com': 'content/b/photos/notes.jpg',
      'bomb.com': 'content/b/photos/bomb.png',
      'folder.com': 'content/b/photos',
    },
    { 'content/b/photos/notes.jpg': 'not an image, whatever its name says\n', 'content/b/photos/bomb.png': pngHeaderOnly(100_000, 100_000) },
  );
  symlinkSync(join(outside, 'secret.png'), join(dir, 'content/b/photos/link.png'));
  symlinkSync(outside, join(dir, 'content/b/outside'));
  // 50 MB without writing 50 MB: a sparse file has the size the check sees before reading anything.
  const fd = openSync(join(dir, 'content/b/photos/big.jpg'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);

  it('each get a clear error naming the file and line of the photo', () => {
    const batch = readBatch(loadProject(dir), 'b');
    expect(batch.sites.map((s) => s.domain)).toEqual(['good.com']);
    expect(batch.rejected.map(shown)).toEqual([
      'batches/b.yaml:9: facts.photos[0].src: Unexpected missing file "content/b/photos/none.png", expected a photo at that path under the project (Check the spelling of the path; it is relative to the project folder.)',
      'batches/b.yaml:13: facts.photos[0].src: Unexpected symbolic link at "content/b/photos/link.png" (or in a folder above it), expected a regular file inside the project (Copy the photo into the project instead of linking to it; nothing is read through a link.)',
      'batches/b.yaml:17: facts.photos[0].src: Unexpected symbolic link at "content/b/outside/secret.png" (or in a folder above it), expected a regular file inside the project (Copy the photo into the project instead of linking to it; nothing is read through a link.)',
      'batches/b.yaml:21: facts.photos[0].src: Unexpected photo of 50.0 MB at "content/b/photos/big.jpg", expected at most 10 MB (Export a web-sized copy (about 2000 px on the long side, under 1 MB) and use that.)',
      'batches/b.yaml:25: facts.photos[0].src: Unexpected content in "content/b/photos/notes.jpg": not a JPEG, PNG, WebP, GIF or AVIF image (Export the photo as JPEG, PNG or WebP; the file name does not decide its type, its bytes do.)',
      'batches/b.yaml:29: facts.photos[0].src: Unexpected image of 100000 × 100000 pixels in "content/b/photos/bomb.png", expected at most 12000 px a side and 50 megapixels (Export a web-sized copy (about 2000 px on the long side).)',
      'batches/b.yaml:33: facts.photos[0].src: Unexpected folder at "content/b/photos", expected a regular image file (Give the path of the photo file itself.)',
    ]);
  });

  it('copy nothing: only the good site is built, and the outside file is nowhere in the output', async () => {
    const report = await build(loadProject(dir), { batchIds: ['b'], stages: ['design', 'implement'] });
    expect(report.rejected[0]?.rows).toHaveLength(7);
    expect(readdirSync(join(dir, 'sites/b'))).toEqual(['good.com']);
    // Beside the photo, the site carries only files of installed packages (licences, fonts), never a linked file.
    const assets = readdirSync(join(dir, 'sites/b/good.com/assets')).filter((n) => /\.(?:png|jpe?g|webp|gif|avif)$/.test(n));
    expect(assets).toEqual([`good-${sha256(GOOD).slice(0, 8)}.png`]);
    expect(readFileSync(join(dir, 'sites/b/good.com/assets', assets[0] as string))).toEqual(GOOD);
    expect(existsSync(join(dir, 'designs/b/link.com'))).toBe(false);
  });
});

describe('content files', () => {
  it('are matched to their site; a file for no site and facts given twice are refused', () => {
    const dir = tempProject({
      'batches/b.yaml': 'sites:\n  - domain: a.com\n  - domain: both.com\n    facts: { phone: "+45 33 12 34 56" }\n',
      'content/b/a.com.yaml': 'phone: "+1 555 010 0100"\n',
      'content/b/both.com.yaml': 'email: a@both.example\n',
      'content/b/aa.com.yaml': 'email: x@y.example\n',
    });
    const batch = readBatch(loadProject(dir), 'b');
    expect(batch.sites.map((s) => [s.domain, s.facts])).toEqual([['a.com', { phone: '+1 555 010 0100' }]]);
    expect(batch.rejected.map(shown)).toEqual([
      'content/b/aa.com.yaml:1: Unexpected content file for "aa.com", which is not a site of batches/b.yaml, expected content/b/<domain>.yaml for a domain of the batch (Did you mean "a.com"? Rename the file.)',
      'content/b/both.com.yaml:1: Unexpected facts for both.com both in batches/b.yaml:3 (facts:) and in content/b/both.com.yaml, expected them in one place (Move the inline facts into the content file (or the other way round); facts are never merged.)',
    ]);
  });

  it('a photo is measured and hashed, and a changed photo changes only its own site', () => {
    const dir = tempProject({
      'batches/b.yaml': 'sites:\n  - domain: a.com\n  - domain: b.com\n',
      'content/b/a.com.yaml': 'photos:\n  - { src: content/b/a.png, alt: "The shop", role: hero }\n',
      'content/b/b.com.yaml': 'phone: "+1 555 010 0100"\n',
      'content/b/a.png': pngImage(64, 48),
    });
    const project = loadProject(dir);
    const before = readBatch(project, 'b');
    expect(before.sites[0]?.facts?.photos).toEqual([
      { src: 'content/b/a.png', width: 64, height: 48, sha256: sha256(pngImage(64, 48)), bytes: pngImage(64, 48).length, format: 'png', alt: 'The shop', role: 'hero' },
    ]);
    mkdirSync(join(dir, 'content/b'), { recursive: true });
    writeFileSync(join(dir, 'content/b/a.png'), pngImage(64, 48, 7));
    const after = readBatch(project, 'b');
    expect(after.sites[0]?.facts?.photos?.[0]?.sha256).toBe(sha256(pngImage(64, 48, 7)));
    expect(after.sites[1]).toEqual(before.sites[1]);
  });
});

describe('the temp dir is not the project', () => {
  it('a path through /tmp is refused before any file is read', () => {
    const dir = projectWith({ 'x.com': `../${tmpdir().split('/').pop() ?? 'tmp'}/x.png` });
    const batch = readBatch(loadProject(dir), 'b');
    expect(batch.rejected[0]?.message).toMatch(/^facts\.photos\[0\]\.src: Unexpected "\.\." in /);
  });
});
