import { errorMessage, errorStack } from './errorText';
import { oneLine } from './oneLine';
import { DEBUG_FLAG, runCli } from './run';

const argv = process.argv.slice(2);

function write(stream: NodeJS.WriteStream, text: string): void {
  if (text) {
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

// `connhealth report | head` closes stdout early: that is the reader's choice, not an error to trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') {
    throw e;
  }
});

runCli(argv).then(
  ({ code, stdout, stderr }) => {
    write(process.stdout, stdout);
    write(process.stderr, stderr);
    process.exitCode = code;
  },
  (e: unknown) => {
    const stack = argv.includes(DEBUG_FLAG) ? `\n${errorStack(e) ?? ''}` : '';
    write(process.stderr, `connhealth: unexpected error: ${oneLine(errorMessage(e))}${stack}`);
    process.exitCode = 1;
  }
);
