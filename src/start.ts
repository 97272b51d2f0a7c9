// `npm start`: every surface whose tokens are set, or the terminal chat when none are (README.md "Discord and Slack").
// The only place that wires surfaces to the core: the core never imports an adapter.
import { boot, type Core } from './boot.js';
import { runChat } from './terminal/chat.js';
import { healthReport, startHealthServer, type HealthServer } from './health.js';

import type { RunningSurface } from './contract/index.js';

export type { RunningSurface, SurfaceHealth } from './contract/index.js';

type SurfaceStarter = (core: Core) => Promise<RunningSurface>;

/** Configured surfaces, loaded lazily so the terminal chat never pays for the platform SDKs. */
function configuredSurfaces(core: Core): { name: string; load: () => Promise<SurfaceStarter> }[] {
  const list: { name: string; load: () => Promise<SurfaceStarter> }[] = [];
  if (core.config.discord) {
    // The gateway's WebSocket can only be given the outbound proxy if this runs before discord.js is loaded (static
    // imports cannot order a CommonJS package after it), so it is loaded first, on its own.
    list.push({ name: 'discord', load: async () => (await import('../adapters/discord/gateway-proxy.js'), loadSurface('../adapters/discord/index.js', 'startDiscord')) });
  }
  if (core.config.slack) list.push({ name: 'slack', load: () => loadSurface('../adapters/slack/index.js', 'startSlack') });
  return list;
}

async function loadSurface(modulePath: string, exportName: string): Promise<SurfaceStarter> {
  const mod = (await import(modulePath)) as Record<string, unknown>;
  const starter = mod[exportName];
  if (typeof starter !== 'function') throw new Error(`${modulePath} does not export ${exportName}()`);
  return starter as SurfaceStarter;
}

export async function start(): Promise<void> {
  const core = await boot();
  const wanted = configuredSurfaces(core);
  if (!wanted.length) {
    await runChat(core.advisor);
    await core.store.close();
    return;
  }
  const running: RunningSurface[] = [];
  // A surface that fails to start (a bad token) is reported; the others keep running.
  for (const surface of wanted) {
    try {
      const starter = await surface.load();
      running.push(await starter(core));
      core.logger.info({ surface: surface.name }, 'surface started');
    } catch (error) {
      core.logger.error({ surface: surface.name, err: error }, `could not start ${surface.name}: ${(error as Error).message}`);
    }
  }
  if (!running.length) {
    await core.store.close();
    throw new Error('No surface could start; see the errors above.');
  }
  let health: HealthServer | undefined;
  if (core.config.health) {
    try {
      health = await startHealthServer(core.config.health, () => healthReport(running));
      core.logger.info({ host: core.config.health.host, port: health.port, path: '/healthz' }, `health endpoint on ${core.config.health.host}:${health.port}/healthz`);
    } catch (error) {
      core.logger.error({ err: error }, `could not serve /healthz on HEALTH_PORT ${core.config.health.port}: ${(error as Error).message}`);
    }
  }
  let stopping = false;
  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    core.logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((s) => s.stop()));
    await health?.close();
    await core.store.close();
    core.logger.info({ exitCode }, exitCode ? 'stopped after a failure' : 'stopped cleanly');
    process.exit(exitCode);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // A surface that fails for good after start-up (Discord closed the gateway for good): stop everything and exit
  // non-zero, so that the service manager (systemd, Docker, Kubernetes) restarts the process or raises an alarm.
  for (const surface of running) {
    void surface.fatal?.then((error) => {
      core.logger.error({ surface: surface.name, err: error }, `${surface.name} failed and cannot recover: ${error.message} Exiting with code 1.`);
      void stop(`${surface.name} failed`, 1);
    });
  }
}
