// `wdm-design explain <domain>`: which rules fired and what they set, the hash-derived choices, every contrast adjustment.
import { EXIT_OK, type Io } from './io.js';

export interface ExplainArgs {
  domain: string;
  category?: string;
  name?: string;
  tagline?: string;
  brandColor?: string;
  batch?: string;
  project?: string;
  json?: boolean;
  design?: boolean;
}

function value(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function runExplain(args: ExplainArgs, io: Io): Promise<number> {
  // Loaded when the command runs, not at start-up: `--help` and a no-op hook stay fast.
  const { checkExplainInput, explainSite } = await import('../pipeline/explain.js');
  // The domain and fields are checked before the project is loaded: a usage error costs nothing.
  const checked = checkExplainInput(args.domain, {
    ...(args.category !== undefined ? { category: args.category } : {}),
    ...(args.name !== undefined ? { name: args.name } : {}),
    ...(args.tagline !== undefined ? { tagline: args.tagline } : {}),
    ...(args.brandColor !== undefined ? { brandColor: args.brandColor } : {}),
  });
  const { loadProject } = await import('../pipeline/project.js');
  const project = loadProject(args.project ?? io.cwd);
  const ex = explainSite(project, checked, args.batch);
  const categoryFrom = ex.fromCommandLine.includes('category') ? 'the command line' : args.batch !== undefined ? `batch ${args.batch}` : undefined;
  // The rules say "given in the batch"; here the reader must see where the value really came from.
  const where = (text: string) => (categoryFrom === 'the command line' ? text.replace('(given in the batch', '(given on the command line') : text);
  ex.trace = ex.trace.map((step) => ({ ...step, because: step.because.map(where) }));
  const { design, trace, site } = ex;
  const sel = design.selection;
  // The English of the page: the domain's country decides where it names one (.co.uk British, .us American), else the
  // project's `english`.
  const english = ex.english.value;
  const englishBy = ex.english.by;
  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          domain: site.domain,
          unicode: site.unicode,
          category: { id: sel.category, source: sel.categorySource, ...(sel.categorySource === 'given' ? { givenIn: categoryFrom === 'the command line' ? 'command line' : 'batch' } : {}), ...(sel.givenCategory ? { given: sel.givenCategory.id } : {}), words: sel.words, inferredFrom: sel.inferredFrom },
          name: { value: sel.name, source: sel.nameSource },
          english: { value: english, source: englishBy },
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
  out.push(`  name      ${sel.name} (${sel.nameSource === 'given' ? (ex.fromCommandLine.includes('name') ? 'given on the command line' : 'given in the batch') : sel.nameSource})`);
  out.push(`  words     ${sel.words.join(' ') || '(none)'}`);
  out.push(
    `  category  ${sel.category} (${sel.categorySource === 'given' ? `given ${categoryFrom === 'the command line' ? 'on the command line' : 'in the batch'}` : sel.categorySource}${sel.givenCategory ? ` as ${sel.givenCategory.id}, narrowed by` : sel.inferredFrom.length ? ' from' : ''}${sel.inferredFrom.length ? ` ${sel.inferredFrom.map((w) => `"${w}"`).join(', ')}` : ''})`,
  );
  out.push(`  english   ${english} (${englishBy === 'domain' ? `by the .${site.domain.slice(site.domain.lastIndexOf('.') + 1)} domain` : "the project's setting"})`);
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
