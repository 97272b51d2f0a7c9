// The `chartpath` command line (README.md "Command line"). With no subcommand it opens the terminal chat.
import { ConfigError } from '../config.js';
import { KnowledgeError } from '../knowledge/problems.js';

// natural's index pulls in dotenv, which prints tips to stdout; we never load that index, but stay safe.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

/**
 * `chartpath ask [--json] <words>`, with nothing commander would read differently (no other option, no "--"), runs
 * without loading commander: scripts start this one most often, and the option parser was a tenth of its start.
 * Every other command line, and this one's mistakes (no question), go through commander as before.
 */
function plainAsk(argv: string[]): { question: string; json: boolean } | undefined {
  if (argv[0] !== 'ask' || argv.slice(1).some((a) => a !== '--json' && a.startsWith('-'))) return undefined;
  const json = argv.includes('--json');
  const question = argv.slice(1).filter((a) => a !== '--json').join(' ');
  return question.trim() || json ? { question, json } : undefined;
}

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
  // The file store is loaded only by the commands that use it: so is its error class, here.
  const isStoreError = async () => error instanceof (await import('../store/lowdb-store.js')).StoreError;
  if (error instanceof ConfigError || error instanceof KnowledgeError || (await isStoreError())) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  // Anything else is still reported in one line; the stack only when asked for.
  process.stderr.write(`chartpath: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}
