import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, redisForTests, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

const subscription = graphql(`
  subscription AvailabilityEventsAvailabilityChanged($officeId: ID!) {
    availabilityChanged(officeId: $officeId) {
      version
      dates
      reason
      office {
        id
      }
    }
  }
`);
const { url: redisUrl, available: hasRedis } = await redisForTests();

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis', { REDIS_URL: redisUrl }],
])('availabilityChanged across two API processes over %s', (transport, settings) => {
  let api: TestApi;
  let second: ApiProcess;
  let office: OfficeFixture;
  const run = transport === 'Redis' && !hasRedis ? it.skip : it;

  beforeAll(async () => {
    if (transport === 'Redis' && !hasRedis) return;
    api = await startTestApi('2026-03-02T08:00:00Z', settings);
    office = await createOffice(api, `Bürgeramt Ereignisse ${transport}`);
    second = await api.spawnProcess();
  });

  afterAll(async () => {
    await api?.stop();
  });

  run('delivers a committed change made through one process to a subscriber on the other, with a newer version', async () => {
    const client = socketClient(second.client.url);
    const events = collect(client, subscription, { officeId: office.officeId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { availableSlots } = await second.client.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-03-03' } });
    const snapshot = availableSlots[0].version as number;

    const refused = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:05:00Z' } });
    expect(refused.reserveSlot.__typename).toBe('SlotUnavailable');
    const held = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:00:00Z' } });
    expect(held.reserveSlot.__typename).toBe('Reservation');
    const [taken] = await events.waitFor(1);
    // The refused call committed nothing and announced nothing: the first event is the hold.
    expect(taken.availabilityChanged).toEqual({ version: snapshot + 1, dates: ['2026-03-03'], reason: 'taken', office: { id: office.officeId } });

    await api.advanceClock(20);
    await api.runJobs();
    const [, freed] = await events.waitFor(2);
    expect(freed.availabilityChanged).toMatchObject({ version: snapshot + 2, reason: 'freed' });
    events.dispose();
    await client.dispose();
  });

  run('refuses a subscription to an unknown office at once', async () => {
    const client = socketClient(api.url);
    const events = collect(client, subscription, { officeId: api.publicId(999999) });
    await events.waitFor(1, 2000);
    expect(JSON.stringify(events.errors)).toContain('There is no such office.');
    await client.dispose();
  });
});
