// back-reference.ts: a long message whose question opens by pointing back at the last answer.
import { describe, expect, it } from 'vitest';
import { backReferredQuestion } from '../../src/understanding/back-reference.js';
import { conversation } from '../helpers/conversation.js';

const { last } = conversation();

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
