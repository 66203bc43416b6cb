import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../ops/cluster/cluster';
import { pgBouncerInstalled, startPgBouncer, type PgBouncer } from '../../ops/test-kit/src/pgbouncer';
import { ApiClient, adminPassword, adminUsername, testDocumentManifest } from '@zms/test-kit/api';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

let database: TestDatabase;
let cluster: Cluster;
let api: ApiClient;
let office: OfficeFixture;
let bouncer: PgBouncer | null = null;

// Queries go through PgBouncer in transaction mode, as in production (docs/operations.md,
// "Connections"), wherever the machine has it; CI installs it (.ci/run), so there it must be.
const throughPgBouncer = pgBouncerInstalled();
if (!throughPgBouncer) console.warn('cluster test: pgbouncer is not installed (apt-get install pgbouncer): the processes connect to PostgreSQL directly, the PgBouncer test is skipped');

beforeAll(async () => {
  if (!throughPgBouncer && process.env.CI === 'true') throw new Error('CI installs pgbouncer (.ci/run): the cluster test runs through it there');
  database = await createTestDatabase();
  // Fewer server connections than the two processes' pools hold clients: they must share them by transaction.
  bouncer = throughPgBouncer ? await startPgBouncer(database.url, { poolSize: 4 }) : null;
  cluster = await startCluster({
    processes: 2,
    port: 0,
    env: {
      DATABASE_URL: bouncer?.url ?? database.url,
      DATABASE_DIRECT_URL: database.url,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      ZMS_TEST_CLOCK: 'true',
      ZMS_CLOCK_START: '2026-03-02T08:00:00Z',
      BOOTSTRAP_ADMIN_USERNAME: adminUsername,
      BOOTSTRAP_ADMIN_PASSWORD: adminPassword,
      SEED_DEMO_DATA: 'false',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      PASSWORD_HASH_COST: '10',
      TRUSTED_DOCUMENT_MANIFESTS: testDocumentManifest,
    },
  });
  api = new ApiClient(cluster.url);
  api.adminToken = await api.login(adminUsername, adminPassword);
  office = await createOffice(api, 'Bürgeramt Verbund', { publicCounters: 2, internCounters: 2 });
});

afterAll(async () => {
  await cluster?.stop();
  await bouncer?.stop();
  await database?.drop();
});

it('never overbooks a slot booked through the balancer by two processes (SPEC rule 1)', async () => {
  const start = '2026-03-03T07:00:00Z';
  const results = await Promise.all(Array.from({ length: 40 }, () => api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } })));
  expect(results.filter((result) => result.reserveSlot.__typename === 'Reservation')).toHaveLength(2);
});

/** Two sockets through the balancer, one on each process, following the office's availability. */
async function subscribeOnBothProcesses() {
  const clients = [socketClient(cluster.url), socketClient(cluster.url)];
  const streams = clients.map((client) =>
    collect(
      client,
      graphql(`
        subscription ClusterAvailabilityChanged($officeId: ID!) {
          availabilityChanged(officeId: $officeId) {
            version
            reason
          }
        }
      `),
      { officeId: office.officeId },
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    firstChanges: () => Promise.all(streams.map(async (stream) => (await stream.waitFor(1))[0].availabilityChanged)),
    close: async () => {
      for (const stream of streams) stream.dispose();
      await Promise.all(clients.map((client) => client.dispose()));
    },
  };
}

it('tells every subscriber of every process of a committed change (SPEC rule 3)', async () => {
  const subscribers = await subscribeOnBothProcesses();
  await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:10:00Z' } });
  const [first, second] = await subscribers.firstChanges();
  expect(first).toMatchObject({ reason: 'taken' });
  expect(second).toEqual(first);
  await subscribers.close();
});

it.skipIf(!throughPgBouncer)('books, runs jobs and delivers events with its queries through PgBouncer and LISTEN past it', async () => {
  const transactionsBefore = await bouncer!.transactions();
  const subscribers = await subscribeOnBothProcesses();
  // Confirming takes transaction-scoped advisory locks (the contact's limit) and queues the confirmation mail as a job.
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:20:00Z' } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(JSON.stringify(reserveSlot));
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada Lovelace', email: 'ada@example.org' } } });
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
  const [first, second] = await subscribers.firstChanges();
  expect(first).toMatchObject({ reason: 'taken' });
  expect(second).toEqual(first);
  await subscribers.close();
  expect(await api.runJobs()).toBeGreaterThan(0);

  expect(await bouncer!.transactions()).toBeGreaterThan(transactionsBefore);
  // Each process's LISTEN holds a session of its own on PostgreSQL, never one of PgBouncer's.
  expect((await bouncer!.clients()).map((client) => client.applicationName)).not.toContain('zms-event-listener');
  const direct = new pg.Client({ connectionString: database.url });
  await direct.connect();
  try {
    const { rows } = await direct.query<{ listeners: number }>("select count(*)::int as listeners from pg_stat_activity where datname = current_database() and application_name = 'zms-event-listener'");
    expect(rows[0].listeners).toBe(2);
  } finally {
    await direct.end();
  }
});
