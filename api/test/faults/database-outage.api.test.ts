import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, adminPassword, adminUsername, spawnApiProcess, testEnvironment, type ApiProcess } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { listenerApplicationName } from '../../src/platform/events/event-bus';
import { eventually } from './eventually';
import { startPostgresServer, type PostgresServer } from './postgres-server';
import { graphql } from '@zms/test-kit/gql';

// Issue 14, rows 1–3: PostgreSQL restarted, killed, down for a while, restarted twice in a row.
// Two real API processes on a PostgreSQL of this file's own; a call display on the second.

let database: PostgresServer;
let processes: ApiProcess[];
let api: ApiClient;
let office: OfficeFixture;

const callIssued = graphql(`
  subscription DatabaseOutageCallIssued($officeId: ID) {
    callIssued(officeId: $officeId) {
      id
      displayNumber
    }
  }
`);

beforeAll(async () => {
  database = await startPostgresServer();
  const env = {
    ...testEnvironment(database.url, '2026-03-02T08:00:00Z'),
    // Short waits for tests only (production refuses values this small).
    EVENT_RECONNECT_MIN_MS: '50',
    EVENT_RECONNECT_MAX_MS: '400',
    EVENT_PROBE_INTERVAL_MS: '250',
    LOG_LEVEL: 'info',
  };
  processes = [];
  for (let index = 0; index < 2; index += 1) processes.push(await spawnApiProcess(env));
  api = processes[0].client;
  api.adminToken = await api.login(adminUsername, adminPassword);
  office = await createOffice(api, 'Bürgeramt Ausfall');
  const { createCounter } = await api.admin(
    graphql(`
      mutation DatabaseOutageCreateCounter($input: CreateCounterInput!) {
        createCounter(input: $input) {
          ... on Counter {
            id
          }
        }
      }
    `),
    { input: { officeId: office.officeId, name: 'Schalter 1' } },
  );
  await api.admin(
    graphql(`
      mutation DatabaseOutageSignInAtCounter($input: SignInAtCounterInput!) {
        signInAtCounter(input: $input) {
          __typename
        }
      }
    `),
    { input: { counterId: createCounter.id } },
  );
}, 180_000);

afterAll(async () => {
  await Promise.all((processes ?? []).map((process) => process.stop()));
  await database?.destroy();
});

/** A call display as ours behaves: reconnects whenever the socket closes, and counts its connections. */
function display(url: string, token: string) {
  let connections = 0;
  const calls: { id: string; displayNumber: string }[] = [];
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
    on: { connected: () => (connections += 1) },
  });
  const unsubscribe = client.subscribe<{ callIssued: { id: string; displayNumber: string } }>(
    { query: callIssued.toString(), variables: { officeId: office.officeId } },
    { next: (value) => value.data && calls.push(value.data.callIssued), error: () => {}, complete: () => {} },
  );
  return {
    calls,
    connections: () => connections,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** What a process that died printed of its error, for the failure message. */
function deathOf(process: ApiProcess): string {
  return process
    .output()
    .split('\n')
    .filter((line) => /error|^\s+at /i.test(line))
    .slice(0, 30)
    .join('\n');
}

async function ready(process: ApiProcess): Promise<boolean> {
  const response = await fetch(`${process.client.url}/readyz`).catch(() => null);
  return response?.status === 200;
}

/** Draws a ticket and calls it: one callIssued event. */
async function callSomeone(): Promise<string> {
  await api.admin(
    graphql(`
      mutation DatabaseOutageIssueTicket($input: IssueTicketInput!) {
        issueTicket(input: $input) {
          __typename
        }
      }
    `),
    { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } },
  );
  const { callNext } = await api.admin(
    graphql(`
      mutation DatabaseOutageCallNext {
        callNext {
          __typename
          ... on QueueEntry {
            displayNumber
          }
        }
      }
    `),
  );
  expect(callNext.__typename).toBe('QueueEntry');
  return callNext.displayNumber;
}

/** The LISTEN connections on the server: exactly one per API process. */
async function listeners(): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(`select count(*)::int as count from pg_stat_activity where datname = current_database() and application_name = $1`, [listenerApplicationName]);
    return rows[0].count;
  } finally {
    await client.end();
  }
}

describe.each([
  [
    'restarted (fast shutdown)',
    async () => {
      await database.stop();
      await database.start();
    },
  ],
  [
    'killed, then started',
    async () => {
      await database.kill();
      await database.start();
    },
  ],
  [
    'down for two seconds',
    async () => {
      await database.stop();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await database.start();
    },
  ],
  [
    'restarted twice in quick succession',
    async () => {
      await database.stop();
      await database.start();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await database.stop();
      await database.start();
    },
  ],
])('PostgreSQL %s', (_fault, fault) => {
  it('leaves every process alive and ready, one listener each, and the display catches up by itself', { timeout: 120_000 }, async () => {
    const screen = display(processes[1].client.url, api.adminToken);
    await eventually(() => screen.connections() === 1, 'the display connects');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await callSomeone();
    await eventually(() => screen.calls.some((call) => call.displayNumber === before), 'the display shows the call before the fault');

    await fault();

    for (const process of processes) expect(process.alive(), deathOf(process)).toBe(true);
    for (const process of processes) await eventually(() => ready(process), 'readiness returns');
    // The listener came back and told the display to resync: it reconnected on its own.
    await eventually(() => screen.connections() >= 2, 'the display is told to resync');
    await eventually(async () => (await listeners()) === processes.length, 'one listener per process');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const after = await callSomeone();
    await eventually(() => screen.calls.some((call) => call.displayNumber === after), 'the display shows the call after the fault');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ids = screen.calls.map((call) => call.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await listeners()).toBe(processes.length);
    for (const process of processes) expect(process.alive(), deathOf(process)).toBe(true);
    await screen.close();
  });
});
