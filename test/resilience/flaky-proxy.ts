// An HTTP proxy on 127.0.0.1 in front of a local fake, that cuts chosen requests' connections before they reach it
// (as a network failure would: the client sees a reset socket and no response).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class FlakyProxy {
  /** Requests whose connection was cut, as "METHOD path". */
  readonly dropped: string[] = [];
  private server: Server | undefined;
  private drops: { match: (req: IncomingMessage) => boolean; left: number }[] = [];

  constructor(private readonly target: { host: string; port: number }) {}

  /** Cuts the connection of the next `times` requests that `match`. */
  drop(match: (req: IncomingMessage) => boolean, times = 1): void {
    this.drops.push({ match, left: times });
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const rule = this.drops.find((d) => d.left > 0 && d.match(req));
      if (rule) {
        rule.left--;
        this.dropped.push(`${req.method} ${req.url}`);
        req.socket.destroy();
        return;
      }
      const upstream = request({ host: this.target.host, port: this.target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
