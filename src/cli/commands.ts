// The command table: every command, its arguments and options as data. Adding a flag is one line here (then read it
// in the command's runner); help and the parser both come from this table. Runners load only when they run.
import type { CommandSpec, OptionSpec, ParsedArgs, Runner } from './spec.js';
import { batchIdProblem, concurrencyProblem, nonEmptyProblem, shardProblem, stateProblem, workersProblem } from './values.js';

const batch: OptionSpec = { name: 'batch', short: 'b', kind: 'list', value: '<id>', check: batchIdProblem, description: 'Batch id: reads batches/<id>.yaml|.json|.csv|.txt' };
const all: OptionSpec = { name: 'all', kind: 'boolean', description: 'Every batch under batches/' };
const project: OptionSpec = { name: 'project', short: 'C', kind: 'string', value: '<dir>', check: nonEmptyProblem('--project'), description: 'Project folder (default: the nearest folder up from here holding batches/ or wdm.config.yaml)' };
const out: OptionSpec = { name: 'out', short: 'o', kind: 'string', value: '<dir>', check: nonEmptyProblem('--out'), description: 'Root folder of designs/, sites/, previews/ and published/ (default: outDir of wdm.config.yaml, else the project folder)' };
const json: OptionSpec = { name: 'json', kind: 'boolean', description: 'Print the report as JSON on stdout' };
const concurrency: OptionSpec = { name: 'concurrency', short: 'c', aliases: ['max-agents'], kind: 'number', value: '<n>', check: concurrencyProblem, description: 'Sites in flight at once (default from wdm.config.yaml, else 8)' };
const shard: OptionSpec = { name: 'shard', kind: 'string', value: '<i/n|auto>', check: shardProblem, description: "Only the sites whose domain hash falls in shard i of n (like 2/4); auto: the CI system's parallel job variables (GitLab, CircleCI, Buildkite; docs/scaling.md)" };
const workers: OptionSpec = { name: 'workers', short: 'w', kind: 'string', value: '<n|auto>', check: workersProblem, description: 'Worker threads for the CPU-bound stages: a number (0: none; never more than the sites, cores or memory allow) or auto: a pool only for implement without --verify on 200+ sites, so build and verify run in this thread (docs/scaling.md)' };
const generateWorkers: OptionSpec = { ...workers, description: 'Worker threads that design the sites beside the main thread, which keeps every read and write (the bytes are the same whatever the count): a number (0: none; never more than the sites to design, cores or memory allow) or auto: a pool only for 1,000+ sites to design with 2+ idle cores, a thread per idle core but one, at most 4 (docs/scaling.md)' };
const quiet: OptionSpec = { name: 'quiet', short: 'q', kind: 'boolean', description: 'No progress line on the terminal (it is drawn on stderr only when stderr is a terminal and --json is not given)' };
const full: OptionSpec = { name: 'full', kind: 'boolean', description: 'Redo and re-verify every site, rerunning every check, even for sites recorded as verified for their current inputs' };

const keepOrphans: OptionSpec = { name: 'keep-orphans', kind: 'boolean', description: 'Keep the designs/ and sites/ folders of sites no longer in the batch (by default they are removed when they hold only files the tool wrote)' };

const batchSelection = [batch, all];
const runOptions = [concurrency, out, project, json, quiet];
const stageOptions = [...batchSelection, ...runOptions, shard, workers, full];

function load<T extends Record<string, unknown>>(loader: () => Promise<T>, name: keyof T): () => Promise<Runner> {
  return async () => (await loader())[name] as Runner;
}

function generateCheck(args: ParsedArgs): string[] {
  const problems: string[] = [];
  if (args['staged'] === true && args['changedSince'] !== undefined) problems.push('Unexpected --staged with --changed-since, expected one of them (the hook uses --staged, CI --changed-since <ref>)');
  const git = args['staged'] === true ? '--staged' : args['changedSince'] !== undefined ? '--changed-since' : undefined;
  if (git && (args['batch'] !== undefined || args['all'] === true)) problems.push(`Unexpected --batch/--all with ${git}, expected git to choose the batches (drop --batch/--all)`);
  if (args['add'] !== undefined && args['staged'] !== true) problems.push('Unexpected --add/--no-add without --staged, expected it only with --staged');
  return problems;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'generate',
    summary: 'Write designs/<batch>/<domain>/DESIGN.md for every site of the batches',
    inProject: true,
    options: [
      ...batchSelection,
      ...runOptions,
      shard,
      generateWorkers,
      { name: 'staged', kind: 'boolean', description: 'Only the batches whose batch file or designs are staged in git (all when rules/, templates/ or the config are); stages what it writes' },
      { name: 'changed-since', kind: 'string', value: '<ref>', check: nonEmptyProblem('--changed-since'), description: 'Only the batches changed in git since this ref (all when rules/, templates/ or the config changed)' },
      { name: 'cache', kind: 'boolean', negatable: true, description: 'Skip sites whose inputs and output are unchanged since the last run (.wdm/cache; on by default); --no-cache renders all' },
      { name: 'add', kind: 'boolean', negatable: true, description: 'With --staged: git add the files it writes (the default); --no-add leaves them unstaged' },
      keepOrphans,
    ],
    check: generateCheck,
    examples: [
      ['wdm-design generate --staged', 'The pre-commit hook: regenerate what the staged changes affect, and stage it'],
      ['wdm-design generate --batch 010', 'Design every site of batches/010.yaml into designs/010/'],
      ['wdm-design generate --all --concurrency 16', 'Every batch, 16 sites in flight'],
      ['wdm-design generate --batch demo --shard 1/2', 'Half of the demo batch (run 2/2 elsewhere)'],
    ],
    load: load(() => import('./generate.js'), 'runGenerate'),
  },
  {
    name: 'explain',
    summary: 'Show which rules fired for a domain, the hash-derived choices and every contrast adjustment',
    inProject: true,
    positionals: [{ name: 'domain', required: true, description: 'The domain to explain (Unicode or punycode)' }],
    options: [
      { name: 'batch', short: 'b', kind: 'string', value: '<id>', check: batchIdProblem, description: "Read the site's row from this batch (its category, name, tagline, brand colour and facts), as generate does" },
      { name: 'category', kind: 'string', value: '<id>', description: 'Category as a batch would give it (inferred from the name when absent)' },
      { name: 'name', kind: 'string', value: '<text>', description: 'Display name as a batch would give it' },
      { name: 'tagline', kind: 'string', value: '<text>', description: 'Tagline as a batch would give it' },
      { name: 'brand-color', kind: 'string', value: '<#hex>', description: 'Pinned primary colour, #rrggbb or #rgb (expanded to #rrggbb as in a batch)' },
      { name: 'design', kind: 'boolean', description: 'Also print the DESIGN.md it renders' },
      project,
      json,
    ],
    examples: [
      ['wdm-design explain bestlawfirm.com', 'Why bestlawfirm.com gets the design it gets'],
      ['wdm-design explain smithlaw.com --batch demo', 'The same for the row of batches/demo.yaml: what generate wrote'],
      ['wdm-design explain smile.dental --json', 'The same as JSON'],
    ],
    load: load(() => import('./explain.js'), 'runExplain'),
  },
  {
    name: 'implement',
    summary: 'Write sites/<batch>/<domain>/ (index.html, styles.css, assets) from each DESIGN.md, and record it',
    inProject: true,
    options: [...stageOptions, keepOrphans, { name: 'verify', kind: 'boolean', description: 'Also verify each site as it is written' }],
    examples: [['wdm-design implement --batch 010', 'Pages for every DESIGN.md of designs/010/']],
    load: async () => (await import('./build.js')).runStages('implement') as Runner,
  },
  {
    name: 'verify',
    summary: 'Check every site (DESIGN.md lint, HTML validity, CSS parse, contrast, sections, token use) and record the result',
    inProject: true,
    options: stageOptions,
    examples: [['wdm-design verify --batch 010', 'Exit 1 listing every finding, grouped per site']],
    load: async () => (await import('./build.js')).runStages('verify') as Runner,
  },
  {
    name: 'build',
    summary: 'Design, implement and verify every site as one streaming pipeline, resuming where a killed run stopped',
    inProject: true,
    options: [...stageOptions, keepOrphans],
    examples: [
      ['wdm-design build --batch 010', 'Every site of batches/010.yaml, designed, built and verified'],
      ['wdm-design build --batch 010 --shard 2/4', 'A quarter of it (see docs/scaling.md)'],
    ],
    load: async () => (await import('./build.js')).runStages('build') as Runner,
  },
  {
    name: 'status',
    summary: 'Counts of sites per state for their current inputs and output bytes; --status lists the sites in one state',
    inProject: true,
    options: [
      ...batchSelection,
      { name: 'status', short: 's', kind: 'string', value: '<state>', check: stateProblem, description: 'List the sites in this state: pending|designed|implemented|verified|finalized|failed, or P D I V F X' },
      shard,
      project,
      json,
      { name: 'repair', kind: 'boolean', description: 'First set damaged journal files aside, keeping every valid line, and report the lines dropped' },
    ],
    examples: [
      ['wdm-design status --batch 010', 'Counts per state'],
      ['wdm-design status --batch 010 --status I', 'The sites implemented but not yet verified'],
      ['wdm-design status --batch 010 --repair', 'After "Unexpected journal line": keep the valid lines, then rerun build to redo the rest'],
    ],
    load: load(() => import('./status.js'), 'runStatus'),
  },
  {
    name: 'finalize',
    summary: 'Publish a batch whose every site is verified (its files re-hashed against the registry), atomically',
    inProject: true,
    options: [
      ...batchSelection,
      project,
      { ...out, description: 'Root folder holding designs/ and sites/ (default: outDir of wdm.config.yaml, else the project folder)' },
      json,
      { name: 'require-full', kind: 'boolean', description: 'Refuse unless every site passed every validator (build --full, or the verification sample), not the fast path alone' },
      { name: 'allow-placeholders', kind: 'boolean', description: 'Publish even when pages still show labelled sample sections (placeholders: true); they are listed either way' },
    ],
    examples: [
      ['wdm-design finalize --batch 010', 'Refuses unless every site is verified and unchanged since, and no page shows placeholders; then publishes published/010 in one swap'],
      ['wdm-design finalize --batch 010 --allow-placeholders', 'Publishes pages with labelled sample sections too, listing them'],
    ],
    load: load(() => import('./finalize.js'), 'runFinalize'),
  },
  {
    name: 'registry',
    summary: 'registry merge <dir>...: merge the journals of other shards or machines into .wdm/registry',
    inProject: true,
    positionals: [
      { name: 'action', required: true, choices: ['merge'], description: 'merge: copy the journals of other shards into this project' },
      { name: 'dirs', required: true, variadic: true, description: 'Shard project folders (holding .wdm/registry) or registry folders' },
    ],
    options: [{ ...batch, description: 'Only these batches (default: every batch found)' }, project, json],
    examples: [['wdm-design registry merge shards/*', "After a sharded CI build: merge every shard's journal, then run status and finalize"]],
    load: load(() => import('./registry.js'), 'runRegistry'),
  },
  {
    name: 'check',
    summary: 'Exit 1 when a DESIGN.md or site folder is stale, missing, orphaned or edited by hand; writes nothing',
    inProject: true,
    options: [
      ...batchSelection,
      { name: 'diff', kind: 'boolean', description: 'Print a unified diff of each stale or missing file' },
      json,
      { name: 'cache', kind: 'boolean', negatable: true, description: 'Let .wdm/cache prove unchanged files current (on by default); --no-cache renders every site' },
      { ...out, description: 'Root folder of designs/ and sites/ (default: outDir of wdm.config.yaml, else the project folder)' },
      project,
      quiet,
    ],
    examples: [
      ['wdm-design check --all', 'Exit 1 and list the files that generate would change'],
      ['wdm-design check --batch 010 --diff', 'Also show how each stale file differs'],
    ],
    load: load(() => import('./check.js'), 'runCheck'),
  },
  {
    name: 'diff',
    summary: 'Summarise the design changes since a git ref: tokens, ΔE, contrast, fonts, layout',
    inProject: true,
    options: [
      { name: 'base', kind: 'string', value: '<ref>', check: nonEmptyProblem('--base'), description: 'Git ref to compare the working tree with (default: HEAD)' },
      { name: 'format', short: 'f', kind: 'string', choices: ['text', 'markdown', 'json'], description: 'text (the default), markdown (for a pull-request comment) or json' },
      { name: 'exit-code', kind: 'boolean', description: 'Exit 1 when any design changed, like git diff --exit-code' },
      { ...out, description: 'Root folder of designs/ (default: outDir of wdm.config.yaml, else the project folder)' },
      project,
    ],
    examples: [
      ['wdm-design diff', 'Design changes since the last commit'],
      ['wdm-design diff --base origin/main --format markdown > comment.md', 'A pull-request comment'],
    ],
    load: load(() => import('./diff.js'), 'runDiff'),
  },
  {
    name: 'init',
    summary: 'Scaffold a project: config, example batch, .gitignore, pre-commit hook, CI workflow',
    inProject: false,
    positionals: [{ name: 'dir', description: 'Folder to scaffold (default: the current folder); it must be empty' }],
    options: [{ name: 'force', kind: 'boolean', description: 'Scaffold into a folder that is not empty, adding only files that do not exist' }],
    examples: [['wdm-design init my-designs', 'Create my-designs/ with a config, an example batch, a hook and a CI workflow']],
    load: load(() => import('./init.js'), 'runInit'),
  },
  {
    name: 'preview',
    summary: "Write previews/<batch>/index.html: every site's palettes (light and dark), type specimen and a link",
    inProject: true,
    options: [...batchSelection, { ...out, description: 'Root folder holding designs/ and receiving previews/ (default: outDir of wdm.config.yaml, else the project folder)' }, project, json],
    examples: [['wdm-design preview --batch 010', 'Write previews/010/index.html from designs/010/*/DESIGN.md']],
    load: load(() => import('./preview.js'), 'runPreview'),
  },
];
