import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-cli-'));
const env = { DATA_DIR: dataDir };
const KEYS = ['text', 'intent', 'confidence', 'answered', 'answer', 'sources', 'suggestions'];

describe('chartpath ask (README.md "Command line")', () => {
  it('prints the answer as text', async () => {
    const r = await runCli(['ask', 'what is the RHIT?'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/AHIMA/);
    expect(r.stdout).toMatch(/Sources:/);
  });

  it('--json prints exactly one JSON object with the contract fields, and nothing else on stdout', async () => {
    const r = await runCli(['ask', '--json', 'how long is the CCA exam'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!);
    expect(Object.keys(obj)).toEqual(KEYS);
    expect(obj).toMatchObject({ text: 'how long is the CCA exam', intent: 'cca', answered: true });
    expect(obj.confidence).toBeGreaterThan(0);
    expect(obj.confidence).toBeLessThanOrEqual(1);
    expect(obj.sources.length).toBeGreaterThan(0);
    for (const s of obj.sources) expect(typeof s.title).toBe('string');
    expect(obj.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('answered is false for greetings, declines and fallbacks', async () => {
    for (const q of ['hello there', 'what medicine should I take for my headache', 'asdkjh qwe zxc']) {
      const obj = JSON.parse((await runCli(['ask', '--json', q], { env })).stdout);
      expect(obj.answered, q).toBe(false);
    }
  });

  it('stdin mode: one JSON line per input line, in order, whatever the line holds', async () => {
    const input = [
      'what is the rhit',
      '',
      '{"text": "tell me about the CCA", "session": "s1"}',
      '{"text": "how long is the exam?", "session": "s1"}',
      '   ',
      '\u0000\u0001\u0002binary',
      '🙂🙂🙂',
      '{"text": 42}',
      '{not json',
      'x'.repeat(100_000),
      '@everyone what is HIPAA',
      'how long is the exam?',
    ];
    const r = await runCli(['ask', '--json'], { env, input: `${input.join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(input.length);
    expect(out[0].intent).toBe('rhit');
    expect(out[2].text).toBe('tell me about the CCA');
    // The session carries context: the follow-up reaches the CCA...
    expect(out[3]).toMatchObject({ text: 'how long is the exam?', intent: 'cca', answered: true });
    // ...while the same question on a plain line stands alone.
    expect(out[11].intent).not.toBe('cca');
    for (const o of out) expect(Object.keys(o)).toEqual(KEYS);
    expect(out[1].answered).toBe(false);
    expect(out[9].answer.length).toBeLessThan(5000);
  });

  it('explains a missing question instead of failing silently', async () => {
    const r = await runCli(['ask'], { env });
    expect(r.stdout + r.stderr).toMatch(/question/i);
  });
});

describe('chartpath kb check', () => {
  it('passes on the repository knowledge base', async () => {
    const r = await runCli(['kb', 'check'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: \d+ topics/m);
  });
});
