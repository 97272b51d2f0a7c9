// installations.ts: StoreInstallations over the store port. A reinstall keeps the first installedAt, and a delete
// purges the older copies (the tokens must not survive in a backup), but only when there was something to delete.
import { describe, expect, it } from 'vitest';
import { StoreInstallations } from '../../src/store/installations.js';
import { MemoryStore } from '../../src/store/memory.js';

/** A memory store that counts how often the older copies were purged. */
class CountingStore extends MemoryStore {
  purges = 0;
  override async purgeOldCopies(): Promise<void> {
    this.purges++;
  }
}

const install = (key: string, token: string) => ({
  platform: 'slack' as const,
  key,
  teamId: key,
  isEnterpriseInstall: false,
  data: { bot: { token } },
});

describe('StoreInstallations', () => {
  it('puts, gets and lists installations per key, stamping installedAt and updatedAt', async () => {
    const installs = new StoreInstallations(new MemoryStore());
    const put = await installs.put(install('T1', 'xoxb-1'));
    expect(put).toMatchObject({ key: 'T1', data: { bot: { token: 'xoxb-1' } } });
    expect(Date.parse(put.installedAt)).not.toBeNaN();
    expect(put.updatedAt).toBe(put.installedAt);
    await installs.put(install('T2', 'xoxb-2'));
    expect((await installs.get('slack', 'T1'))?.data).toEqual({ bot: { token: 'xoxb-1' } });
    expect(await installs.get('slack', 'T9')).toBeUndefined();
    expect((await installs.list('slack')).map((r) => r.key).sort()).toEqual(['T1', 'T2']);
  });

  it('a reinstall replaces the data and keeps the first installedAt', async () => {
    const installs = new StoreInstallations(new MemoryStore());
    const first = await installs.put(install('T1', 'old'));
    await new Promise((r) => setTimeout(r, 5));
    const again = await installs.put(install('T1', 'new'));
    expect(again.installedAt).toBe(first.installedAt);
    expect(again.updatedAt > first.updatedAt).toBe(true);
    expect((await installs.get('slack', 'T1'))?.data).toEqual({ bot: { token: 'new' } });
    expect(await installs.list('slack')).toHaveLength(1);
  });

  it('deleting purges the older copies once; deleting what is not there purges nothing and says false', async () => {
    const store = new CountingStore();
    const installs = new StoreInstallations(store);
    await installs.put(install('T1', 'xoxb-1'));
    expect(await installs.delete('slack', 'T1')).toBe(true);
    expect(store.purges).toBe(1);
    expect(await installs.get('slack', 'T1')).toBeUndefined();
    expect(await installs.delete('slack', 'T1')).toBe(false);
    expect(store.purges).toBe(1);
  });
});
