// state.ts: emptyData is a fresh empty document of version 1; newPerson is an empty record stamped with the time given.
import { describe, expect, it } from 'vitest';
import { emptyData, newPerson } from '../../src/store/state.js';

describe('emptyData and newPerson', () => {
  it('an empty document of version 1 with every part empty, a fresh one each time', () => {
    const a = emptyData();
    expect(a).toEqual({ version: 1, people: {}, contexts: {}, feedback: [], unanswered: [], replies: {}, seen: {} });
    a.feedback.push({ replyId: 'r', intent: null, helpful: true, at: 'x' });
    expect(emptyData().feedback).toEqual([]);
  });

  it('a person with no goals, steps or ratings, updated at the given time', () => {
    expect(newPerson(new Date('2026-03-04T05:06:07Z'))).toEqual({ goals: [], done: {}, rated: {}, updatedAt: '2026-03-04T05:06:07.000Z' });
  });
});
