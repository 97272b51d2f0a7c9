// Builds the checklist a surface shows: numbered steps, done marks, the next step and a progress bar.
import { actionPayload, EDUCATION_LABELS, EXPERIENCE_LABELS, type ChecklistView, type Profile } from '../contract/index.js';
import type { KnowledgeBase, Plan } from '../knowledge/types.js';
import type { PersonState } from '../store/state.js';
import { stepsFor } from './personalize.js';

const BAR_WIDTH = 10;

export function progressBar(done: number, total: number): string {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : 0;
  const pct = total ? Math.round((done / total) * 100) : 0;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total} (${pct}%)`;
}

export function profileLabel(profile: Profile): string {
  return `${EDUCATION_LABELS[profile.education]}; ${EXPERIENCE_LABELS[profile.experience].toLowerCase()}`;
}

export function buildView(kb: KnowledgeBase, plan: Plan, profile: Profile, person: PersonState, headline?: string): ChecklistView {
  const steps = stepsFor(plan, profile);
  let nextMarked = false;
  const views = steps.map((step, i) => {
    const done = Boolean(person.done[step.id]);
    const next = !done && !nextMarked;
    if (next) nextMarked = true;
    return {
      number: i + 1,
      id: step.id,
      title: step.title,
      why: step.why,
      doneWhen: step.doneWhen,
      done,
      next,
      learnMore: step.topics.flatMap((id) => {
        const t = kb.byId.get(id);
        // The question a person would ask, on every surface alike.
        return t ? [{ label: t.ask ?? t.title, action: actionPayload.topic(t.id) }] : [];
      }),
    };
  });
  const doneCount = views.filter((s) => s.done).length;
  const earlierGoals = person.goals
    .filter((g) => g.goal !== plan.id)
    .flatMap((g) => {
      const p = kb.plans.find((x) => x.id === g.goal);
      if (!p) return [];
      const s = stepsFor(p, profile);
      return [{ id: p.id, title: p.title, doneCount: s.filter((x) => person.done[x.id]).length, total: s.length }];
    });
  const footer =
    doneCount === views.length
      ? ['Every step is done. Congratulations! Start another goal with `/checklist start`.']
      : ['Mark a step with `/checklist done N`; undo with `/checklist undo N`.'];
  if (earlierGoals.length) footer.push(`Earlier goals: ${earlierGoals.map((g) => `${g.title} (${g.doneCount}/${g.total})`).join('; ')}`);
  return {
    goal: { id: plan.id, title: plan.title, summary: plan.summary },
    profile,
    profileLabel: profileLabel(profile),
    headline,
    steps: views,
    doneCount,
    total: views.length,
    progressBar: progressBar(doneCount, views.length),
    footer,
    earlierGoals,
  };
}
