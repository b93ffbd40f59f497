// The files `wdm-design init` writes: config, example batch, .gitignore, package.json, hook config and CI workflow,
// shaped by how the tool is installed (a dependency, or a command on the PATH) and where the git repository's root is.

/** How the scaffolded project reaches the tool. */
export type ToolSource =
  /** Installed as a dependency of a project (found under node_modules): the scaffold depends on the same spec. */
  | { kind: 'dependency'; spec: string }
  /** On the PATH (a global install, npm link, or a checkout); `install` is what CI runs to get it, when known. */
  | { kind: 'path'; install?: string };

export interface ScaffoldOptions {
  source: ToolSource;
  /** The project folder relative to the git repository's root, '' when they are the same (or there is no repository). */
  prefix: string;
}

const DEFAULT: ScaffoldOptions = { source: { kind: 'path' }, prefix: '' };

function command(o: ScaffoldOptions, args: string): string {
  const tool = o.source.kind === 'dependency' ? 'npx --no-install wdm-design' : 'wdm-design';
  return `${tool} ${args}${o.prefix ? ` --project ${o.prefix}` : ''}`;
}

/** The pre-commit `files:` pattern, anchored at the repository root. */
export function hookFiles(prefix: string): string {
  const p = prefix ? `${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/` : '';
  return `^${p}(batches/|rules/|templates/|designs/|wdm\\.config\\.yaml$)`;
}

/** The GitHub Actions workflow: posts the design diff on the pull request, then fails if a design is stale. */
export function workflow(o: ScaffoldOptions = DEFAULT): string {
  const at = (p: string) => `      - "${o.prefix ? `${o.prefix}/` : ''}${p}"`;
  const dir = o.prefix ? `\n    defaults:\n      run:\n        working-directory: ${o.prefix}` : '';
  const install =
    o.source.kind === 'dependency'
      ? `      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-audit --no-fund`
      : o.source.install
        ? `      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install wdm-design
        run: npm install --global --no-audit --no-fund ${o.source.install}`
        : `      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install wdm-design
        # init could not tell where this wdm-design came from: put here how CI installs it (npm install --global <git URL or tarball>).
        run: |
          echo "::error::Edit .github/workflows/wdm-design.yml: say how CI installs wdm-design"
          exit 1`;
  // The tool runs from the project folder (working-directory), so no --project is needed in the workflow.
  const tool = o.source.kind === 'dependency' ? 'npx --no-install wdm-design' : 'wdm-design';
  return `# wdm-design: on every pull request, post a summary of the design changes and fail if a DESIGN.md is stale.
name: wdm-design

on:
  pull_request:
    paths:
${['batches/**', 'rules/**', 'templates/**', 'designs/**', 'wdm.config.yaml', 'package.json'].map(at).join('\n')}

permissions:
  contents: read
  pull-requests: write

jobs:
  designs:
    runs-on: ubuntu-latest${dir}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the base branch is needed to diff against
${install}

      - name: Summarise the design changes
        run: |
          base="$(git merge-base "origin/\${{ github.base_ref }}" HEAD)"
          ${tool} diff --base "$base" --format markdown > "$RUNNER_TEMP/wdm-design.md"
          cat "$RUNNER_TEMP/wdm-design.md" >> "$GITHUB_STEP_SUMMARY"

      - name: Post the summary on the pull request
        # A fork's token cannot comment; its summary is still in the job summary above.
        if: github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          gh pr comment "$PR" --edit-last --body-file "$RUNNER_TEMP/wdm-design.md" \\
            || gh pr comment "$PR" --body-file "$RUNNER_TEMP/wdm-design.md"

      - name: Designs are current
        run: ${tool} check --all --diff
`;
}

/** pre-commit framework config: a local hook with the installed tool (no network at commit time). */
export function preCommitConfig(o: ScaffoldOptions = DEFAULT): string {
  return `# Regenerates the DESIGN.md files a commit affects and stages them (https://pre-commit.com).
# Install once with: pre-commit install
repos:
  - repo: local
    hooks:
      - id: wdm-design
        name: wdm-design generate --staged
        entry: ${command(o, 'generate --staged')}
        language: system
        pass_filenames: false
        files: ${hookFiles(o.prefix)}
`;
}

export const CONFIG = `# wdm-design settings. Every key is optional; these are the defaults.
outDir: .          # designs/ (and sites/) are written under this folder
concurrency: 8     # sites in flight at once
`;

export const EXAMPLE_BATCH = `# One batch: \`wdm-design generate --batch example\` writes designs/example/<domain>/DESIGN.md.
sites:
  - domain: smithlaw.com
    category: legal
    name: Smith Law
    tagline: Trusted counsel for families and small businesses
  - domain: northside-bakery.com
  - domain: brightsmile-dental.com
    brandColor: "#0f766e"
`;

export const GITIGNORE = `# What is committed, and why.
#
# designs/ IS committed: each DESIGN.md is reviewed in pull requests (wdm-design diff), and \`check\` proves in CI
# that it is what the batches, rules and templates give.
#
# sites/ is not: every page is rebuilt byte-identical from its DESIGN.md by \`wdm-design build\` (which verifies it),
# so committing it would double every review for no information. Build it where you deploy from.
sites/
# published/ is the release \`wdm-design finalize\` assembles from verified sites: deploy it, do not commit it.
published/
# previews/ is a local contact sheet for reviewing a batch (\`wdm-design preview\`).
previews/
# The cache and the registry journal: local state, rebuilt when missing.
.wdm/
node_modules/
`;

export function packageJson(o: ScaffoldOptions = DEFAULT): string {
  const tool = o.source.kind === 'dependency' ? 'wdm-design' : 'wdm-design';
  return (
    JSON.stringify(
      {
        name: 'designs',
        private: true,
        scripts: { designs: `${tool} generate --all`, 'designs:check': `${tool} check --all`, 'designs:diff': `${tool} diff` },
        ...(o.source.kind === 'dependency' ? { devDependencies: { 'wdm-design': o.source.spec } } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

export interface ScaffoldFile {
  /** Path relative to the project folder, or, with `atRoot`, to the repository root. */
  path: string;
  text: string;
  atRoot?: boolean;
}

/** Every scaffolded file, in the order they are written. Hook config and workflow go where git and GitHub look. */
export function scaffoldFiles(o: ScaffoldOptions = DEFAULT): ScaffoldFile[] {
  return [
    { path: 'wdm.config.yaml', text: CONFIG },
    { path: 'batches/example.yaml', text: EXAMPLE_BATCH },
    { path: '.gitignore', text: GITIGNORE },
    { path: 'package.json', text: packageJson(o) },
    { path: '.pre-commit-config.yaml', text: preCommitConfig(o), atRoot: true },
    { path: '.github/workflows/wdm-design.yml', text: workflow(o), atRoot: true },
  ];
}

/** The example files shipped in examples/: a project at the repository root that calls wdm-design from the PATH. */
export const WORKFLOW = workflow();
export const PRE_COMMIT_CONFIG = preCommitConfig();
