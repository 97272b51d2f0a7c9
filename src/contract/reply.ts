// The platform-neutral reply: everything a surface shows and every decision about it (who sees it, whether it
// replaces the message it came from, its buttons) is made by the core. A surface only translates it.
import type { ChecklistView } from './checklist.js';
import type { CommandRef } from './commands.js';

export type ReplyKind =
  | 'answer' // a knowledge-base topic: the only kind with answered = true
  | 'clarify' // not sure: "did you mean ...?"
  | 'decline' // out of scope, politely
  | 'conversation' // greeting, thanks, goodbye, about, abuse, welcome
  | 'help'
  | 'topics'
  | 'checklist'
  | 'forget'
  | 'notice'; // empty input, rate limit, privacy-only reminder, errors, feedback thanks

export interface ReplySource {
  title: string;
  url?: string | undefined;
}

/** A button: `action` is a payload of actions.ts, sent back unchanged through the core's handle(). */
export interface ReplyAction {
  label: string;
  action: string;
}

export interface TopicGroupView {
  group: string;
  title: string;
  topics: { id: string; title: string; ask: string }[];
}

/** Who may see a reply: everyone where the question was asked, or only the person (ephemeral, or a DM). */
export type Visibility = 'public' | 'private';

export interface Reply {
  /** Unique per reply; rating buttons carry it. */
  id: string;
  kind: ReplyKind;
  /** A heading for rich surfaces (topic title, "Your checklist"...). */
  title?: string | undefined;
  /** Markdown: **bold**, "- " bullets, `code`, and command references ⟦n⟧ (see commands.ts). No HTML, no raw user text. */
  text: string;
  /** The commands the text, notices and checklist footer refer to, by index. */
  commands: CommandRef[];
  sources: ReplySource[];
  /** When the answer was last reviewed against its sources (YYYY-MM-DD). */
  reviewed?: string | undefined;
  /** Follow-up questions, as buttons. */
  suggestions: ReplyAction[];
  /** "Did you mean" choices and the steps of a flow (goal, profile, yes/no), as buttons. */
  choices: ReplyAction[];
  /** Rating buttons (helpful / not helpful) for an answer; empty when it cannot be rated. */
  ratings: ReplyAction[];
  checklist?: ChecklistView | undefined;
  topics?: TopicGroupView[] | undefined;
  /** Short notes shown apart from the answer (privacy reminder, input cut short). */
  notices: string[];
  /** The message looked like it carried patient details: show `notices` to the person only. */
  privacyWarning: boolean;
  /** Personal content (checklists, forget-me, rate limits): where a surface cannot show it privately, it goes to a DM. */
  personal: boolean;
  visibility: Visibility;
  /** The reply is the next state of the panel whose button produced it (a checklist, a yes/no question): replace it in place. */
  replaces: boolean;
  answered: boolean;
  intent: string | null;
  confidence: number;
}

export type ReplyInit = Partial<Reply> & Pick<Reply, 'id' | 'kind' | 'text'>;

/**
 * Answers and conversation belong where they were asked; personal content, notices to one person, help and the topic
 * browser (which only the asker needs) are private.
 */
export function defaultVisibility(reply: Pick<Reply, 'kind' | 'personal'>): Visibility {
  return reply.personal || reply.kind === 'notice' || reply.kind === 'help' || reply.kind === 'topics' ? 'private' : 'public';
}

export function makeReply(init: ReplyInit): Reply {
  const reply: Reply = {
    commands: [],
    sources: [],
    suggestions: [],
    choices: [],
    ratings: [],
    notices: [],
    privacyWarning: false,
    personal: false,
    visibility: 'public',
    replaces: false,
    answered: false,
    intent: null,
    confidence: 0,
    ...init,
  };
  if (!init.visibility) reply.visibility = defaultVisibility(reply);
  return reply;
}
