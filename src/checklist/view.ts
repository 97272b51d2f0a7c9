// What a checklist looks like to a surface: plain data, already personalised and numbered.
import type { Profile } from './types.js';

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
  /** Topics that explain the step: buttons or links to ask about them. */
  learnMore: { id: string; title: string; ask: string }[];
}

export interface ChecklistView {
  goal: { id: string; title: string; summary: string };
  profile: Profile;
  steps: ChecklistStepView[];
  doneCount: number;
  total: number;
  /** e.g. "[######----] 3/5 (60%)": text every surface can show. */
  progressBar: string;
  /** Goals the person worked on before, readable but not active. */
  earlierGoals: { id: string; title: string; doneCount: number; total: number }[];
}
