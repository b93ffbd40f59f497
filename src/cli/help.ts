// Help text, written from the command table so it can never disagree with what the parser accepts.
import type { CommandSpec, OptionSpec } from './spec.js';

const WIDTH = 100;

function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function table(rows: ReadonlyArray<readonly [string, string]>, width: number): string[] {
  const left = Math.min(34, Math.max(...rows.map(([l]) => l.length)) + 2);
  return rows.map(([l, r]) => (l.length + 2 > left ? `  ${l}\n${' '.repeat(left + 2)}${wrap(r, left + 2, width)}` : `  ${l.padEnd(left)}${wrap(r, left + 2, width)}`));
}

function optionLabel(opt: OptionSpec): string {
  const names = [`--${opt.name}`, ...(opt.aliases ?? []).map((a) => `--${a}`)];
  if (opt.negatable) names.push(`--no-${opt.name}`);
  const value = opt.kind === 'boolean' ? '' : ` ${opt.value ?? (opt.choices ? opt.choices.join('|') : '<value>')}`;
  return `${opt.short ? `-${opt.short}, ` : '    '}${names.join(', ')}${value}`;
}

export function usageLine(command: CommandSpec): string {
  const pos = (command.positionals ?? []).map((p) => {
    const inner = `${p.name}${p.variadic ? '...' : ''}`;
    return p.required ? `<${inner}>` : `[${inner}]`;
  });
  return ['wdm-design', command.name, ...pos, '[options]'].join(' ');
}

export function commandHelp(command: CommandSpec, width = WIDTH): string {
  const out = [usageLine(command), '', wrap(command.summary, 0, width)];
  if (command.positionals && command.positionals.length > 0) {
    out.push('', 'Arguments:', ...table(command.positionals.map((p) => [`<${p.name}${p.variadic ? '...' : ''}>`, `${p.description}${p.choices ? ` (one of ${p.choices.join(', ')})` : ''}`] as const), width));
  }
  const options = [...command.options, { name: 'help', short: 'h', kind: 'boolean', description: 'Show this help' } satisfies OptionSpec];
  out.push('', 'Options:', ...table(options.map((o) => [optionLabel(o), `${o.description}${o.kind === 'list' ? ' (repeatable; commas allowed)' : ''}`] as const), width));
  if (command.examples && command.examples.length > 0) {
    out.push('', 'Examples:', ...table(command.examples.map(([cmd, what]) => [cmd, what] as const), width));
  }
  return out.join('\n') + '\n';
}

export function generalHelp(commands: readonly CommandSpec[], width = WIDTH): string {
  return [
    'wdm-design <command> [options]',
    '',
    'Deterministic design compiler: batches of domains → DESIGN.md → verified sites.',
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary] as const), width),
    '',
    'Options:',
    ...table(
      [
        ['-h, --help', 'Show this help; `wdm-design <command> --help` shows a command\'s options'],
        ['-V, --version', 'Print the version'],
      ],
      width,
    ),
    '',
    'A command runs in the project folder: the nearest folder, from the working folder up, that holds batches/ or',
    'wdm.config.yaml (--project DIR names another). Exit codes: 0 all good, 1 findings, 2 unusable input or usage.',
    '',
  ].join('\n');
}
