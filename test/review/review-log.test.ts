// The review log keeps only what passed the PHI guard at every level, after a stricter scrub; it can be switched off,
// has a retention period, and /forget-me removes the person's lines. `review --add` refuses identifier-like lines.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Who } from '../../src/core/advisor.js';
import { PHRASES } from '../../src/core/phrases.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FieldVocabulary, identifierReasons, strictScrub } from '../../src/review/strict-scrub.js';
import { addGroupToIntent, reviewGroups } from '../../src/review/review.js';
import { personTag } from '../../src/review/review-log.js';
import { MemoryStore } from '../../src/store/memory.js';
import { emptyData } from '../../src/store/state.js';
import { knowledgeDir, makeAdvisor, realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const who = (person: string): Who => ({ person, channel: 'c1', surface: 'slack' });
// Unanswerable questions (low confidence): they are what the log is for.
const UNKNOWN = 'does okoro need to sign the 4471 form again before the audit?';

describe('what the review log keeps', () => {
  const vocab = FieldVocabulary.of(realKnowledge());

  it('the stricter scrub masks names and numbers that are not field vocabulary, and keeps the field’s own', () => {
    expect(strictScrub(UNKNOWN, vocab).text).toBe('does [name] need to sign the [number] form again before the audit?');
    expect(strictScrub('I asked Tanisha about the RHIT and ICD-10 codes like 99213', vocab).text).toBe('I asked [name] about the RHIT and ICD-10 codes like 99213');
    expect(strictScrub('how do i get my certifcation for medical coding', vocab).text).toBe('how do i get my certifcation for medical coding');
    // A title's dot does not start a sentence; a date is one number.
    expect(strictScrub('Dr. Smith said my voucher expires 12/31/2025', vocab).text).toBe('Dr. [name] said my voucher expires [number]');
  });

  it('keeps a low-confidence question only in its strictly scrubbed form', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const reply = await advisor.ask({ ...who('U1'), text: UNKNOWN });
    expect(reply.privacyWarning).toBeFalsy();
    expect(store.data.unanswered.map((e) => e.text)).toEqual(['does [name] need to sign the [number] form again before the audit?']);
    expect(JSON.stringify(store.data)).not.toMatch(/okoro|4471/i);
  });

  it('keeps nothing the guard flagged at any level, even below the alarm (a colleague’s name)', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const reply = await advisor.ask({ ...who('U2'), text: 'my supervisor Mrs. Abernathy-Quill keeps talking about deficiency tracking, what is it' });
    expect(reply.privacyWarning).toBeFalsy();
    expect(store.data.unanswered).toEqual([]);
  });

  it('a confident answer rated unhelpful reaches the log, scrubbed', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const reply = await advisor.ask({ ...who('U3'), text: 'what is the RHIT, my friend okafor-bright asked' });
    expect(reply.answered).toBe(true);
    await advisor.act(who('U3'), `fb:${reply.id}:down`);
    const logged = store.data.unanswered.filter((e) => e.reason === 'unhelpful');
    expect(logged.map((e) => e.text)).toEqual(['what is the RHIT, my friend [name] asked']);
  });

  it('REVIEW_LOG off: nothing is logged', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({ reviewLog: { enabled: false } }, store);
    await advisor.ask({ ...who('U4'), text: UNKNOWN });
    const reply = await advisor.ask({ ...who('U4'), text: 'what is the RHIT' });
    await advisor.act(who('U4'), `fb:${reply.id}:down`);
    expect(store.data.unanswered).toEqual([]);
  });

  it('lines past the retention period leave the log', async () => {
    const data = emptyData();
    const old = { id: 'old', text: 'an old question', reason: 'low-confidence' as const, candidates: [], at: '2025-01-01T00:00:00.000Z', status: 'open' as const };
    data.unanswered.push(old, { ...old, id: 'new', text: 'a newer question', at: '2025-03-20T00:00:00.000Z' });
    const store = new MemoryStore(data);
    const advisor = makeAdvisor({ reviewLog: { retentionDays: 30 }, now: () => new Date('2025-04-01T00:00:00.000Z') }, store);
    await advisor.housekeeping(true);
    expect(store.data.unanswered.map((e) => e.id)).toEqual(['new']);
  });

  it('/forget-me removes the person’s lines and nobody else’s', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    await advisor.ask({ ...who('UFORGET'), text: UNKNOWN });
    await advisor.ask({ ...who('UOTHER'), text: 'chart deficiency tracking tips for a beginner' });
    expect(store.data.unanswered.map((e) => e.by).sort()).toEqual([personTag('slack:UFORGET'), personTag('slack:UOTHER')].sort());
    await advisor.run(who('UFORGET'), { name: 'forget', confirmed: true });
    expect(store.data.unanswered.map((e) => e.by)).toEqual([personTag('slack:UOTHER')]);
    expect(JSON.stringify(store.data)).not.toContain('UFORGET');
  });
});

describe('commands pass through the guard like questions', () => {
  it('/checklist start with patient details: a private reminder, nothing stored, nothing echoed', async () => {
    const store = new MemoryStore();
    const advisor = makeAdvisor({}, store);
    const reply = await advisor.run(who('UCMD'), { name: 'checklist-start', words: 'pt darnell okoro dob 4/5/1970'.split(' ') });
    expect(reply.privacyWarning).toBe(true);
    expect(reply.notices).toContain(PHRASES.privacy);
    expect(JSON.stringify(reply)).not.toMatch(/okoro|1970/i);
    expect(store.data.people).toEqual({});
  });

  it('a goal the bot does not know is echoed only when it is plainly words', async () => {
    const advisor = makeAdvisor();
    const words = await advisor.run(who('UE1'), { name: 'checklist-start', words: ['astronaut'] });
    expect(words.text).toContain('"astronaut"');
    const odd = await advisor.run(who('UE2'), { name: 'checklist-start', words: ['okoro', '4471'] });
    expect(odd.text).not.toMatch(/okoro|4471/);
    expect(odd.text).toContain("I don't have a plan called that");
  });
});

describe('review --add', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'chartpath-review-add-'));
  const kbDir = path.join(tmp, 'knowledge');
  cpSync(knowledgeDir, kbDir, { recursive: true });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('refuses lines with identifier-like tokens, says why, and removes them from the log', async () => {
    const kb = loadKnowledge(kbDir);
    const vocab = FieldVocabulary.of(kb);
    // Lines as an older version (or a hand edit) might have left them: not all of them scrubbed.
    const lines = ['chart deficiency tracking for okoro 4471 at my job', 'chart deficiency tracking [name] at my job', 'chart deficiency tracking at my new job'];
    const data = emptyData();
    for (const [i, text] of lines.entries()) data.unanswered.push({ id: `e${i}`, text, reason: 'low-confidence', candidates: [], at: new Date().toISOString(), status: 'open' });
    const store = new MemoryStore(data);
    const group = (await reviewGroups(store, sharedUnderstanding())).find((g) => g.entries.length === 3)!;
    expect(group).toBeDefined();
    expect(identifierReasons(lines[0]!, vocab)[0]).toMatch(/not field vocabulary/);
    expect(identifierReasons(lines[1]!, vocab)[0]).toMatch(/placeholder/);
    expect(identifierReasons(lines[2]!, vocab)).toEqual([]);

    const file = path.join(kbDir, 'topics', 'role', 'daily-duties.md');
    const result = await addGroupToIntent(group, 'daily-duties', kb, store);
    expect(result.added).toEqual([lines[2]]);
    expect(result.refused.map((r) => r.text)).toEqual([lines[0], lines[1]]);
    for (const r of result.refused) expect(r.reasons.length).toBeGreaterThan(0);
    for (const r of result.refused) for (const why of r.reasons) expect(why).not.toMatch(/okoro|4471/);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(lines[2]);
    expect(text).not.toMatch(/okoro|4471|\[name\]/);
    expect(store.data.unanswered.map((e) => e.id)).toEqual(['e2']);
  });
});
