// cli/main.ts, the `chartpath` process: which errors end it with code 2 and just their message (configuration,
// knowledge base, the file store: things the person can fix), and which with code 1 and one "chartpath:" line (the
// stack only with LOG_LEVEL=debug). Also the plain `ask` that skips the option parser. Each run is the built
// bin/chartpath.js with only the environment given here.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../helpers/cli.js';
import { knowledgeWithMissingTitle } from '../helpers/eval.js';

const { dataDir, run } = cliInTempDir('chartpath-main-');

describe('chartpath errors', () => {
  it('a configuration problem: its message only, exit code 2', async () => {
    const r = await run(['start'], { HEALTH_HOST: '127.0.0.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Configuration problem:\n  - HEALTH_HOST is set but HEALTH_PORT is not: set HEALTH_PORT to serve /healthz\n');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('a knowledge base with errors: the count and the first errors, exit code 2', async () => {
    const r = await run(['ask', 'what is the RHIT?'], { KNOWLEDGE_DIR: knowledgeWithMissingTitle() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('The knowledge base has 1 error (run `chartpath kb check` for the full list):\nerror  topics/coding/become-coder.md:2  title: is missing\n');
  }, 60_000);

  it('DATA_DIR naming a file: a plain message saying what to change, exit code 2', async () => {
    const notADir = path.join(dataDir, 'a-file');
    writeFileSync(notADir, '');
    const r = await run(['checklist', 'show'], { DATA_DIR: notADir, LOG_LEVEL: 'error' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^The data folder .*a-file is a file, not a folder\. Point DATA_DIR at a folder/);
  }, 60_000);

  it('any other error: one "chartpath:" line and exit code 1; the stack only with LOG_LEVEL=debug', async () => {
    const file = path.join(dataDir, 'a-file-too');
    writeFileSync(file, '');
    // A folder under a file cannot be made: an error ChartPath has no message of its own for.
    const underFile = path.join(file, 'data');
    const plain = await run(['checklist', 'show'], { DATA_DIR: underFile, LOG_LEVEL: 'error' });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^chartpath: ENOTDIR: not a directory, mkdir '.*a-file-too\/data'\n$/);
    const debug = await run(['checklist', 'show'], { DATA_DIR: underFile, LOG_LEVEL: 'debug' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/chartpath: ENOTDIR: not a directory, mkdir '.*a-file-too\/data'\nError: ENOTDIR[^\n]*\n\s+at /);
  }, 60_000);
});

describe('the plain ask', () => {
  it('words around --json in any order are the question; an option it does not know goes to the option parser', async () => {
    const r = await run(['ask', 'what', '--json', 'is the RHIT?']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: 'what is the RHIT?', intent: 'rhit', answered: true });
    const unknown = await run(['ask', '--verbose', 'what is the RHIT?']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: unknown option '--verbose'/);
  }, 60_000);
});
