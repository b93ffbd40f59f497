// Browser-suite helpers: Debian's Chromium via playwright-core (never downloaded), axe-core injected offline, a local
// static server bound to 127.0.0.1 for the test's own files.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Scrollbars hidden, hinting off and sRGB forced: the same pixels on every machine for the reference shots.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--hide-scrollbars', '--font-render-hinting=none', '--force-color-profile=srgb'],
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Injects axe-core once into a page; the page can then be re-checked after each media or viewport change. */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ content: AXE_SOURCE });
}

/** axe-core's serious and critical violations on the page as it renders now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // A string, so the test program needs no DOM typings; it runs in the page.
  const all = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })))`)) as AxeViolation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Every request a page makes outside `origin`, and every request that failed. */
export function watchRequests(page: Page, origin: string): { external: string[]; failed: string[] } {
  const seen = { external: [] as string[], failed: [] as string[] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('about:')) seen.external.push(url);
  });
  // A file the server lacks answers 404; an aborted request is one the next navigation cancelled (a lazy photo still
  // loading when the suite moves to the next screen size), not a missing file.
  page.on('response', (r) => {
    if (r.status() >= 400) seen.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'failed';
    if (error !== 'net::ERR_ABORTED') seen.failed.push(`${r.url()} (${error})`);
  });
  return seen;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A static file server for `root` on 127.0.0.1 and a free port; GET only, no directory listing, no escaping root. */
export async function serveFolder(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(root, path));
    if (req.method !== 'GET' || !file.startsWith(root + sep) || !existsSync(file) || extname(file) === '') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
