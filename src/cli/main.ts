// The `chartpath` command line (README.md "Command line"). With no subcommand it opens the terminal chat.
import { exitWithError } from './fatal.js';
import { plainAsk } from './plain-ask.js';

// natural's index pulls in dotenv, which prints tips to stdout; we never load that index, but stay safe.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

async function main(): Promise<void> {
  const ask = plainAsk(process.argv.slice(2));
  if (ask) {
    const { runAsk } = await import('./run-ask.js');
    return runAsk(ask.question, ask.json);
  }
  const { buildProgram } = await import('./program.js');
  await buildProgram().parseAsync(process.argv);
}

try {
  await main();
} catch (error) {
  await exitWithError(error);
}
