// The shape of a knowledge file's front matter, as curators write it (snake_case keys).
import { z } from 'zod';
import { ENTITY_TYPES, GROUPS, INTENT_KINDS } from './types.js';
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS } from '../contract/index.js';

const isoDate = z
  .string({ message: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  // Date.parse rolls a day the month lacks over into the next month ("2026-02-30" is 2 March): the date must read back.
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, 'is not a real date');

const text = (what: string) => z.string({ message: `must be text (${what})` }).trim().min(1, `must not be empty (${what})`);

const id = z
  .string({ message: 'must be text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes, like "rhit-renewal"');

export const sourceSchema = z.object(
  {
    title: text('the title of the page or article'),
    // Optional only because one founding article has no address; every other source has one.
    url: z.string({ message: 'must be a web address' }).regex(/^https?:\/\/\S+$/, 'must be a web address starting with http:// or https://').optional(),
    read: isoDate,
  },
  { message: 'each source needs a title, a url (when it has one) and read (the date it was read)' },
).strict();

export const intentSchema = z
  .object({
    id,
    kind: z.enum(INTENT_KINDS, { message: `must be one of: ${INTENT_KINDS.join(', ')}` }).default('topic'),
    title: text('a short title'),
    group: z.enum(Object.keys(GROUPS) as [keyof typeof GROUPS], { message: `must be one of: ${Object.keys(GROUPS).join(', ')}` }).optional(),
    ask: text('the question a follow-up button asks').optional(),
    entity: z
      .object({
        type: z.enum(ENTITY_TYPES, { message: `must be one of: ${ENTITY_TYPES.join(', ')}` }),
        names: z.array(text('a name'), { message: 'must be a list of names' }).min(1, 'needs at least one name'),
      })
      .strict()
      .optional(),
    defer_to: z.array(z.enum(ENTITY_TYPES, { message: `must be one of: ${ENTITY_TYPES.join(', ')}` })).optional(),
    only_with: z.array(text('a word or phrase'), { message: 'must be a list of words or phrases' }).min(1, 'needs at least one word or phrase').optional(),
    examples: z.array(text('an example question'), { message: 'must be a list of example questions' }),
    related: z.array(id, { message: 'must be a list of topic ids' }).optional(),
    sources: z.array(sourceSchema, { message: 'must be a list of sources' }).optional(),
    reviewed: isoDate.optional(),
  })
  .strict();

const condition = z
  .object({
    education: z.array(z.enum(EDUCATION_LEVELS, { message: `must be one of: ${EDUCATION_LEVELS.join(', ')}` })).optional(),
    experience: z.array(z.enum(EXPERIENCE_LEVELS, { message: `must be one of: ${EXPERIENCE_LEVELS.join(', ')}` })).optional(),
  })
  .strict();

export const planSchema = z
  .object({
    id,
    title: text('the goal, as people would say it'),
    summary: text('one or two sentences about the goal'),
    steps: z
      .array(
        z
          .object({
            id,
            title: text('what to do'),
            why: text('why it matters'),
            done_when: text('how to know it is done'),
            topics: z.array(id).min(1, 'link at least one topic that explains the step'),
            only_if: condition.optional(),
            skip_if: condition.optional(),
          })
          .strict(),
      )
      .min(2, 'a plan needs at least two steps'),
    sources: z.array(sourceSchema).min(1, 'list at least one source'),
    reviewed: isoDate,
  })
  .strict();

export const vocabularySchema = z
  .object({
    synonyms: z.record(z.string().trim().min(1), z.string().trim().min(1), { message: 'must map what people type to what the bot should read' }),
  })
  .strict()
  .superRefine((v, ctx) => {
    // "coder: medical coder" would be replaced again inside its own result on every pass ("medical medical coder").
    for (const [from, to] of Object.entries(v.synonyms)) {
      const word = new RegExp(`(^|[^\\p{L}\\p{N}])${from.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
      if (word.test(to.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: ['synonyms', from], message: `"${to}" contains "${from}" again, so it would be replaced inside its own result; put the longer phrase on the left instead` });
      }
    }
  });

const phrases = (what: string) =>
  z.array(text(what), { message: `must be a list of phrases (${what})` }).min(1, `needs at least one phrase (${what})`);

export const scopeSchema = z
  .object({
    field_terms: phrases('words of health-information work'),
    subject_terms: phrases("words of the field's subjects that do not outweigh a career").optional(),
    record_words: phrases('words of records work in general'),
    health_settings: phrases('health settings'),
    not_careers: phrases('phrases that only look like a neighbouring career'),
    near_miss_careers: phrases('neighbouring careers'),
    employer_internal: z
      .object({
        always: phrases('facts only an employer knows'),
        with_workplace: phrases('words that need a workplace beside them'),
        workplace: phrases("words that name the person's own workplace"),
        not: z.array(text("a phrase that only looks like an employer's own matter")).optional(),
      })
      .strict(),
    declines: z.array(
      z
        .object({
          reply: id,
          unless: z.array(text('a word that cancels this decline')).optional(),
          phrases: phrases('what to decline'),
        })
        .strict(),
      { message: 'must be a list of declines, each with a reply and phrases' },
    ),
  })
  .strict();
