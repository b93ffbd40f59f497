// `init`: writes the scaffold into a folder; an occupied folder needs --force, and an existing file is never replaced.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WdmError } from '../shared/errors.js';
import { toolVersion } from './cache.js';
import { ioError } from './files.js';
import { scaffoldFiles } from './scaffold.js';

export interface InitReport {
  dir: string;
  written: string[];
  /** Files that already existed and were left alone (only with force). */
  kept: string[];
}

// A fresh `git init` or an editor's folder settings do not make a folder "in use".
const IGNORED = new Set(['.git', '.DS_Store', '.idea', '.vscode']);

export function initProject(dir: string, options: { force?: boolean } = {}): InitReport {
  const root = resolve(dir);
  const present = existsSync(root) ? readdirSync(root).filter((n) => !IGNORED.has(n)).sort() : [];
  if (present.length > 0 && !options.force) {
    throw new WdmError(
      'E_USAGE',
      `Found ${present.length} ${present.length === 1 ? 'entry' : 'entries'} in ${root} (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}), expected an empty folder`,
      { file: root },
      'run init in a new folder, or pass --force to add only the files that do not exist yet',
    );
  }
  const report: InitReport = { dir: root, written: [], kept: [] };
  for (const [path, text] of scaffoldFiles(toolVersion())) {
    const target = join(root, path);
    if (existsSync(target)) {
      report.kept.push(path);
      continue;
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: 'wx' });
    } catch (error) {
      throw ioError(error, path);
    }
    report.written.push(path);
  }
  return report;
}
