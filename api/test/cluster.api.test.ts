import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../ops/cluster/cluster';
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

beforeAll(async () => {
  database = await createTestDatabase();
  cluster = await startCluster({
    processes: 2,
    port: 0,
    env: {
      DATABASE_URL: database.url,
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
  await database?.drop();
});

it('never overbooks a slot booked through the balancer by two processes (SPEC rule 1)', async () => {
  const start = '2026-03-03T07:00:00Z';
  const results = await Promise.all(Array.from({ length: 40 }, () => api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } })));
  expect(results.filter((result) => result.reserveSlot.__typename === 'Reservation')).toHaveLength(2);
});

it('tells every subscriber of every process of a committed change (SPEC rule 3)', async () => {
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
  await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:10:00Z' } });
  const [first, second] = await Promise.all(streams.map((stream) => stream.waitFor(1)));
  expect(first[0].availabilityChanged).toMatchObject({ reason: 'taken' });
  expect(second[0].availabilityChanged).toEqual(first[0].availabilityChanged);
  for (const stream of streams) stream.dispose();
  await Promise.all(clients.map((client) => client.dispose()));
});
