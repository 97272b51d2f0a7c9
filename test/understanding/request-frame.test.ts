// request-frame.ts: "tell me about coding" is read as the plain question it wraps.
import { describe, expect, it } from 'vitest';
import { askedInFrame } from '../../src/understanding/request-frame.js';
import { conversation } from '../helpers/conversation.js';

const { decide } = conversation();

describe('askedInFrame', () => {
  it.each([
    ['tell me about coding', 'what is coding'],
    ['can you tell me about medical coding please', 'what is medical coding'],
    ['explain the rhia', undefined],
    ['pls give me some info on medical records jobs', 'what is medical records jobs'],
    ['could u explain about hipaa?', 'what is hipaa'],
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
