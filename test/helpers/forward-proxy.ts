// A forward proxy on 127.0.0.1 for tests, as a hospital's would be: HTTP CONNECT tunnels (what HTTPS and WebSockets
// use) and absolute-URI requests (plain HTTP). It counts what passes through it and remembers the local port of each
// connection it opens to a destination, so a test can tell whether every connection a fake server accepted came
// through the proxy (and none bypassed it).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export class ForwardProxy {
  /** "host:port" of every CONNECT. */
  readonly tunnels: string[] = [];
  /** "METHOD absolute-URI" of every plain HTTP request. */
  readonly requests: string[] = [];
  /** Local ports of the proxy's own connections to destinations. */
  readonly upstreamPorts = new Set<number>();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** How many tunnels or requests went to 127.0.0.1:port. */
  countTo(port: number): number {
    return this.tunnels.filter((t) => t.endsWith(`:${port}`)).length + this.requests.filter((r) => r.includes(`:${port}/`)).length;
  }

  /** True when every port in `peers` (a fake's accepted connections) is one of the proxy's upstream connections. */
  carriedAll(peers: readonly number[]): boolean {
    return peers.every((p) => this.upstreamPorts.has(p));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.forward(req, res));
    this.server.on('connection', (s) => this.track(s));
    this.server.on('connect', (req, client, head) => {
      const target = req.url ?? '';
      this.tunnels.push(target);
      const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
      const upstream = this.track(connect(port, host.replace(/^\[|\]$/g, '')));
      upstream.once('connect', () => {
        this.upstreamPorts.add(upstream.localPort!);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  private forward(req: IncomingMessage, res: import('node:http').ServerResponse): void {
    this.requests.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400);
      res.end('absolute URI expected');
      return;
    }
    const upstream = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers, agent: false }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('socket', (s) => s.once('connect', () => this.upstreamPorts.add(s.localPort!)));
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  private track<T extends Socket>(socket: T): T {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
