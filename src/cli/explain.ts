// `wdm-design explain <domain>`: which rules fired and what they set, the hash-derived choices, every contrast adjustment.
import type { Argv } from 'yargs';
import { EXIT_OK, type Io } from './io.js';

export interface ExplainArgs {
  domain: string;
  category?: string;
  name?: string;
  tagline?: string;
  brandColor?: string;
  project?: string;
  json?: boolean;
  design?: boolean;
}

export function explainBuilder<T>(y: Argv<T>) {
  return y
    .positional('domain', { type: 'string', demandOption: true, description: 'The domain to explain (Unicode or punycode)' })
    .option('category', { type: 'string', description: 'Category as a batch would give it (inferred from the name when absent)' })
    .option('name', { type: 'string', description: 'Display name as a batch would give it' })
    .option('tagline', { type: 'string', description: 'Tagline as a batch would give it' })
    .option('brand-color', { type: 'string', description: 'Pinned primary colour (#rrggbb)' })
    .option('design', { type: 'boolean', description: 'Also print the DESIGN.md it renders' })
    .option('project', { alias: 'C', type: 'string', description: 'Project folder (default: the current folder)' })
    .option('json', { type: 'boolean', description: 'Print the explanation as JSON' })
    .example('$0 explain bestlawfirm.com', 'Why bestlawfirm.com gets the design it gets')
    .example('$0 explain smile.dental --json', 'The same as JSON');
}

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function runExplain(args: ExplainArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { explainDomain } = await import('../pipeline/explain.js');
  const { loadProject } = await import('../pipeline/project.js');
  const project = loadProject(args.project ?? io.cwd);
  const entry: { category?: string; name?: string; tagline?: string; brandColor?: string } = {};
  if (args.category !== undefined) entry.category = args.category;
  if (args.name !== undefined) entry.name = args.name;
  if (args.tagline !== undefined) entry.tagline = args.tagline;
  if (args.brandColor !== undefined) entry.brandColor = args.brandColor.toLowerCase();
  const ex = explainDomain(project, args.domain, entry);
  const { design, trace, site } = ex;
  const sel = design.selection;
  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          domain: site.domain,
          unicode: site.unicode,
          category: { id: sel.category, source: sel.categorySource, words: sel.words, inferredFrom: sel.inferredFrom },
          name: { value: sel.name, source: sel.nameSource },
          rules: trace,
          choices: design.choices,
          palette: { strategy: design.palette.strategy, hue: design.palette.hue, light: design.palette.light, dark: design.palette.dark },
          contrast: design.palette.pairs,
          adjustments: design.palette.adjustments,
          typography: { pairing: design.typography.pairing.id, scale: design.typography.scale },
          layout: sel.layout,
          ...(args.design ? { designMd: ex.text } : {}),
        },
        null,
        2,
      ) + '\n',
    );
    return EXIT_OK;
  }
  const out: string[] = [];
  out.push(`${site.unicode}${site.unicode !== site.domain ? ` (${site.domain})` : ''}`);
  out.push(`  name      ${sel.name} (${sel.nameSource})`);
  out.push(`  words     ${sel.words.join(' ') || '(none)'}`);
  out.push(
    `  category  ${sel.category} (${sel.categorySource}${sel.inferredFrom.length ? ` from ${sel.inferredFrom.map((w) => `"${w}"`).join(', ')}` : ''})`,
  );
  out.push('', 'Rules fired, in order:');
  trace.forEach((step, i) => {
    out.push(`  ${i + 1}. ${step.rule}${step.because.length ? `  because ${step.because.join(', ')}` : ''}`);
    for (const [k, v] of Object.entries(step.set)) out.push(`       ${k} = ${value(v)}`);
  });
  out.push('', 'Hash-derived choices:');
  for (const [k, v] of Object.entries(design.choices)) out.push(`  ${k} = ${value(v)}`);
  out.push('', `Palette (${design.palette.strategy}, primary hue ${design.palette.hue}°):`);
  for (const role of Object.keys(design.palette.light) as (keyof typeof design.palette.light)[]) {
    out.push(`  ${role.padEnd(19)} ${design.palette.light[role]}  dark ${design.palette.dark[role]}  ${design.palette.names[role]}`);
  }
  out.push('', 'Contrast (text / background: target, light, dark):');
  for (const p of design.palette.pairs) {
    out.push(`  ${`${p.text} / ${p.background}`.padEnd(40)} ${String(p.target).padStart(4)}  ${String(p.light).padStart(6)}  ${String(p.dark).padStart(6)}  ${p.use}`);
  }
  out.push('', design.palette.adjustments.length ? 'Contrast adjustments:' : 'Contrast adjustments: none needed');
  for (const a of design.palette.adjustments) {
    out.push(`  ${a.scheme} ${a.role} against ${a.against}: ${a.from} -> ${a.to} (${a.ratioBefore} -> ${a.ratioAfter}, target ${a.target})`);
  }
  out.push('', `Typography: ${design.typography.pairing.id}, ${design.typography.scale.id} scale (ratio ${design.typography.scale.ratio}, base ${design.typography.scale.base}px)`);
  out.push(`Layout: ${sel.layout.template}: ${sel.layout.sections.join(', ')}`);
  if (args.design) out.push('', ex.text.trimEnd());
  io.stdout(out.join('\n') + '\n');
  return EXIT_OK;
}
