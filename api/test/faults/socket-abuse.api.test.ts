import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// What one client can do to the socket server: send a huge message, open many sockets, open many
// operations on one socket. Each is refused for that client alone.

const caps = { perAddress: 3, perCredential: 4, operationsPerSocket: 2 };

let api: TestApi;
let officeId: string;
let displayKey: string;
const opened: WebSocket[] = [];

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z', {
    SOCKETS_PER_ADDRESS: String(caps.perAddress),
    SOCKETS_PER_CREDENTIAL: String(caps.perCredential),
    SOCKET_MAX_OPERATIONS: String(caps.operationsPerSocket),
  });
  const { createOffice } = await api.admin(
    graphql(`
      mutation SocketAbuseCreateOffice($input: CreateOfficeInput!) {
        createOffice(input: $input) {
          ... on Office {
            id
          }
        }
      }
    `),
    {
      input: { name: 'Bürgeramt Ansturm', address: { street: 'Teststraße', houseNumber: '1', postalCode: '10115' } },
    },
  );
  officeId = createOffice.id;
  const { createDevice } = await api.admin(
    graphql(`
      mutation SocketAbuseCreateDevice($input: CreateDeviceInput!) {
        createDevice(input: $input) {
          ... on CreatedDevice {
            key
          }
        }
      }
    `),
    {
      input: { officeId, kind: 'display', name: 'Aufrufanzeige Flur' },
    },
  );
  displayKey = createDevice.key;
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map(closed));
});

afterAll(async () => {
  await api?.stop();
});

const socketUrl = () => `${api.url.replace(/^http/, 'ws')}/graphql`;

function closed(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once('close', () => resolve());
    socket.close();
  });
}

/** Opens a graphql-ws socket (with a bearer credential or none): 'open' once acknowledged, else the close code. */
function openSocket(credential?: string): Promise<'open' | number> {
  const socket = new WebSocket(socketUrl(), 'graphql-transport-ws');
  opened.push(socket);
  return new Promise((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: credential ? { authorization: `Bearer ${credential}` } : {} })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') resolve('open');
    });
    socket.on('close', (code) => resolve(code));
  });
}

async function refusals(): Promise<Record<string, number>> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return Object.fromEntries([...text.matchAll(/^zms_socket_refusals_total\{limit="([^"]+)"\} (\d+)$/gm)].map((match) => [match[1], Number(match[2])]));
}

it('closes a socket that sends a 50 MB message with 1009, and goes on serving everyone else at once', async () => {
  // Made before the socket opens and sent once it is acknowledged: building 50 MB takes this
  // process (the server's too) long enough on a busy machine to miss the server's wait for the
  // connection_init, which would close the socket with 4408 before the message is even sent.
  const message = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `{ services(search: "${'x'.repeat(50 * 1024 * 1024)}") { edges { node { id } } } }` } });
  const socket = new WebSocket(socketUrl(), 'graphql-transport-ws');
  opened.push(socket);
  const code = new Promise<number>((resolve) => socket.on('close', (closeCode) => resolve(closeCode)));
  await new Promise((resolve) => socket.once('open', resolve));
  const acknowledged = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  expect(JSON.parse(String(await acknowledged))).toMatchObject({ type: 'connection_ack' });
  socket.send(message);
  expect(await code).toBe(1009);

  expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  expect(
    await api.data(
      graphql(`
        query SocketAbuseServices {
          services {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    ),
  ).toEqual({ services: { edges: [] } });
  const client = socketClient(api.url, api.adminToken);
  expect((await client.iterate({ query: '{ viewer { kind } }' }).next()).value).toEqual({ data: { viewer: { kind: 'staff' } } });
  await client.dispose();
  expect((await refusals())['message size']).toBe(1);
});

it('refuses anonymous sockets over the cap of their address, but not the displays behind that address, which have a cap per key', async () => {
  const anonymous = [];
  for (let i = 0; i < caps.perAddress; i++) anonymous.push(await openSocket());
  expect(anonymous).toEqual(Array(caps.perAddress).fill('open'));
  expect(await openSocket()).toBe(1013);

  // The same address, but each display counts against its key.
  const displays = [];
  for (let i = 0; i < caps.perCredential; i++) displays.push(await openSocket(displayKey));
  expect(displays).toEqual(Array(caps.perCredential).fill('open'));
  expect(await openSocket(displayKey)).toBe(1013);
  expect(await openSocket(api.adminToken)).toBe('open');

  // A socket that closes frees its place.
  await closed(opened[0]);
  let reopened: 'open' | number = 0;
  for (let attempt = 0; attempt < 20 && reopened !== 'open'; attempt++) {
    reopened = await openSocket();
    if (reopened !== 'open') await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(reopened).toBe('open');
  expect(await refusals()).toMatchObject({ 'sockets per address': expect.any(Number), 'sockets per credential': 1 });
});

it('refuses an operation over the cap of operations open on one socket with RATE_LIMITED, and takes one again once another ended', async () => {
  const client = socketClient(api.url, displayKey);
  const calls = graphql(`
    subscription SocketAbuseCallIssued($officeId: ID) {
      callIssued(officeId: $officeId) {
        displayNumber
      }
    }
  `);
  const first = collect(client, calls, { officeId });
  const second = collect(client, calls, { officeId });
  const third = collect(client, calls, { officeId });
  await third.waitFor(1, 2000);
  expect(JSON.stringify(third.errors)).toContain('RATE_LIMITED');
  expect(first.errors).toEqual([]);
  expect(second.errors).toEqual([]);

  first.dispose();
  const query = await client.iterate({ query: '{ viewer { kind } }' }).next();
  expect(query.value).toEqual({ data: { viewer: { kind: 'device' } } });
  expect((await refusals())['operations per socket']).toBe(1);
  second.dispose();
  await client.dispose();
});
