// groupSimilar(): logged questions grouped by average Jaccard similarity of their stems, biggest groups first.
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/nlu/analyzer.js';
import { groupSimilar } from '../../src/review/cluster.js';

const analyzer = new Analyzer({ spelling: false });
const items = (...texts: string[]) => texts.map((text, i) => ({ id: `q${i + 1}`, text }));
const ids = (groups: { members: { id: string }[] }[]) => groups.map((g) => g.members.map((m) => m.id));

describe('groupSimilar', () => {
  it('returns no groups for no questions', () => {
    expect(groupSimilar([], analyzer)).toEqual([]);
  });

  it('groups questions whose stems mostly overlap and keeps an unrelated one apart', () => {
    // {long, rhit, exam} and {long, cca, exam} share 2 of 4 stems: 0.5.
    const qs = items('how long is the rhit exam', 'remote coding jobs', 'how long is the cca exam');
    expect(ids(groupSimilar(qs, analyzer))).toEqual([['q1', 'q3'], ['q2']]);
  });

  it('keeps the original items as members', () => {
    const qs = items('rhit', 'rhit');
    expect(groupSimilar(qs, analyzer)[0]!.members[1]).toBe(qs[1]);
  });

  it('ignores stop words: "what is the rhit" and "rhit" are the same question', () => {
    expect(ids(groupSimilar(items('what is the rhit', 'rhit'), analyzer))).toEqual([['q1', 'q2']]);
  });

  it('joins the most similar group, not just any group close enough', () => {
    // "cca exam hard" is 0.67 like the first group and 0.5 like the second: both pass, the first is closer.
    expect(ids(groupSimilar(items('cca exam', 'rhit exam hard', 'cca exam hard'), analyzer))).toEqual([['q1', 'q3'], ['q2']]);
  });

  it('compares with the average of the group, so closeness to one member is not enough', () => {
    // {rhit, exam, pay, salari}: 0.4 like q1, 0.17 like q2, 0.28 on average, below 0.34.
    const qs = items('how long is the rhit exam', 'how long is the cca exam', 'rhit exam pay salary');
    expect(ids(groupSimilar(qs, analyzer))).toEqual([['q1', 'q2'], ['q3']]);
  });

  it('puts the biggest groups first and keeps arrival order between groups of one size', () => {
    const qs = items('remote coding jobs', 'cca exam', 'rhit salary', 'cca exam', 'remote coding jobs', 'cca exam');
    expect(ids(groupSimilar(qs, analyzer))).toEqual([['q2', 'q4', 'q6'], ['q1', 'q5'], ['q3']]);
  });

  it('takes the similarity threshold as a parameter', () => {
    const qs = items('how long is the rhit exam', 'how long is the cca exam');
    expect(ids(groupSimilar(qs, analyzer, 1))).toEqual([['q1'], ['q2']]);
    expect(ids(groupSimilar(items('rhit salary', 'remote coding jobs'), analyzer, 0))).toEqual([['q1', 'q2']]);
  });
});
