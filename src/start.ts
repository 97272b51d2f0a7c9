// `npm start`: every surface whose tokens are set, or the terminal chat when none are (SPEC section 5).
// The only place that wires surfaces to the core: the core never imports an adapter.
import { boot, type Core } from './boot.js';
import { runChat } from './cli/chat.js';

export interface RunningSurface {
  name: string;
  stop(): Promise<void>;
}

type SurfaceStarter = (core: Core) => Promise<RunningSurface>;

/** Configured surfaces, loaded lazily so the terminal chat never pays for the platform SDKs. */
function configuredSurfaces(core: Core): { name: string; load: () => Promise<SurfaceStarter> }[] {
  const list: { name: string; load: () => Promise<SurfaceStarter> }[] = [];
  if (core.config.discord) list.push({ name: 'discord', load: () => loadSurface('../adapters/discord/index.js', 'startDiscord') });
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
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    core.logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((s) => s.stop()));
    await core.store.close();
    core.logger.info({}, 'stopped cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
