// Installations of ChartPath into a workspace (Slack's OAuth distribution): who installed it where, with the platform's
// own installation object (its tokens included), behind a small interface, kept through the storage port (the lowdb
// file or the PostgreSQL database).
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

/** Installations kept by the store (a row each), written like every other change. */
export class StoreInstallations implements Installations {
  constructor(private readonly store: Store) {}

  async get(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined> {
    return this.store.getInstallation(platform, key);
  }

  async put(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>): Promise<InstallationRecord> {
    return this.store.putInstallation(record, new Date());
  }

  async delete(platform: InstallationPlatform, key: string): Promise<boolean> {
    if (!(await this.store.deleteInstallation(platform, key))) return false;
    // The tokens must not survive in an older copy (the start-up backup) either.
    await this.store.purgeOldCopies();
    return true;
  }

  async list(platform: InstallationPlatform): Promise<InstallationRecord[]> {
    return this.store.listInstallations(platform);
  }
}
