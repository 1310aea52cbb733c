import { CliError } from './cliError';
import { IMPACT_USAGE, impactCommand } from './commands/impact';
import { QUERIES_USAGE, queriesCommand } from './commands/queries';
import { REPORT_USAGE, reportCommand } from './commands/report';
import { SIMULATE_USAGE, simulateCommand } from './commands/simulate';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';

type Command = (argv: string[]) => string | Promise<string>;

// Each command registers here with its usage; impact, report and simulate join the same table.
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  queries: { run: queriesCommand, usage: QUERIES_USAGE },
  impact: { run: impactCommand, usage: IMPACT_USAGE },
  report: { run: reportCommand, usage: REPORT_USAGE },
  simulate: { run: simulateCommand, usage: SIMULATE_USAGE },
  validate: { run: (argv) => validateCommand(argv), usage: VALIDATE_USAGE },
};

export function usage(): string {
  return ['Usage: connhealth <command> [options]', '', ...Object.values(COMMANDS).map((c) => c.usage)].join('\n');
}

/** Runs one CLI invocation; returns the exit code and what to print, so tests need no subprocess. */
export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    return { code: name ? 0 : 2, stdout: name ? usage() : '', stderr: name ? '' : usage() };
  }
  const command = COMMANDS[name];
  if (!command) {
    return { code: 2, stdout: '', stderr: `Unknown command "${name}".\n\n${usage()}` };
  }
  try {
    return { code: 0, stdout: await command.run(rest), stderr: '' };
  } catch (e) {
    if (isUsageError(e)) {
      return { code: 2, stdout: '', stderr: `connhealth ${name}: ${e.message}\n\n${command.usage}` };
    }
    throw e;
  }
}

// node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
function isUsageError(e: unknown): e is Error {
  const code = (e as { code?: unknown })?.code;
  return e instanceof CliError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
}
