// `npm run bench`: every benchmark, one after the other, printed as tables. Figures are medians of whole-process runs.
import benchGenerate from './generate.js';
import benchScale from './scale.js';
import benchBuild from './build.js';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const suites = [['generate', () => benchGenerate({ runs: quick ? 1 : 3, large: quick ? 2000 : 10000 })]];
suites.push(['build', () => benchBuild({ large: quick ? 200 : 1000 })]);
suites.push(['scale', () => benchScale(quick ? { sites: 2000, buildSites: 50 } : {})]);

function table({ title, header, rows }) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [`### ${title}`, '', line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line), ''].join('\n');
}

for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.log(table(await run()));
}
