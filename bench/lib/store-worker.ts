// One process of `npm run bench:store`'s mark test: opens the store (lowdb folder or PostgreSQL URL), waits for "go",
// then marks its own steps of the shared people as fast as it can (CONCURRENCY changes in flight), and reports.
//   store-worker <lowdb|postgres> <dir|url> <worker-number> <people> <steps-per-person>
import { LowdbStore } from '../../src/store/lowdb-store.js';
import type { Store } from '../../src/store/port.js';
import { PgStore } from '../../src/store/pg/pg-store.js';
import { newPerson } from '../../src/store/state.js';

const [kind, where, workerArg, peopleArg, stepsArg] = process.argv.slice(2);
const worker = Number(workerArg);
const people = Number(peopleArg);
const steps = Number(stepsArg);
const CONCURRENCY = 8;

let store: Store;
try {
  store = kind === 'postgres' ? await PgStore.open(where!, { poolMax: CONCURRENCY }) : await LowdbStore.open(where!, { lockWaitMs: 0 });
} catch (error) {
  process.send!({ type: 'refused', message: (error as Error).message });
  process.exit(0);
}
process.send!({ type: 'ready' });
await new Promise<void>((resolve) => process.once('message', () => resolve()));

const jobs: [string, string][] = [];
for (let s = 0; s < steps; s++) for (let p = 0; p < people; p++) jobs.push([`bench:p${p}`, `w${worker}-s${s}`]);
let next = 0;
let acknowledged = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < jobs.length) {
      const [key, step] = jobs[next++]!;
      await store.changePerson(key, (p) => {
        const person = p ?? newPerson();
        person.done[step] = new Date().toISOString();
        return person;
      });
      acknowledged++;
    }
  }),
);
const ms = performance.now() - t0;
await store.close();
process.send!({ type: 'done', acknowledged, ms });
