// credential-in-context.ts: a longer message naming nothing that asks what only a credential has, of the one in context.
import { describe, expect, it } from 'vitest';
import { asksOfCredentialInContext } from '../../src/understanding/credential-in-context.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const understanding = sharedUnderstanding();
const asks = (text: string, context = { topic: 'crc', entity: 'crc', at: 0 }, fieldTerms: string[] = []) =>
  asksOfCredentialInContext(text, context, understanding.ranker.rank(text), [], fieldTerms, kb);

describe('asksOfCredentialInContext', () => {
  it('"how hard is the exam, like how many questions... i get test anxiety bad" after the CRC asks its exam', () => {
    expect(asks('how hard is the exam, like how many questions and how long? i get test anxiety bad')).toBe(true);
  });
  it('not with no credential in context, nor in the field\'s own words, unless it points at the exam one sits', () => {
    expect(asks('how hard is the exam, like how many questions and how long? i get test anxiety bad', { topic: 'pay', at: 0 } as never)).toBe(false);
    expect(asks('does a candidate need prior coding experience', { topic: 'cca', entity: 'cca', at: 0 }, ['coding'])).toBe(false);
    expect(asks("does a candidate need prior coding experience? she'd sit for it in her first months", { topic: 'cca', entity: 'cca', at: 0 }, ['coding'])).toBe(true);
  });
});
