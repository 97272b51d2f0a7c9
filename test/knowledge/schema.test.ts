// schema.ts: the front matter's shape as curators write it, and the messages a mistake gets.
import { describe, expect, it } from 'vitest';
import { intentSchema, planSchema, sourceSchema, vocabularySchema } from '../../src/knowledge/schema.js';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('sourceSchema', () => {
  it('needs a title and a real read date; the url, when given, is a web address', () => {
    expect(sourceSchema.safeParse({ title: 'AHIMA', url: 'https://ahima.org', read: '2026-01-02' }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: 'A founding article', read: '2026-01-02' }).success).toBe(true);
    expect(issues(sourceSchema.safeParse({ title: 'x', url: 'ahima.org', read: '2026-01-02' }))).toEqual([['url', 'must be a web address starting with http:// or https://']]);
    expect(issues(sourceSchema.safeParse({ title: 'x', read: '2 Jan 2026' }))[0]).toEqual(['read', 'must be a date written YYYY-MM-DD']);
    expect(issues(sourceSchema.safeParse({ title: 'x', read: '2026-13-45' }))).toEqual([['read', 'is not a real date']]);
  });

  it('refuses a day the month does not have (JavaScript would roll 30 February over into March)', () => {
    for (const read of ['2026-02-30', '2026-02-31', '2025-02-29', '2026-04-31']) {
      expect(issues(sourceSchema.safeParse({ title: 'x', read })), read).toEqual([['read', 'is not a real date']]);
    }
    expect(sourceSchema.safeParse({ title: 'x', read: '2024-02-29' }).success).toBe(true); // a leap year
  });
});

describe('intentSchema', () => {
  const base = { id: 'rhit-renewal', title: 'Renewing the RHIT', examples: ['how do i renew my rhit'] };

  it('defaults the kind to topic and trims text', () => {
    const d = intentSchema.parse({ ...base, title: '  Renewing the RHIT  ' });
    expect(d.kind).toBe('topic');
    expect(d.title).toBe('Renewing the RHIT');
  });

  it('refuses a malformed id, an empty example, an unknown kind and unknown fields', () => {
    expect(issues(intentSchema.safeParse({ ...base, id: 'RHIT_Renewal' }))).toEqual([['id', 'must be lowercase letters, digits and dashes, like "rhit-renewal"']]);
    expect(issues(intentSchema.safeParse({ ...base, examples: ['  '] }))).toEqual([['examples.0', 'must not be empty (an example question)']]);
    expect(issues(intentSchema.safeParse({ ...base, kind: 'chitchat' }))[0]![1]).toMatch(/^must be one of: /);
    expect(intentSchema.safeParse({ ...base, colour: 'blue' }).success).toBe(false);
  });
});

describe('intentSchema: only_with', () => {
  const base = { id: 'minimum-necessary', title: 'Minimum necessary', examples: ['what is the minimum necessary standard'] };
  it('takes a list of words or phrases, and names the field of an empty list or a word that is not text', () => {
    expect(intentSchema.parse({ ...base, only_with: ['necessary', 'need to know'] }).only_with).toEqual(['necessary', 'need to know']);
    expect(issues(intentSchema.safeParse({ ...base, only_with: [] }))).toEqual([['only_with', 'needs at least one word or phrase']]);
    expect(issues(intentSchema.safeParse({ ...base, only_with: 'necessary' }))[0]?.[0]).toBe('only_with');
  });
});

describe('planSchema', () => {
  const step = (id: string) => ({ id, title: 'Do it', why: 'It matters', done_when: 'It is done', topics: ['rhit'] });
  const plan = { id: 'rhit', title: 'Become an RHIT', summary: 'The path.', steps: [step('a'), step('b')], sources: [{ title: 's', read: '2026-01-01' }], reviewed: '2026-01-01' };

  it('accepts a plan of two steps with a source and conditions from the contract', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(planSchema.safeParse({ ...plan, steps: [{ ...step('a'), only_if: { education: ['high-school'] } }, step('b')] }).success).toBe(true);
  });

  it('refuses one step, a step without topics, no sources, and an education level outside the contract', () => {
    expect(issues(planSchema.safeParse({ ...plan, steps: [step('a')] }))).toEqual([['steps', 'a plan needs at least two steps']]);
    expect(issues(planSchema.safeParse({ ...plan, steps: [{ ...step('a'), topics: [] }, step('b')] }))).toEqual([['steps.0.topics', 'link at least one topic that explains the step']]);
    expect(issues(planSchema.safeParse({ ...plan, sources: [] }))).toEqual([['sources', 'list at least one source']]);
    expect(planSchema.safeParse({ ...plan, steps: [{ ...step('a'), skip_if: { education: ['phd'] } }, step('b')] }).success).toBe(false);
  });
});

describe('vocabularySchema', () => {
  it('accepts synonyms and refuses one whose result contains its own left side as a word', () => {
    expect(vocabularySchema.safeParse({ synonyms: { hippa: 'hipaa', coder: 'coding specialist' } }).success).toBe(true);
    const r = vocabularySchema.safeParse({ synonyms: { coder: 'medical coder' } });
    expect(issues(r)).toEqual([['synonyms.coder', '"medical coder" contains "coder" again, so it would be replaced inside its own result; put the longer phrase on the left instead']]);
    // Inside another word is not "again": "coder" in "coders" would not match as a word.
    expect(vocabularySchema.safeParse({ synonyms: { coder: 'team of coders' } }).success).toBe(true);
  });
});
