import net from 'node:net';

export interface StallingProxy {
  url: string;
  /** Stops forwarding in both directions without closing anything: to both ends the line just goes quiet. */
  stall(): void;
  /**
   * Forwards again. With `abandon`, the connections of before the stall stay silent for good, as
   * after a router lost its NAT entries: only new connections get through.
   */
  resume(options?: { abandon?: boolean }): void;
  close(): Promise<void>;
}

type Pair = [net.Socket, net.Socket];

/**
 * A TCP proxy between the browser and the API. Playwright's offline mode leaves open WebSockets
 * alone, and a closed socket would announce itself: a stalled one is what a cut cable looks like.
 */
export async function startStallingProxy(target: string): Promise<StallingProxy> {
  const { hostname, port } = new URL(target);
  const pairs = new Set<Pair>();
  let stalledPairs = new Set<Pair>();
  const abandoned = new Set<Pair>();
  let stalled = false;
  let heldBack: (() => void)[] = [];

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    const pair: Pair = [client, upstream];
    pairs.add(pair);
    const forward = (from: net.Socket, to: net.Socket) => from.on('data', (chunk) => to.write(chunk));
    forward(client, upstream);
    forward(upstream, client);
    if (stalled) pair.forEach((socket) => socket.pause());
    // An end while stalled must not reach the other side before the line is back; on an abandoned line, never.
    const end = () => {
      const finish = () => {
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      if (abandoned.has(pair)) return;
      if (stalled) heldBack.push(finish);
      else finish();
    };
    for (const socket of pair) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    stall() {
      stalled = true;
      stalledPairs = new Set(pairs);
      for (const pair of pairs) pair.forEach((socket) => socket.pause());
    },
    resume({ abandon = false } = {}) {
      stalled = false;
      for (const pair of pairs) {
        if (abandon && stalledPairs.has(pair)) abandoned.add(pair);
        else pair.forEach((socket) => socket.resume());
      }
      const pending = heldBack;
      heldBack = [];
      pending.forEach((finish) => finish());
    },
    async close() {
      abandoned.clear();
      for (const pair of pairs) pair.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
