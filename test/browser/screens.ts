// Reference screenshots: a shot is compared with fixtures/screens/ref/<name>.png by pixelmatch (a perceptual colour
// distance per pixel, anti-aliasing ignored), so a template change shows up in review as a picture. A failing
// comparison leaves <name>.actual.png and <name>.diff.png beside the reference (ignored by git).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { REPO } from '../verify/helpers.js';

export const REF_DIR = join(REPO, 'fixtures', 'screens', 'ref');

/** Per-pixel perceptual distance (pixelmatch's OKLab HyAB measure, 0..1) under which two pixels count as equal. */
export const PIXEL_THRESHOLD = 0.1;
/**
 * Share of differing pixels a shot may have before it fails (51 at 1280 × 800, 16 at 390 × 844): two runs on one
 * machine give the same pixels, anti-aliased ones are ignored, and two swapped short words change 200-850 pixels.
 */
export const MAX_DIFF_RATIO = 0.00005;

const HOW_TO_UPDATE = 'if the change is intended, look at the diff and update the references: UPDATE_SCREENS=1 npx vitest run test/browser (or npx vitest run -u test/browser)';

/** `UPDATE_SCREENS=1` or `vitest -u`: write references instead of comparing. */
export function updatingScreens(): boolean {
  if (process.env['UPDATE_SCREENS'] === '1') return true;
  const state = expect.getState().snapshotState as { snapshotUpdateState?: string } | undefined;
  return state?.snapshotUpdateState === 'all';
}

/** An opaque PNG (RGB, no alpha), compressed hard: the references live in the repository. */
function encode(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true, deflateLevel: 9, filterType: -1 });
}

export interface ScreenResult {
  name: string;
  /** Differing pixels (0 when the reference was written). */
  diff: number;
  /** '' when the shot matches (or was written); else what failed and how to update. */
  problem: string;
  written: boolean;
}

/** How many of `pixels` may differ before a shot fails. */
export function allowedPixels(pixels: number): number {
  return Math.floor(pixels * MAX_DIFF_RATIO);
}

/** Pixels that differ between two shots of the same size (anti-aliased pixels ignored), the allowance, the diff image. */
export function diffShots(ref: PNG, actual: PNG): { diff: number; allowed: number; out: PNG } {
  const out = new PNG({ width: ref.width, height: ref.height });
  const diff = pixelmatch(ref.data, actual.data, out.data, ref.width, ref.height, { threshold: PIXEL_THRESHOLD });
  return { diff, allowed: allowedPixels(ref.width * ref.height), out };
}

/** Compares a screenshot with its reference (or writes it when updating); never throws on a mismatch. */
export function compareScreen(name: string, shot: Buffer, update = updatingScreens()): ScreenResult {
  mkdirSync(REF_DIR, { recursive: true });
  const refPath = join(REF_DIR, `${name}.png`);
  const actualPath = join(REF_DIR, `${name}.actual.png`);
  const diffPath = join(REF_DIR, `${name}.diff.png`);
  const shown = (p: string) => relative(REPO, p);
  const actual = PNG.sync.read(shot);
  rmSync(actualPath, { force: true });
  rmSync(diffPath, { force: true });
  if (!existsSync(refPath)) {
    if (update) {
      writeFileSync(refPath, encode(actual));
      return { name, diff: 0, problem: '', written: true };
    }
    writeFileSync(actualPath, encode(actual));
    return { name, diff: 0, written: false, problem: `${name}: no reference ${shown(refPath)}; the shot is in ${shown(actualPath)}. To add it: UPDATE_SCREENS=1 npx vitest run test/browser (or npx vitest run -u test/browser)` };
  }
  const ref = PNG.sync.read(readFileSync(refPath));
  if (ref.width !== actual.width || ref.height !== actual.height) {
    if (update) {
      writeFileSync(refPath, encode(actual));
      return { name, diff: 0, problem: '', written: true };
    }
    writeFileSync(actualPath, encode(actual));
    return { name, diff: 0, written: false, problem: `${name}: the shot is ${actual.width} × ${actual.height} px, the reference ${ref.width} × ${ref.height} (${shown(actualPath)}); ${HOW_TO_UPDATE}` };
  }
  const { diff, allowed, out } = diffShots(ref, actual);
  if (diff <= allowed) return { name, diff, problem: '', written: false };
  if (update) {
    writeFileSync(refPath, encode(actual));
    return { name, diff, problem: '', written: true };
  }
  writeFileSync(actualPath, encode(actual));
  writeFileSync(diffPath, encode(out));
  const ratio = ((diff / (ref.width * ref.height)) * 100).toFixed(2);
  return {
    name,
    diff,
    written: false,
    problem: `${name}: ${diff} pixels (${ratio}%) differ from ${shown(refPath)}, expected at most ${allowed} (${MAX_DIFF_RATIO * 100}%); see ${shown(actualPath)} and ${shown(diffPath)}; ${HOW_TO_UPDATE}`,
  };
}
