// Covers src/checklist/build-view.ts: the progress bar, the profile label and the checklist view a surface lays out.
import { describe, expect, it } from 'vitest';
import { buildView, profileLabel, progressBar } from '../../src/checklist/build-view.js';
import { newPerson } from '../../src/store/state.js';
import type { Profile } from '../../src/contract/index.js';
import { realKnowledge, testPlan } from '../helpers/checklist.js';

const real = realKnowledge();
const topic = real.intents.find((i) => i.kind === 'topic')!;
const plan = testPlan();
plan.steps[2]!.topics = [topic.id, 'no-such-topic'];
const other = testPlan('other', 'Other goal');
const kb = { ...real, plans: [plan, other] };
const highSchool: Profile = { education: 'high-school', experience: 'none' };

describe('progressBar', () => {
  it('fills ten cells in proportion and shows the count and rounded percent', () => {
    expect(progressBar(0, 4)).toBe(`${'░'.repeat(10)} 0/4 (0%)`);
    expect(progressBar(1, 3)).toBe(`${'█'.repeat(3)}${'░'.repeat(7)} 1/3 (33%)`);
    expect(progressBar(2, 3)).toBe(`${'█'.repeat(7)}${'░'.repeat(3)} 2/3 (67%)`);
    expect(progressBar(5, 5)).toBe(`${'█'.repeat(10)} 5/5 (100%)`);
  });

  it('shows an empty bar for a checklist with no steps instead of dividing by zero', () => {
    expect(progressBar(0, 0)).toBe(`${'░'.repeat(10)} 0/0 (0%)`);
  });
});

describe('profileLabel', () => {
  it('joins the education label and the lower-cased experience label', () => {
    expect(profileLabel({ education: 'bachelor', experience: 'healthcare' })).toBe("Bachelor's degree; work in healthcare");
  });
});

describe('buildView', () => {
  it('numbers the steps the profile sees and marks the first undone one as next', () => {
    const person = newPerson();
    person.done = { degree: 'x' };
    const view = buildView(kb, plan, { education: 'none', experience: 'none' }, person, 'Hello');
    expect(view.steps.map((s) => [s.number, s.id, s.done, s.next])).toEqual([
      [1, 'ged', false, true],
      [2, 'degree', true, false],
      [3, 'exam', false, false],
    ]);
    expect(view.headline).toBe('Hello');
    expect([view.doneCount, view.total]).toEqual([1, 3]);
    expect(view.progressBar).toBe(progressBar(1, 3));
    expect(view.footer[0]).toContain('/checklist done N');
  });

  it('links only topics that exist, labelled with the question a person would ask', () => {
    const exam = buildView(kb, plan, highSchool, newPerson()).steps[1]!;
    expect(exam.learnMore).toEqual([{ label: topic.ask ?? topic.title, action: `topic:${topic.id}` }]);
  });

  it('congratulates when every step is done and has no next step', () => {
    const person = newPerson();
    person.done = { degree: 'x', exam: 'x' };
    const view = buildView(kb, plan, highSchool, person);
    expect(view.steps.some((s) => s.next)).toBe(false);
    expect(view.footer[0]).toMatch(/Congratulations/);
  });

  it("lists earlier goals with their own progress, skipping the active goal and plans that no longer exist", () => {
    const person = newPerson();
    person.goals = [
      { goal: 'demo', startedAt: 'x' },
      { goal: 'other', startedAt: 'x' },
      { goal: 'retired-plan', startedAt: 'x' },
    ];
    person.done = { exam: 'x' };
    const view = buildView(kb, plan, highSchool, person);
    expect(view.earlierGoals).toEqual([{ id: 'other', title: 'Other goal', doneCount: 1, total: 2 }]);
    expect(view.footer[1]).toBe('Earlier goals: Other goal (1/2)');
  });
});
