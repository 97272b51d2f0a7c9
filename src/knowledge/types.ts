// What the knowledge base holds once loaded: plain data, no file formats.
import type { Education, Experience } from '../contract/index.js';
import type { AnswerLayout } from './parts.js';

/** The groups of the topic browser, in the order people see them. */
export const GROUPS = {
  role: 'The role',
  education: 'Education',
  certifications: 'Certifications',
  coding: 'Coding systems',
  privacy: 'Privacy and security',
  skills: 'Skills',
  training: 'Training and continuing education',
  'job-search': 'Job search and career growth',
} as const;
export type GroupId = keyof typeof GROUPS;

/**
 * topic: answered from the knowledge base (answered: true).
 * The others are conversational: they reply, but never count as an answer.
 */
export const INTENT_KINDS = ['topic', 'greeting', 'help', 'thanks', 'goodbye', 'about', 'decline', 'abuse', 'checklist'] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];

export const ENTITY_TYPES = ['credential', 'code-set', 'organization', 'law'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Source {
  title: string;
  url?: string | undefined;
  /** The date the source was read (YYYY-MM-DD). */
  read: string;
}

export interface Intent {
  id: string;
  kind: IntentKind;
  title: string;
  group: GroupId | undefined;
  /** The question a follow-up button asks for this topic. */
  ask: string | undefined;
  examples: string[];
  answer: string;
  /** The answer read as a lead, labelled parts and a closing line (see parts.ts). */
  layout: AnswerLayout;
  related: string[];
  sources: Source[];
  reviewed: string | undefined;
  /** The named thing this topic is about (a credential, a code set...), recognised in questions. */
  entity: { type: EntityType; names: string[] } | undefined;
  /** When a question names one entity of these types, that entity's own topic answers instead. */
  deferTo: EntityType[];
  /** Answered only when the message has one of these words or phrases (a topic one ordinary word would pull in). */
  onlyWith: string[];
  /** Path of the source file, relative to the knowledge folder. */
  file: string;
}

export interface Vocabulary {
  /** What people type (a word or phrase) -> what the bot reads instead. */
  synonyms: Record<string, string>;
}

/** knowledge/scope.yml: what belongs to the field and what only looks like it (see understanding/scope.ts). */
export interface ScopeLists {
  fieldTerms: string[];
  /** The field's subjects (HIPAA's rules, code sets): in the field, but a neighbouring career asked about still wins. */
  subjectTerms: string[];
  /** Records work in general: in the field only beside a health setting. */
  recordWords: string[];
  healthSettings: string[];
  /** Phrases that contain a career's word but are not that career ("nursing home"). */
  notCareers: string[];
  nearMissCareers: string[];
  /** `not`: phrases that only look like an employer's matter ("my kid's schedule"), set aside before the others are looked for. */
  employerInternal: { always: string[]; withWorkplace: string[]; workplace: string[]; not?: string[] };
  /** In order: the first whose phrases match (and none of whose `unless` words do) gives the reply. */
  declines: { reply: string; unless: string[]; phrases: string[] }[];
}

export interface KnowledgeBase {
  intents: Intent[];
  byId: Map<string, Intent>;
  vocabulary: Vocabulary;
  scope: ScopeLists;
  plans: Plan[];
  root: string;
}

// The curated plans (knowledge/plans) that checklists are built from.
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
  sources: Source[];
  reviewed: string;
  file: string;
}
