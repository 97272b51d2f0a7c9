// shared-figures.ts: the figures every side of a part-by-part comparison states, said once.
import { describe, expect, it } from 'vitest';
import { sharedFiguresLine } from '../../src/core/shared-figures.js';

describe('sharedFiguresLine', () => {
  it('names the figures with a unit that every side states, whatever the wording around them', () => {
    expect(sharedFiguresLine(['100 multiple-choice questions in 4 hours, with 70% needed to pass.', '100 questions in 4 hours; you need 70 percent.'])).toBe('**The same for both:** 100 questions, 4 hours, 70%.');
    expect(sharedFiguresLine(['30 CEUs every two years.', '30 CEUs every two years, 10 more per credential.', 'Also 30 CEUs.'])).toBe('**The same for all 3:** 30 CEUs.');
  });
  it('says nothing when the sides share no figure, or there is one side, or only bare numbers match', () => {
    expect(sharedFiguresLine(['2 hours, 105 questions.', '4 hours, 100 questions.'])).toBeUndefined();
    expect(sharedFiguresLine(['4 hours.'])).toBeUndefined();
    expect(sharedFiguresLine(['since 2015', 'in 2015'])).toBeUndefined();
  });
});
