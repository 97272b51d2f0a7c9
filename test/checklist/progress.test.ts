// Covers src/checklist/progress.ts: finding a step by number or id, starting a goal, marking and resetting steps.
import { describe, expect, it } from 'vitest';
import { findStep, markStep, resetGoal, startGoal } from '../../src/checklist/progress.js';
import { newPerson } from '../../src/store/state.js';
import type { Profile } from '../../src/contract/index.js';
import { testPlan } from '../helpers/checklist.js';

const plan = testPlan();
const noDiploma: Profile = { education: 'none', experience: 'none' };
const associate: Profile = { education: 'associate', experience: 'office' };
const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-02-01T00:00:00Z');

describe('findStep', () => {
  it('counts numbers within the steps the profile sees', () => {
    expect(findStep(plan, noDiploma, 1)?.id).toBe('ged');
    expect(findStep(plan, noDiploma, '3')?.id).toBe('exam');
    // With an associate degree only "exam" is left, so it is step 1 and there is no step 2.
    expect(findStep(plan, associate, ' 1 ')?.id).toBe('exam');
    expect(findStep(plan, associate, 2)).toBeUndefined();
  });

  it('rejects step 0, negative and fractional numbers', () => {
    expect(findStep(plan, noDiploma, 0)).toBeUndefined();
    expect(findStep(plan, noDiploma, -1)).toBeUndefined();
    expect(findStep(plan, noDiploma, 1.5)).toBeUndefined();
  });

  it('finds a step by id, ignoring case and spaces, but only among the steps the profile sees', () => {
    expect(findStep(plan, noDiploma, ' EXAM ')?.id).toBe('exam');
    expect(findStep(plan, associate, 'degree')).toBeUndefined();
    expect(findStep(plan, noDiploma, 'nope')).toBeUndefined();
  });
});

describe('startGoal', () => {
  it('sets the profile and active goal and records each goal once, keeping its first start', () => {
    const person = newPerson(t0);
    startGoal(person, plan, noDiploma, t0);
    startGoal(person, testPlan('other'), associate, t1);
    startGoal(person, plan, associate, t1);
    expect(person.activeGoal).toBe('demo');
    expect(person.profile).toEqual(associate);
    expect(person.goals).toEqual([
      { goal: 'demo', startedAt: t0.toISOString() },
      { goal: 'other', startedAt: t1.toISOString() },
    ]);
    expect(person.updatedAt).toBe(t1.toISOString());
  });
});

describe('markStep', () => {
  it('keeps the time a step was first marked done, and undo removes the mark', () => {
    const person = newPerson(t0);
    const exam = plan.steps[2]!;
    markStep(person, exam, true, t0);
    markStep(person, exam, true, t1);
    expect(person.done).toEqual({ exam: t0.toISOString() });
    expect(person.updatedAt).toBe(t1.toISOString());
    markStep(person, exam, false, t1);
    expect(person.done).toEqual({});
  });
});

describe('resetGoal', () => {
  it("clears every step of the plan, also hidden ones, and leaves other plans' marks alone", () => {
    const person = newPerson(t0);
    person.done = { ged: 'x', degree: 'x', elsewhere: 'x' };
    expect(resetGoal(person, plan, t1)).toBe(2);
    expect(person.done).toEqual({ elsewhere: 'x' });
    expect(resetGoal(person, plan, t1)).toBe(0);
  });
});
