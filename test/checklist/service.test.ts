// Covers src/checklist/service.ts: starting a goal step by step, showing, marking and resetting a checklist, and quoting user text.
import { describe, expect, it } from 'vitest';
import { ChecklistService, checklistText, quoted, sanitizeLabel } from '../../src/checklist/service.js';
import { MemoryStore } from '../../src/store/memory.js';
import { realKnowledge, testPlan } from '../helpers/checklist.js';

const kb = { ...realKnowledge(), plans: [testPlan('demo', 'Demo goal'), testPlan('other', 'Other goal')] };
const now = () => new Date('2026-03-01T00:00:00Z');
const key = 'terminal:alice';

function service() {
  const store = new MemoryStore();
  return { store, checklist: new ChecklistService(kb, store, now) };
}

describe('start', () => {
  it('asks for the goal first, offering every plan', async () => {
    const reply = await service().checklist.start(key);
    expect(reply.kind).toBe('checklist');
    expect(reply.personal).toBe(true);
    expect(reply.choices.map((c) => c.action)).toEqual(['start:demo', 'start:other']);
  });

  it('offers only the plans a vague goal fits, and says so when none fits', async () => {
    const { checklist } = service();
    const vague = await checklist.start(key, 'goal');
    expect(vague.text).toMatch(/^"goal" fits more than one goal/);
    expect(vague.choices).toHaveLength(2);
    // A title names one plan, so the next question (education) comes.
    expect((await checklist.start(key, 'demo goal')).choices.map((c) => c.action)).toEqual(['start:demo:none', 'start:demo:high-school', 'start:demo:some-college', 'start:demo:associate', 'start:demo:bachelor']);
    const unknown = await checklist.start(key, 'astronaut');
    expect(unknown.text).toContain(`I don't have a plan called "astronaut"`);
    expect(unknown.choices).toHaveLength(2);
  });

  it('then asks for education and experience, noting input it did not recognise', async () => {
    const { checklist } = service();
    const edu = await checklist.start(key, 'demo', 'wizard school');
    expect(edu.text).toMatch(/^I didn't recognise "wizard school" as an education level/);
    const exp = await checklist.start(key, 'demo', 'ged');
    expect(exp.choices.map((c) => c.action)).toEqual(['start:demo:high-school:none', 'start:demo:high-school:office', 'start:demo:high-school:healthcare']);
  });

  it('stores the goal and profile and shows the checklist; a second goal says it switched and offers to keep the profile', async () => {
    const { store, checklist } = service();
    const first = await checklist.start(key, 'demo', 'high school', 'office');
    expect(first.checklist?.goal.id).toBe('demo');
    expect(first.checklist?.headline).toBe("Here's your checklist for **Demo goal**.");
    expect(await store.getPerson(key)).toMatchObject({ activeGoal: 'demo', profile: { education: 'high-school', experience: 'office' } });

    const ask = await checklist.start(key, 'other');
    expect(ask.choices[0]).toEqual({ label: 'Keep my profile (High school diploma or GED; office or filing work)', action: 'start:other:high-school:office' });
    const switched = await checklist.start(key, 'other', 'high-school', 'office');
    expect(switched.checklist?.headline).toMatch(/^Switched your goal to \*\*Other goal\*\*/);
  });

  it('reads a goal and a two-word education from typed words', async () => {
    const reply = await service().checklist.startFromWords(key, ['other', 'goal', 'high', 'school', 'healthcare']);
    expect(reply.checklist?.goal.id).toBe('other');
    expect(reply.checklist?.profile).toEqual({ education: 'high-school', experience: 'healthcare' });
  });
});

describe('show, mark and reset', () => {
  async function started() {
    const s = service();
    await s.checklist.start(key, 'demo', 'high-school', 'none');
    return s;
  }

  it('asks for a goal when the person has no checklist', async () => {
    const { checklist } = service();
    expect(await checklist.view(key)).toBeUndefined();
    expect((await checklist.show(key)).text).toMatch(/^You don't have a checklist yet/);
  });

  it('marks a step done once, says when it already was, and undoes it', async () => {
    const { store, checklist } = await started();
    expect((await checklist.mark(key, 2, true)).checklist?.headline).toBe('Nice work: "Step exam" is done.');
    expect((await store.getPerson(key))?.done).toEqual({ exam: now().toISOString() });
    expect((await checklist.mark(key, 'exam', true)).checklist?.headline).toBe('"Step exam" was already done.');
    expect((await checklist.mark(key, '2', false)).checklist?.headline).toBe('OK: "Step exam" is marked not done.');
    expect((await store.getPerson(key))?.done).toEqual({});
  });

  it('answers a step number outside the checklist with the valid range', async () => {
    const { checklist } = await started();
    const reply = await checklist.mark(key, 9, true);
    expect(reply.kind).toBe('notice');
    expect(reply.text).toMatch(/^Your checklist has steps 1 to 2\./);
  });

  it('asks before resetting, keeps the marks when cancelled, and clears them when confirmed', async () => {
    const { store, checklist } = await started();
    await checklist.mark(key, 1, true);
    const question = await checklist.reset(key, false);
    expect(question.choices.map((c) => c.action)).toEqual(['reset:confirm', 'reset:cancel']);
    expect((await checklist.reset(key, false, true)).checklist?.headline).toBe('OK, your checklist is unchanged.');
    expect((await store.getPerson(key))?.done).toHaveProperty('degree');
    const done = await checklist.reset(key, true);
    expect(done.checklist?.doneCount).toBe(0);
    expect((await store.getPerson(key))?.done).toEqual({});
  });

  it('writes the checklist as text with the next step explained', async () => {
    const { checklist } = await started();
    const text = checklistText((await checklist.view(key, 'Hi'))!);
    expect(text.split('\n').slice(0, 3)).toEqual(['Hi', '', '**Demo goal** (High school diploma or GED; no work experience yet)']);
    expect(text).toContain('[ ] 1. **Step degree** (next)\n    Why: Why degree\n    Done when: Done when degree');
    expect(text).toContain('[ ] 2. Step exam\n');
  });
});

describe('quoting user text', () => {
  it('strips markup and cuts labels to 40 characters', () => {
    expect(sanitizeLabel('<b>*hi*</b> there!')).toBe('bhib there');
    expect(sanitizeLabel('a'.repeat(50))).toHaveLength(40);
  });

  it('quotes plain English words and falls back for numbers or names', () => {
    expect(quoted('coding', 'that')).toBe('"coding"');
    expect(quoted('room 12', 'that')).toBe('that');
    expect(quoted('Xqzwvtrp', 'that')).toBe('that');
    expect(quoted('***', 'that')).toBe('that');
  });
});
