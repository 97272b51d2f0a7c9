// run-ask.ts: how `chartpath ask` boots. A memory store (nothing of the questions is kept in the data folder), no
// rate limit (a piped batch is answered in full), and colours only on a terminal.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-run-ask-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { DATA_DIR: dataDir };

describe('runAsk', () => {
  it('answers every line of a piped batch well past the per-minute limit, and keeps no state in the data folder', async () => {
    const lines = Array.from({ length: 30 }, () => 'what is the RHIT?');
    const r = await runCli(['ask', '--json'], { env: { ...env, RATE_LIMIT_PER_MINUTE: '5' }, input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { intent: string; answered: boolean });
    expect(answers).toHaveLength(30);
    expect(answers.every((a) => a.answered && a.intent === 'rhit')).toBe(true);
    // Only the compiled knowledge's cache: no store files (chartpath.json, the journal, conversations).
    expect(readdirSync(dataDir).filter((f) => f !== 'cache')).toEqual([]);
    expect(existsSync(path.join(dataDir, 'chartpath.json'))).toBe(false);
  });

  it('prints no colour codes to a pipe, even when colour is forced', async () => {
    const r = await runCli(['ask', 'what is the RHIT?'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/AHIMA/);
    expect(r.stdout).not.toContain('\u001b[');
  });
});
