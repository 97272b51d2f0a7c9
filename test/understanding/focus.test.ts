import { describe, expect, it } from 'vitest';
import { focusedEntity } from '../../src/understanding/focus.js';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const u = sharedUnderstanding();
const parts = new PartFinder(kb, u.ranker);
const focus = (text: string, topic: string) => focusedEntity(text, kb.byId.get(topic)!, parts, u.entities, u.ranker.analyzer);

describe('focusedEntity', () => {
  it('finds the one credential named in the part the question names ("privacy stuff": the CHPS)', () => {
    expect(focus('is there a cert for privacy stuff in HIM', 'specialty-roles')).toBe('chps');
    expect(focus('what credential is there for data people', 'specialty-roles')).toBe('chda');
  });
  it('finds none when the part names two credentials (specialty coding: the CRC and the COC) or the question names no part', () => {
    expect(focus('what about specialty coding', 'specialty-roles')).toBeUndefined();
    expect(focus('what jobs can i move into later', 'specialty-roles')).toBeUndefined();
  });
  it('finds none for a topic that does not hand over to credentials, whatever its parts name', () => {
    const keepsItsOwn = { ...kb.byId.get('specialty-roles')!, deferTo: [] };
    expect(focusedEntity('is there a cert for privacy stuff in HIM', keepsItsOwn, parts, u.entities, u.ranker.analyzer)).toBeUndefined();
  });
});
