// Chooses the store from the settings: PostgreSQL when DATABASE_URL is set (people's data then lives in the database
// only, and DATA_DIR keeps just the model cache), else the lowdb file in DATA_DIR.
import type { Logger } from '../log.js';
import type { Store } from './port.js';

export interface StoreSettings {
  dataDir: string;
  database?: { url: string; poolMax: number } | undefined;
}

export async function openStore(settings: StoreSettings, logger: Logger): Promise<Store> {
  if (settings.database) {
    // Loaded only when used: a file-only install never loads the PostgreSQL client.
    const { PgStore } = await import('./pg/pg-store.js');
    return PgStore.open(settings.database.url, { poolMax: settings.database.poolMax, logger });
  }
  // The file store (and its schema library) only for commands that keep something on disk.
  const { LowdbStore } = await import('./lowdb-store.js');
  return LowdbStore.open(settings.dataDir, { logger });
}
