// CLI start-up: `wdm-design --help`, `--version` and a command's `--help` against bare `node -e 0`, runs interleaved
// so load on the shared machine hits both alike; medians, and the ratio measured in the same run.
import { median, timed, COMMAND, REPO, fmt } from './lib.js';

export default function benchStartup({ runs = 15 } = {}) {
  const cases = [
    ['node -e 0', [process.execPath, '-e', '0']],
    ['wdm-design --help', [COMMAND, '--help']],
    ['wdm-design generate --help', [COMMAND, 'generate', '--help']],
    ['wdm-design --version', [COMMAND, '--version']],
  ];
  const times = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach(([, args], j) => times[j].push(timed(args, REPO).ms));
  const floor = median(times[0]);
  return {
    title: `CLI start-up (${runs} interleaved runs each, medians)`,
    header: ['What', 'Median', 'Ratio to node -e 0'],
    rows: cases.map(([name], j) => [name, fmt(median(times[j])), `${(median(times[j]) / floor).toFixed(2)}×`]),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = benchStartup({ runs: Number(process.argv[2] ?? 15) });
  console.log(t.title);
  for (const r of t.rows) console.log(r.join('  '));
}
