import { runCli } from './run';

runCli(process.argv.slice(2)).then(
  ({ code, stdout, stderr }) => {
    if (stdout) {
      process.stdout.write(stdout.endsWith('\n') ? stdout : `${stdout}\n`);
    }
    if (stderr) {
      process.stderr.write(stderr.endsWith('\n') ? stderr : `${stderr}\n`);
    }
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`connhealth: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
);
