// Which buttons a reply has, in which order and of which kind: the same plan on every surface, which then lays it
// out in its own components (Discord's rows of five, Slack's actions blocks and checkboxes). The topic browser's
// choices likewise: the same labels and payloads, laid out as Discord's menus or Slack's option groups.
import { actionPayload, parseAction, type Reply, type ReplyAction } from '../../src/contract/index.js';

export type ButtonKind = 'choice' | 'danger' | 'step' | 'suggestion' | 'learn' | 'rating';

export interface PlannedButton extends ReplyAction {
  kind: ButtonKind;
  /** Steps only: whether the step is done, and whether it is the next one. */
  done?: boolean | undefined;
  next?: boolean | undefined;
}

/** A yes-to-delete or yes-to-reset button is drawn as dangerous. */
function choiceKind(action: string): ButtonKind {
  const parsed = parseAction(action);
  return (parsed.kind === 'forget' || parsed.kind === 'reset') && parsed.confirmed ? 'danger' : 'choice';
}

/** A step's button sets the opposite of its state (step:<id>:done or :undo): a repeated click changes nothing. */
export function stepButtons(reply: Reply): PlannedButton[] {
  return (reply.checklist?.steps ?? []).map((s) => ({
    label: `${s.number}. ${s.title}`,
    action: actionPayload.step(s.id, !s.done),
    kind: 'step',
    done: s.done,
    next: s.next,
  }));
}

/** Topics that explain the next step of a checklist. */
export function learnMoreButtons(reply: Reply): PlannedButton[] {
  const next = reply.checklist?.steps.find((s) => s.next);
  return (next?.learnMore ?? []).map((a) => ({ ...a, kind: 'learn' }));
}

/** Every button of a reply in display order; duplicates (the same payload twice) keep their first place. */
export function plannedButtons(reply: Reply, options: { steps: boolean }): PlannedButton[] {
  const all: PlannedButton[] = [
    ...reply.choices.map((c) => ({ ...c, kind: choiceKind(c.action) })),
    ...(options.steps ? stepButtons(reply) : []),
    ...reply.suggestions.map((s) => ({ ...s, kind: 'suggestion' as const })),
    ...learnMoreButtons(reply),
    ...reply.ratings.map((r) => ({ ...r, kind: 'rating' as const })),
  ];
  const seen = new Set<string>();
  return all.filter((b) => typeof b.action === 'string' && b.action !== '' && !seen.has(b.action) && Boolean(seen.add(b.action)));
}

/** One group of the topic browser: its title and its topics as menu options (title as label, topic:<id> as payload). */
export interface TopicMenuGroup {
  title: string;
  options: ReplyAction[];
}

/** The topic browser's choices, in the core's order; a topic is labelled with its title on every surface. */
export function topicMenu(reply: Pick<Reply, 'topics'>): TopicMenuGroup[] {
  return (reply.topics ?? []).map((g) => ({ title: g.title, options: g.topics.map((t) => ({ label: t.title, action: actionPayload.topic(t.id) })) }));
}
