// `preview`: read a batch's DESIGN.md files, render the contact sheet, write previews/<batch>/index.html if changed.
import { join } from 'node:path';
import { isWdmError } from '../shared/errors.js';
import { readDesign } from '../implement/index.js';
import { renderContactSheet, type PreviewProblem, type PreviewSite } from '../verify/preview.js';
import { distinctness, type DistinctnessReport } from '../verify/distinctness.js';
import { listFiles, outputRootOf, readText, relPath, writeIfChanged, type WriteOutcome } from './files.js';
import type { Project } from './project.js';

export interface PreviewBatchReport {
  id: string;
  /** Project-relative path of the contact sheet. */
  path: string;
  sites: number;
  problems: PreviewProblem[];
  outcome: WriteOutcome;
  /** How many sites share each look (layout, composition, hue family) within their family. */
  distinctness: DistinctnessReport;
}

export interface PreviewOptions {
  batchIds: string[];
}

/** `<out>/previews/<batch>/index.html` */
export function previewPath(project: Project, batch: string): string {
  return join(project.outDir, 'previews', batch, 'index.html');
}

export function previewBatch(project: Project, batch: string): PreviewBatchReport {
  const designsDir = join(project.outDir, 'designs', batch);
  const sites: PreviewSite[] = [];
  const problems: PreviewProblem[] = [];
  for (const rel of listFiles(designsDir, ['*/DESIGN.md'])) {
    const abs = join(designsDir, rel);
    const file = relPath(project.dir, abs);
    const domain = rel.slice(0, rel.indexOf('/'));
    try {
      const { tokens } = readDesign(readText(abs, file), file);
      sites.push({ tokens, href: `../../sites/${encodeURIComponent(batch)}/${encodeURIComponent(domain)}/index.html` });
    } catch (error) {
      if (!isWdmError(error)) throw error;
      problems.push({ file, message: error.format() });
    }
  }
  const path = previewPath(project, batch);
  const display = relPath(project.dir, path);
  const outcome = writeIfChanged(path, renderContactSheet({ batch, sites, problems }), { root: outputRootOf(project) });
  return { id: batch, path: display, sites: sites.length, problems, outcome, distinctness: distinctness(sites.map((s) => s.tokens)) };
}

export function preview(project: Project, options: PreviewOptions): PreviewBatchReport[] {
  return options.batchIds.map((id) => previewBatch(project, id));
}
