// The floors issue 12's ratios are measured against: a plain Node script that writes the same bytes into fresh
// folders, and one that reads the same files back and compares them with the bytes expected. Each runs as its own
// process (start-up included, like the tool's runs) from a pack file holding every output's path and bytes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from './lib.js';

/** Every file under `dir/<sub>` for each sub, as one pack: a JSON index line, then the bytes back to back. */
export function packTree(dir, subs, packFile) {
  const files = [];
  const walk = (rel) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const p = `${rel}/${name}`;
      if (statSync(join(dir, p)).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const sub of subs) walk(sub);
  const chunks = files.map((f) => readFileSync(join(dir, f)));
  const index = JSON.stringify(files.map((f, i) => [f, chunks[i].length]));
  writeFileSync(packFile, Buffer.concat([Buffer.from(`${index}\n`), ...chunks]));
  return { files: files.length, bytes: chunks.reduce((n, c) => n + c.length, 0) };
}

/** The floor scripts, run with `node -e`: they take the pack file and the target folder as arguments. */
const UNPACK = `
const fs = require('node:fs'), path = require('node:path');
const [pack, root] = process.argv.slice(1);
const buf = fs.readFileSync(pack);
const nl = buf.indexOf(10);
const index = JSON.parse(buf.subarray(0, nl).toString());
let at = nl + 1;
`;

/** Writes every file of the pack into fresh folders under `root` with mkdirSync + writeFileSync: the write floor. */
export const WRITE_FLOOR = `${UNPACK}
let made = '';
for (const [file, size] of index) {
  const dir = path.dirname(path.join(root, file));
  if (dir !== made) { fs.mkdirSync(dir, { recursive: true }); made = dir; }
  fs.writeFileSync(path.join(root, file), buf.subarray(at, at + size));
  at += size;
}`;

/** Reads every file of the pack back from `root` and compares it with the packed bytes: the no-op floor. */
export const READ_FLOOR = `${UNPACK}
let same = 0;
for (const [file, size] of index) {
  if (fs.readFileSync(path.join(root, file)).equals(buf.subarray(at, at + size))) same++;
  at += size;
}
if (same !== index.length) { console.error('floor: files differ'); process.exit(1); }`;

export function runFloor(script, packFile, root) {
  mkdirSync(root, { recursive: true });
  const r = timed([process.execPath, '-e', script, packFile, root], root);
  if (r.code !== 0) throw new Error(`floor script exited ${r.code}: ${r.stderr}`);
  return r;
}
