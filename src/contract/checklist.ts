// What a checklist looks like to a surface: plain data, already personalised, numbered and worded. A surface lays
// it out (a checkbox per step, buttons...) from these fields alone, never by reading the reply's text.
import type { ReplyAction } from './reply.js';
import type { Profile } from './person.js';

export interface ChecklistStepView {
  /** 1-based position in this person's checklist: what "/checklist done 2" refers to. */
  number: number;
  id: string;
  title: string;
  why: string;
  doneWhen: string;
  done: boolean;
  /** The first step not done yet. */
  next: boolean;
  /** Topics that explain the step, as buttons (the label is the core's choice, the same on every surface). */
  learnMore: ReplyAction[];
}

export interface ChecklistView {
  goal: { id: string; title: string; summary: string };
  profile: Profile;
  /** The profile in words: "High school diploma or GED; no work experience yet". */
  profileLabel: string;
  /** What just happened ("Nice work: ... is done."), when something did. */
  headline?: string | undefined;
  steps: ChecklistStepView[];
  doneCount: number;
  total: number;
  /** e.g. "██████░░░░ 3/5 (60%)": text every surface can show. */
  progressBar: string;
  /** Closing lines (how to mark steps, earlier goals); Markdown with command references, like Reply.text. */
  footer: string[];
  /** Goals the person worked on before, readable but not active. */
  earlierGoals: { id: string; title: string; doneCount: number; total: number }[];
}
