// Bounded state and work (issue 12): retention for feedback and people, a rating that does not scan all feedback,
// an upper bound on MAX_INPUT_CHARS and the new settings, and `ask --json` that never echoes patient details.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/ask.js';
import { ConfigError, loadConfig, MAX_INPUT_CHARS_LIMIT } from '../../src/config.js';
import type { Who } from '../../src/core/advisor.js';
import { MemoryStore } from '../../src/store/memory.js';
import { pruneRequest, RETENTION_DEFAULTS } from '../../src/store/retention.js';

const REVIEW = { retentionMs: 90 * 86_400_000, maxEntries: 5000 };
import { emptyData, newPerson } from '../../src/store/state.js';
import { makeAdvisor } from '../helpers/core.js';

const who: Who = { person: 'U1', channel: 'c', surface: 'slack' };

describe('settings', () => {
  it('MAX_INPUT_CHARS has an upper bound; the retention settings and the REVIEW_LOG switch are read and checked', () => {
    expect(loadConfig({ MAX_INPUT_CHARS: String(MAX_INPUT_CHARS_LIMIT) }).maxInputChars).toBe(MAX_INPUT_CHARS_LIMIT);
    expect(() => loadConfig({ MAX_INPUT_CHARS: String(MAX_INPUT_CHARS_LIMIT + 1) })).toThrow(ConfigError);
    expect(() => loadConfig({ MAX_INPUT_CHARS: '1000000' })).toThrow(/MAX_INPUT_CHARS: must be at most 2000/);
    expect(loadConfig({})).toMatchObject({ reviewLog: { enabled: true, retentionDays: 90 }, retention: { feedbackDays: 365, peopleDays: 365 } });
    expect(loadConfig({ REVIEW_LOG: 'off', REVIEW_LOG_DAYS: '7', FEEDBACK_RETENTION_DAYS: '30', PEOPLE_RETENTION_DAYS: '180' })).toMatchObject({
      reviewLog: { enabled: false, retentionDays: 7 },
      retention: { feedbackDays: 30, peopleDays: 180 },
    });
    expect(() => loadConfig({ REVIEW_LOG: 'maybe' })).toThrow(/REVIEW_LOG: must be on or off/);
    expect(() => loadConfig({ REVIEW_LOG_DAYS: '0' })).toThrow(/REVIEW_LOG_DAYS/);
  });

  it('the advisor never reads more than the limit, whatever it is given', async () => {
    const advisor = makeAdvisor({ maxInputChars: 1_000_000 });
    const reply = await advisor.ask({ ...who, text: `what is the RHIT ${'and '.repeat(3000)}` });
    expect(reply.notices.join(' ')).toContain(`first ${MAX_INPUT_CHARS_LIMIT} characters`);
  });
});

describe('retention', () => {
  it('drops feedback and inactive people past their periods, and keeps the rest', async () => {
    const d = emptyData();
    const now = new Date('2026-06-01T00:00:00.000Z');
    d.feedback.push({ replyId: 'old', intent: 'rhit', helpful: true, at: '2025-01-01T00:00:00.000Z' }, { replyId: 'new', intent: 'rhit', helpful: false, at: '2026-05-01T00:00:00.000Z' });
    d.people['slack:GONE'] = { ...newPerson(new Date('2024-01-01')), rated: {} };
    d.people['slack:HERE'] = newPerson(new Date('2026-05-30'));
    d.contexts['slack:GONE|c'] = { topic: 'rhit', at: 0 };
    const pruned = await new MemoryStore(d).prune(pruneRequest(now, RETENTION_DEFAULTS, REVIEW));
    expect(pruned).toEqual({ feedback: 1, people: 1, reviewLog: 0 });
    expect(d.feedback.map((f) => f.replyId)).toEqual(['new']);
    expect(Object.keys(d.people)).toEqual(['slack:HERE']);
    expect(d.contexts).toEqual({});
  });

  it('caps the number of ratings whatever their age', async () => {
    const d = emptyData();
    const at = new Date().toISOString();
    for (let i = 0; i < 50; i++) d.feedback.push({ replyId: `r${i}`, intent: null, helpful: true, at });
    await new MemoryStore(d).prune(pruneRequest(new Date(), { ...RETENTION_DEFAULTS, maxFeedback: 10 }, REVIEW));
    expect(d.feedback.map((f) => f.replyId)).toEqual(Array.from({ length: 10 }, (_, i) => `r${40 + i}`));
  });
});

describe('rating', () => {
  it('does not scan all feedback: rating with 200,000 ratings kept costs about what it costs with none', async () => {
    const time = async (kept: number) => {
      const data = emptyData();
      const at = new Date().toISOString();
      for (let i = 0; i < kept; i++) data.feedback.push({ replyId: `old-${i}`, intent: 'rhit', helpful: true, at });
      const advisor = makeAdvisor({}, new MemoryStore(data));
      const replies = [];
      for (let i = 0; i < 300; i++) replies.push(await advisor.ask({ ...who, person: `P${i}`, text: 'what is the RHIT' }));
      await advisor.act({ ...who, person: 'P0' }, `fb:${replies[0]!.id}:up`); // the index is built once
      const t0 = performance.now();
      for (const [i, r] of replies.entries()) {
        await advisor.act({ ...who, person: `P${i}` }, `fb:${r.id}:up`);
        await advisor.act({ ...who, person: `P${i}` }, `fb:${r.id}:down`);
      }
      return performance.now() - t0;
    };
    const none = await time(0);
    const many = await time(200_000);
    console.log(`600 ratings: ${none.toFixed(1)} ms with no feedback kept, ${many.toFixed(1)} ms with 200,000`);
    // A scan of 200,000 entries per rating would be about 600 x 200,000 comparisons: seconds, not milliseconds.
    expect(many).toBeLessThan(none * 4 + 100);
  }, 60_000);
});

describe('ask --json', () => {
  it('never echoes a question that carried patient details: the scrubbed text stands in', async () => {
    const advisor = makeAdvisor();
    const question = 'pt darnell okoro dob 4/5/1970 wants his records, how does ROI work?';
    const json = toJson(question, await advisor.ask({ ...who, text: question }));
    expect(JSON.stringify(json)).not.toMatch(/okoro|1970/i);
    expect(json.text).toBe('pt [name] dob [date-of-birth] wants his records, how does ROI work?');
  });
});
