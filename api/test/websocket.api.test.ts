import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '@zms/test-kit/api';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
});

afterAll(async () => {
  await api?.stop();
});

function client(authorization?: string) {
  return createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: authorization ? { authorization } : {}, retryAttempts: 0, lazy: true });
}

it('serves operations over graphql-ws on the HTTP port', async () => {
  const ws = client(`Bearer ${api.adminToken}`);
  const result = await ws.iterate({ query: '{ services { edges { node { id } } } }' }).next();
  expect(result.value).toEqual({ data: { services: { edges: [] } } });
  await ws.dispose();
});

it('closes a connection with an unknown token with 4401', async () => {
  const ws = client('Bearer wrong-token');
  const closed = new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
  await expect(ws.iterate({ query: '{ services { edges { node { id } } } }' }).next()).rejects.toBeDefined();
  expect(await closed).toBe(4401);
  await ws.dispose();
});

it('answers a malformed operation over the socket with BAD_USER_INPUT, as over HTTP', async () => {
  const ws = client(`Bearer ${api.adminToken}`);
  const error = await ws
    .iterate({ query: '{ services { nope } }' })
    .next()
    .catch((caught: unknown) => caught);
  expect(JSON.stringify(error)).toContain('BAD_USER_INPUT');
  await ws.dispose();
});

it.each([
  ['a variable', { query: 'query ($search: String) { services(search: $search) { edges { node { id } } } }', variables: { search: 'a\u0000' } }],
  ['a string literal', { query: '{ services(search: "a\\u0000") { edges { node { id } } } }' }],
])('refuses a NUL character in %s over the socket with BAD_USER_INPUT', async (_, payload) => {
  const ws = client(`Bearer ${api.adminToken}`);
  const error = await ws
    .iterate(payload)
    .next()
    .catch((caught: unknown) => caught);
  expect(JSON.stringify(error)).toContain('BAD_USER_INPUT');
  await ws.dispose();
});

it('takes the session cookie on a socket only from our own origin', async () => {
  const cookie = `zms_session=${api.adminToken}`;
  const open = (origin: string) =>
    new Promise<number | 'open'>((resolve) => {
      const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie, origin } });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') {
          socket.close();
          resolve('open');
        }
      });
      socket.on('close', (code) => resolve(code));
    });
  expect(await open('https://evil.example')).toBe(4403);
  expect(await open(new URL(api.url).origin)).toBe('open');
});
