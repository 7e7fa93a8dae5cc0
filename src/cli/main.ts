/** The Tiebar command-line tool: `npm run tiebar -- <command> ...`. */
import type { CommandResult } from './validate';
import { runValidate } from './validate';
import { runScenario } from './scenario';
import { runGenerate } from './generate';
import { runBake } from './bake';
import { runImport } from './import';
import { runDetect } from './detect';
import { runExportSheets, runSheets } from './sheets';
import { UsageError, parseCommandArgs } from './args';

const USAGE = `Usage: npm run tiebar -- <command> [options]

Commands:
  validate <file...> [--json]           check datasets; exit 0 valid, 1 invalid, 2 unreadable
  scenario <file> [--assume id=failed|enacted ...] [--as-of YYYY-MM-DD] [--json] [--compare] [--chain id ...]
                                        every bill's outcome and the reason in words
                                        (--chain: every link behind that bill's outcome;
                                        --as-of after today and the dataset's last moment:
                                        the latest record, with a warning)
  generate --bills N [--links M] [--seed S] [--out file]
                                        a synthetic session (chains, tie-bar groups, cycles)
  bake <file> [--out file]              store the graph layout in the dataset (instant first frame)
  import openstates <files or folders...> -o dataset.json [--id ID] [--title T]
                                        Open States bill JSON (+ bill text files) into a dataset
  import legiscan <folder or files...> -o dataset.json [--id ID] [--title T] [--slim]
                                        LegiScan CSV or JSON (datasets, getBill objects) into a dataset
  detect <text file or dataset> [--json]
                                        linking clauses in bill text, with spans and confidence
  sheets <csv files or folder> -o dataset.json
                                        spreadsheet sheets (the CSV template) into a dataset
  export-sheets <dataset or --template> --out <folder>
                                        a dataset as the template's CSV sheets (--template: blank ones)
`;

/** Runs the CLI with arguments (without node and script); returns output and exit code. `now` is the clock dates are checked against. */
export function runCli(argv: string[], now = new Date()): CommandResult {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help') return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
    const args = parseCommandArgs(command, rest);
    if (command === 'validate') return runValidate(args);
    if (command === 'scenario') return runScenario(args, now);
    if (command === 'generate') return runGenerate(args);
    if (command === 'bake') return runBake(args);
    if (command === 'import') return runImport(args);
    if (command === 'detect') return runDetect(args);
    if (command === 'sheets') return runSheets(args);
    if (command === 'export-sheets') return runExportSheets(args);
    return { stdout: '', stderr: `unknown command "${command}"\n\n${USAGE}`, code: 2 };
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `${e.message}\n\n${USAGE}`, code: 2 };
    throw e;
  }
}

/** Output to a pipe that closed early (`| head`) ends the process quietly instead of with an EPIPE stack trace. */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/main.ts')) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const result = runCli(process.argv.slice(2));
  process.exitCode = result.code;
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
}
