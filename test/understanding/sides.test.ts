// sides.ts: which side of the comparison in context "the first one", "the other one" or "the bachelor's one" means.
import { describe, expect, it } from 'vitest';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { sideIdsOf, sideNamed } from '../../src/understanding/sides.js';
import type { ConversationContext } from '../../src/store/state.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const parts = new PartFinder(kb, sharedUnderstanding().ranker);
const compared: ConversationContext = { topic: 'rhit', also: ['rhia'], at: 0 };
const side = (text: string, ctx: ConversationContext = compared) => sideNamed(text, ctx, kb, parts)?.id;

describe('sideNamed', () => {
  it('"the first one" is the side named first; "the second one" and "the other one" the second', () => {
    expect(side('how long is the first one')).toBe('rhit');
    expect(side("and the second one's exam?")).toBe('rhia');
    expect(side('tell me about the other one')).toBe('rhia');
  });
  it('asked in turn ("and the CPC?" after the CCA), "the first one" is the one named first and "the other one" the one not just answered', () => {
    const inTurn: ConversationContext = { topic: 'cpc', also: ['cca'], alsoBefore: true, at: 0 };
    expect(side('ok back to the first one, how long do u get for the test', inTurn)).toBe('cca');
    expect(side('and the other one?', inTurn)).toBe('cca');
    expect(sideIdsOf(inTurn)).toEqual(['cca', 'cpc']);
  });
  it('"the AHIMA one or the AAPC one" describes both sides: no single side', () => {
    const inTurn: ConversationContext = { topic: 'cpc', also: ['rhit'], alsoBefore: true, at: 0 };
    expect(side('so which one need more, the AHIMA one or the AAPC one?', inTurn)).toBeUndefined();
  });
  it('"the bachelor\'s one" is the only side whose title or direct answer says it', () => {
    expect(side("ok the bachelor's one, can you qualify with a master's?")).toBe('rhia');
  });
  it('no comparison in context, or a description neither side gives: no side', () => {
    expect(side('and the other one?', { topic: 'rhit', at: 0 })).toBeUndefined();
    expect(side('the better one?')).toBeUndefined();
  });
});

describe('sideIdsOf', () => {
  it('the sides in the order named, and none without a comparison in context', () => {
    expect(sideIdsOf(compared)).toEqual(['rhit', 'rhia']);
    expect(sideIdsOf({ topic: 'rhit', at: 0 })).toEqual([]);
    expect(sideIdsOf(undefined)).toEqual([]);
  });
});
