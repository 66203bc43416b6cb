import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { collect, redisForTests, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

const { url: redisUrl, available: hasRedis } = await redisForTests();

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis', { REDIS_URL: redisUrl }],
])('callIssued across two API processes over %s', (transport, settings) => {
  const skip = transport === 'Redis' && !hasRedis;
  let api: TestApi;
  let second: ApiProcess;
  let office: OfficeFixture;

  beforeAll(async () => {
    if (skip) return;
    api = await startTestApi('2026-03-02T08:00:00Z', settings);
    office = await createOffice(api, `Bürgeramt Aufruf ${transport}`);
    second = await api.spawnProcess();
  });

  afterAll(async () => {
    await api?.stop();
  });

  it.skipIf(skip)('shows a call made through one process to a subscriber on the other', async () => {
    const client = socketClient(second.client.url, api.adminToken);
    const calls = collect(
      client,
      graphql(`
        subscription QueueEventsCallIssued($officeId: ID) {
          callIssued(officeId: $officeId) {
            displayNumber
            counterName
            version
            office {
              id
            }
          }
        }
      `),
      { officeId: office.officeId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { createCounter } = await api.admin(
      graphql(`
        mutation QueueEventsCreateCounter($input: CreateCounterInput!) {
          createCounter(input: $input) {
            ... on Counter {
              id
            }
          }
        }
      `),
      { input: { officeId: office.officeId, name: 'Schalter 7' } },
    );
    await api.admin(
      graphql(`
        mutation QueueEventsSignInAtCounter($input: SignInAtCounterInput!) {
          signInAtCounter(input: $input) {
            __typename
          }
        }
      `),
      { input: { counterId: createCounter.id } },
    );
    await api.admin(
      graphql(`
        mutation QueueEventsIssueTicket($input: IssueTicketInput!) {
          issueTicket(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } },
    );
    const { callNext } = await api.admin(
      graphql(`
        mutation QueueEventsCallNext {
          callNext {
            __typename
            ... on QueueEntry {
              displayNumber
            }
          }
        }
      `),
    );
    expect(callNext).toEqual({ __typename: 'QueueEntry', displayNumber: '1' });
    const [call] = await calls.waitFor(1);
    expect(call.callIssued).toMatchObject({ displayNumber: '1', counterName: 'Schalter 7', office: { id: office.officeId } });
    calls.dispose();
    await client.dispose();
  });
});
