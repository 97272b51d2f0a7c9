// The PostgreSQL server a benchmark uses: TEST_DATABASE_URL when set, else a throwaway cluster started with
// scripts/pg-test-server.sh (loopback only) and stopped when the benchmark exits. Each run gets fresh databases.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { createDatabase } from '../../test/helpers/pg-database.js';

let started: string | undefined;

export function pgServer(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  if (started) return started;
  const script = path.join(packageRoot, 'scripts', 'pg-test-server.sh');
  const out = execFileSync(script, ['start'], { encoding: 'utf8' });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
  const dir = /PG_TEST_DIR=(\S+)/.exec(out)?.[1];
  if (!url || !dir) throw new Error(`could not start a PostgreSQL server: ${out}`);
  process.on('exit', () => execFileSync(script, ['stop', dir]));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  started = url;
  return url;
}

/** A new empty database on the server; returns its URL. */
export async function freshDatabase(server: string, label: string): Promise<string> {
  return (await createDatabase(server, `chartpath_bench_${label}`)).url;
}
