// The core's public entry for the surfaces (adapters/): starting the core and the few services a platform adapter
// needs besides the reply contract (src/contract). Adapters import this and the contract, never the core's folders.
export { boot, type BootOptions, type Core } from './boot.js';
export { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
export { INSTALL_PATH, OAUTH_REDIRECT_PATH, type SlackOAuthSettings } from './config-deploy.js';
export { PHRASES } from './core/phrases.js';
export { loadKnowledge } from './knowledge/load.js';
export { KnowledgeError } from './knowledge/problems.js';
export { silentLogger, type Logger } from './log.js';
export { outbound, type Outbound } from './net/outbound.js';
export { packageRoot } from './paths.js';
export { StoreInstallations, type InstallationRecord, type Installations } from './store/installations.js';
export type { Store } from './store/port.js';
