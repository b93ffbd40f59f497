// `x-wdm.facts` of a DESIGN.md → Facts, validated again as if a user had written them: the DESIGN.md may have been
// edited by hand, and nothing from it reaches a page unchecked (markup, `javascript:` links, paths out of content/).
import { validateFacts } from '../batch/index.js';
import { FACT_KEYS, type Facts, type ImageFormat, type Photo, type PhotoRef } from '../shared/types.js';
import { isRecord, type SchemaProblems } from './schema-problems.js';

const FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'webp', 'gif', 'avif'];
const MEASURED = ['width', 'height', 'sha256', 'bytes', 'format'] as const;
type Measured = Pick<Photo, (typeof MEASURED)[number]>;

/** Where photos sit in the facts: `logo`, `photos[i]`, and `photo` of list items. */
function photoPaths(facts: Record<string, unknown>): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (isRecord(facts['logo'])) out.push(['logo']);
  if (Array.isArray(facts['photos'])) facts['photos'].forEach((_, i) => out.push(['photos', i]));
  for (const key of ['services', 'menu', 'products', 'listings', 'team']) {
    const list = facts[key];
    if (Array.isArray(list)) list.forEach((item, i) => isRecord(item) && isRecord(item['photo']) && out.push([key, i, 'photo']));
  }
  return out;
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const step of path) node = isRecord(node) ? node[step as string] : Array.isArray(node) ? node[step as number] : undefined;
  return node;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent[last as number] = value;
  else if (isRecord(parent)) parent[last as string] = value;
}

function measured(p: SchemaProblems, photo: Record<string, unknown>, at: string): Measured | undefined {
  const { width, height, sha256, bytes, format } = photo;
  const int = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
  let ok = true;
  if (!int(width, 12_000)) ok = (p.add(`${at}.width`, width, 'a whole number of pixels from 1 to 12000'), false);
  if (!int(height, 12_000)) ok = (p.add(`${at}.height`, height, 'a whole number of pixels from 1 to 12000'), false);
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) ok = (p.add(`${at}.sha256`, sha256, 'the hex SHA-256 of the file (64 lower-case hex digits)'), false);
  if (!int(bytes, 10 * 1024 * 1024)) ok = (p.add(`${at}.bytes`, bytes, 'the file size in bytes, at most 10 MB'), false);
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) ok = (p.add(`${at}.format`, format, `one of ${FORMATS.join(', ')}`), false);
  return ok ? { width: width as number, height: height as number, sha256: sha256 as string, bytes: bytes as number, format: format as ImageFormat } : undefined;
}

/** Reads `x-wdm.facts` (absent: no facts). Problems are added to `p` with their key paths. */
export function readFacts(p: SchemaProblems, value: unknown): Facts | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    p.add('x-wdm.facts', value, `a map of facts (${FACT_KEYS.join(', ')})`);
    return undefined;
  }
  const copy = structuredClone(value);
  const saved = new Map<string, Measured>();
  let ok = true;
  for (const path of photoPaths(copy)) {
    const photo = getAt(copy, path) as Record<string, unknown>;
    const at = `x-wdm.facts.${path.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[')}`;
    const m = measured(p, photo, at);
    if (!m) ok = false;
    else saved.set(JSON.stringify(path), m);
    const ref: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(photo)) if (!(MEASURED as readonly string[]).includes(k) && !(k === 'alt' && v === '')) ref[k] = v;
    setAt(copy, path, ref);
  }
  const checked = validateFacts(copy, { file: p.file, prefix: ['x-wdm', 'facts'], lineOf: () => 0 });
  if (!checked.ok) {
    for (const problem of checked.problems) p.addMessage(problem.path, problem.message.slice(problem.path.length + 2), problem.hint);
    return undefined;
  }
  if (!ok) return undefined;
  const facts = checked.facts as unknown as Record<string, unknown>;
  for (const path of photoPaths(facts)) {
    const ref = getAt(facts, path) as PhotoRef;
    const { at: _at, ...rest } = ref;
    const photo: Photo = { src: rest.src, alt: rest.alt, ...(saved.get(JSON.stringify(path)) as Measured) };
    if (rest.caption !== undefined) photo.caption = rest.caption;
    if (rest.role !== undefined) photo.role = rest.role;
    setAt(facts, path, photo);
  }
  return facts as Facts;
}
