import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DisplayCallsDocument } from '../../../clients/display/src/gql/graphql';
import { CredentialKind, digest, newCredential } from '../../src/platform/secrets';
import { sqlArray } from '../../src/platform/sql';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';

// After a restart every display of the building reconnects and subscribes at once. All of them
// must be served, and the work they share (their keys' look-ups) done once per batch, not per socket.

const sockets = 1000;

let api: TestApi;
let server: ApiProcess;
let officeId: string;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  const { createOffice } = await api.admin(
    graphql(`
      mutation ReconnectStormCreateOffice($input: CreateOfficeInput!) {
        createOffice(input: $input) {
          ... on Office {
            id
          }
        }
      }
    `),
    {
      input: { name: 'Bürgeramt Neustart', address: { street: 'Teststraße', houseNumber: '1', postalCode: '10115' } },
    },
  );
  officeId = createOffice.id;
  await api.admin(
    graphql(`
      mutation ReconnectStormSetOpeningHours($input: SetOpeningHoursInput!) {
        setOpeningHours(input: $input) {
          __typename
        }
      }
    `),
    { input: { officeId, hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] } },
  );
  const { createService } = await api.admin(
    graphql(`
      mutation ReconnectStormCreateService($input: CreateServiceInput!) {
        createService(input: $input) {
          ... on Service {
            id
          }
        }
      }
    `),
    { input: { name: 'Anmeldung' } },
  );
  await api.admin(
    graphql(`
      mutation ReconnectStormSetOfficeService($input: SetOfficeServiceInput!) {
        setOfficeService(input: $input) {
          __typename
        }
      }
    `),
    { input: { officeId, serviceId: createService.id, durationSlots: 1, bookableOnline: false } },
  );
  const { createCounter } = await api.admin(
    graphql(`
      mutation ReconnectStormCreateCounter($input: CreateCounterInput!) {
        createCounter(input: $input) {
          ... on Counter {
            id
          }
        }
      }
    `),
    { input: { officeId, name: 'Schalter 1' } },
  );
  await api.admin(
    graphql(`
      mutation ReconnectStormSignInAtCounter($input: SignInAtCounterInput!) {
        signInAtCounter(input: $input) {
          __typename
        }
      }
    `),
    { input: { counterId: createCounter.id } },
  );
  for (let ticket = 0; ticket < 2; ticket++)
    await api.admin(
      graphql(`
        mutation ReconnectStormIssueTicket($input: IssueTicketInput!) {
          issueTicket(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId, serviceIds: [createService.id] } },
    );
  server = await api.spawnProcess();
}, 60_000);

afterAll(async () => {
  await api?.stop();
});

/** Display keys of the office, stored as createDevice stores them (a thousand mutations would take long). */
async function displayKeys(count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, () => newCredential(CredentialKind.device));
  await api.app.orm.em.fork().execute(
    `insert into device (name, kind, office_id, key_digest, key_prefix, created_at)
     select 'Anzeige ' || n, 'display', ?, d, p, now() from unnest(?::text[], ?::text[]) with ordinality as k(d, p, n)`,
    [api.databaseKey(officeId), sqlArray(keys.map(digest)), sqlArray(keys.map((key) => key.slice(0, 8)))],
  );
  return keys;
}

/** This process's counters and gauges by name and labels, as Prometheus reads them. */
async function metrics(): Promise<Map<string, number>> {
  const text = await (await fetch(`${server.client.url}/metrics`)).text();
  return new Map([...text.matchAll(/^(zms_\w+(?:\{[^}]*\})?) (\S+)$/gm)].map((match) => [match[1], Number(match[2])]));
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Every socket connects and subscribes as a display does (its own document), all at once; then
 * one call. Answers who got it and what authenticating the displays cost on the server.
 */
async function storm(keyOf: (socket: number) => string) {
  const before = await metrics();
  const received = new Set<number>();
  const failures: unknown[] = [];
  const clients: Client[] = Array.from({ length: sockets }, (_, index) => {
    const client = createClient({ url: `${server.client.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${keyOf(index)}` }, retryAttempts: 0, lazy: true });
    client.subscribe({ query: print(DisplayCallsDocument), variables: { officeId } }, { next: (value) => (value.data ? received.add(index) : failures.push(value.errors)), error: (error) => failures.push(error), complete: () => undefined });
    return client;
  });
  try {
    const subscribed = await until(async () => (await metrics()).get('zms_active_subscriptions')! >= sockets);
    const { callNext } = await server.client.data(
      graphql(`
        mutation ReconnectStormCallNext {
          callNext {
            __typename
          }
        }
      `),
      {},
      api.adminToken,
    );
    expect(callNext.__typename).toBe('QueueEntry');
    await until(async () => received.size === sockets || failures.length > 0, 10_000);
    const after = await metrics();
    const spent = (name: string) => (after.get(`${name}{kind="device"}`) ?? 0) - (before.get(`${name}{kind="device"}`) ?? 0);
    return { subscribed, received: received.size, failures, authentications: spent('zms_authentications_total'), reads: spent('zms_credential_reads_total'), lookups: spent('zms_credential_lookups_total') };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    // A closed socket ends its subscriptions at once, not at its office's next event.
    expect(await until(async () => (await metrics()).get('zms_active_subscriptions') === 0)).toBe(true);
  }
}

it('serves 1,000 displays sharing 10 keys (100 each) that connect and subscribe at once, looking each key up once per batch', async () => {
  const keys = await displayKeys(10);
  const outcome = await storm((socket) => keys[socket % keys.length]);
  expect(outcome).toMatchObject({ subscribed: true, received: sockets, failures: [] });
  // Opening the socket and subscribing authenticate; the operation's context reuses the latter.
  expect(outcome.authentications).toBe(2 * sockets);
  // Checks that arrive together share a statement, each key once in it: a key is looked up once
  // per statement at most, not once per socket.
  expect(outcome.lookups).toBeLessThanOrEqual(keys.length * outcome.reads);
  expect(outcome.reads).toBeLessThanOrEqual(outcome.authentications / 2);
}, 60_000);

it('serves 1,000 displays with a key each (as createDevice issues them) that connect and subscribe at once, in shared reads', async () => {
  const keys = await displayKeys(sockets);
  const outcome = await storm((socket) => keys[socket]);
  expect(outcome).toMatchObject({ subscribed: true, received: sockets, failures: [] });
  expect(outcome.authentications).toBe(2 * sockets);
  // Each key once when its socket opens and once when it subscribes, in statements shared with others.
  expect(outcome.lookups).toBe(2 * sockets);
  expect(outcome.reads).toBeLessThanOrEqual(outcome.authentications / 2);
}, 60_000);
