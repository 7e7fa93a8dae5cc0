/** The Tiebar command-line tool: `npm run tiebar -- <command> ...`. */
import type { CommandResult } from './validate';
import { runValidate } from './validate';
import { runScenario } from './scenario';
import { runGenerate } from './generate';
import { runBake } from './bake';
import { runImport } from './import';
import { runDetect } from './detect';
import { UsageError, parseArgs } from './args';

const USAGE = `Usage: npm run tiebar -- <command> [options]

Commands:
  validate <file...> [--json]           check datasets; exit 0 valid, 1 invalid, 2 unreadable
  scenario <file> [--assume id=failed|enacted ...] [--as-of YYYY-MM-DD] [--json] [--compare]
                                        every bill's outcome and the reason in words
  generate --bills N [--links M] [--seed S] [--out file]
                                        a synthetic session (chains, tie-bar groups, cycles)
  bake <file> [--out file]              store the graph layout in the dataset (instant first frame)
  import openstates <files or folders...> -o dataset.json [--id ID] [--title T]
                                        Open States bill JSON (+ bill text files) into a dataset
  import legiscan <folder or files...> -o dataset.json [--id ID] [--title T] [--slim]
                                        LegiScan CSV or JSON (datasets, getBill objects) into a dataset
  detect <text file or dataset> [--json]
                                        linking clauses in bill text, with spans and confidence
`;

const VALUED = new Set(['assume', 'as-of', 'bills', 'links', 'seed', 'out', 'id', 'title']);

/** Runs the CLI with arguments (without node and script); returns output and exit code. */
export function runCli(argv: string[]): CommandResult {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help') return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
    const args = parseArgs(rest, VALUED);
    if (command === 'validate') return runValidate(args);
    if (command === 'scenario') return runScenario(args);
    if (command === 'generate') return runGenerate(args);
    if (command === 'bake') return runBake(args);
    if (command === 'import') return runImport(args);
    if (command === 'detect') return runDetect(args);
    return { stdout: '', stderr: `unknown command "${command}"\n\n${USAGE}`, code: 2 };
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `${e.message}\n\n${USAGE}`, code: 2 };
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
