/** Command-line arguments, read by node's `util.parseArgs` (strict): each command's options, and usage errors. */
import { parseArgs as nodeParseArgs } from 'node:util';
import { suggest } from '../model/problems';

/** Parsed command-line arguments. */
export interface ParsedArgs {
  /** Arguments that are not options. */
  positionals: string[];
  /** Option name -> every value given (flags get "true"). */
  options: Map<string, string[]>;
}

/** The options of one command: those that take a value, those that may repeat, and flags. */
export interface CommandOptions {
  /** Options with a value (`--as-of D` or `--as-of=D`); the last one given counts. */
  valued?: readonly string[];
  /** Options with a value that may be given several times (`--assume a=failed --assume b=enacted`). */
  repeatable?: readonly string[];
  /** Options without a value (`--json`). */
  flags?: readonly string[];
  /** One-letter aliases: `{ o: 'out' }`. */
  short?: Readonly<Record<string, string>>;
}

/** Every command's options. A command not listed takes none. */
export const COMMAND_OPTIONS: Readonly<Record<string, CommandOptions>> = {
  validate: { flags: ['json'] },
  scenario: { valued: ['as-of'], repeatable: ['assume', 'chain'], flags: ['json', 'compare'] },
  generate: { valued: ['bills', 'links', 'seed', 'out'] },
  bake: { valued: ['out'] },
  import: { valued: ['out', 'id', 'title'], flags: ['slim'], short: { o: 'out' } },
  detect: { flags: ['json'] },
  sheets: { valued: ['out'], short: { o: 'out' } },
  'export-sheets': { valued: ['out'], flags: ['template'] },
};

/** Parses a command's arguments strictly: an unknown option, or a value missing or given to a flag, is a UsageError. */
export function parseCommandArgs(command: string, argv: string[]): ParsedArgs {
  const spec = COMMAND_OPTIONS[command] ?? {};
  const options: Record<string, { type: 'string' | 'boolean'; multiple: true; short?: string }> = {};
  for (const name of [...(spec.valued ?? []), ...(spec.repeatable ?? [])]) options[name] = { type: 'string', multiple: true };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean', multiple: true };
  for (const [letter, name] of Object.entries(spec.short ?? {})) options[name].short = letter;
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(usageMessage(command, argv, e as Error & { code?: string }, Object.keys(options)));
  }
  const map = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parsed.values)) {
    const values = (Array.isArray(value) ? value : [value]).map((v) => (v === true ? 'true' : String(v)));
    if (values.length > 0) map.set(name, values);
  }
  return { positionals: parsed.positionals, options: map };
}

/** A usage error in words: which option, for which command, and what it takes. */
function usageMessage(command: string, argv: string[], e: Error & { code?: string }, known: string[]): string {
  const list = known.length ? `its options: ${known.map((k) => `--${k}`).join(', ')}` : 'it takes no options';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const arg = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
    const raw = argv.find((a) => a === arg || a.startsWith(`${arg}=`)) ?? arg;
    const name = arg.replace(/^-+/, '').split('=')[0];
    const hint = suggest(name, known);
    return `${command}: unknown option "${raw.slice(0, 60)}"${hint ? ` (did you mean --${hint}?)` : ''}; ${list}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /'--([a-z-]+)/.exec(e.message)?.[1] ?? '';
    return (spec(command).flags ?? []).includes(name) ? `${command}: --${name} takes no value` : `${command}: --${name} needs a value`;
  }
  return `${command}: ${e.message.split('\n')[0]}`;
}

const spec = (command: string) => COMMAND_OPTIONS[command] ?? {};

/** A mistake in how the CLI was called (exit code 2). */
export class UsageError extends Error {}
