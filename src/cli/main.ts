// The `chartpath` command line (README.md "Command line"). With no subcommand it opens the terminal chat.
import { runPlainAsk } from './ask-script.js';
import { exitWithError } from './fatal.js';

try {
  // A plain `ask` runs without the option parser (plain-ask.ts); everything else goes through commander.
  if (!(await runPlainAsk(process.argv.slice(2)))) await (await import('./program.js')).buildProgram().parseAsync(process.argv);
} catch (error) {
  await exitWithError(error);
}
