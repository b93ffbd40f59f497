// `wdm-design init [dir]`: scaffold a project (config, example batch, pre-commit hook, CI workflow).
import { resolve } from 'node:path';
import { EXIT_OK, type Io } from './io.js';

export interface InitArgs {
  dir?: string;
  force?: boolean;
}

export async function runInit(args: InitArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { initProject } = await import('../pipeline/init.js');
  const report = initProject(resolve(io.cwd, args.dir ?? '.'), { force: args.force === true });
  for (const path of report.written) io.stdout(`  created ${path}\n`);
  for (const path of report.kept) io.stdout(`  kept    ${path} (exists)\n`);
  const dep = report.source.kind === 'dependency';
  const tool = dep ? 'npx wdm-design' : 'wdm-design';
  const lines = ['', `wdm-design is ${report.sourceNote}: the project ${dep ? `depends on it the same way (${report.source.kind === 'dependency' ? report.source.spec : ''})` : 'calls `wdm-design` from the PATH (no dependency), and so do its hook and workflow'}.`];
  if (report.source.kind === 'path' && report.source.install === undefined) {
    lines.push('CI must install it too: edit the "Install wdm-design" step of .github/workflows/wdm-design.yml (it fails until you do).');
  }
  if (report.kept.some((p) => p.endsWith('.pre-commit-config.yaml'))) {
    lines.push('Your repository already has a .pre-commit-config.yaml: add the wdm-design hook of examples/hooks/pre-commit (in the wdm-design package) to it.');
  }
  if (!report.repoRoot) lines.push('No git repository holds this folder: after `git init` here, the hook config and workflow are where pre-commit and GitHub look (if this folder goes into a larger repository, move .github/ and .pre-commit-config.yaml to its root).');
  else if (report.repoRoot !== report.dir) lines.push(`The hook config and workflow went to the repository root (${report.repoRoot}), where pre-commit and GitHub look; they run wdm-design in this folder.`);
  lines.push('', 'Next:', ...(args.dir ? [`  cd ${args.dir}`] : []), ...(dep ? ['  npm install'] : []), `  ${tool} generate --all      # writes designs/example/<domain>/DESIGN.md`, '  pre-commit install                 # or see the wdm-design docs for husky / simple-git-hooks', '');
  io.stdout(lines.join('\n'));
  return EXIT_OK;
}
