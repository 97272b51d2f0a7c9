// Checklist replies: start (goal, then profile), show, done/undo, reset. Each change is one atomic
// Store.changePerson, so concurrent marks (from this process or another) are all kept, and stored before the reply
// confirms them.
import type { KnowledgeBase } from '../knowledge/types.js';
import { isEnglishWord } from '../privacy/english.js';
import { inspectForPhi } from '../privacy/phi.js';
import { actionPayload, EDUCATION_LABELS, EDUCATION_LEVELS, EXPERIENCE_LABELS, EXPERIENCE_LEVELS, makeReply, newReplyId, type ChecklistView, type Profile, type Reply, type ReplyAction } from '../contract/index.js';
import type { Store } from '../store/port.js';
import { newPerson, type PersonState } from '../store/state.js';
import type { Plan } from '../knowledge/types.js';
import { buildView, profileLabel } from './build-view.js';
import { findStep, markStep, resetGoal, startGoal, type StepRef } from './progress.js';
import { parseEducation, parseExperience } from './profile.js';

function personal(init: Parameters<typeof makeReply>[0]): Reply {
  return makeReply({ personal: true, ...init });
}

/** The checklist as text, for surfaces that show text (the terminal), written from the same view rich surfaces lay out. */
export function checklistText(view: ChecklistView): string {
  const lines = [
    ...(view.headline ? [view.headline, ''] : []),
    `**${view.goal.title}** (${view.profileLabel})`,
    view.progressBar,
    '',
    ...view.steps.map((s) => {
      const mark = s.done ? '[x]' : '[ ]';
      const line = `${mark} ${s.number}. ${s.next ? `**${s.title}** (next)` : s.title}`;
      return s.next ? `${line}\n    Why: ${s.why}\n    Done when: ${s.doneWhen}` : line;
    }),
    '',
    ...view.footer,
  ];
  return lines.join('\n');
}

export class ChecklistService {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  plans(): Plan[] {
    return this.kb.plans;
  }

  private person(key: string): Promise<PersonState | undefined> {
    return this.store.getPerson(key);
  }

  private async active(key: string): Promise<{ person: PersonState; plan: Plan; profile: Profile } | undefined> {
    const person = await this.person(key);
    const plan = person?.activeGoal ? this.kb.plans.find((p) => p.id === person.activeGoal) : undefined;
    if (!person || !plan || !person.profile) return undefined;
    return { person, plan, profile: person.profile };
  }

  async view(key: string, headline?: string): Promise<ChecklistView | undefined> {
    const a = await this.active(key);
    return a ? buildView(this.kb, a.plan, a.profile, a.person, headline) : undefined;
  }

  async show(key: string, headline?: string): Promise<Reply> {
    const view = await this.view(key, headline);
    if (!view) return this.chooseGoal(key, "You don't have a checklist yet. What's your goal?");
    return personal({ id: newReplyId(), kind: 'checklist', title: 'Your checklist', text: checklistText(view), checklist: view });
  }

  private async chooseGoal(key: string, text = 'Which goal should your checklist work toward?', plans: Plan[] = this.kb.plans): Promise<Reply> {
    const current = (await this.person(key))?.activeGoal;
    const choices: ReplyAction[] = plans.map((p) => ({ label: p.id === current ? `${p.title} (current)` : p.title, action: actionPayload.start(p.id) }));
    return personal({ id: newReplyId(), kind: 'checklist', title: 'Start a checklist', text: `${text}\n\n${plans.map((p) => `- **${p.title}**: ${p.summary}`).join('\n')}`, choices });
  }

  /**
   * Starts (or switches to) a goal. Missing pieces are asked for with choices, one at a time:
   * goal, then education, then experience. A person who already has a profile can keep it.
   */
  async start(key: string, goalInput?: string, educationInput?: string, experienceInput?: string): Promise<Reply> {
    const matches = goalInput ? this.findPlans(goalInput) : [];
    if (goalInput && matches.length > 1) return this.chooseGoal(key, `${quoted(goalInput, 'That')} fits more than one goal. Which one?`, matches);
    const goal = matches[0];
    if (goalInput && !goal) return this.chooseGoal(key, `I don't have a plan called ${quoted(goalInput, 'that')}. Choose one of these goals:`);
    if (!goal) return this.chooseGoal(key);
    const existing = (await this.person(key))?.profile;
    const education = parseEducation(educationInput);
    if (!education) {
      const choices: ReplyAction[] = [];
      if (existing) choices.push({ label: `Keep my profile (${profileLabel(existing)})`, action: actionPayload.start(goal.id, existing.education, existing.experience) });
      choices.push(...EDUCATION_LEVELS.map((e) => ({ label: EDUCATION_LABELS[e], action: actionPayload.start(goal.id, e) })));
      const note = educationInput ? `I didn't recognize ${quoted(educationInput, 'that')} as an education level. ` : '';
      return personal({ id: newReplyId(), kind: 'checklist', title: goal.title, text: `${note}**${goal.title}.** What's your education so far?`, choices });
    }
    const experience = parseExperience(experienceInput);
    if (!experience) {
      const choices = EXPERIENCE_LEVELS.map((x) => ({ label: EXPERIENCE_LABELS[x], action: actionPayload.start(goal.id, education, x) }));
      const note = experienceInput ? `I didn't recognize ${quoted(experienceInput, 'that')} as an experience level. ` : '';
      return personal({ id: newReplyId(), kind: 'checklist', title: goal.title, text: `${note}And your work experience?`, choices });
    }
    const profile: Profile = { education, experience };
    const switched = (await this.person(key))?.activeGoal;
    await this.store.changePerson(key, (current) => {
      const person = current ?? newPerson(this.now());
      startGoal(person, goal, profile, this.now());
      return person;
    });
    const headline = switched && switched !== goal.id ? `Switched your goal to **${goal.title}**. Steps you already finished stay done.` : `Here's your checklist for **${goal.title}**.`;
    return this.show(key, headline);
  }

  /**
   * "/checklist start health data high school none": the goal and education may take several words.
   * Tries the longest reading that names a plan, then an education level, then an experience level.
   */
  async startFromWords(key: string, words: string[]): Promise<Reply> {
    for (let g = Math.min(3, words.length); g >= 1; g--) {
      const goal = this.findPlans(words.slice(0, g).join(' '));
      if (goal.length !== 1) continue;
      const rest = words.slice(g);
      for (let e = Math.min(2, rest.length); e >= 1; e--) {
        if (parseEducation(rest.slice(0, e).join(' '))) return this.start(key, goal[0]!.id, rest.slice(0, e).join(' '), rest.slice(e).join(' ') || undefined);
      }
      return this.start(key, goal[0]!.id, rest.join(' ') || undefined);
    }
    return this.start(key, words.join(' '));
  }

  async mark(key: string, ref: StepRef, done: boolean): Promise<Reply> {
    const a = await this.active(key);
    if (!a) return this.show(key);
    const step = findStep(a.plan, a.profile, ref);
    if (!step) {
      const view = await this.view(key);
      const total = view?.total ?? 0;
      return personal({ id: newReplyId(), kind: 'notice', text: `Your checklist has steps 1 to ${total}. Which one did you mean? For example \`/checklist ${done ? 'done' : 'undo'} 1\`.`, checklist: view });
    }
    // "Already" is decided inside the atomic change, on the state it changes, not on an earlier read.
    let already = false;
    await this.store.changePerson(key, (person) => {
      if (!person) return undefined;
      already = Boolean(person.done[step.id]) === done;
      markStep(person, step, done, this.now());
      return person;
    });
    const headline = already
      ? `"${step.title}" was already ${done ? 'done' : 'not done'}.`
      : done
        ? `Nice work: "${step.title}" is done.`
        : `OK: "${step.title}" is marked not done.`;
    return this.show(key, headline);
  }

  /** Marks every step not done; it cannot be undone, so it asks first (the buttons carry the answer). */
  async reset(key: string, confirmed: boolean, fromButton = false): Promise<Reply> {
    const a = await this.active(key);
    if (!a) return this.show(key);
    if (!confirmed) {
      if (fromButton) return this.show(key, 'OK, your checklist is unchanged.');
      return personal({
        id: newReplyId(),
        kind: 'checklist',
        title: 'Reset your checklist?',
        text: `This marks every step of **${a.plan.title}** as not done. It cannot be undone. Are you sure?`,
        choices: [
          { label: 'Yes, reset it', action: actionPayload.reset(true) },
          { label: 'No, keep it', action: actionPayload.reset(false) },
        ],
      });
    }
    await this.store.changePerson(key, (person) => {
      if (person) resetGoal(person, a.plan, this.now());
      return person;
    });
    return this.show(key, 'Your checklist is reset: every step is marked not done.');
  }

  /** Plans a typed goal could mean: an exact id, else every plan whose id or title contains the words. */
  private findPlans(input: string): Plan[] {
    const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!s) return [];
    const exact = this.kb.plans.filter((p) => p.id === s || p.id === s.replace(/ /g, '-'));
    if (exact.length) return exact;
    return this.kb.plans.filter((p) => p.id.includes(s.replace(/ /g, '-')) || p.title.toLowerCase().includes(s));
  }
}

/** User text that must appear in a reply is reduced to harmless characters and cut short. */
export function sanitizeLabel(text: string): string {
  return text.replace(/[^\p{L}\p{N} _.-]/gu, '').slice(0, 40);
}

/**
 * What the person typed, quoted back, only when it is plainly words: nothing the PHI guard notices at any level, no
 * digits and no word outside English or the field's terms (a surname, a number). Otherwise the fallback is said
 * instead ("that"), so a reply never repeats what may be patient details.
 */
export function quoted(text: string, fallback: string): string {
  const label = sanitizeLabel(text).trim();
  const words = label.split(/[\s_.-]+/).filter(Boolean);
  const plain = words.length > 0 && !/\d/.test(label) && words.every((w) => isEnglishWord(w)) && inspectForPhi(label).kinds.length === 0;
  return plain ? `"${label}"` : fallback;
}
