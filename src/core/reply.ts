// The platform-neutral reply (SPEC section 4). Every surface renders this same data natively.
import type { ChecklistView } from '../checklist/view.js';

export type ReplyKind =
  | 'answer' // a knowledge-base topic: the only kind with answered = true
  | 'clarify' // not sure: "did you mean ...?"
  | 'decline' // out of scope, politely
  | 'conversation' // greeting, thanks, goodbye, about, abuse
  | 'help'
  | 'topics'
  | 'checklist'
  | 'feedback'
  | 'forget'
  | 'notice'; // empty input, rate limit, privacy-only reminder, errors

export interface ReplySource {
  title: string;
  url?: string | undefined;
}

/**
 * A button. `action` is an opaque payload the surface sends back through `Advisor.act()`:
 *   topic:<id>              answer that topic
 *   part:<id>:<n>           answer part n of that topic
 *   fb:<replyId>:up|down    rate an answer
 *   step:<stepId>           toggle a checklist step
 *   start[:goal[:education[:experience]]]   start a plan, asking for what is missing
 *   checklist               show the checklist
 *   forget:confirm|cancel   answer the forget-me question
 * Ids are at most 64 characters, which keeps the longest payload within Discord's 100-character custom_id.
 */
export interface ReplyAction {
  label: string;
  action: string;
}

export interface TopicGroupView {
  group: string;
  title: string;
  topics: { id: string; title: string; ask: string }[];
}

export interface Reply {
  /** Unique per reply; feedback buttons carry it. */
  id: string;
  kind: ReplyKind;
  /** A heading for rich surfaces (topic title, "Your checklist"...). */
  title?: string | undefined;
  /** Markdown: **bold**, "- " bullets, `code`. No HTML, no headings, no raw user text. */
  text: string;
  sources: ReplySource[];
  /** When the answer was last reviewed against its sources (YYYY-MM-DD). */
  reviewed?: string | undefined;
  /** Follow-up questions, as buttons. */
  suggestions: ReplyAction[];
  /** "Did you mean" choices, as buttons. */
  choices: ReplyAction[];
  checklist?: ChecklistView | undefined;
  topics?: TopicGroupView[] | undefined;
  /** Short notes shown apart from the answer (privacy reminder, input cut short). */
  notices: string[];
  /** The message looked like it carried patient details: show `notices` privately (ephemeral). */
  privacyWarning: boolean;
  /** Personal content (checklists, forget-me, privacy reminders): show only to the person. */
  personal: boolean;
  /** Offer helpful / not helpful buttons. */
  feedback: boolean;
  answered: boolean;
  intent: string | null;
  confidence: number;
}

export type ReplyInit = Partial<Reply> & Pick<Reply, 'id' | 'kind' | 'text'>;

export function makeReply(init: ReplyInit): Reply {
  return {
    sources: [],
    suggestions: [],
    choices: [],
    notices: [],
    privacyWarning: false,
    personal: false,
    feedback: false,
    answered: false,
    intent: null,
    confidence: 0,
    ...init,
  };
}
