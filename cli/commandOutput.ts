/** What a command prints: the result on stdout, warnings (one line each) on stderr, and more lines under --debug. */
export interface CommandOutput {
  stdout: string;
  warnings?: string[];
  debug?: string[];
}
