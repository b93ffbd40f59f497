// `wdm-design check`: are the DESIGN.md files on disk what generate would write? Exit 0 yes, 1 no, like prettier --check.
import type { CheckFinding, CheckReport } from '../pipeline/index.js';
import { batchIdsFrom } from './options.js';
import { EXIT_FINDINGS, EXIT_OK, formatRejection, plural, type Io } from './io.js';
import { progressLine, wantsProgress } from './progress.js';

export interface CheckArgs {
  batch?: string[];
  all?: boolean;
  diff?: boolean;
  json?: boolean;
  cache?: boolean;
  out?: string;
  project?: string;
  quiet?: boolean;
}

const CAUSES: Record<string, string> = {
  inputs: 'stale: the rules, templates or batch row changed since it was generated',
  'hand-edit': 'edited by hand: its bytes are not the ones generate wrote, and its inputs did not change',
  'inputs-and-hand-edit': 'edited by hand, and its inputs changed since it was generated',
  unknown: 'stale: differs from what generate writes',
};

export function describeFinding(f: CheckFinding): string {
  switch (f.kind) {
    case 'stale':
      return `${f.path}: ${CAUSES[f.cause ?? 'unknown']}`;
    case 'missing':
      return `${f.path}: missing: not generated yet`;
    case 'orphaned':
      return f.domain !== undefined
        ? `${f.path}: orphaned: ${f.domain} is no longer in batch ${f.batch} (\`wdm-design generate --batch ${f.batch}\`, implement or build removes it when it holds only files the tool wrote)`
        : `${f.path}: orphaned: no batch file batches/${f.batch}.* (no command removes a whole batch: delete the folder)`;
    case 'stray':
      return `${f.path}: unexpected file: generate never writes it here (move or delete it)`;
  }
}

function counts(report: CheckReport): string {
  const by = (kind: CheckFinding['kind']) => report.findings.filter((f) => f.kind === kind).length;
  const parts = [`${report.current} current`];
  const stale = by('stale');
  const edited = report.findings.filter((f) => f.cause === 'hand-edit' || f.cause === 'inputs-and-hand-edit').length;
  if (stale) parts.push(`${stale} stale${edited ? ` (${edited} edited by hand)` : ''}`);
  if (by('missing')) parts.push(`${by('missing')} missing`);
  if (by('orphaned')) parts.push(`${by('orphaned')} orphaned`);
  if (by('stray')) parts.push(`${plural(by('stray'), 'unexpected file')}`);
  return parts.join(', ');
}

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { checkDesignsAt } = await import('../pipeline/check-at.js');
  const { placesOf } = await import('../pipeline/generate-at.js');
  const dir = args.project ?? io.cwd;
  // The rules and templates are loaded only for a batch the cache cannot prove current.
  const project = placesOf(dir, args.out);
  const load = async () => (await import('../pipeline/project.js')).loadProject(dir, args.out !== undefined ? { outDir: args.out } : {});
  const batchIds = batchIdsFrom(args, project.dir);
  const progress = wantsProgress(io, args) ? progressLine(io, 'check') : undefined;
  const onProgress = progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {};
  const report = await checkDesignsAt(project, { batchIds, allBatches: args.all === true, cache: args.cache !== false, texts: args.diff === true, ...onProgress }, load).finally(() => progress?.end());
  // The diff module (and its dependency) is loaded only when a diff will be printed.
  const unifiedDiff = args.diff && report.findings.length > 0 ? (await import('../pipeline/review-api.js')).unifiedDiff : () => '';
  const rejected = report.batches.flatMap((b) => b.rejected);
  const ok = report.findings.length === 0 && rejected.length === 0;
  if (args.json) {
    const findings = report.findings.map((f) => {
      const { actual, expected, ...rest } = f;
      return args.diff && (f.kind === 'stale' || f.kind === 'missing') ? { ...rest, diff: unifiedDiff(f.path, actual, expected) } : rest;
    });
    const batches = report.batches.map(({ id, file, sites, current, cached, rejected: r }) => ({ id, file, sites, current, cached, rejected: r }));
    io.stdout(JSON.stringify({ ok, checked: report.checked, current: report.current, findings, batches }, null, 2) + '\n');
    return ok ? EXIT_OK : EXIT_FINDINGS;
  }
  for (const f of report.findings) {
    io.stdout(`${describeFinding(f)}\n`);
    if (args.diff && (f.kind === 'stale' || f.kind === 'missing')) io.stdout(unifiedDiff(f.path, f.actual, f.expected));
  }
  for (const b of report.batches) {
    if (b.rejected.length === 0) continue;
    io.stderr(`Rejected rows in ${b.file}:\n`);
    for (const r of b.rejected) io.stderr(`  ${formatRejection(r)}\n`);
  }
  const scope = batchIds.length === 1 ? `batch ${batchIds[0]}` : `batches ${batchIds.join(', ')}`;
  if (ok) {
    io.stdout(`All designs of ${scope} are current (${plural(report.checked, 'site')}).\n`);
    return EXIT_OK;
  }
  const fix = args.all ? 'wdm-design generate --all' : `wdm-design generate ${batchIds.map((id) => `--batch ${id}`).join(' ')}`;
  io.stdout(`Checked ${plural(report.checked, 'site')} of ${scope}: ${counts(report)}. Run \`${fix}\` to update them.\n`);
  return EXIT_FINDINGS;
}
