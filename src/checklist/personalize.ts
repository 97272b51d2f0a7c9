// A plan becomes a person's checklist: steps whose conditions do not fit the profile are left out.
import type { Plan, PlanStep, StepCondition } from '../knowledge/types.js';
import type { Profile } from '../contract/index.js';

function matches(condition: StepCondition, profile: Profile): boolean {
  const edu = !condition.education || condition.education.includes(profile.education);
  const exp = !condition.experience || condition.experience.includes(profile.experience);
  return edu && exp;
}

export function stepsFor(plan: Plan, profile: Profile): PlanStep[] {
  return plan.steps.filter((s) => (!s.onlyIf || matches(s.onlyIf, profile)) && !(s.skipIf && matches(s.skipIf, profile)));
}
