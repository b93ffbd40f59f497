// The benchmarks' command lines, checked as the CLI checks its own: an unknown or misspelt flag is refused (exit 2)
// before anything runs, rather than ignored while a half-hour benchmark runs on its defaults; --help prints the usage.
import { parseArgs } from 'node:util';

/** `spec`: flag name → 'string' | 'boolean'. Returns the flags given. */
export function benchOptions(usage, spec) {
  const options = Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }]));
  options.help = { type: 'boolean', short: 'h' };
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`${process.argv[1]?.split('/').slice(-2).join('/')}: ${error.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
