// A forward proxy on 127.0.0.1 that speaks only CONNECT (as corporate proxies do for HTTPS): it records each
// tunnel's target and sends hosts named in `hosts` to 127.0.0.1, so a client can only reach such a host
// (e.g. api.github.test, which no resolver knows) through this proxy.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface ConnectProxy {
  url: string;
  /** `host:port` of every CONNECT, in order. */
  tunnels: string[];
  /** The request heads the proxy itself read (a tunnelled request's headers never reach it). */
  heads: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(hosts: ReadonlySet<string>): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const heads: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', onData);
      const text = head.subarray(0, end).toString('latin1');
      heads.push(text);
      const [method, target = ''] = text.split('\r\n')[0]!.split(' ');
      const m = /^([^:]+):(\d+)$/.exec(target);
      if (method !== 'CONNECT' || !m) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
        return;
      }
      tunnels.push(target);
      const host = hosts.has(m[1]!) ? '127.0.0.1' : m[1]!;
      const upstream = connect(Number(m[2]), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) upstream.write(rest);
        client.pipe(upstream).pipe(client);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    heads,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
