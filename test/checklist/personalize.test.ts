// src/checklist/personalize.ts: which of a plan's steps are in a person's checklist (onlyIf / skipIf against the profile).
import { describe, expect, it } from 'vitest';
import { stepsFor } from '../../src/checklist/personalize.js';
import type { PlanStep, StepCondition } from '../../src/knowledge/types.js';
import { realKnowledge, testPlan } from '../helpers/checklist.js';

const ids = (steps: PlanStep[]) => steps.map((s) => s.id);

/** testPlan with one more step carrying the given conditions. */
function planWith(onlyIf: StepCondition | undefined, skipIf: StepCondition | undefined) {
  const plan = testPlan();
  plan.steps.push({ ...plan.steps[2]!, id: 'extra', onlyIf, skipIf });
  return plan;
}

describe('stepsFor on a made-up plan', () => {
  it('keeps an onlyIf step only when the profile matches, drops a skipIf step only when it matches, keeps the rest in order', () => {
    expect(ids(stepsFor(testPlan(), { education: 'none', experience: 'none' }))).toEqual(['ged', 'degree', 'exam']);
    expect(ids(stepsFor(testPlan(), { education: 'high-school', experience: 'office' }))).toEqual(['degree', 'exam']);
    expect(ids(stepsFor(testPlan(), { education: 'associate', experience: 'healthcare' }))).toEqual(['exam']);
  });

  it('a condition on both education and experience needs both to match', () => {
    const plan = planWith({ education: ['bachelor'], experience: ['healthcare'] }, undefined);
    expect(ids(stepsFor(plan, { education: 'bachelor', experience: 'healthcare' }))).toContain('extra');
    expect(ids(stepsFor(plan, { education: 'bachelor', experience: 'office' }))).not.toContain('extra');
    expect(ids(stepsFor(plan, { education: 'associate', experience: 'healthcare' }))).not.toContain('extra');
  });

  it('a condition on experience alone ignores education; skipIf wins over a matching onlyIf', () => {
    const skipOffice = planWith(undefined, { experience: ['office'] });
    expect(ids(stepsFor(skipOffice, { education: 'bachelor', experience: 'office' }))).not.toContain('extra');
    expect(ids(stepsFor(skipOffice, { education: 'bachelor', experience: 'none' }))).toContain('extra');
    const both = planWith({ education: ['some-college'] }, { experience: ['healthcare'] });
    expect(ids(stepsFor(both, { education: 'some-college', experience: 'healthcare' }))).not.toContain('extra');
    expect(ids(stepsFor(both, { education: 'some-college', experience: 'none' }))).toContain('extra');
  });

  it('does not change the plan', () => {
    const plan = testPlan();
    stepsFor(plan, { education: 'associate', experience: 'none' });
    expect(ids(plan.steps)).toEqual(['ged', 'degree', 'exam']);
  });
});

describe('stepsFor on the real plans', () => {
  const kb = realKnowledge();
  const plan = (id: string) => kb.plans.find((p) => p.id === id)!;

  it('start a person without a diploma with the GED step, and skip it for everyone else', () => {
    for (const p of kb.plans) {
      expect(stepsFor(p, { education: 'none', experience: 'none' })[0]!.id, p.id).toBe('earn-diploma-or-ged');
      expect(stepsFor(p, { education: 'high-school', experience: 'none' }).some((s) => s.id === 'earn-diploma-or-ged'), p.id).toBe(false);
    }
  });

  it('take a person with an associate degree in HIM straight to the RHIT exam steps', () => {
    const withDegree = ids(stepsFor(plan('rhit'), { education: 'associate', experience: 'none' }));
    const without = ids(stepsFor(plan('rhit'), { education: 'high-school', experience: 'none' }));
    expect(without.length).toBeGreaterThan(withDegree.length);
    expect(withDegree.some((id) => /enroll/.test(id))).toBe(false);
    expect(without.some((id) => /enroll/.test(id))).toBe(true);
    expect(withDegree.some((id) => /exam/.test(id))).toBe(true);
  });
});
