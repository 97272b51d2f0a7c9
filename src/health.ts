// GET /healthz for the whole process (HEALTH_PORT): 200 when every running surface is connected and serving, 503
// otherwise, with each surface's state as JSON. For container HEALTHCHECKs, systemd watchdogs and load balancers;
// Slack's HTTP mode also answers /healthz on its own port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningSurface, SurfaceHealth } from './contract/index.js';

export const HEALTH_PATH = '/healthz';

export interface HealthReport {
  ok: boolean;
  surfaces: Record<string, SurfaceHealth>;
}

export function healthReport(surfaces: readonly Pick<RunningSurface, 'name' | 'health'>[]): HealthReport {
  const report: HealthReport = { ok: surfaces.length > 0, surfaces: {} };
  for (const s of surfaces) {
    let h: SurfaceHealth;
    try {
      h = s.health?.() ?? { ok: true };
    } catch (error) {
      h = { ok: false, error: (error as Error).message };
    }
    report.surfaces[s.name] = h;
    if (!h.ok) report.ok = false;
  }
  return report;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(where: { host: string; port: number }, report: () => HealthReport): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== HEALTH_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const r = report();
    res.writeHead(r.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(r));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
