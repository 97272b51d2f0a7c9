// request-frame.ts: "tell me about coding" is read as the plain question it wraps.
import { describe, expect, it } from 'vitest';
import { askedInFrame, overviewAsked } from '../../src/understanding/request-frame.js';
import { conversation } from '../helpers/conversation.js';

const { decide } = conversation();

describe('askedInFrame', () => {
  it.each([
    ['tell me about coding', 'what is coding'],
    ['can you tell me about medical coding please', 'what is medical coding'],
    ['explain the rhia', undefined],
    ['pls give me some info on medical records jobs', 'what is medical records jobs'],
    ['could u explain about hipaa?', 'what is hipaa'],
    ['can you give me a quick rundown of the cpc?', 'what is the cpc'],
  ])('%s -> %s', (text, question) => {
    expect(askedInFrame(text)).toBe(question);
  });
  it('a question of its own, or a long request, is not a frame', () => {
    expect(askedInFrame('what is coding')).toBeUndefined();
    expect(askedInFrame('tell me about the time my manager made me refile every chart in the basement by hand')).toBeUndefined();
  });
});

describe('the frame in Understanding.decide', () => {
  it('"tell me about coding" and "tell me about billing" are topics of the field, not declines', () => {
    expect(decide('tell me about coding').intent?.id).toBe('medical-coding-basics');
    expect(decide('tell me about billing').intent?.kind).toBe('topic');
  });
  it('a request about something outside the field is still declined or answered as before', () => {
    expect(decide('tell me about the weather').intent?.kind).not.toBe('topic');
    expect(decide("tell me about my patient's chart").intent?.kind).not.toBe('topic');
  });
});

describe('overviewAsked', () => {
  it('a closing request for an overview after something named asks what it is', () => {
    expect(overviewAsked('I keep hearing about the CPC. Can you give me a rundown?')).toBe('I keep hearing about the CPC. What is it?');
    expect(overviewAsked('the cpc keeps coming up. quick overview pls')).toBeUndefined();
  });
  it('a request alone, or one in the middle of a message, is not rewritten', () => {
    expect(overviewAsked('can you give me a rundown?')).toBeUndefined();
    expect(overviewAsked('I keep hearing about the CPC. Can you give me a rundown? Also what does it cost?')).toBeUndefined();
  });
  it('in Understanding.decide, "...the CPC keeps coming up everywhere. Can you give me a rundown?" is the CPC, not a declined injection', () => {
    const text = "I'm a medical assistant and burned out on the patient side. I've been reading about coding and the CPC keeps coming up everywhere. Can you give me a rundown?";
    expect(decide(text).intent?.id).toBe('cpc');
  });
});
