// The self-hostable font families: for each family that a font stack of the rules names first, its installed
// `@fontsource/<id>` package (licence, unicode-range subsets and, for `implement`, the woff2 files with their
// SHA-256). Read once per process, like the compiled templates, and handed to the pure stages.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { sha256, stableStringify } from '../shared/hash.js';
import type { FontCatalogue, FontPairing, WebFont, WebFontFile } from '../shared/types.js';
import { GENERIC_FAMILIES } from '../rules/font-families.js';
import { PACKAGE_DIR } from './sources.js';

/** Generic families and Safari's system-font keyword: never a package. */
const NOT_A_PACKAGE = new Set<string>([...GENERIC_FAMILIES, '-apple-system']);

/**
 * Weights whose files are hashed up front: every weight the design stage gives a level from the built-in pairings
 * (400 and 700 as written, 600 for labels and the calm tones' cap). A DESIGN.md asking for another weight gets the
 * nearest of these, as CSS font matching does.
 */
export const FONT_WEIGHTS = [400, 600, 700] as const;

/**
 * Italic weights hashed up front: body text at its regular weight, which is what the templates set in italic (the
 * editorial masthead's tagline). A page that sets italic gets a real italic instead of a slanted regular.
 */
export const ITALIC_WEIGHTS = [400] as const;

/** The first family of a CSS font stack, unquoted, or undefined when the stack starts with a generic family. */
export function firstFamily(stack: string): string | undefined {
  const first = stack.split(',')[0]?.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  return first === undefined || first === '' || NOT_A_PACKAGE.has(first) ? undefined : first;
}

/** Fontsource's id for a family: lower case, runs of spaces as one hyphen (`Source Serif 4` → `source-serif-4`). */
export function fontsourceId(family: string): string {
  return family.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Families named first in any stack of any pairing, sorted. */
export function pairingFamilies(pairings: Iterable<FontPairing>): string[] {
  const out = new Set<string>();
  for (const p of pairings) for (const stack of [p.heading, p.body, p.mono]) {
    const f = firstFamily(stack);
    if (f !== undefined) out.add(f);
  }
  return [...out].sort();
}

interface Metadata {
  id: string;
  family: string;
  subsets: string[];
  weights: number[];
  styles: string[];
  license?: { type?: string };
}

const requireFromTool = createRequire(join(PACKAGE_DIR, 'package.json'));

function resolvePackageFile(specifier: string): string | undefined {
  try {
    return requireFromTool.resolve(specifier);
  } catch {
    return undefined;
  }
}

function readJson(path: string, display: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new WdmError('E_IO', `Cannot read ${display}: ${error instanceof Error ? error.message : String(error)}`, { file: display }, 'reinstall the package (npm ci)');
  }
}

/** One family's package, or undefined when no `@fontsource/<id>` package is installed (a system font then). */
function webFontOf(family: string, withFiles: boolean): WebFont | undefined {
  const id = fontsourceId(family);
  const pkg = `@fontsource/${id}`;
  const metaPath = resolvePackageFile(`${pkg}/metadata.json`);
  if (metaPath === undefined) return undefined;
  const dir = dirname(metaPath);
  const meta = readJson(metaPath, `${pkg}/metadata.json`) as Metadata;
  if (meta.family !== family) {
    throw new WdmError('E_RULES_SCHEMA', `found the family "${family}" in rules/fonts.yaml, but ${pkg} holds "${meta.family}"`, { file: 'rules/fonts.yaml' }, `write the family as "${meta.family}"`);
  }
  const version = (readJson(join(dir, 'package.json'), `${pkg}/package.json`) as { version: string }).version;
  const subsets: Record<string, string> = {};
  const files: WebFontFile[] = [];
  let licenceHash = '';
  if (withFiles) {
    licenceHash = sha256(readFileSync(join(dir, 'LICENSE')));
    const ranges = readJson(join(dir, 'unicode.json'), `${pkg}/unicode.json`) as Record<string, string>;
    for (const subset of [...meta.subsets].sort()) {
      const range = ranges[subset];
      if (range !== undefined) subsets[subset] = range.split(',').map((r) => r.trim()).join(', ');
    }
    const present = new Set(readdirSync(join(dir, 'files')));
    const styles: Array<['normal' | 'italic', readonly number[]]> = [['normal', FONT_WEIGHTS], ['italic', meta.styles.includes('italic') ? ITALIC_WEIGHTS : []]];
    for (const [style, weights] of styles) {
      for (const weight of weights) {
        if (!meta.weights.includes(weight)) continue;
        for (const subset of Object.keys(subsets)) {
          const name = `${id}-${subset}-${weight}-${style}.woff2`;
          if (!present.has(name)) continue;
          const bytes = readFileSync(join(dir, 'files', name));
          files.push({ subset, weight, style, specifier: `${pkg}/files/${name}`, sha256: sha256(bytes), bytes: bytes.length });
        }
      }
    }
  }
  return {
    family,
    id,
    version,
    licence: { type: meta.license?.type ?? 'see LICENSE', specifier: `${pkg}/LICENSE`, sha256: licenceHash },
    subsets,
    files,
  };
}

/**
 * The catalogue of the families the pairings name first. `withFiles` also reads the subsets' unicode ranges and
 * hashes the woff2 and licence files (what `implement` needs to name and copy them); `generate` only needs the
 * names, versions and licence types.
 */
export function loadFontCatalogue(pairings: Iterable<FontPairing>, withFiles: boolean): FontCatalogue {
  const catalogue: FontCatalogue = {};
  for (const family of pairingFamilies(pairings)) {
    const font = webFontOf(family, withFiles);
    if (font !== undefined) catalogue[family] = font;
  }
  return catalogue;
}

/** What of the catalogue decides a site's output (families, versions, licences): part of the input keys. */
export function fontCatalogueDigest(catalogue: FontCatalogue): string {
  return sha256(stableStringify(Object.values(catalogue).map((f) => ({ family: f.family, version: f.version, licence: f.licence.type }))));
}
