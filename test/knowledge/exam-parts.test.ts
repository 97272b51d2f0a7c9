// What people ask of an exam (where it is taken, how long they have to book it) is in each AHIMA credential's own
// exam part, so a follow-up about the exam gets it without the rest of the card.
import { describe, expect, it } from 'vitest';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const ahimaCredentials = kb.intents.filter((i) => i.entity?.type === 'credential' && /\bAHIMA\b/.test(i.layout.parts.find((p) => /^Who awards/.test(p.label))?.text ?? ''));

describe("AHIMA credentials' exam parts", () => {
  it('there are the eight AHIMA credentials', () => {
    expect(ahimaCredentials.map((i) => i.id).sort()).toEqual(['cca', 'ccs', 'ccs-p', 'cdip', 'chda', 'chps', 'rhia', 'rhit']);
  });
  it.each(ahimaCredentials.map((i) => [i.id, i] as const))('%s: the exam part gives the 120-day scheduling window; who awards it names Pearson VUE', (_, intent) => {
    expect(intent.layout.parts.find((p) => /^The exam/.test(p.label))?.text).toMatch(/within 120 days/);
    expect(intent.layout.parts.find((p) => /^Who awards/.test(p.label))?.text).toMatch(/Pearson VUE/);
  });
});
