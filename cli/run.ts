import { CliError } from './cliError';
import type { CommandOutput } from './commandOutput';
import { IMPACT_USAGE, impactCommand } from './commands/impact';
import { QUERIES_USAGE, queriesCommand } from './commands/queries';
import { REPORT_USAGE, reportCommand } from './commands/report';
import { SIMULATE_USAGE, simulateCommand } from './commands/simulate';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';
import { errorMessage, errorStack } from './errorText';
import { oneLine } from './oneLine';

type Command = (argv: string[]) => string | CommandOutput | Promise<string | CommandOutput>;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// Each command registers here with its usage; impact, report and simulate join the same table.
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  queries: { run: queriesCommand, usage: QUERIES_USAGE },
  impact: { run: impactCommand, usage: IMPACT_USAGE },
  report: { run: reportCommand, usage: REPORT_USAGE },
  simulate: { run: simulateCommand, usage: SIMULATE_USAGE },
  validate: { run: (argv) => validateCommand(argv), usage: VALIDATE_USAGE },
};

export const DEBUG_FLAG = '--debug';
const GLOBAL_OPTIONS = `Global option: ${DEBUG_FLAG} prints the stack trace of an error and how long each Prometheus request took.`;

export function usage(): string {
  return [
    'Usage: connhealth <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => c.usage),
    '',
    GLOBAL_OPTIONS,
  ].join('\n');
}

// node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
function parseArgsError(e: unknown): e is { message: string } {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function stackOf(e: unknown): string {
  const stack = errorStack(e);
  return stack ? `\n${stack}` : '';
}

/** One line for the user; exit 2 for what they can fix, 1 for our bugs (the stack only with --debug). */
function failure(name: string, e: unknown, debug: boolean): CliResult {
  const stack = debug ? stackOf(e) : '';
  if (e instanceof CliError) {
    return { code: 2, stdout: '', stderr: `connhealth ${name}: ${oneLine(e.message)}${stack}` };
  }
  if (parseArgsError(e)) {
    const message = oneLine(e.message).replace(/\.$/, '');
    return {
      code: 2,
      stdout: '',
      stderr: `connhealth ${name}: ${message} (connhealth ${name} --help lists the options)${stack}`,
    };
  }
  const message = oneLine(errorMessage(e));
  const hint = debug ? stack : ` (run again with ${DEBUG_FLAG} for the stack trace, and please report it)`;
  return { code: 1, stdout: '', stderr: `connhealth ${name}: unexpected error: ${message}${hint}` };
}

function printed(name: string, out: string | CommandOutput, debug: boolean): CliResult {
  const { stdout, warnings = [], debug: details = [] } = typeof out === 'string' ? { stdout: out } : out;
  const lines = warnings.map((w) => `connhealth ${name}: warning: ${oneLine(w)}`);
  if (debug) {
    lines.push(...details.map((d) => `connhealth ${name}: debug: ${oneLine(d)}`));
  }
  return { code: 0, stdout, stderr: lines.join('\n') };
}

/** Runs one CLI invocation; returns the exit code and what to print, so tests need no subprocess. */
export async function runCli(argv: string[]): Promise<CliResult> {
  const debug = argv.includes(DEBUG_FLAG);
  const [name, ...rest] = argv.filter((a) => a !== DEBUG_FLAG);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    return { code: name ? 0 : 2, stdout: name ? usage() : '', stderr: name ? '' : usage() };
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const names = Object.keys(COMMANDS).join(', ');
    return {
      code: 2,
      stdout: '',
      stderr: `connhealth: unknown command "${oneLine(name)}"; the commands are ${names} (connhealth --help shows their options)`,
    };
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    return { code: 0, stdout: `${command.usage}\n\n${GLOBAL_OPTIONS}`, stderr: '' };
  }
  try {
    return printed(name, await command.run(rest), debug);
  } catch (e) {
    return failure(name, e, debug);
  }
}
