// follow-up-cues.ts: the words that say what kind of follow-up a message is.
import { describe, expect, it } from 'vitest';
import { ANOTHER_YEAR, challenges, CREDENTIAL_FACETS, DESCRIBED_SIDE, FIGURE_ASKED, HOURS_ONLY, MORE, SITS_FOR_IT, SWITCHING } from '../../src/understanding/follow-up-cues.js';

describe('follow-up cues', () => {
  it('MORE is asking for the rest of a narrow answer, and nothing longer', () => {
    for (const t of ['tell me more', 'more please', 'go on', 'the whole card', 'more about that']) expect(MORE.test(t), t).toBe(true);
    expect(MORE.test('tell me more about the cpc exam fees')).toBe(false);
  });
  it('ANOTHER_YEAR is the same thing asked of another year', () => {
    expect(ANOTHER_YEAR.test('what about the year before that?')).toBe(true);
    expect(ANOTHER_YEAR.test('and the previous year')).toBe(true);
    expect(ANOTHER_YEAR.test('how many years does it take')).toBe(false);
  });
  it('SWITCHING asks the same question of something else; DESCRIBED_SIDE picks a side by what it is', () => {
    expect(SWITCHING.test('how long would a certificate take instead?')).toBe(true);
    expect(SWITCHING.test('how long would a certificate take?')).toBe(false);
    expect(DESCRIBED_SIDE.exec('the outpatient one')?.[1]).toBe('outpatient');
  });
  it('HOURS_ONLY is a unit of time alone', () => {
    expect(HOURS_ONLY.test('hrs?')).toBe(true);
    expect(HOURS_ONLY.test('how many hours a week do clerks work')).toBe(false);
  });
  it('FIGURE_ASKED is asking for the figure of what was just said', () => {
    for (const t of ['whats the actual %', "What's the exact gap it reported?", 'what is the number', 'how big is the gap']) expect(FIGURE_ASKED.test(t), t).toBe(true);
    for (const t of ['what is the rhit', "what's the difference between them", 'who keeps the figures']) expect(FIGURE_ASKED.test(t), t).toBe(false);
  });
  it('CREDENTIAL_FACETS are the parts only a credential has', () => {
    expect([...CREDENTIAL_FACETS].sort()).toEqual(['early-testing', 'eligibility', 'exam', 'exam-online', 'exam-where', 'issuer', 'renewal']);
  });
});

describe('SITS_FOR_IT', () => {
  it('points at the exam of the credential in context as the one sat, taken or booked', () => {
    for (const q of ["an entry-level hire who'd sit for it", 'Am I even allowed to take it?', 'Do I have to wait until I graduate before I can take it?', 'is there a time cap for when i must book it']) expect(SITS_FOR_IT.test(q), q).toBe(true);
  });
  it('not a test or thing taken in everyday words', () => {
    for (const q of ["I'll take it", 'can I take a break', 'should I sit for a while']) expect(SITS_FOR_IT.test(q), q).toBe(false);
  });
});

describe('challenges', () => {
  it('challenges: a challenge, or a short claim (or one quoting a figure) put to check, but not a long claim or a switch', () => {
    for (const t of ['are you sure?', "My manager says it's 7 years for all of it. Who's right?", 'my friend says u need an rhit to get hired, true?', 'my teacher claims 3 hours, is that correct?'])
      expect(challenges(t), t).toBe(true);
    for (const t of [
      'My uncle says the hospital records clerk must now have a college degree because of all the computer systems. Is it true?',
      "unrelated to that, my study group says AAPC stood for something else. who's right",
      "unrelated to that: my boss says it's 7 years, who's right?",
      'what does the RHIT stand for',
    ])
      expect(challenges(t), t).toBe(false);
  });
  it('challenges: a figure someone gave, set against the answer, in a short message asking nothing else', () => {
    for (const t of ['wait srsly? my prof literally said 30 days in lecture', 'ppl in the discord say u need 75 tho']) expect(challenges(t), t).toBe(true);
    for (const t of ['my chart says M54.5, should I get surgery for my back?', 'my teacher said 30 days, how long is it for HHS?']) expect(challenges(t), t).toBe(false);
  });
});

