// finishing.ts: the last touches on a decision, on the real knowledge base.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/understanding/decision.js';
import { finished } from '../../src/understanding/finishing.js';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const parts = new PartFinder(kb, sharedUnderstanding().ranker);
const decision = (id: string | undefined, extra: Partial<Decision> = {}): Decision => ({
  intent: id ? kb.byId.get(id) : undefined,
  confidence: 0.9,
  route: 'classifier',
  candidates: [],
  entity: undefined,
  ...extra,
});

describe('finished', () => {
  it('leaves a whole card asked in full as it is', () => {
    expect(finished(decision('cpt'), 'what is CPT and who maintains it?', undefined, kb, parts).part).toBeUndefined();
  });
  it('gives a body named beside a general card that body\'s part (organisation-part.ts)', () => {
    const d = finished(decision('continuing-education', { entity: 'professional-associations' }), 'how many ceus does aapc require', undefined, kb, parts);
    expect(d.part).toBe('AAPC');
  });
  it('answers an abbreviation nothing answered with the part that spells it out (glossary.ts)', () => {
    const d = finished(decision(undefined, { route: 'unsure', confidence: 0.4 }), 'what does drg stand for', undefined, kb, parts);
    expect(d.intent?.kind).toBe('topic');
    expect(kb.byId.get(d.intent!.id)!.layout.parts.find((p) => p.label === d.part)?.text).toMatch(/diagnosis-related group/i);
  });
  it('gives a few words the card just shown answers a part of it, not the whole card again (no-repeat.ts)', () => {
    const context = { topic: 'cpc', entity: 'cpc', at: 0 };
    expect(finished(decision('cpc', { entity: 'cpc' }), 'cpc-a?', context, kb, parts).part).toBeDefined();
  });
});
