// memory.ts: the memory store keeps its document in memory only (each change applied at once, nothing to flush or
// purge), starting from emptyData() or a given document.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { emptyData, newPerson } from '../../src/store/state.js';

describe('MemoryStore', () => {
  it('is of kind memory and starts empty, or from the document it is given', async () => {
    expect(new MemoryStore().kind).toBe('memory');
    expect(new MemoryStore().data).toEqual(emptyData());
    const data = emptyData();
    data.people['k'] = newPerson();
    const store = new MemoryStore(data);
    expect(await store.getPerson('k')).toEqual(data.people['k']);
  });

  it('applies a change to its document at once and returns its result', async () => {
    const store = new MemoryStore();
    const n = await store.update((d) => {
      d.replies['r1'] = { intent: 'rhit', at: 5 };
      return Object.keys(d.replies).length;
    });
    expect(n).toBe(1);
    expect(store.data.replies).toEqual({ r1: { intent: 'rhit', at: 5 } });
  });

  it('flush, purge and close keep the document as it was', async () => {
    const store = new MemoryStore();
    await store.changePerson('k', () => newPerson());
    await store.flush();
    await store.purgeOldCopies();
    await store.close();
    expect(Object.keys(store.data.people)).toEqual(['k']);
  });
});
