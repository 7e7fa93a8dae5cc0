/** A small argument parser for the CLI: positionals, --flags, and repeatable --options. */

/** Parsed command-line arguments. */
export interface ParsedArgs {
  /** Arguments that are not options. */
  positionals: string[];
  /** Option name -> every value given (flags get "true"). */
  options: Map<string, string[]>;
}

/** Parses argv; `valued` names options that take a value (`--as-of D` or `--as-of=D`). */
export function parseArgs(argv: string[], valued: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const add = (k: string, v: string) => options.set(k, [...(options.get(k) ?? []), v]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-o') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('-o needs a file name');
      add('out', value);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) add(name, arg.slice(eq + 1));
    else if (valued.has(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      add(name, value);
      i++;
    } else add(name, 'true');
  }
  return { positionals, options };
}

/** A mistake in how the CLI was called (exit code 2). */
export class UsageError extends Error {}
