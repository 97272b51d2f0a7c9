// Validates the data file at start-up, so a damaged or mistyped file is reported instead of silently replaced.
import { z } from 'zod';
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS } from '../contract/index.js';

/** One person's record (also a line of the people's journal, people-journal.ts). */
export const personSchema = z.object({
  // The contract's Profile. A `role` that files of the first version may hold is read and dropped (an unknown key).
  profile: z.object({ education: z.enum(EDUCATION_LEVELS), experience: z.enum(EXPERIENCE_LEVELS) }).optional(),
  activeGoal: z.string().optional(),
  goals: z.array(z.object({ goal: z.string(), startedAt: z.string() })),
  done: z.record(z.string(), z.string()),
  rated: z.record(z.string(), z.enum(['up', 'down'])),
  welcomedAt: z.string().optional(),
  updatedAt: z.string(),
});

export const storeSchema = z.object({
  version: z.literal(1),
  people: z.record(z.string(), personSchema),
  contexts: z.record(
    z.string(),
    z.object({ topic: z.string().optional(), entity: z.string().optional(), part: z.string().optional(), asked: z.string().optional(), also: z.array(z.string()).optional(), alsoBefore: z.boolean().optional(), declined: z.string().max(500).optional(), named: z.string().max(200).optional(), offered: z.array(z.string()).optional(), at: z.number(), expiresAt: z.number().optional() }),
  ),
  feedback: z.array(z.object({ replyId: z.string(), intent: z.string().nullable(), helpful: z.boolean(), at: z.string() })),
  unanswered: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      reason: z.enum(['low-confidence', 'unhelpful']),
      candidates: z.array(z.object({ intent: z.string(), confidence: z.number() })),
      at: z.string(),
      status: z.enum(['open', 'added', 'out-of-scope']),
      resolvedTo: z.string().optional(),
      by: z.string().optional(),
    }),
  ),
  replies: z.record(z.string(), z.object({ intent: z.string().nullable(), at: z.number() })),
  // Files written before replays were recorded have none.
  seen: z.record(z.string(), z.number()).default({}),
  installations: z
    .record(
      z.string(),
      z.object({
        platform: z.literal('slack'),
        key: z.string(),
        teamId: z.string().optional(),
        enterpriseId: z.string().optional(),
        isEnterpriseInstall: z.boolean(),
        data: z.unknown(),
        installedAt: z.string(),
        updatedAt: z.string(),
      }),
    )
    .optional(),
});
