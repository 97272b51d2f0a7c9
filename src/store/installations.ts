// Installations of ChartPath into a workspace (Slack's OAuth distribution): who installed it where, with the platform's
// own installation object (its tokens included), behind a small interface. The lowdb-backed implementation keeps them
// in the data file through the storage port; a server database can implement the same interface later.
import type { Store } from './port.js';

export type InstallationPlatform = 'slack';

export interface InstallationRecord {
  platform: InstallationPlatform;
  /** The installation's key: an organisation (enterprise) id for an org-wide install, else the workspace (team) id. */
  key: string;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall: boolean;
  /** The platform's installation object as its SDK stores it (tokens included). Opaque to ChartPath. */
  data: unknown;
  installedAt: string;
  updatedAt: string;
}

export interface Installations {
  get(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined>;
  /** Adds or replaces (a reinstall keeps the first installedAt). */
  put(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>): Promise<InstallationRecord>;
  /** True when there was one to delete. */
  delete(platform: InstallationPlatform, key: string): Promise<boolean>;
  list(platform: InstallationPlatform): Promise<InstallationRecord[]>;
}

const id = (platform: InstallationPlatform, key: string) => `${platform}:${key}`;

/** Installations in the store's data (`installations`), written like every other change. */
export class StoreInstallations implements Installations {
  constructor(private readonly store: Store) {}

  async get(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined> {
    return this.store.data.installations?.[id(platform, key)];
  }

  async put(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>): Promise<InstallationRecord> {
    const now = new Date().toISOString();
    return this.store.update((d) => {
      const all = (d.installations ??= {});
      const previous = all[id(record.platform, record.key)];
      const stored: InstallationRecord = { ...record, installedAt: previous?.installedAt ?? now, updatedAt: now };
      all[id(record.platform, record.key)] = stored;
      return stored;
    });
  }

  async delete(platform: InstallationPlatform, key: string): Promise<boolean> {
    if (!this.store.data.installations?.[id(platform, key)]) return false;
    await this.store.update((d) => {
      if (d.installations) delete d.installations[id(platform, key)];
    });
    // The tokens must not survive in an older copy (the start-up backup) either.
    await this.store.purgeOldCopies();
    return true;
  }

  async list(platform: InstallationPlatform): Promise<InstallationRecord[]> {
    return Object.values(this.store.data.installations ?? {}).filter((r) => r.platform === platform);
  }
}
