// A batch's facts: inline `facts:` rows and `content/<batch>/<domain>.yaml` files, with every photo read, checked,
// measured and hashed. The only place that reads a user's content files and photos.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { CONTENT_EXTENSIONS, parseContent } from '../batch/index.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { fixed } from '../shared/format.js';
import { sha256 } from '../shared/hash.js';
import type { Batch, Facts, FactsInput, ImageFormat, Photo, PhotoRef, Rejection, Site } from '../shared/types.js';
import { ConfineError, outputRoot, readRegularFile, type ConfineProblem } from '../registry/index.js';
import { listFiles, readText } from './files.js';

/** Bigger than any photo a small-business page needs; refused before it is read. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Pixels per side, and in all: a larger image is a print master or a decompression bomb, not a web photo. */
export const MAX_PHOTO_SIDE = 12_000;
export const MAX_PHOTO_PIXELS = 50_000_000;

/** The folder of a batch's content files, project-relative. */
export function contentDir(batch: string): string {
  return `content/${batch}`;
}

export interface ContentFile {
  /** Project-relative path. */
  file: string;
  text: string;
}

/** `content/<batch>/*.{yaml,yml,json}` keyed by file stem (the domain), sorted; only the top level of the folder. */
export function listContentFiles(projectDir: string, batch: string): Map<string, string[]> {
  const dir = join(projectDir, contentDir(batch));
  const byStem = new Map<string, string[]>();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return byStem;
  for (const name of listFiles(dir, CONTENT_EXTENSIONS.map((e) => `*.${e}`))) {
    const stem = name.replace(/\.(yaml|yml|json)$/, '');
    byStem.set(stem, [...(byStem.get(stem) ?? []), `${contentDir(batch)}/${name}`]);
  }
  return byStem;
}

/* ----------------------------------------------------------------- photos */

export type PhotoResult = { ok: true; photo: Omit<Photo, 'alt' | 'caption' | 'role'> } | { ok: false; message: string; hint: string };

/** The format by the file's first bytes (magic numbers), never by its name. */
export function sniffImage(head: Uint8Array): ImageFormat | undefined {
  const at = (i: number) => head[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => at(i) === b)) return 'png';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'avif';
  return undefined;
}

const SIZE_TYPE: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp', avif: 'heif' };

/** A confined read's refusal worded for the photo a batch row names (the row's file and line are added by the caller). */
function photoProblem(src: string, problem: ConfineProblem): { message: string; hint: string } {
  switch (problem.kind) {
    case 'missing':
    case 'not-a-folder':
      return { message: `Unexpected missing file "${src}", expected a photo at that path under the project`, hint: 'Check the spelling of the path; it is relative to the project folder.' };
    case 'link':
      return {
        message: `Unexpected symbolic link at "${src}" (or in a folder above it), expected a regular file inside the project`,
        hint: 'Copy the photo into the project instead of linking to it; nothing is read through a link.',
      };
    case 'not-a-file':
      return { message: `Unexpected ${problem.folder ? 'folder' : 'special file'} at "${src}", expected a regular image file`, hint: 'Give the path of the photo file itself.' };
    case 'too-large':
      return {
        message: `Unexpected photo of ${fixed(problem.size / 1024 / 1024, 1)} MB at "${src}", expected at most ${problem.max / 1024 / 1024} MB`,
        hint: 'Export a web-sized copy (about 2000 px on the long side, under 1 MB) and use that.',
      };
    case 'changed':
      return { message: `Unexpected end of "${src}" while reading (it changed while being read)`, hint: 'Rerun once the file is complete.' };
    case 'io':
      if (problem.errno === 'ENOENT' || problem.errno === 'ENOTDIR') return photoProblem(src, { kind: 'missing' });
      if (problem.errno === 'ELOOP') return photoProblem(src, { kind: 'link' });
      return { message: `Cannot read "${src}" (${problem.errno ?? 'error'})`, hint: 'Check the file permissions.' };
    case 'outside':
    case 'root':
      return { message: `Unexpected photo path "${src}", expected a file inside the project`, hint: 'Give a path relative to the project folder.' };
  }
}

/**
 * Reads one photo: a regular file inside the project reached without any symbolic link, at most MAX_PHOTO_BYTES, an
 * image by its content, of sane pixel dimensions. `src` has passed `pathProblem` (relative, no `..`). The bytes come
 * from the registry's confined reader (every folder on the way checked, opened with O_NOFOLLOW, checked through the
 * descriptor), whose refusals are worded here for the photo.
 */
export function readPhoto(projectDir: string, src: string): { result: PhotoResult; bytes?: Buffer } {
  const fail = (message: string, hint: string) => ({ result: { ok: false as const, message, hint } });
  let bytes: Buffer;
  try {
    bytes = readRegularFile(outputRoot(projectDir), join(projectDir, src), { max: MAX_PHOTO_BYTES });
  } catch (error) {
    if (!(error instanceof ConfineError)) throw error;
    const { message, hint } = photoProblem(src, error.problem);
    return fail(message, hint);
  }
  if (bytes.length === 0) return fail(`Unexpected empty file "${src}", expected an image`, 'Export the photo again.');
  const format = sniffImage(bytes.subarray(0, 32));
  if (format === undefined) {
    return fail(`Unexpected content in "${src}": not a JPEG, PNG, WebP, GIF or AVIF image`, 'Export the photo as JPEG, PNG or WebP; the file name does not decide its type, its bytes do.');
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch (error) {
    return fail(`Unexpected ${format.toUpperCase()} data in "${src}" that cannot be measured (${error instanceof Error ? error.message : String(error)})`, 'Export the photo again; the file looks damaged.');
  }
  if (size.type !== SIZE_TYPE[format]) return fail(`Unexpected ${format.toUpperCase()} header in "${src}" whose body reads as ${size.type ?? 'nothing known'}`, 'Export the photo again.');
  // EXIF orientations 5-8 turn the picture a quarter: the page shows it with width and height swapped.
  const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (!(width >= 1 && height >= 1) || width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE || width * height > MAX_PHOTO_PIXELS) {
    return fail(
      `Unexpected image of ${width} × ${height} pixels in "${src}", expected at most ${MAX_PHOTO_SIDE} px a side and ${MAX_PHOTO_PIXELS / 1_000_000} megapixels`,
      'Export a web-sized copy (about 2000 px on the long side).',
    );
  }
  return { result: { ok: true, photo: { src, width, height, sha256: sha256(bytes), bytes: bytes.length, format } }, bytes };
}

/* ------------------------------------------------------------------ facts */

type PhotoCache = Map<string, PhotoResult>;

function resolvePhoto(projectDir: string, ref: PhotoRef, cache: PhotoCache, problems: Rejection[], domain: string): Photo | undefined {
  let result = cache.get(ref.src);
  if (result === undefined) {
    result = readPhoto(projectDir, ref.src).result;
    cache.set(ref.src, result);
  }
  if (!result.ok) {
    problems.push({ file: ref.at.file, line: ref.at.line, input: domain, path: ref.at.path, message: `${ref.at.path}: ${result.message}`, hint: result.hint });
    return undefined;
  }
  const photo: Photo = { ...result.photo, alt: ref.alt };
  if (ref.caption !== undefined) photo.caption = ref.caption;
  if (ref.role !== undefined) photo.role = ref.role;
  return photo;
}

/** Facts with every photo reference replaced by the measured photo; problems for photos that cannot be used. */
export function resolveFacts(projectDir: string, input: FactsInput, domain: string, cache: PhotoCache = new Map()): { facts: Facts; problems: Rejection[] } {
  const problems: Rejection[] = [];
  const photo = (ref: PhotoRef) => resolvePhoto(projectDir, ref, cache, problems, domain);
  const withPhoto = <T extends { photo?: PhotoRef }>(item: T): Omit<T, 'photo'> & { photo?: Photo } => {
    const { photo: ref, ...rest } = item;
    const resolved = ref ? photo(ref) : undefined;
    return resolved ? { ...rest, photo: resolved } : rest;
  };
  const facts: Facts = {};
  for (const key of Object.keys(input) as (keyof FactsInput)[]) {
    switch (key) {
      case 'services':
      case 'products':
      case 'listings':
        facts[key] = input[key]?.map(withPhoto);
        break;
      case 'menu':
        facts.menu = input.menu?.map(withPhoto);
        break;
      case 'team':
        facts.team = input.team?.map(withPhoto);
        break;
      case 'logo': {
        const logo = input.logo ? photo(input.logo) : undefined;
        if (logo) facts.logo = logo;
        break;
      }
      case 'photos':
        facts.photos = (input.photos ?? []).map(photo).filter((p): p is Photo => p !== undefined);
        break;
      default:
        (facts as Record<string, unknown>)[key] = input[key];
    }
  }
  return { facts, problems };
}

/**
 * Gives each site of the batch its facts: inline (`facts:` in the row) or from its content file, never both (that is
 * a rejection, so nobody has to guess which one wins). Photos are read and measured. A site with any problem is
 * rejected, with one rejection per problem; content files that match no site of the batch are rejected too.
 */
export function attachFacts(projectDir: string, batch: Batch): Batch {
  const files = listContentFiles(projectDir, batch.id);
  if (files.size === 0 && (batch.inlineFacts === undefined || batch.inlineFacts.size === 0)) return batch;
  const rejected: Rejection[] = [...batch.rejected];
  const sites: Site[] = [];
  const cache: PhotoCache = new Map();
  const domains = new Set(batch.sites.map((s) => s.domain));
  const byUnicode = new Map(batch.sites.map((s) => [s.unicode, s.domain]));
  const claimed = new Map<string, string[]>();
  for (const [stem, paths] of files) {
    const domain = domains.has(stem) ? stem : byUnicode.get(stem.normalize('NFC').toLowerCase());
    if (domain === undefined) {
      const guess = didYouMean(stem, [...domains]);
      rejected.push({
        file: paths[0] as string,
        line: 1,
        input: stem,
        message: `Unexpected content file for "${stem}", which is not a site of ${batch.file}, expected content/${batch.id}/<domain>.yaml for a domain of the batch`,
        hint: guess ? `Did you mean "${guess}"? Rename the file.` : 'Rename the file after a domain of the batch, or add the domain to the batch.',
      });
      continue;
    }
    claimed.set(domain, [...(claimed.get(domain) ?? []), ...paths]);
  }
  for (const site of batch.sites) {
    const inline = batch.inlineFacts?.get(site.domain);
    const paths = claimed.get(site.domain) ?? [];
    const reject = (file: string, line: number, message: string, hint: string) => rejected.push({ file, line, input: site.domain, message, hint });
    if (paths.length > 1) {
      reject(paths[1] as string, 1, `Unexpected second content file for ${site.domain} (${paths.join(' and ')}), expected one`, 'Keep one of them.');
      continue;
    }
    const contentFile = paths[0];
    if (contentFile !== undefined && inline !== undefined) {
      reject(
        contentFile,
        1,
        `Unexpected facts for ${site.domain} both in ${site.source.file}:${site.source.line} (facts:) and in ${contentFile}, expected them in one place`,
        'Move the inline facts into the content file (or the other way round); facts are never merged.',
      );
      continue;
    }
    let input = inline;
    if (contentFile !== undefined) {
      const parsed = parseContent(readText(join(projectDir, contentFile), contentFile), contentFile);
      if (!parsed.ok) {
        for (const p of parsed.problems) rejected.push({ file: p.file, line: p.line, input: site.domain, message: p.message, hint: p.hint, ...(p.path ? { path: p.path } : {}) });
        continue;
      }
      input = parsed.facts;
    }
    if (input === undefined || Object.keys(input).length === 0) {
      sites.push(site);
      continue;
    }
    const { facts, problems } = resolveFacts(projectDir, input, site.domain, cache);
    if (problems.length > 0) {
      rejected.push(...problems);
      continue;
    }
    sites.push({ ...site, facts });
  }
  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const { inlineFacts: _inline, ...rest } = batch;
  return { ...rest, sites, rejected };
}

/** Every file a batch's facts were read from (content files and photos), project-relative, for input fingerprints. */
export function factInputFiles(batch: Batch): string[] {
  const out = new Set<string>();
  const add = (p: Photo | undefined) => {
    if (p) out.add(p.src);
  };
  for (const site of batch.sites) {
    const f = site.facts;
    if (!f) continue;
    add(f.logo);
    f.photos?.forEach(add);
    for (const list of [f.services, f.products, f.listings, f.menu, f.team]) list?.forEach((item) => add(item.photo));
  }
  return [...out].sort();
}
