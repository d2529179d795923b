/** The exit-code contract shared by the command-line tools: 0 ok, 2 bad input (one `error:` line), 1 our own failure. Node only. */
import { errorMessage } from '../../src/core/errors';
import { ArgError } from './args';

/** Bad input from the user (a missing file, a file we cannot use): exit 2 with one `error:` line. */
export class InputError extends Error {}

/** Runs a tool's `run(argv)` and exits with its code, or maps a thrown error to the contract above. */
export function runCli(run: (argv: string[]) => Promise<number>, usage: string): void {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof ArgError) { log(`error: ${e.message}\n${usage}`); process.exit(2); }
      if (e instanceof InputError) { log(`error: ${e.message}`); process.exit(2); }
      log(`error: ${errorMessage(e)}`);
      process.exit(1);
    },
  );
}
