// What in a message points back at the conversation (src/understanding/pointing.ts).
import { describe, expect, it } from 'vitest';
import { ABOUT_BOTH, STARTS_COMPARING, asksQuantityOfName, asksWhatItIs, FIRST_SIDE, leansOnContext, ownClearlyNamed, pointsBack, SECOND_SIDE, sideQuestion, thingsNamed } from '../../src/understanding/pointing.js';
import { sharedUnderstanding } from '../helpers/core.js';

const words = (text: string) => text.toLowerCase().split(/[^a-z']+/).filter(Boolean);

describe('pointsBack', () => {
  it('a pronoun points back at what was said ("is it hard?", "is that a law?")', () => {
    expect(pointsBack(words('is it hard'))).toBe(true);
    expect(pointsBack(words('is that a law'))).toBe(true);
  });
  it('"this year" and "that week" are times, not pointers', () => {
    expect(pointsBack(words('whats the pass rate this year'))).toBe(false);
    expect(pointsBack(words("what's the median pay these days"))).toBe(false);
    expect(pointsBack(words('were they paid more in those days'))).toBe(true);
    expect(pointsBack(words('can i start that week'))).toBe(false);
    expect(pointsBack(words('is this hard'))).toBe(true);
  });
  it('"she" and "him" count only when people are asked for', () => {
    expect(pointsBack(words('what should she do'), false)).toBe(false);
    expect(pointsBack(words('what should she do'))).toBe(true);
  });
  it('"one" alone is no pointer', () => {
    expect(pointsBack(words('which one is cheaper'))).toBe(false);
  });
});

describe('the sides of a comparison', () => {
  it('"the first one" is the first side; "the other one" and "the latter" the second', () => {
    expect(FIRST_SIDE.test('what about the first one')).toBe(true);
    expect(SECOND_SIDE.test('and the other one?')).toBe(true);
    expect(SECOND_SIDE.test('how long is the latter')).toBe(true);
    expect(FIRST_SIDE.test('how long is it')).toBe(false);
  });
});

describe('sideQuestion', () => {
  it('finds the one question of a long message that picks a side of a comparison', () => {
    expect(sideQuestion("Ok that helps. And how long is the second one's exam? I get test anxiety so I want to know.")).toBe("And how long is the second one's exam?");
  });
  it('finds nothing in a message that is only the question, with two questions, or with no side named', () => {
    expect(sideQuestion("how long is the second one's exam?")).toBeUndefined();
    expect(sideQuestion("Thanks. Is the first one online? And the second one's exam?")).toBeUndefined();
    expect(sideQuestion('Ok that helps. How long is the exam? I get test anxiety.')).toBeUndefined();
  });
});

describe('asksWhatItIs', () => {
  it('is true for a message that names something and then asks only "what is it?"', () => {
    expect(asksWhatItIs('As a hiring manager I see COC on some resumes. What is it?')).toBe(true);
    expect(asksWhatItIs('my coworker keeps saying ROI. what does that mean?')).toBe(true);
  });
  it('is false for "what is it?" alone, or a question that asks more', () => {
    expect(asksWhatItIs('what is it?')).toBe(false);
    expect(asksWhatItIs('I see COC on resumes. What is it worth to a clinic?')).toBe(false);
  });
  it('without a question mark, reads the one clause that asks and its first question', () => {
    expect(asksWhatItIs('my coworker keeps talking about her RHIA like its a big deal, what even is that and why is it harder to get')).toBe(true);
    expect(asksWhatItIs('my coworker keeps talking about her RHIA, what is it for')).toBe(false);
  });
});

describe('asksQuantityOfName', () => {
  const words = (t: string) => t.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  it('"how many do I need for the RHIT?" asks a quantity of the thing it names, with no word of what it counts', () => {
    expect(asksQuantityOfName('how many do i need for the rhit', words('how many do i need for the rhit'))).toBe(true);
    expect(asksQuantityOfName('and how long for the ccs?', words('and how long for the ccs'))).toBe(true);
  });
  it('a count of something named ("how many people hold the CCA?"), a part asked, or a long message is not', () => {
    expect(asksQuantityOfName('how many people currently hold the CCA?', words('how many people currently hold the CCA'))).toBe(false);
    expect(asksQuantityOfName('how many ceus do i need for the rhit', words('how many ceus do i need for the rhit'))).toBe(false);
    const long = 'how many do i need for the rhit if i also hold the cca and the ccs';
    expect(asksQuantityOfName(long, words(long))).toBe(false);
  });
});

describe('thingsNamed', () => {
  it('keeps the things asked about and drops the organisation that only says whose they are', () => {
    const mention = (topic: string, type: string) => ({ topic, type, name: topic }) as never;
    expect(thingsNamed([mention('professional-associations', 'organization'), mention('cca', 'credential')]).map((m: { topic: string }) => m.topic)).toEqual(['cca']);
    expect(thingsNamed([mention('professional-associations', 'organization')])).toEqual([]);
  });
});

describe('ABOUT_BOTH', () => {
  it('"...that an RHIT doesn\'t?" and "unlike the CCA" set two things side by side', () => {
    expect(ABOUT_BOTH.test("What does someone with that credential actually do that an RHIT doesn't?")).toBe(true);
    expect(ABOUT_BOTH.test('unlike the CCA, does it need experience?')).toBe(true);
    expect(ABOUT_BOTH.test('is it true that the exam is online?')).toBe(false);
  });
});

describe('STARTS_COMPARING', () => {
  it('"Compare it with the CCS-P: ..." and "vs an RHIT" open by setting the named thing beside the one in context', () => {
    expect(STARTS_COMPARING.test("Compare it with AHIMA's physician-based CCS-P: how many CEUs per cycle does each need?")).toBe(true);
    expect(STARTS_COMPARING.test('vs an RHIT, what is the education difference?')).toBe(true);
    expect(STARTS_COMPARING.test('compare the CCS-P and the CPC')).toBe(false);
  });
});

describe('leansOnContext: a claim put to check', () => {
  const leans = (text: string) => {
    const u = sharedUnderstanding();
    const ranking = u.ranker.rank(text);
    return leansOnContext(text, ranking, u.entities.find(ranking.analysis));
  };
  it('a short claim with no clear reading of its own leans on the answer just given, however long its words', () => {
    expect(leans("My coworker says it's 10 years for all of our paperwork, the whole lot of it. Who's right?")).toBe(true);
  });
  it('a claim that reads clearly as a question of its own does not', () => {
    expect(leans('my friend says the RHIT exam takes 3.5 hours, true?')).toBe(false);
  });
});

describe('ownClearlyNamed', () => {
  const named = (text: string) => {
    const u = sharedUnderstanding();
    const ranking = u.ranker.rank(text);
    return ownClearlyNamed(ranking, u.entities.find(ranking.analysis));
  };
  it('a message whose clear best topic is a thing it names', () => {
    expect(named('how long is the CHPS exam')).toBe(true);
  });
  it('not one that names nothing, nor one whose best topic is something else', () => {
    expect(named('how long is the exam')).toBe(false);
    expect(named('I have my RHIT, how do I refinance my mortgage?')).toBe(false);
  });
});

