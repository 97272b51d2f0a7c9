// node:crypto, loaded on first use. Loading it costs a few milliseconds of every start (about 3 ms, a few percent of a
// one-question `ask`), and most starts hash nothing: the bundle's stamp spares the key's hashing, and nothing is logged.
import { createRequire } from 'node:module';
import type * as NodeCrypto from 'node:crypto';

const load = createRequire(import.meta.url);
let loaded: typeof NodeCrypto | undefined;

export function nodeCrypto(): typeof NodeCrypto {
  return (loaded ??= load('node:crypto') as typeof NodeCrypto);
}
