import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILTIN_TEMPLATES_DIR, cacheFile, checkDesigns, generate, loadProject } from '../../src/pipeline/index.js';
import { readTree, removeTempProjects, tempProject } from '../helpers/project.js';

afterAll(removeTempProjects);

interface Row {
  domain: string;
  category: string;
  name?: string;
}

const ROWS: Row[] = [
  { domain: 'smithlaw.com', category: 'legal' },
  { domain: 'harborview.law', category: 'legal' },
  { domain: 'ledgerandleaf.co.uk', category: 'accounting' },
  { domain: 'northstarwealth.com', category: 'finance' },
];

type Step =
  | { kind: 'rule'; category: string; hue: number | null }
  | { kind: 'template'; note: string | null }
  | { kind: 'rename'; index: number; name: string | null }
  | { kind: 'toggle'; index: number }
  | { kind: 'edit'; index: number; how: 'append' | 'replace' | 'delete' }
  | { kind: 'corrupt' }
  | { kind: 'generate' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rule' as const), category: fc.constantFrom('legal', 'accounting'), hue: fc.option(fc.integer({ min: 0, max: 340 }), { nil: null }) }),
  fc.record({ kind: fc.constant('template' as const), note: fc.option(fc.constantFrom('Reviewed.', 'Draft', 'v2 *notes*'), { nil: null }) }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat({ max: ROWS.length - 1 }), name: fc.option(fc.constantFrom('Acme', 'Zed & Co', 'Ünïcode Ltd'), { nil: null }) }),
  fc.record({ kind: fc.constant('toggle' as const), index: fc.nat({ max: ROWS.length - 1 }) }),
  fc.record({ kind: fc.constant('edit' as const), index: fc.nat({ max: ROWS.length - 1 }), how: fc.constantFrom('append' as const, 'replace' as const, 'delete' as const) }),
  fc.constant({ kind: 'corrupt' as const }),
  fc.constant({ kind: 'generate' as const }),
);

const overview = readFileSync(join(BUILTIN_TEMPLATES_DIR, 'design/partials/overview.hbs'), 'utf8');

function batchText(rows: (Row | undefined)[]): string {
  const lines = ['sites:'];
  for (const r of rows) {
    if (!r) continue;
    lines.push(`  - domain: ${r.domain}`, `    category: ${r.category}`);
    if (r.name !== undefined) lines.push(`    name: ${JSON.stringify(r.name)}`);
  }
  return lines.join('\n') + '\n';
}

function write(dir: string, path: string, text: string | null): void {
  const file = join(dir, path);
  if (text === null) rmSync(file, { force: true });
  else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

describe('cache property', () => {
  it('a cached run and a cold run give identical bytes after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const dir = tempProject();
        const rows: (Row | undefined)[] = ROWS.map((r) => ({ ...r }));
        const rules = new Map<string, number>();
        write(dir, 'batches/p.yaml', batchText(rows));
        await generate(loadProject(dir), { batchIds: ['p'], cache: true });
        // What the files should say about themselves at the next check: hand-edited or deleted since the last run.
        const touched = new Map<string, 'edited' | 'deleted'>();
        let corrupted = false;
        for (const s of steps) {
          switch (s.kind) {
            case 'rule':
              if (s.hue === null) rules.delete(s.category);
              else rules.set(s.category, s.hue);
              write(
                dir,
                'rules/user.yaml',
                rules.size === 0
                  ? null
                  : `cascade:\n${[...rules].map(([c, h]) => `  - id: ${c}-hue\n    match: { category: ${c} }\n    set: { palette.hue: [${h}, ${h + 15}] }\n`).join('')}`,
              );
              break;
            case 'template':
              write(dir, 'templates/design/partials/overview.hbs', s.note === null ? null : `${overview}\n${s.note}\n`);
              break;
            case 'rename': {
              const row = rows[s.index];
              if (row) {
                if (s.name === null) delete row.name;
                else row.name = s.name;
              }
              write(dir, 'batches/p.yaml', batchText(rows));
              break;
            }
            case 'toggle':
              rows[s.index] = rows[s.index] ? undefined : { ...(ROWS[s.index] as Row) };
              write(dir, 'batches/p.yaml', batchText(rows));
              break;
            case 'edit': {
              const row = rows[s.index];
              const file = row && join(dir, 'designs/p', row.domain, 'DESIGN.md');
              if (!row || !file || !existsSync(file)) break;
              if (s.how === 'delete') {
                unlinkSync(file);
                touched.set(row.domain, 'deleted');
              } else {
                const text = readFileSync(file, 'utf8');
                writeFileSync(file, s.how === 'append' ? `${text}\nA note by hand.\n` : text.replace(/"#[0-9a-f]{6}"/, '"#123456"').replace(/^name: .*$/m, 'name: Edited'));
                touched.set(row.domain, 'edited');
              }
              break;
            }
            case 'corrupt': {
              const project = loadProject(dir);
              const file = cacheFile(project, 'p');
              if (existsSync(file)) truncateSync(file, 40);
              corrupted = true;
              break;
            }
            case 'generate':
              await generate(loadProject(dir), { batchIds: ['p'], cache: true });
              touched.clear();
              corrupted = false;
              break;
          }
        }
        const project = loadProject(dir);
        // check reports every hand edit since the last run, and names it as one when the cache can tell.
        const found = checkDesigns(project, { batchIds: ['p'], cache: true });
        for (const [domain, what] of touched) {
          if (!rows.some((r) => r?.domain === domain)) continue;
          const f = found.findings.find((x) => x.domain === domain);
          if (what === 'deleted') expect(f?.kind).toBe('missing');
          else {
            expect(f?.kind).toBe('stale');
            if (!corrupted) expect(['hand-edit', 'inputs-and-hand-edit']).toContain(f?.cause);
          }
        }
        await generate(project, { batchIds: ['p'], cache: true });
        const cold = { ...project, outDir: join(dir, 'cold') };
        await generate(cold, { batchIds: ['p'], cache: false });
        const coldTree = readTree(join(dir, 'cold'), 'designs');
        const warmTree = readTree(dir, 'designs');
        for (const [path, text] of coldTree) expect(warmTree.get(path)).toBe(text);
        // Whatever else is in the warm tree belongs to sites that left the batch, and check says so.
        const after = checkDesigns(project, { batchIds: ['p'], cache: false });
        const extra = [...warmTree.keys()].filter((p) => !coldTree.has(p));
        expect(after.findings.every((f) => f.kind === 'orphaned')).toBe(true);
        expect(extra.map((p) => p.split('/')[2]).sort()).toEqual(after.findings.map((f) => f.domain).sort());
        expect(checkDesigns(project, { batchIds: ['p'], cache: true }).findings).toEqual(after.findings);
      }),
      // 20 sequences of up to six edits each: every step kind occurs many times over; a fixed seed keeps it repeatable.
      { numRuns: 20, seed: 4242, endOnFailure: true },
    );
    // Each sequence runs generate cold and warm several times: on a loaded 2-core machine that is minutes, not seconds.
  }, 300_000);
});
