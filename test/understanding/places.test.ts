import { describe, expect, it } from 'vitest';
import { ASKS_ABOUT_A_PLACE } from '../../src/understanding/places.js';

describe('ASKS_ABOUT_A_PLACE', () => {
  it.each(['and in california?', 'is it the same in new york', 'what about texas', 'pay in my state?', 'jobs near me', 'where i live', 'does it differ by state', 'in small towns?'])(
    'finds a place in "%s"',
    (text) => {
      expect(ASKS_ABOUT_A_PLACE.test(text)).toBe(true);
    },
  );
  it.each(['what is the rhit', 'state of the art coding', 'how long is the exam', 'washingtonian', 'my city bus was late'])('finds none in "%s"', (text) => {
    expect(ASKS_ABOUT_A_PLACE.test(text)).toBe(false);
  });
});
