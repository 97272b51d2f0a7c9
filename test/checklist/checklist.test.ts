import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/commands.js';
import { personKey } from '../../src/contract/index.js';
import { makeAdvisor, realKnowledge, type } from '../helpers/checklist.js';

const kb = realKnowledge();

describe('plans', () => {
  it('cover the five goals of the product, each with sourced steps linked to topics', () => {
    const titles = kb.plans.map((p) => p.title.toLowerCase()).join(' | ');
    for (const word of ['clerk', 'rhit', 'coder', 'data', 'rhia']) expect(titles).toContain(word);
    for (const p of kb.plans) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.steps) expect(s.topics.every((t) => kb.byId.get(t)?.kind === 'topic'), `${p.id}/${s.id}`).toBe(true);
    }
  });
});

describe('checklist operations', () => {
  it('start, show, done and undo by number or id, reset', async () => {
    const { advisor, who, key } = makeAdvisor('ops');
    const started = await type(advisor, who, '/checklist start rhit high-school none');
    expect(started.checklist).toBeDefined();
    expect(started.personal).toBe(true);
    const view = started.checklist!;
    expect(view.goal.id).toBe('rhit');
    expect(view.doneCount).toBe(0);
    expect(view.steps[0]!.next).toBe(true);
    expect(view.progressBar).toMatch(/0\/\d+ \(0%\)/);

    const done2 = await type(advisor, who, '/checklist done 2');
    expect(done2.checklist!.steps[1]!.done).toBe(true);
    expect(done2.checklist!.steps[0]!.next).toBe(true);
    const byId = await type(advisor, who, `/checklist done ${view.steps[0]!.id}`);
    expect(byId.checklist!.doneCount).toBe(2);
    expect(byId.checklist!.steps[2]!.next).toBe(true);
    expect(byId.checklist!.progressBar).toMatch(/2\/\d+/);

    const undone = await type(advisor, who, '/checklist undo 2');
    expect(undone.checklist!.steps[1]!.done).toBe(false);
    expect((await type(advisor, who, '/checklist done 99')).text).toMatch(/steps 1 to/);

    // A reset cannot be undone: it asks first, and "No" keeps every mark.
    const asked = await type(advisor, who, '/checklist reset');
    expect(asked.checklist).toBeUndefined();
    expect(asked.choices.map((c) => c.action)).toEqual(['reset:confirm', 'reset:cancel']);
    expect((await advisor.checklist(who))!.doneCount).toBe(1);
    const kept = await advisor.act(who, 'reset:cancel');
    expect(kept.checklist!.doneCount).toBe(1);
    expect(kept.replaces).toBe(true);
    const reset = await advisor.act(who, 'reset:confirm');
    expect(reset.checklist!.doneCount).toBe(0);
    expect((await advisor.checklist(who))!.doneCount).toBe(0);
    expect((await type(advisor, who, '/checklist reset yes')).checklist!.doneCount).toBe(0);
  });

  it('asks for the goal, then education, then experience, through buttons', async () => {
    const { advisor, who } = makeAdvisor('flow');
    const askGoal = await type(advisor, who, '/checklist start');
    expect(askGoal.choices.map((c) => c.action)).toEqual(kb.plans.map((p) => `start:${p.id}`));
    const askEducation = await advisor.act(who, askGoal.choices.find((c) => c.action === 'start:records-clerk')!.action);
    expect(askEducation.choices.map((c) => c.action)).toContain('start:records-clerk:none');
    const askExperience = await advisor.act(who, 'start:records-clerk:none');
    expect(askExperience.choices.map((c) => c.action)).toContain('start:records-clerk:none:office');
    const started = await advisor.act(who, 'start:records-clerk:none:office');
    expect(started.checklist!.goal.id).toBe('records-clerk');
    expect(started.checklist!.steps.some((s) => s.id === 'get-office-or-filing-experience')).toBe(false);
    // A step button sets a state, so a repeated click (a double click, a retried event) changes nothing.
    const id = started.checklist!.steps[0]!.id;
    const done = await advisor.act(who, `step:${id}:done`);
    expect(done.checklist!.steps[0]!.done).toBe(true);
    expect(done.replaces).toBe(true);
    expect((await advisor.act(who, `step:${id}:done`)).checklist!.steps[0]!.done).toBe(true);
    expect((await advisor.act(who, `step:${id}:undo`)).checklist!.steps[0]!.done).toBe(false);
    expect((await advisor.act(who, `step:${id}:undo`)).checklist!.steps[0]!.done).toBe(false);
    // The old toggle payload is not accepted any more: it could flip a step the wrong way when clicked twice.
    expect((await advisor.act(who, `step:${id}`)).kind).toBe('notice');
  });

  it('reads multi-word goals and levels, and asks when a goal is ambiguous', async () => {
    const { advisor, who } = makeAdvisor('words');
    expect((await type(advisor, who, '/checklist start health data high school office')).checklist?.goal.id).toBe('health-data');
    const ambiguous = await type(advisor, who, '/checklist start coder');
    expect(ambiguous.choices.map((c) => c.action).sort()).toEqual(['start:coder-aapc', 'start:coder-ahima']);
  });

  it('switching goal keeps progress on shared steps, and the earlier goal stays readable', async () => {
    const { advisor, who } = makeAdvisor('switch');
    await type(advisor, who, '/checklist start coder-ahima none none');
    await type(advisor, who, '/checklist done earn-diploma-or-ged');
    await type(advisor, who, '/checklist done learn-medical-terminology');
    const switched = await type(advisor, who, '/checklist start coder-aapc none none');
    const v = switched.checklist!;
    expect(v.goal.id).toBe('coder-aapc');
    expect(v.steps.find((s) => s.id === 'earn-diploma-or-ged')!.done).toBe(true);
    expect(v.steps.find((s) => s.id === 'learn-medical-terminology')!.done).toBe(true);
    expect(v.earlierGoals).toEqual([expect.objectContaining({ id: 'coder-ahima', doneCount: 2 })]);
    expect(switched.text).toMatch(/Switched your goal/);
  });

  it('"what should I do next?" in free text opens the checklist', async () => {
    const { advisor, who } = makeAdvisor('next');
    const none = await advisor.ask({ ...who, text: 'what should I do next?' });
    expect(none.kind).toBe('checklist');
    expect(none.choices.length).toBe(kb.plans.length);
    await type(advisor, who, '/checklist start rhit none none');
    const next = await advisor.ask({ ...who, text: "what's my next step?" });
    expect(next.checklist?.steps.find((s) => s.next)?.id).toBe('earn-diploma-or-ged');
  });

  it('parses the checklist commands people type', () => {
    expect(parseCommand('checklist done 2')).toEqual({ name: 'checklist-done', step: '2' });
    expect(parseCommand('checklist')).toEqual({ name: 'checklist-show' });
    expect(parseCommand('checklist done')).toMatchObject({ name: 'invalid' });
    expect(parseCommand('what is the rhit')).toBeUndefined();
    expect(personKey('discord', '1')).toBe('discord:1');
  });
});

describe('command words inside questions', () => {
  it('treats command words as commands only in their exact shapes', () => {
    expect(parseCommand('help')).toEqual({ name: 'help' });
    expect(parseCommand('help me choose a certification')).toBeUndefined();
    expect(parseCommand('up to date training for coders?')).toBeUndefined();
    expect(parseCommand('good')).toEqual({ name: 'rate', helpful: true });
    expect(parseCommand('bad AbC123xyz')).toEqual({ name: 'rate', helpful: false, replyId: 'AbC123xyz' });
    expect(parseCommand('forget me')).toEqual({ name: 'forget', confirmed: false });
    expect(parseCommand('forget-me confirm')).toEqual({ name: 'forget', confirmed: true });
    expect(parseCommand('forget about the RHIT, what is the CCA')).toBeUndefined();
    expect(parseCommand('plan for becoming a coder')).toBeUndefined();
    expect(parseCommand('plan')).toEqual({ name: 'checklist-show' });
    expect(parseCommand('topic of the CCA exam')).toBeUndefined();
    expect(parseCommand('checklist start rhit none none')).toEqual({ name: 'checklist-start', words: ['rhit', 'none', 'none'] });
    expect(parseCommand('checklist frobnicate')).toMatchObject({ name: 'invalid' });
  });
});
