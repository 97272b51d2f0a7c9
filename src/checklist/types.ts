// The vocabulary of checklists: profiles, plans (curated, in knowledge/plans) and their steps.

export const EDUCATION_LEVELS = ['none', 'high-school', 'some-college', 'associate', 'bachelor'] as const;
export type Education = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_LABELS: Record<Education, string> = {
  none: 'No diploma yet',
  'high-school': 'High school diploma or GED',
  'some-college': 'Certificate or some college',
  associate: "Associate degree in HIT or HIM",
  bachelor: "Bachelor's degree",
};

export const EXPERIENCE_LEVELS = ['none', 'office', 'healthcare'] as const;
export type Experience = (typeof EXPERIENCE_LEVELS)[number];

export const EXPERIENCE_LABELS: Record<Experience, string> = {
  none: 'No work experience yet',
  office: 'Office or filing work',
  healthcare: 'Work in healthcare',
};

export interface Profile {
  education: Education;
  experience: Experience;
  /** Free text the person chose to give ("front desk", "scheduler"); optional. */
  role?: string | undefined;
}

export interface StepCondition {
  education?: Education[] | undefined;
  experience?: Experience[] | undefined;
}

export interface PlanStep {
  id: string;
  title: string;
  why: string;
  doneWhen: string;
  topics: string[];
  /** The step is in a person's checklist only when their profile matches; absent means everyone. */
  onlyIf: StepCondition | undefined;
  /** The step is left out when the profile matches (e.g. "already has an associate degree"). */
  skipIf: StepCondition | undefined;
}

export interface Plan {
  id: string;
  title: string;
  summary: string;
  steps: PlanStep[];
  sources: import('../knowledge/types.js').Source[];
  reviewed: string;
  file: string;
}
