// The whole command line, checked before anything runs: every problem at once, each with a did-you-mean.
// Hand-rolled rather than util.parseArgs: Node 20's parseArgs has no `--no-<flag>` and stops at the first problem.
import { didYouMean } from '../shared/did-you-mean.js';
import { camelCase, type CommandSpec, type OptionSpec, type ParsedArgs } from './spec.js';

export type Parsed =
  | { kind: 'help'; command?: CommandSpec }
  | { kind: 'version' }
  | { kind: 'usage'; command?: CommandSpec; problems: string[] }
  | { kind: 'run'; command: CommandSpec; args: ParsedArgs };

const HELP: OptionSpec = { name: 'help', short: 'h', kind: 'boolean', description: 'Show this help' };

/** What a value looks like in a message: quoted when it has spaces or is empty, control characters escaped. */
export function shown(value: string): string {
  const clipped = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  // Echoed text must not steer the terminal: controls and direction overrides are shown as \u escapes.
  const safe = clipped.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return /^[\w./:#@,+-]+$/.test(safe) ? safe : JSON.stringify(safe).replace(/\\\\u/g, '\\u');
}

function suggest(word: string, candidates: readonly string[], prefix = ''): string {
  const near = didYouMean(word, candidates);
  return near === undefined ? '' : ` (did you mean ${prefix}${near}?)`;
}

export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): Parsed {
  const [first, ...rest] = argv;
  const names = commands.map((c) => c.name);
  if (first === undefined) return { kind: 'usage', problems: ['No command given: expected one of ' + names.join(', ')] };
  if (first === '--help' || first === '-h') return { kind: 'help' };
  if (first === '--version' || first === '-V') {
    return rest.length === 0 ? { kind: 'version' } : { kind: 'usage', problems: [`Unexpected ${rest.map(shown).join(' ')} after --version, expected nothing`] };
  }
  if (first === 'help') {
    if (rest.length === 0) return { kind: 'help' };
    const target = commands.find((c) => c.name === rest[0]);
    return target && rest.length === 1 ? { kind: 'help', command: target } : { kind: 'usage', problems: [`Unknown command ${shown(rest.join(' '))}, expected one of ${names.join(', ')}${suggest(rest[0] ?? '', names)}`] };
  }
  if (first.startsWith('-')) {
    const opt = first.replace(/=.*$/, '');
    return { kind: 'usage', problems: [`Unexpected ${shown(opt)} before the command, expected a command first (wdm-design <command> [options])${suggest(opt.replace(/^-+/, ''), ['help', 'version'], '--')}`] };
  }
  const command = commands.find((c) => c.name === first);
  if (!command) return { kind: 'usage', problems: [`Unknown command ${shown(first)}, expected one of ${names.join(', ')}${suggest(first, names)}`] };
  return parseCommandArgs(command, rest);
}

interface Lookup {
  long: Map<string, OptionSpec>;
  negated: Map<string, OptionSpec>;
  short: Map<string, OptionSpec>;
  /** Every long spelling, for did-you-mean. */
  spellings: string[];
}

function lookupOf(command: CommandSpec): Lookup {
  const long = new Map<string, OptionSpec>();
  const negated = new Map<string, OptionSpec>();
  const short = new Map<string, OptionSpec>();
  for (const opt of [...command.options, HELP]) {
    for (const name of [opt.name, ...(opt.aliases ?? [])]) long.set(name, opt);
    if (opt.negatable) negated.set(`no-${opt.name}`, opt);
    if (opt.short) short.set(opt.short, opt);
  }
  return { long, negated, short, spellings: [...long.keys(), ...negated.keys()] };
}

function takesValue(opt: OptionSpec): boolean {
  return opt.kind !== 'boolean';
}

/** A separate word taken as an option's value: anything but another option (a negative number is a value). */
function looksLikeValue(word: string | undefined): word is string {
  return word !== undefined && (!word.startsWith('-') || word === '-' || /^-\d/.test(word));
}

function checkValue(opt: OptionSpec, value: string, spelled: string): string | undefined {
  if (opt.choices && !opt.choices.includes(value)) {
    return `Unexpected ${spelled} ${shown(value)}, expected one of ${opt.choices.join(', ')}${suggest(value, opt.choices)}`;
  }
  if (opt.check) return opt.check(value);
  if (opt.kind === 'number' && !/^-?\d+(?:\.\d+)?$/.test(value.trim())) return `Unexpected ${spelled} ${shown(value)}, expected a number`;
  return undefined;
}

export function parseCommandArgs(command: CommandSpec, argv: readonly string[]): Parsed {
  const lookup = lookupOf(command);
  const problems: string[] = [];
  const values = new Map<OptionSpec, { spelled: string; values: string[] }>();
  const flags = new Map<OptionSpec, { spelled: string; on: boolean }>();
  const words: string[] = [];
  let help = false;

  const give = (opt: OptionSpec, spelled: string, value: string) => {
    const seen = values.get(opt);
    if (!seen) values.set(opt, { spelled, values: [value] });
    else if (opt.kind === 'list') seen.values.push(value);
    else if (seen.values[0] !== value) problems.push(`Unexpected ${spelled} ${shown(value)} after ${seen.spelled} ${shown(seen.values[0] ?? '')}, expected it once`);
  };
  const flag = (opt: OptionSpec, spelled: string, on: boolean) => {
    const seen = flags.get(opt);
    if (seen && seen.on !== on) problems.push(`Unexpected ${spelled} after ${seen.spelled}, expected one of them`);
    else flags.set(opt, { spelled, on });
  };

  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word.slice(2) : word.slice(2, eq);
      const inline = eq === -1 ? undefined : word.slice(eq + 1);
      const spelled = `--${name}`;
      const opt = lookup.long.get(name);
      const negated = opt ? undefined : lookup.negated.get(name);
      if (negated) {
        if (inline !== undefined) problems.push(`Unexpected value for ${spelled}, expected none`);
        else flag(negated, spelled, false);
        continue;
      }
      if (!opt) {
        const near = didYouMean(name, lookup.spellings);
        problems.push(`Unknown option ${shown(spelled)} for ${command.name}${near ? ` (did you mean --${near}?)` : `; its options: ${command.options.map((o) => `--${o.name}`).join(', ')}`}`);
        // The typo's value is not a stray argument of its own.
        const meant = near === undefined ? undefined : (lookup.long.get(near) ?? lookup.negated.get(near));
        if (inline === undefined && meant && takesValue(meant) && looksLikeValue(argv[i + 1])) i += 1;
        continue;
      }
      if (opt === HELP) {
        help = true;
        continue;
      }
      if (!takesValue(opt)) {
        if (inline !== undefined) problems.push(`Unexpected value ${shown(inline)} for ${spelled}, expected none (it is a flag)`);
        else flag(opt, spelled, true);
        continue;
      }
      let value = inline;
      if (value === undefined && looksLikeValue(argv[i + 1])) value = argv[++i];
      if (value === undefined) {
        problems.push(`Missing value for ${spelled}, expected ${opt.value ?? 'a value'}${argv[i + 1] !== undefined ? ` (to pass a value that starts with -, write ${spelled}=<value>)` : ''}`);
        continue;
      }
      give(opt, spelled, value);
      continue;
    }
    if (word.startsWith('-') && word.length > 1 && !/^-\d/.test(word)) {
      // -b demo, -bdemo, -C dir; a run of one-letter flags like -h.
      for (let j = 1; j < word.length; j++) {
        const letter = word[j] as string;
        const spelled = `-${letter}`;
        const opt = lookup.short.get(letter);
        if (!opt) {
          problems.push(`Unknown option ${shown(spelled)} for ${command.name}; its one-letter options: ${[...lookup.short.keys()].map((k) => `-${k}`).join(', ')}`);
          break;
        }
        if (opt === HELP) {
          help = true;
          continue;
        }
        if (!takesValue(opt)) {
          flag(opt, spelled, true);
          continue;
        }
        let value: string | undefined = word.slice(j + 1) || undefined;
        if (value === undefined && looksLikeValue(argv[i + 1])) value = argv[++i];
        if (value === undefined) problems.push(`Missing value for ${spelled}, expected ${opt.value ?? 'a value'}`);
        else give(opt, spelled, value);
        break;
      }
      continue;
    }
    words.push(word);
  }

  const args: ParsedArgs = {};
  for (const [opt, given] of values) {
    const list = opt.kind === 'list' ? given.values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '') : given.values;
    if (opt.kind === 'list' && list.length === 0) problems.push(`Missing value for ${given.spelled}, expected ${opt.value ?? 'a value'}`);
    for (const v of list) {
      const problem = checkValue(opt, v, given.spelled);
      if (problem) problems.push(problem);
    }
    const key = camelCase(opt.name);
    args[key] = opt.kind === 'list' ? list : opt.kind === 'number' ? Number(list[0]) : list[0];
  }
  for (const [opt, given] of flags) args[camelCase(opt.name)] = given.on;

  const positionals = command.positionals ?? [];
  let w = 0;
  for (const pos of positionals) {
    if (pos.variadic) {
      const rest = words.slice(w);
      w = words.length;
      if (rest.length === 0 && pos.required) problems.push(`Missing <${pos.name}...>: ${pos.description}`);
      args[camelCase(pos.name)] = rest;
      continue;
    }
    const word = words[w];
    if (word === undefined) {
      if (pos.required) problems.push(`Missing <${pos.name}>: ${pos.description}`);
      continue;
    }
    w += 1;
    if (pos.choices && !pos.choices.includes(word)) problems.push(`Unexpected ${pos.name} ${shown(word)}, expected one of ${pos.choices.join(', ')}${suggest(word, pos.choices)}`);
    args[camelCase(pos.name)] = word;
  }
  if (w < words.length) {
    const extra = words.slice(w);
    const near = extra.length === 1 ? didYouMean(extra[0] as string, lookup.spellings) : undefined;
    problems.push(`Unexpected argument${extra.length === 1 ? '' : 's'} ${extra.map(shown).join(' ')}${near ? ` (did you mean --${near}?)` : ''}, expected ${positionals.length > 0 ? positionals.map((p) => `<${p.name}>`).join(' ') + ' and options' : 'only options'}`);
  }
  if (help) return { kind: 'help', command };
  if (problems.length === 0 && command.check) problems.push(...command.check(args));
  return problems.length > 0 ? { kind: 'usage', command, problems } : { kind: 'run', command, args };
}
