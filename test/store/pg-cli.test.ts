// `chartpath` processes on one PostgreSQL database (DATABASE_URL): concurrent `checklist done` commands on the same
// person are all kept, and the person's id is in the database and in no file of DATA_DIR. (The full four-process,
// twelve-person check is `npm run bench:store`.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgStore } from '../../src/store/pg/pg-store.js';
import { runCli } from '../helpers/cli.js';
import { describePg, useFreshDatabase } from '../helpers/pg.js';

const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));

describePg('chartpath processes on PostgreSQL', (server) => {
  const url = useFreshDatabase(server);
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-pg-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('three concurrent `checklist done` processes on one person keep all three marks; the id is in no DATA_DIR file', async () => {
    const env = { DATABASE_URL: url(), DATA_DIR: dataDir };
    const user = 'pgcliperson7';
    const start = await runCli(['checklist', 'start', '--user', user, '--goal', 'coder-aapc', '--education', 'high-school', '--experience', 'none'], { env });
    expect(start.code, start.stderr).toBe(0);
    const marks = await Promise.all([1, 2, 3].map((step) => runCli(['checklist', 'done', String(step), '--user', user], { env })));
    for (const m of marks) expect(m.code, m.stderr).toBe(0);
    const store = await PgStore.open(url());
    try {
      expect(Object.keys((await store.getPerson(`terminal:${user}`))!.done)).toHaveLength(3);
    } finally {
      await store.close();
    }
    const holding = files(dataDir).filter((f) => readFileSync(f).toString('latin1').includes(user));
    expect(holding).toEqual([]);
  }, 120_000);
});
