import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'chartpath-chat-'));
const env = { DATA_DIR: dataDir };
const chat = (lines: string[]) => runCli([], { env, input: `${lines.join('\n')}\n` });
const dataFile = () => readFileSync(path.join(dataDir, 'chartpath.json'), 'utf8');

describe('the terminal chat (the embedded default)', () => {
  it('answers, shows sources and numbered follow-ups, and a number asks the follow-up', async () => {
    const r = await chat(['what is the RHIT?', '1', '/quit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ChartPath/);
    expect(r.stdout).toMatch(/Sources:/);
    expect(r.stdout).toMatch(/\[1\] /);
    expect(r.stdout).toMatch(/RHIA/); // follow-up 1 of the RHIT topic is the RHIA
    expect(r.stderr).toBe('');
  });

  it('lists commands and topics', async () => {
    const r = await chat(['/help', '/topics', '/nonsense', '/quit']);
    expect(r.stdout).toMatch(/\/checklist/);
    expect(r.stdout).toMatch(/Certifications:/);
    expect(r.stdout).toMatch(/don't know the command/);
  });

  it('keeps checklist progress across restarts, records feedback, and forget-me leaves no trace', async () => {
    const first = await chat(['/checklist start rhit', '1', '1', '/checklist done 1', 'what is the CCA?', '/good', '/quit']);
    expect(first.stdout).toMatch(/What's your education/);
    expect(first.stdout).toMatch(/work experience/);
    expect(first.stdout).toMatch(/is done/);
    expect(first.stdout).toMatch(/Thanks for the feedback/);

    const second = await chat(['/checklist', '/quit']);
    expect(second.stdout).toMatch(/\[x\] 1\./);
    const stored = JSON.parse(dataFile());
    expect(stored.people['terminal:local'].activeGoal).toBe('rhit');
    // Ratings are kept in their own file (src/store/file-layout.ts).
    const ratings = JSON.parse(readFileSync(path.join(dataDir, 'chartpath-ratings.json'), 'utf8'));
    expect(ratings.feedback).toEqual([expect.objectContaining({ intent: 'cca', helpful: true })]);
    // Feedback holds the intent and the time, never who gave it or what they asked.
    expect(Object.keys(ratings.feedback[0]).sort()).toEqual(['at', 'helpful', 'intent', 'replyId']);

    const forget = await chat(['/forget-me', '1', '/quit']);
    expect(forget.stdout).toMatch(/delete everything/);
    expect(forget.stdout).toMatch(/deleted everything/);
    // Every file in the data directory (the backup and the cached model included) is free of the person's id.
    for (const f of readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      expect(readFileSync(path.join(f.parentPath, f.name), 'latin1'), f.name).not.toMatch(/terminal:local/);
    }
  });

  it('asks before a reset: "2" (No, keep it) keeps the marks, "1" (Yes) clears them', async () => {
    const r = await chat(['/checklist start rhit high-school none', '/checklist done 1', '/checklist reset', '2', '/checklist reset', '1', '/quit']);
    const out = r.stdout;
    expect(out).toMatch(/It cannot be undone\. Are you sure\?/);
    expect(out.indexOf('OK, your checklist is unchanged.')).toBeGreaterThan(out.indexOf('cannot be undone'));
    expect(out.indexOf('Your checklist is reset')).toBeGreaterThan(out.indexOf('OK, your checklist is unchanged.'));
    expect(JSON.parse(dataFile()).people['terminal:local'].done).toEqual({});
  });
});
