// back-reference.ts: a long message whose question opens by pointing back at the last answer.
import { describe, expect, it } from 'vitest';
import { backReferredQuestion, examQuestionOfStory } from '../../src/understanding/back-reference.js';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe('the question a long message asks of the last answer', () => {
  it('is the last question without its pointing-back clause', () => {
    expect(backReferredQuestion("I'm 34 with a GED. Based on what you just said, am I even allowed to take that exam?")).toBe('am I even allowed to take that exam?');
    expect(backReferredQuestion('My rent is $1,400. Given the number you just gave me, what is that per hour?')).toBe('what is that per hour?');
    expect(backReferredQuestion('I code at a cancer center. Given that, who gives the certification?')).toBe('who gives the certification?');
  });
  it('is none for a message that is only its question, or whose question does not point back', () => {
    expect(backReferredQuestion('Given that, who gives the certification?')).toBeUndefined();
    expect(backReferredQuestion('I code at a cancer center. Who gives the certification?')).toBeUndefined();
    expect(backReferredQuestion('I moved to Ohio. Given my schedule, who gives the certification?')).toBeUndefined();
  });
  it('answers the question of the topic in context, whatever the story around it reads as', () => {
    const d = last(
      'what is cbcs',
      'I am working in my uncle billing company since 14 months, mostly I am posting payments and fixing the denials, but I never did any formal school for it. I have high school diploma from my country and it is translated. So from what you said, can I qualify for this one without going to a training school?',
    );
    expect(d.intent?.id).toBe('cbcs');
  });
});

describe('the question of a story that points at the exam in context', () => {
  const story = "I dropped out of college after a year of biology and have worked a pharmacy counter for 3 years. I've never done any coding. Am I even allowed to take it?";
  it('is the question that points at the exam', () => {
    expect(examQuestionOfStory(story)).toBe('Am I even allowed to take it?');
  });
  it('none when the question also points at something of the story, or there is no story', () => {
    expect(examQuestionOfStory("The program isn't accredited by anyone I can find. Does that matter if I want to sit for it after?")).toBeUndefined();
    expect(examQuestionOfStory('Am I even allowed to take it?')).toBeUndefined();
  });
  it('after the CCA, that story is asked as its eligibility', () => {
    expect(last('what is the cca', story)).toMatchObject({ intent: { id: 'cca' }, part: partOf('cca', /eligib/i) });
  });
});
