/** An error the user can fix: printed without a stack trace, exit code 2. */
export class CliError extends Error {}
