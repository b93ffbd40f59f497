// The command line: parse and check the whole of it against the command table, find the project, then run the
// command's runner (loaded only now). Returns the exit code: 0 ok, 1 findings, 2 unusable input or usage.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMANDS } from './commands.js';
import { commandHelp, generalHelp } from './help.js';
import { parseCommandLine } from './parse.js';
import type { CommandSpec, ParsedArgs } from './spec.js';
import { EXIT_ERROR, EXIT_OK, processIo, reportError, type Io } from './io.js';
import { findProjectDir, isDir } from '../pipeline/project-dir.js';
import { isWdmError } from '../shared/errors.js';

export { COMMANDS };

/** The package's version, read from its package.json (two folders up from src/cli or dist/cli). */
export function toolVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

function usage(io: Io, command: CommandSpec | undefined, problems: readonly string[]): number {
  const who = command ? `wdm-design ${command.name}` : 'wdm-design';
  const head = problems.length === 1 ? `${who}: ${problems[0]}` : `${who}: ${problems.length} problems with the command line:\n${problems.map((p) => `  ${p}`).join('\n')}`;
  const more = command ? `Run \`wdm-design ${command.name} --help\` for its options.` : 'Run `wdm-design --help` for the commands.';
  io.stderr(`${head}\n${more}\n`);
  return EXIT_ERROR;
}

/**
 * What must hold before a command may read or write anything: the project folder exists (found by walking up when
 * not given), every batch named has a file, and wdm.config.yaml is valid. Every problem is reported at once.
 */
async function prepare(command: CommandSpec, args: ParsedArgs, io: Io): Promise<string[]> {
  const problems: string[] = [];
  if (typeof args['out'] === 'string') args['out'] = resolve(io.cwd, args['out']);
  if (!command.inProject) return problems;
  let dir: string;
  if (typeof args['project'] === 'string') {
    dir = resolve(io.cwd, args['project']);
    if (!isDir(dir)) problems.push(`Unexpected --project ${args['project']}: no such folder, expected the project folder holding batches/`);
  } else dir = findProjectDir(io.cwd) ?? resolve(io.cwd);
  args['project'] = dir;
  if (args['shard'] === 'auto') {
    // The environment is read here, in cli, and the runner sees the shard as if it had been written out.
    const { shardFromCi } = await import('./ci-shard.js');
    const ci = shardFromCi(io.env);
    if ('problem' in ci) problems.push(ci.problem);
    else {
      args['shard'] = `${ci.shard.index}/${ci.shard.count}`;
      io.stderr(`wdm-design: --shard auto: shard ${args['shard']} from ${ci.from}\n`);
    }
  }
  if (problems.length > 0) return problems;
  const named = Array.isArray(args['batch']) ? (args['batch'] as string[]) : typeof args['batch'] === 'string' ? [args['batch']] : [];
  const merging = command.name === 'registry';
  if (named.length > 0 && !merging) {
    const { batchFileOf, listBatchIds } = await import('../pipeline/batches.js');
    const { didYouMean } = await import('../shared/did-you-mean.js');
    const known = listBatchIds(dir);
    for (const id of named) {
      try {
        batchFileOf(dir, id);
      } catch (error) {
        if (!isWdmError(error)) throw error;
        const near = didYouMean(id, known);
        problems.push(near !== undefined && error.code === 'E_BATCH_MISSING' ? `${error.message} (did you mean --batch ${near}?)` : error.format());
      }
    }
  }
  const { existsSync } = await import('node:fs');
  if (existsSync(join(dir, 'wdm.config.yaml'))) {
    const { configProblems } = await import('../pipeline/config.js');
    problems.push(...configProblems(dir).map((p) => p.format()));
  }
  return problems;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const parsed = parseCommandLine(argv, COMMANDS);
  switch (parsed.kind) {
    case 'help':
      io.stdout(parsed.command ? commandHelp(parsed.command) : generalHelp(COMMANDS));
      return EXIT_OK;
    case 'version':
      io.stdout(`${toolVersion()}\n`);
      return EXIT_OK;
    case 'usage':
      return usage(io, parsed.command, parsed.problems);
    case 'run':
      break;
  }
  const { command, args } = parsed;
  try {
    const problems = await prepare(command, args, io);
    if (problems.length > 0) return usage(io, command, problems);
    const runner = (await command.load()) as (args: ParsedArgs, io: Io) => Promise<number>;
    return await runner(args, io);
  } catch (error) {
    return reportError(io, error);
  }
}
