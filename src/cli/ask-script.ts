// A plain `chartpath ask` (plain-ask.ts), for main.ts and as the entry of the build's one-file script
// (scripts/bundle-cli.mjs writes it to dist/src/cli-bundle/ask.cjs). The launcher runs that script with V8's code cache:
// the functions a question needs come compiled, where an ES module is parsed and compiled afresh by every process
// (Node 20 keeps no cache of them).
import { exitWithError } from './fatal.js';
import { plainAsk } from './plain-ask.js';

/** Answers a plain `ask` command line (see plain-ask.ts) and returns true; false, having done nothing, for any other. */
export async function runPlainAsk(argv: string[]): Promise<boolean> {
  // natural's index pulls in dotenv, which prints tips to stdout; we never load that index, but stay safe.
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  const ask = plainAsk(argv);
  if (!ask) return false;
  try {
    const { runAsk } = await import('./run-ask.js');
    await runAsk(ask.question, ask.json);
  } catch (error) {
    await exitWithError(error);
  }
  return true;
}
