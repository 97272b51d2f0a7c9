// local-part.ts: the part of a card that alone uses a question's words.
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/knowledge/types.js';
import { partSayingAlone } from '../../src/understanding/local-part.js';

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const card = {
  layout: {
    lead: 'Continuing education keeps a credential active.',
    parts: [
      { label: 'AHIMA', text: 'AHIMA asks for 20 CEUs to stay active, some from the state association.' },
      { label: 'AAPC', text: 'AAPC asks for 36 CEUs; you can earn them at chapter meetings.' },
      { label: 'Where to earn them', text: 'Webinars, the state association and cheap online courses.' },
    ],
    tail: '',
  },
} as unknown as Intent;

describe('partSayingAlone', () => {
  it('is the part with the most words no other part and not the direct answer uses', () => {
    expect(partSayingAlone(['cheap', 'webinars'], card, words)?.label).toBe('Where to earn them');
    expect(partSayingAlone(['chapter'], card, words)?.label).toBe('AAPC');
  });
  it('nothing for words two parts share, words of the direct answer, a tie, or no words', () => {
    expect(partSayingAlone(['state'], card, words)).toBeUndefined();
    expect(partSayingAlone(['active'], card, words)).toBeUndefined();
    expect(partSayingAlone(['chapter', 'webinars'], card, words)).toBeUndefined();
    expect(partSayingAlone([], card, words)).toBeUndefined();
  });
});
