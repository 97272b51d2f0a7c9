// What the command line does with an error nothing else handled: one line on stderr and an exit code (2 for a
// mistake the person can fix: configuration, knowledge files, the data folder; 1 for anything else).
import { ConfigError } from '../config.js';
import { KnowledgeError } from '../knowledge/problems.js';

export async function exitWithError(error: unknown): Promise<never> {
  // The store's error class is loaded only when needed (its module is small, and most runs never fail).
  const isStoreError = async () => error instanceof (await import('../store/private-file.js')).StoreError;
  if (error instanceof ConfigError || error instanceof KnowledgeError || (await isStoreError())) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  // Anything else is still reported in one line; the stack only when asked for.
  process.stderr.write(`chartpath: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}
