import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from './api';

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
