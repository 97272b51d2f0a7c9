// The Advisor's settings (boot.ts fills them from the configuration; tests pass their own).
import type { EngineOptions } from '../nlu/classifier.js';
import type { ReviewLogSettings } from '../review/review-log.js';
import type { RetentionPolicy } from '../store/retention.js';
import type { Understanding } from '../understanding/understand.js';
import type { Logger } from '../log.js';

export interface AdvisorOptions {
  contextTtlMs?: number;
  maxInputChars?: number;
  rateLimitPerMinute?: number;
  channelRateLimitPerMinute?: number;
  logger?: Logger;
  now?: () => Date;
  engine?: EngineOptions;
  /** An already trained understanding of the same knowledge base (tests share one instead of retraining). */
  understanding?: Understanding;
  /** Where to keep the trained model between runs (see nlu/model-cache.ts); none means always train. */
  modelCacheDir?: string;
  /** The unanswered-question log: on or off, retention (REVIEW_LOG, REVIEW_LOG_DAYS). */
  reviewLog?: ReviewLogSettings;
  /** How long feedback and inactive people are kept (FEEDBACK_RETENTION_DAYS, PEOPLE_RETENTION_DAYS). */
  retention?: RetentionPolicy;
}
