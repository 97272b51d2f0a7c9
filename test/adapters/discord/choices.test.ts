// Discord's slash command choices: goals for `/checklist start goal:` and the person's own steps for done/undo,
// filtered by what was typed, within Discord's limits (25 choices, 100-character names and values).
import { describe, expect, it } from 'vitest';
import { choice, planChoices, stepChoices } from '../../../adapters/discord/choices.js';
import type { ChecklistStepView, ChecklistView } from '../../../src/contract/index.js';

const step = (number: number, id: string, title: string, done: boolean): ChecklistStepView => ({ number, id, title, why: '', doneWhen: '', done, next: false, learnMore: [] });

function view(steps: ChecklistStepView[]): ChecklistView {
  const doneCount = steps.filter((s) => s.done).length;
  return { goal: { id: 'rhit', title: 'Earn the RHIT', summary: '' }, profile: { education: 'none', experience: 'none' }, profileLabel: '', steps, doneCount, total: steps.length, progressBar: '', footer: [], earlierGoals: [] };
}

const plans = [
  { id: 'rhit', title: 'Earn the RHIT' },
  { id: 'coder-aapc', title: 'Become a coder (AAPC)' },
  { id: 'health-data', title: 'Work with **health** data' },
];

describe('choice', () => {
  it('a plain name within 100 characters; no choice for an empty or too long value', () => {
    expect(choice('Work with **health** data', 'health-data')).toEqual({ name: 'Work with health data', value: 'health-data' });
    expect(choice('x'.repeat(150), 'v')!.name.length).toBeLessThanOrEqual(100);
    expect(choice('Name', '')).toBeUndefined();
    expect(choice('Name', 'v'.repeat(101))).toBeUndefined();
    expect(choice('Name', 'v'.repeat(100))).toEqual({ name: 'Name', value: 'v'.repeat(100) });
  });
});

describe('planChoices', () => {
  it('every plan without a query; with one, the plans whose id or title contains it, in any case', () => {
    expect(planChoices(plans).map((c) => c.value)).toEqual(['rhit', 'coder-aapc', 'health-data']);
    expect(planChoices(plans, '  CODER ').map((c) => c.value)).toEqual(['coder-aapc']);
    expect(planChoices(plans, 'health').map((c) => c.name)).toEqual(['Work with health data']);
    expect(planChoices(plans, 'astronaut')).toEqual([]);
  });

  it('at most 25 choices', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, title: `Plan ${i}` }));
    expect(planChoices(many)).toHaveLength(25);
  });
});

describe('stepChoices', () => {
  const steps = view([step(1, 'enroll', 'Enroll in a program', true), step(2, 'coursework', 'Finish coursework', false), step(3, 'exam', 'Pass the exam', false)]);

  it('done offers the steps not done yet; undo the done ones, marked "(done)"', () => {
    expect(stepChoices(steps, '', 'done')).toEqual([
      { name: '2. Finish coursework', value: 'coursework' },
      { name: '3. Pass the exam', value: 'exam' },
    ]);
    expect(stepChoices(steps, '', 'undo')).toEqual([{ name: '1. Enroll in a program (done)', value: 'enroll' }]);
  });

  it('when none fits the mode, every step is offered', () => {
    const allDone = view([step(1, 'a', 'A', true), step(2, 'b', 'B', true)]);
    expect(stepChoices(allDone, '', 'done').map((c) => c.value)).toEqual(['a', 'b']);
  });

  it('what was typed filters by number prefix, title words or id', () => {
    expect(stepChoices(steps, '3', 'done').map((c) => c.value)).toEqual(['exam']);
    expect(stepChoices(steps, ' EXAM ', 'done').map((c) => c.value)).toEqual(['exam']);
    expect(stepChoices(steps, 'course', 'done').map((c) => c.value)).toEqual(['coursework']);
    expect(stepChoices(steps, 'zzz', 'done')).toEqual([]);
  });

  it('no checklist, no choices', () => {
    expect(stepChoices(undefined, '', 'done')).toEqual([]);
  });
});
