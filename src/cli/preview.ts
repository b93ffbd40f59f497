// `wdm-design preview`: write previews/<batch>/index.html, a contact sheet of every site's palette and type.
import { batchIdsFrom } from './options.js';
import { EXIT_FINDINGS, EXIT_OK, plural, type Io } from './io.js';

export interface PreviewArgs {
  batch?: string[];
  all?: boolean;
  out?: string;
  project?: string;
  json?: boolean;
}

export async function runPreview(args: PreviewArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { loadProject } = await import('../pipeline/project.js');
  const { preview } = await import('../pipeline/preview.js');
  const project = loadProject(args.project ?? io.cwd, args.out !== undefined ? { outDir: args.out } : {});
  const reports = preview(project, { batchIds: batchIdsFrom(args, project.dir) });
  if (args.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    for (const r of reports) {
      for (const p of r.problems) io.stderr(`${p.message}\n`);
      io.stdout(`${r.id}: ${r.path}: ${plural(r.sites, 'site')}${r.problems.length > 0 ? `, ${plural(r.problems.length, 'unreadable design')}` : ''} (${r.outcome})\n`);
      const d = r.distinctness;
      io.stdout(`  distinctness: ${plural(d.looks, 'distinct look')}; ${plural(d.sitesSharing, 'site')} share a look with another site of their family${d.oneHero.length > 0 ? `; one hero across ${d.oneHero.map((h) => h.family).join(', ')}` : ''}\n`);
      for (const e of d.shared) io.stdout(`    ${e.domains.length} × ${e.family}: ${e.look} (${e.domains.join(', ')})\n`);
    }
  }
  return reports.some((r) => r.problems.length > 0) ? EXIT_FINDINGS : EXIT_OK;
}
