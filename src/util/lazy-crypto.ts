// node:crypto, loaded on first use. Loading it costs a few milliseconds of every start (about 3 ms, a few percent of a
// one-question `ask`), and most starts hash nothing: the bundle's stamp spares the key's hashing, and nothing is logged.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= load('node:crypto') as typeof import('node:crypto'));
}
