// another-one.ts through Understanding.decide in conversation: another thing of the kind in context asked for.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last } = conversation();

describe('another one asked for', () => {
  it('"is there one for privacy too?" after the RHIT is the message\'s own reading, the CHPS', () => {
    expect(last('what is the rhit', 'is there one for privacy too?').intent?.id).toBe('chps');
  });
  it('"is there one for data people" after the RHIT is the credential its reading clearly puts first, the CHDA', () => {
    expect(last('what is the rhit', 'is there one for data people').intent?.id).toBe('chda');
  });
});
