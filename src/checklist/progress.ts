// Checklist operations on a person's stored state. Pure functions of the data, applied inside
// Store.changePerson so concurrent clicks are applied one after another and none is lost.
import type { PersonState } from '../store/state.js';
import { stepsFor } from './personalize.js';
import type { Plan, PlanStep } from '../knowledge/types.js';
import type { Profile } from '../contract/index.js';

export type StepRef = number | string;

/** Finds a step of the person's checklist by its number ("2") or its id ("get-ged"). */
export function findStep(plan: Plan, profile: Profile, ref: StepRef): PlanStep | undefined {
  const steps = stepsFor(plan, profile);
  if (typeof ref === 'number' || /^\d+$/.test(String(ref).trim())) {
    const n = Number(ref);
    return Number.isInteger(n) && n >= 1 ? steps[n - 1] : undefined;
  }
  const id = String(ref).trim().toLowerCase();
  return steps.find((s) => s.id === id);
}

export function startGoal(person: PersonState, plan: Plan, profile: Profile, now: Date): void {
  person.profile = { education: profile.education, experience: profile.experience };
  person.activeGoal = plan.id;
  if (!person.goals.some((g) => g.goal === plan.id)) person.goals.push({ goal: plan.id, startedAt: now.toISOString() });
  person.updatedAt = now.toISOString();
}

export function markStep(person: PersonState, step: PlanStep, done: boolean, now: Date): void {
  if (done) person.done[step.id] ??= now.toISOString();
  else delete person.done[step.id];
  person.updatedAt = now.toISOString();
}

/** Clears the marks of every step of the plan (also those the current profile hides); the goal and profile stay. */
export function resetGoal(person: PersonState, plan: Plan, now: Date): number {
  let cleared = 0;
  for (const s of plan.steps) {
    if (person.done[s.id]) {
      delete person.done[s.id];
      cleared++;
    }
  }
  person.updatedAt = now.toISOString();
  return cleared;
}
