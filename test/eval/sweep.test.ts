// The topic-mass sweep reads the same trained model with other thresholds, passed in: nothing is changed in
// place, and each value really is what the advisor decides with.
import { describe, expect, it } from 'vitest';
import { Advisor } from '../../src/core/advisor.js';
import { DEFAULTS } from '../../src/eval/command.js';
import { scoreItems } from '../../src/eval/facts.js';
import { withOpeners } from '../../src/eval/run.js';
import { readSet, type QuestionItem } from '../../src/eval/sets.js';
import { sweepPoints, sweepTopicMass, TOPIC_MASS_GRID } from '../../src/eval/sweep.js';
import { MemoryStore } from '../../src/store/memory.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../src/understanding/thresholds.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

describe('the sweep grid', () => {
  it('runs topicMass from 0.40 to 0.80 in steps of 0.05, topicMassWithField 0.2 below, the current value kept as it is', () => {
    expect(TOPIC_MASS_GRID).toEqual([0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]);
    const base: Thresholds = { ...DEFAULT_THRESHOLDS, answer: 0.35, topicMass: 0.6, topicMassWithField: 0.4, suggest: 0.04 };
    const points = sweepPoints(base);
    expect(points).toHaveLength(9);
    expect(points.map((p) => p.topicMassWithField)).toEqual([0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]);
    for (const p of points) expect(p).toMatchObject({ answer: 0.35, suggest: 0.04 });
    // Off the grid, the current thresholds are added as they are (not re-derived).
    const off = sweepPoints({ ...base, topicMass: 0.58, topicMassWithField: 0.33 });
    expect(off).toHaveLength(10);
    expect(off[4]).toEqual({ ...base, topicMass: 0.58, topicMassWithField: 0.33 });
  });
});

describe('sweeping on the real knowledge base', () => {
  const kb = realKnowledge();
  const understanding = sharedUnderstanding();
  const tune = readSet(DEFAULTS.tune) as QuestionItem[];
  // A third of the tuning set, and the same after an opener.
  const items = withOpeners(tune.filter((_, i) => i % 3 === 0));

  it('changes nothing in place: DEFAULT_THRESHOLDS and the understanding keep their values', async () => {
    const defaults = JSON.stringify(DEFAULT_THRESHOLDS);
    const own = JSON.stringify(understanding.thresholds);
    // Frozen: a sweep that set a value for a while, even one that put it back afterwards, throws here.
    Object.freeze(DEFAULT_THRESHOLDS);
    Object.freeze(understanding.thresholds);
    const before = (await scoreItems(new Advisor(kb, new MemoryStore(), { understanding }), items)).kinds;
    const points = sweepPoints(understanding.thresholds, [0.2, 0.95]);
    const sweep = await sweepTopicMass(kb, understanding, items, points, ['tune']);
    expect(JSON.stringify(DEFAULT_THRESHOLDS)).toBe(defaults);
    expect(JSON.stringify(understanding.thresholds)).toBe(own);
    // The row at the current thresholds, asked again, is what the unmodified advisor does.
    const current = sweep.rows.find((r) => r.thresholds.topicMass === understanding.thresholds.topicMass)!;
    expect(current.kinds).toEqual(before);
    expect(sweep.current).toBe(understanding.thresholds.topicMass);
    // ...and afterwards the advisor still does the same.
    expect((await scoreItems(new Advisor(kb, new MemoryStore(), { understanding }), items)).kinds).toEqual(before);
  }, 120_000);

  it('each value is what the advisor decides with: a very high topic mass declines more, a very low one answers more', async () => {
    const points = sweepPoints(understanding.thresholds, [0.2, 0.95]);
    const sweep = await sweepTopicMass(kb, understanding, items, points, ['tune']);
    const [low, , high] = sweep.rows;
    expect(low!.thresholds.topicMass).toBe(0.2);
    expect(high!.thresholds.topicMass).toBe(0.95);
    expect(high!.kinds.in!.passed).toBeLessThan(low!.kinds.in!.passed);
    expect(high!.kinds.oos!.passed).toBeGreaterThanOrEqual(low!.kinds.oos!.passed);
    expect(high!.kinds.in!.total).toBe(low!.kinds.in!.total);
  }, 120_000);
});
