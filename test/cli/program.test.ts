// cli/program.ts, the `chartpath` commands as commander reads them: the command list, a mistake shown with the
// usage, and each command's wiring (its defaults, its exit code, what it prints). Each run is the built
// bin/chartpath.js with only the environment given here.
import { describe, expect, it } from 'vitest';
import { cliInTempDir } from '../helpers/cli.js';
import { knowledgeWithMissingTitle } from '../helpers/eval.js';

const { dataDir, run } = cliInTempDir('chartpath-program-');

describe('chartpath', () => {
  it('--help lists every command with what it does', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const [name, words] of [
      ['start', 'start every surface whose tokens are set'],
      ['ask', 'answer one question'],
      ['checklist', 'show or change a checklist from a script'],
      ['review', 'review questions the bot could not answer'],
      ['eval', 'measure answer quality'],
      ['warm', 'compile the knowledge base now'],
      ['kb', 'knowledge base tools'],
    ] as const) {
      // (commander wraps the descriptions to the terminal width: compare with the line breaks taken out)
      expect(r.stdout.replace(/\s+/g, ' ')).toMatch(new RegExp(` ${name}( \\[[a-z.]+\\])* ${words}`));
    }
  }, 60_000);

  it('a word that is no command: the mistake, then the usage, exit code 1', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: too many arguments\. Expected 0 arguments but got 1\.\n\nUsage: chartpath \[options\] \[command\]/);
  }, 60_000);

  it('kb check: exit code 0 on the repository knowledge base, 1 with an error', async () => {
    const ok = await run(['kb', 'check']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: /);
    const failed = await run(['kb', 'check'], { KNOWLEDGE_DIR: knowledgeWithMissingTitle() });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^error {2}topics\/coding\/become-coder\.md:2 {2}title: is missing\nFAILED: /);
  }, 60_000);

  it('warm: says where the bundle is; with --quiet it prints nothing and never fails', async () => {
    const warm = await run(['warm']);
    expect(warm.code).toBe(0);
    expect(warm.stdout).toMatch(new RegExp(`^Knowledge bundle (was already compiled|compiled) in \\d+ ms \\(${dataDir}/cache/knowledge-[0-9a-f]+\\.bundle\\)\\.\\n$`));
    const quiet = await run(['warm', '--quiet'], { KNOWLEDGE_DIR: knowledgeWithMissingTitle() });
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
  }, 60_000);

  it('checklist: "show" and user "local" by default, the terminal chat\'s person', async () => {
    const none = await run(['checklist']);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/^You don't have a checklist yet/);
    const started = await run(['checklist', 'start', '--goal', 'rhit', '--education', 'high-school', '--experience', 'none']);
    expect(started.code).toBe(0);
    expect((await run(['checklist'])).stdout).toMatch(/Earn the RHIT \(High school diploma or GED; no work experience yet\)/);
    expect((await run(['checklist', '--user', 'someone-else'])).stdout).toMatch(/^You don't have a checklist yet/);
    const chat = await run([], {}, '/checklist\n/quit\n');
    expect(chat.stdout).toMatch(/chartpath › [^\n]*\n*Earn the RHIT \(High school diploma or GED; no work experience yet\)/);
  }, 90_000);

  it('review --list with nothing logged: says so, exit code 0', async () => {
    const r = await run(['review', '--list']);
    expect(r).toMatchObject({ code: 0, stdout: 'No open questions to review.\n' });
  }, 60_000);
});
