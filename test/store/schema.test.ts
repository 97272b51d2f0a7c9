// schema.ts: the data file's validation at start-up. A well-formed file passes (older files without `seen` get an
// empty one); a mistyped one is refused with the path of the bad field, never silently replaced.
import { describe, expect, it } from 'vitest';
import { personSchema, storeSchema } from '../../src/store/schema.js';
import { emptyData, newPerson } from '../../src/store/state.js';

const valid = () => ({
  ...emptyData(),
  people: { 'slack:T1:U1': { ...newPerson(new Date('2026-01-02T03:04:05Z')), profile: { education: 'high-school', experience: 'none' }, rated: { r1: 'up' } } },
  feedback: [{ replyId: 'r1', intent: 'rhit', helpful: true, at: '2026-01-02T03:04:05Z' }],
  unanswered: [{ id: 'u1', text: 'what is x', reason: 'low-confidence', candidates: [{ intent: 'rhit', confidence: 0.2 }], at: '2026-01-02T03:04:05Z', status: 'open' }],
  replies: { r1: { intent: 'rhit', at: 1 } },
});

describe('storeSchema', () => {
  it('accepts an empty store and a filled one', () => {
    expect(storeSchema.safeParse(emptyData()).success).toBe(true);
    const parsed = storeSchema.safeParse(valid());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('gives a file written before replays were recorded an empty `seen`', () => {
    const { seen: _seen, ...old } = valid();
    const parsed = storeSchema.parse(old);
    expect(parsed.seen).toEqual({});
  });

  it('refuses another version, a bad rating, an unknown status, and names the field', () => {
    expect(storeSchema.safeParse({ ...valid(), version: 2 }).success).toBe(false);
    const badRating = valid();
    (badRating.people['slack:T1:U1']!.rated as Record<string, string>).r1 = 'sideways';
    const r = storeSchema.safeParse(badRating);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['people', 'slack:T1:U1', 'rated', 'r1']);
    const badStatus = valid();
    (badStatus.unanswered[0] as { status: string }).status = 'maybe';
    expect(storeSchema.safeParse(badStatus).success).toBe(false);
  });

  it('accepts only Slack installations', () => {
    const inst = { platform: 'slack', key: 'T1', isEnterpriseInstall: false, data: { any: 1 }, installedAt: 'a', updatedAt: 'b' };
    expect(storeSchema.safeParse({ ...valid(), installations: { 'slack:T1': inst } }).success).toBe(true);
    expect(storeSchema.safeParse({ ...valid(), installations: { 'teams:T1': { ...inst, platform: 'teams' } } }).success).toBe(false);
  });
});

describe('personSchema', () => {
  it('accepts a new person and refuses an education level outside the contract', () => {
    expect(personSchema.safeParse(newPerson()).success).toBe(true);
    expect(personSchema.safeParse({ ...newPerson(), profile: { education: 'phd-in-everything', experience: 'none' } }).success).toBe(false);
  });

  it('a profile is the contract\'s Profile: a `role` an early file may hold is accepted and dropped, nothing else kept', () => {
    const parsed = personSchema.parse({ ...newPerson(), profile: { education: 'associate', experience: 'healthcare', role: 'coder' } });
    expect(parsed.profile).toEqual({ education: 'associate', experience: 'healthcare' });
  });
});
