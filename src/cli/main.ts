// The command line: yargs commands, each in its own file; returns the exit code (0 ok, 1 findings, 2 error).
import yargs from 'yargs';
import { explainBuilder, runExplain, type ExplainArgs } from './explain.js';
import { generateBuilder, runGenerate, type GenerateArgs } from './generate.js';
import { buildBuilder, runStages, type BuildArgs } from './build.js';
import { runStatus, statusBuilder, type StatusArgs } from './status.js';
import { finalizeBuilder, runFinalize, type FinalizeArgs } from './finalize.js';
import { registryBuilder, runRegistry, type RegistryArgs } from './registry.js';
import { checkBuilder, runCheck, type CheckArgs } from './check.js';
import { diffBuilder, runDiff, type DiffArgs } from './diff.js';
import { initBuilder, runInit, type InitArgs } from './init.js';
import { previewBuilder, runPreview, type PreviewArgs } from './preview.js';
import { EXIT_ERROR, processIo, reportError, type Io } from './io.js';

type Runner = (args: never, io: Io) => Promise<number>;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number | undefined;
  const run = (runner: Runner) => async (args: unknown) => {
    try {
      code = await (runner as (a: unknown, io: Io) => Promise<number>)(args, io);
    } catch (error) {
      code = reportError(io, error);
    }
  };
  let usageError: string | undefined;
  const cli = yargs()
    .scriptName('wdm-design')
    .usage('$0 <command> [options]\n\nDeterministic design compiler: batches of domains → DESIGN.md → verified sites.')
    .command<GenerateArgs>('generate', 'Write designs/<batch>/<domain>/DESIGN.md for every site of the batches', generateBuilder, run(runGenerate as Runner))
    .command<ExplainArgs>('explain <domain>', 'Show which rules fired for a domain, the hash-derived choices and every contrast adjustment', explainBuilder, run(runExplain as Runner))
    .command<BuildArgs>('implement', 'Write sites/<batch>/<domain>/index.html and styles.css from each DESIGN.md', (y) => buildBuilder(y).option('verify', { type: 'boolean', description: 'Also verify each site as it is written' }), run(runStages('implement') as Runner))
    .command<BuildArgs>('verify', 'Check every site: DESIGN.md lint, HTML validity, CSS parse, contrast, sections, token use', buildBuilder, run(runStages('verify') as Runner))
    .command<BuildArgs>('build', 'Design, implement and verify every site as one streaming pipeline, resuming where a killed run stopped', buildBuilder, run(runStages('build') as Runner))
    .command<StatusArgs>('status', 'Counts of sites per state for their current inputs; --status lists the sites in one state', statusBuilder, run(runStatus as Runner))
    .command<FinalizeArgs>('finalize', 'Publish a batch whose every site is verified, atomically, and record it finalized', finalizeBuilder, run(runFinalize as Runner))
    .command<RegistryArgs>('registry <action> <dirs..>', 'registry merge <dir>...: merge the journals of other shards or machines into .wdm/registry', registryBuilder, run(runRegistry as Runner))
    .command<CheckArgs>('check', 'Exit 1 when a DESIGN.md on disk is stale, missing, orphaned or edited by hand; writes nothing', checkBuilder, run(runCheck as Runner))
    .command<DiffArgs>('diff', 'Summarise the design changes since a git ref: tokens, ΔE, contrast, fonts, layout', diffBuilder, run(runDiff as Runner))
    .command<InitArgs>('init [dir]', 'Scaffold a project: config, example batch, pre-commit hook, CI workflow', initBuilder, run(runInit as Runner))
    .command<PreviewArgs>('preview', 'Write previews/<batch>/index.html: every site\'s palettes (light and dark), type specimen and a link', previewBuilder, run(runPreview as Runner))
    .demandCommand(1, 'Name a command: see wdm-design --help')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageError = msg;
    });
  let output = '';
  try {
    // With a parse callback yargs hands --help and --version text back instead of printing it, so it reaches io.
    await cli.parseAsync(argv, {}, (_err, _args, text) => {
      output = text;
    });
  } catch (error) {
    return reportError(io, error);
  }
  if (output && usageError === undefined) io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  if (usageError !== undefined) {
    io.stderr(`wdm-design: ${usageError}\nRun wdm-design --help for the commands and options.\n`);
    return EXIT_ERROR;
  }
  return code ?? 0;
}
