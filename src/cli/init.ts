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
  io.stdout(
    [
      '',
      'Next:',
      ...(args.dir ? [`  cd ${args.dir}`] : []),
      '  npm install',
      '  npx wdm-design generate --all      # writes designs/example/<domain>/DESIGN.md',
      '  git init && pre-commit install      # or see the wdm-design docs for husky / simple-git-hooks',
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
