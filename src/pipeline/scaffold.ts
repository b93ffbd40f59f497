// The files `wdm-design init` writes into an empty folder: config, example batch, hook config and CI workflow.

/** The GitHub Actions workflow: posts the design diff on the pull request, then fails if a design is stale. */
export const WORKFLOW = `# wdm-design: on every pull request, post a summary of the design changes and fail if a DESIGN.md is stale.
name: wdm-design

on:
  pull_request:
    paths:
      - "batches/**"
      - "rules/**"
      - "templates/**"
      - "designs/**"
      - "wdm.config.yaml"
      - "package.json"
      - "package-lock.json"

permissions:
  contents: read
  pull-requests: write

jobs:
  designs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the base branch is needed to diff against
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci

      - name: Summarise the design changes
        run: |
          base="$(git merge-base "origin/\${{ github.base_ref }}" HEAD)"
          npx --no-install wdm-design diff --base "$base" --format markdown > "$RUNNER_TEMP/wdm-design.md"
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
        run: npx --no-install wdm-design check --all --diff
`;

/** pre-commit framework config using the installed package (no network at commit time). */
export const PRE_COMMIT_CONFIG = `# Regenerates the DESIGN.md files a commit affects and stages them (https://pre-commit.com).
# Install once with: pre-commit install
repos:
  - repo: local
    hooks:
      - id: wdm-design
        name: wdm-design generate --staged
        entry: npx --no-install wdm-design generate --staged
        language: system
        pass_filenames: false
        files: ^(batches/|rules/|templates/|designs/|wdm\\.config\\.yaml$)
`;

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

export const GITIGNORE = `# wdm-design keeps its cache and registry here; they are rebuilt when missing.
.wdm/
node_modules/
`;

export function packageJson(toolVersion: string): string {
  const major = toolVersion.split('.')[0] ?? '1';
  return (
    JSON.stringify(
      {
        name: 'designs',
        private: true,
        scripts: { designs: 'wdm-design generate --all', 'designs:check': 'wdm-design check --all', 'designs:diff': 'wdm-design diff' },
        devDependencies: { 'wdm-design': `^${major}.0.0` },
      },
      null,
      2,
    ) + '\n'
  );
}

/** Path → content of every scaffolded file, in the order they are written. */
export function scaffoldFiles(toolVersion: string): [string, string][] {
  return [
    ['wdm.config.yaml', CONFIG],
    ['batches/example.yaml', EXAMPLE_BATCH],
    ['.gitignore', GITIGNORE],
    ['package.json', packageJson(toolVersion)],
    ['.pre-commit-config.yaml', PRE_COMMIT_CONFIG],
    ['.github/workflows/wdm-design.yml', WORKFLOW],
  ];
}
