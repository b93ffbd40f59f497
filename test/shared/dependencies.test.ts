// Every runtime dependency is used: a package nothing imports (write-file-atomic was one) is dead weight for every
// user's install, and hides which library really does the job.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../helpers/project.js';

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(join(REPO_DIR, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sources(rel, out);
    else if (/\.(?:ts|js|mjs)$/.test(entry.name)) out.push(readFileSync(join(REPO_DIR, rel), 'utf8'));
  }
  return out;
}

describe('package.json dependencies', () => {
  it('names only packages that src/ or bin/ import or resolve, or rules/fonts.yaml hosts', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const code = [...sources('src'), ...sources('bin')].join('\n');
    // A specifier in quotes: the package itself or a file in it (`lucide-static/LICENSE`, `culori/fn`).
    // A font package is named by rules data: rules/fonts.yaml's first family of a stack is @fontsource/<id>.
    const fonts = readFileSync(join(REPO_DIR, 'rules/fonts.yaml'), 'utf8');
    const hosted = new Set([...fonts.matchAll(/^\s+(?:heading|body|mono): "'?([^',"]+)/gm)].map((m) => `@fontsource/${(m[1] as string).trim().toLowerCase().replace(/\s+/g, '-')}`));
    const unused = Object.keys(pkg.dependencies).filter((dep) => !hosted.has(dep)).filter((dep) => !new RegExp(`['"\`]${dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:/[^'"\`]*)?['"\`]`).test(code));
    expect(unused).toEqual([]);
  });
});
