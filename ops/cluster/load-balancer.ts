import net from 'node:net';

/**
 * A round-robin TCP balancer: each connection (HTTP keep-alive or WebSocket alike) goes whole to
 * the next API process that accepts it. Enough to show several stateless processes behind one
 * address; production puts a real balancer (nginx, an ingress) in its place.
 */
export function startLoadBalancer(port: number, backends: { host: string; port: number }[], host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    const tryBackend = (attemptsLeft: number) => {
      const backend = backends[next++ % backends.length];
      const upstream = net.connect(backend.port, backend.host);
      upstream.once('connect', () => {
        client.pipe(upstream).pipe(client);
      });
      upstream.once('error', () => {
        upstream.destroy();
        if (attemptsLeft > 1) tryBackend(attemptsLeft - 1);
        else client.destroy();
      });
      client.once('error', () => upstream.destroy());
      client.once('close', () => upstream.destroy());
    };
    tryBackend(backends.length);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
