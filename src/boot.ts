// Builds the core once per process: settings, knowledge, storage and the trained advisor.
import path from 'node:path';
import { Advisor } from './core/advisor.js';
import type { Logger } from './log.js';
import { loadConfig, loadDotEnv, type Config } from './config.js';
import { loadCompiledKnowledge } from './bundle/compiled.js';
import { lazyLogger } from './log.js';
import { MemoryStore } from './store/memory.js';
import { openStore } from './store/open.js';
import { RETENTION_DEFAULTS } from './store/retention.js';
import { StoreInstallations, type Installations } from './store/installations.js';
import type { Store } from './store/port.js';
import { Understanding } from './understanding/understand.js';

export interface Core {
  config: Config;
  advisor: Advisor;
  store: Store;
  logger: Logger;
  /** Installations into workspaces (Slack OAuth mode); adapters fall back to the store's when absent. */
  installations?: Installations | undefined;
  /** Where the knowledge came from: the compiled bundle, or the source files (then compiled and, if it could be, written). */
  knowledge?: { from: 'bundle' | 'source'; written: boolean; file: string } | undefined;
}

export interface BootOptions {
  /** Keep nothing on disk (one-off `chartpath ask`). */
  memory?: boolean;
  /** Log level when LOG_LEVEL is not set. */
  defaultLogLevel?: string;
  /** Scripts and pipelines are not chat: no per-person rate limit. */
  noRateLimit?: boolean;
}

export async function boot(options: BootOptions = {}): Promise<Core> {
  loadDotEnv();
  const config = loadConfig();
  const logger = lazyLogger({ level: config.logLevel ?? options.defaultLogLevel ?? 'info', secrets: config.secrets });
  // The compiled bundle (src/bundle/): no YAML, no validation and no training at start-up unless knowledge/ changed.
  const { kb, snapshot, tables, from, written, file } = await loadCompiledKnowledge(config.knowledgeDir, path.join(config.dataDir, 'cache'), logger);
  const store: Store = options.memory ? new MemoryStore() : await openStore(config, logger);
  const advisor = new Advisor(kb, store, {
    contextTtlMs: config.contextTtlMs,
    maxInputChars: config.maxInputChars,
    rateLimitPerMinute: options.noRateLimit ? 0 : config.rateLimitPerMinute,
    channelRateLimitPerMinute: options.noRateLimit ? 0 : config.channelRateLimitPerMinute,
    logger,
    understanding: new Understanding(kb, {}, { snapshot, tables }),
    reviewLog: config.reviewLog,
    retention: { ...RETENTION_DEFAULTS, ...config.retention },
  });
  // Data past its retention period leaves the store at start-up (and hourly while running).
  try {
    await advisor.housekeeping(true);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  logger.debug({ knowledge: from }, 'classifier ready');
  return { config, advisor, store, logger, installations: new StoreInstallations(store), knowledge: { from, written, file } };
}
