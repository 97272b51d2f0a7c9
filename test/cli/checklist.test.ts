// `chartpath checklist` (cli/checklist.ts), in process against a real advisor: the command each action line becomes,
// what a script reads (text or one JSON object), and the exit code that tells it whether the change was made.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checklistCommand, runChecklistCli, type ChecklistCliOptions } from '../../src/cli/checklist.js';
import type { Advisor } from '../../src/core/advisor.js';
import { makeAdvisor } from '../helpers/core.js';

const o: ChecklistCliOptions = { user: 'u1' };
const full = { goal: 'rhit', education: 'high-school', experience: 'none' };

async function run(advisor: Advisor, action: string, step: string | undefined, options: ChecklistCliOptions): Promise<{ code: number; out: string }> {
  const stream = new PassThrough();
  let out = '';
  stream.on('data', (d: Buffer) => (out += d.toString()));
  const code = await runChecklistCli(advisor, action, step, options, stream);
  return { code, out };
}

interface JsonOut {
  ok: boolean;
  user: string;
  message?: string;
  choices?: { label: string; value: string }[];
  checklist: { goal: { id: string }; steps: { number: number; done: boolean }[] } | null;
}

describe('checklistCommand', () => {
  it('maps each action to the core command; reset is confirmed by being named', () => {
    expect(checklistCommand('show', undefined, o)).toEqual({ name: 'checklist-show' });
    expect(checklistCommand('start', undefined, { ...o, ...full })).toEqual({ name: 'checklist-start', ...full });
    expect(checklistCommand('done', '2', o)).toEqual({ name: 'checklist-done', step: '2' });
    expect(checklistCommand('undo', 'x', o)).toEqual({ name: 'checklist-undo', step: 'x' });
    expect(checklistCommand('reset', undefined, o)).toEqual({ name: 'checklist-reset', confirmed: true });
  });

  it('done or undo without a step, and an unknown action, say what to type instead', () => {
    expect(checklistCommand('done', undefined, o)).toEqual({ name: 'invalid', message: 'Say which step, e.g. `chartpath checklist --user u1 done 2`.' });
    expect(checklistCommand('undo', undefined, { user: 'ann' })).toEqual({ name: 'invalid', message: 'Say which step, e.g. `chartpath checklist --user ann undo 2`.' });
    expect(checklistCommand('finish', '1', o)).toEqual({ name: 'invalid', message: 'Unknown action "finish". Use show, start, done N, undo N or reset.' });
  });
});

describe('runChecklistCli', () => {
  it('start with every option, then done and undo: ok JSON with the checklist, exit code 0', async () => {
    const advisor = makeAdvisor();
    const started = await run(advisor, 'start', undefined, { ...o, ...full, json: true });
    expect(started.code).toBe(0);
    const s = JSON.parse(started.out) as JsonOut;
    expect(s).toMatchObject({ ok: true, user: 'u1', checklist: { goal: { id: 'rhit' } } });
    expect(s.message).toBeUndefined(); // the checklist is the message
    expect(s.checklist!.steps.every((x) => !x.done)).toBe(true);
    const done = JSON.parse((await run(advisor, 'done', '1', { ...o, json: true })).out) as JsonOut;
    expect(done.checklist!.steps.map((x) => x.done)).toEqual([true, ...s.checklist!.steps.slice(1).map(() => false)]);
    const undone = await run(advisor, 'undo', '1', o);
    expect(undone.code).toBe(0);
    expect(undone.out).toMatch(/^OK: "[^"]+" is marked not done\./);
    expect(undone.out).toContain('[ ] 1. ');
    expect(undone.out).not.toContain('`'); // plain text for a terminal or a file
  }, 60_000);

  it('start without every option is an error for a script: the choices (JSON) or the options to give (text), exit code 1', async () => {
    const advisor = makeAdvisor();
    const json = await run(advisor, 'start', undefined, { ...o, goal: 'rhit', json: true });
    expect(json.code).toBe(1);
    const j = JSON.parse(json.out) as JsonOut;
    expect(j.ok).toBe(false);
    expect(j.checklist).toBeNull();
    expect(j.choices!.map((c) => c.value)).toEqual(['none', 'high-school', 'some-college', 'associate', 'bachelor']);
    const text = await run(advisor, 'start', undefined, { ...o, goal: 'rhit' });
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/What's your education so far\?/);
    expect(text.out).toMatch(/\nGive all of --goal \([a-z-]+(, [a-z-]+)*\), --education \(none, high-school, some-college, associate, bachelor\) and --experience \(none, office, healthcare\)\.\n$/);
    expect(text.out).toContain('rhit');
  }, 60_000);

  it('a mistake (no step, unknown action) is a notice: ok false with its message, exit code 1', async () => {
    const advisor = makeAdvisor();
    const noStep = await run(advisor, 'done', undefined, { ...o, json: true });
    expect(noStep.code).toBe(1);
    expect(JSON.parse(noStep.out)).toEqual({ ok: false, user: 'u1', message: 'Say which step, e.g. `chartpath checklist --user u1 done 2`.', checklist: null });
    const unknown = await run(advisor, 'finish', undefined, o);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe('Unknown action "finish". Use show, start, done N, undo N or reset.\n');
  }, 60_000);

  it('each --user has a checklist of its own', async () => {
    const advisor = makeAdvisor();
    await run(advisor, 'start', undefined, { ...o, ...full });
    expect((JSON.parse((await run(advisor, 'show', undefined, { user: 'u2', json: true })).out) as JsonOut).checklist).toBeNull();
    expect((JSON.parse((await run(advisor, 'show', undefined, { ...o, json: true })).out) as JsonOut).checklist!.goal.id).toBe('rhit');
  }, 60_000);
});
