import { createServer, connect, type Socket } from 'node:net';

export type ProxyMode = 'pass' | 'blackhole' | 'reset';

export interface TcpProxy {
  readonly port: number;
  /** `blackhole`: connections stay open but nothing crosses; `reset`: every connection is cut at once. */
  set(mode: ProxyMode): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback in front of a real server (PostgreSQL here), for cutting or silencing the
 * network between the gateway and its database. Back to `pass`, connections silenced meanwhile are
 * cut, as a network that comes back after a long silence would leave them.
 */
export async function startTcpProxy(upstreamPort: number, upstreamHost = '127.0.0.1'): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const pairs = new Set<{ client: Socket; server: Socket; silenced: boolean }>();
  const cut = (pair: { client: Socket; server: Socket }) => {
    pair.client.destroy();
    pair.server.destroy();
    pairs.delete(pair as never);
  };
  const proxy = createServer(client => {
    if (mode === 'reset') return void client.destroy();
    const server = connect(upstreamPort, upstreamHost);
    const pair = { client, server, silenced: mode === 'blackhole' };
    pairs.add(pair);
    client.on('data', chunk => {
      if (!pair.silenced && mode === 'pass') server.write(chunk);
    });
    server.on('data', chunk => {
      if (!pair.silenced && mode === 'pass') client.write(chunk);
    });
    for (const socket of [client, server]) {
      socket.on('error', () => cut(pair));
      socket.on('close', () => cut(pair));
    }
  });
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy has no port');
  return {
    port: address.port,
    set(next) {
      mode = next;
      for (const pair of [...pairs]) {
        if (next === 'reset') cut(pair);
        else if (next === 'blackhole') pair.silenced = true;
        else if (pair.silenced) cut(pair);
      }
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const pair of [...pairs]) cut(pair);
        proxy.close(() => resolve());
      }),
  };
}
