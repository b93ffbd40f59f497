// Browser-suite helpers: Debian's Chromium through playwright-core (never downloaded), axe-core injected offline.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Standard deviation of the luminance of a PNG's pixels, decoded by the browser itself (a canvas in a blank page),
 * so the suite needs no PNG library. A blank or single-colour screenshot gives 0.
 */
export async function pixelSpread(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!DOCTYPE html><title>decode</title>');
    return await page.evaluate(async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      let sq = 0;
      const n = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        const y = 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
        sum += y;
        sq += y * y;
      }
      const mean = sum / n;
      return Math.sqrt(Math.max(0, sq / n - mean * mean));
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Every request a page makes that is not a local file or inline data, and every request that failed. */
export function watchRequests(page: Page): { external: string[]; failed: string[] } {
  const seen = { external: [] as string[], failed: [] as string[] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('about:')) seen.external.push(url);
  });
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  return seen;
}
