// adapters/shared/pack.ts: the one packing of a reply's pieces into messages, used by the Discord (embeds) and Slack
// (blocks) renderers with their own limits.
import { describe, expect, it } from 'vitest';
import { pack } from '../../../adapters/shared/pack.js';

const len = (s: string) => s.length;

describe('pack', () => {
  it('keeps the order and closes a group at the count limit', () => {
    expect(pack(['a', 'b', 'c', 'd', 'e'], len, { maxCount: 2, maxSize: 100 })).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('closes a group when the next item would take it past the size limit; exactly the limit still fits', () => {
    expect(pack(['aaa', 'bb', 'c', 'dddd'], len, { maxCount: 10, maxSize: 5 })).toEqual([['aaa', 'bb'], ['c', 'dddd']]);
    expect(pack(['aaa', 'bbb'], len, { maxCount: 10, maxSize: 5 })).toEqual([['aaa'], ['bbb']]);
  });

  it('an item larger than the size limit goes alone, never into an empty group before it', () => {
    expect(pack(['toolong', 'a', 'b'], len, { maxCount: 10, maxSize: 3 })).toEqual([['toolong'], ['a', 'b']]);
    expect(pack(['a', 'toolong'], len, { maxCount: 10, maxSize: 3 })).toEqual([['a'], ['toolong']]);
  });

  it('nothing to pack is no group; sizes are counted afresh in each group', () => {
    expect(pack([], len, { maxCount: 1, maxSize: 1 })).toEqual([]);
    expect(pack(['aa', 'aa', 'aa', 'aa'], len, { maxCount: 10, maxSize: 4 })).toEqual([['aa', 'aa'], ['aa', 'aa']]);
  });
});
