import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { createOffice } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
});

afterAll(async () => {
  await api?.stop();
});

async function metric(name: string): Promise<string[]> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return text.split('\n').filter((line) => line.startsWith(name));
}

it('answers liveness and readiness', async () => {
  expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ ok: true });
  const ready = await fetch(`${api.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, database: true, events: true });
});

it('gives every request an id, keeping a sane one the caller sent', async () => {
  const own = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
  expect(own.headers.get('x-request-id')).toBe('trace-42');
  const made = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'not ok\n' } });
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

it('measures operations by root field, open subscriptions, due jobs and slots taken', async () => {
  const office = await createOffice(api, 'Bürgeramt Messung');
  await api.data(
    graphql(`
      query ObservabilityServices {
        services {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
  );
  expect((await metric('zms_graphql_operation_seconds_count')).some((line) => line.includes('field="services"') && line.includes('type="query"'))).toBe(true);

  const client = socketClient(api.url);
  const events = collect(
    client,
    graphql(`
      subscription ObservabilityAvailabilityChanged($officeId: ID!) {
        availabilityChanged(officeId: $officeId) {
          version
        }
      }
    `),
    { officeId: office.officeId },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await metric('zms_active_subscriptions ')).toEqual(['zms_active_subscriptions 1']);
  await api.data(
    graphql(`
      mutation ObservabilityReserveSlot($input: ReserveSlotInput!) {
        reserveSlot(input: $input) {
          __typename
        }
      }
    `),
    { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T07:00:00Z' } },
  );
  await events.waitFor(1);
  expect(await metric('zms_slots_taken_last_minute ')).toEqual(['zms_slots_taken_last_minute 1']);
  expect((await metric('zms_jobs_due ')).length).toBe(1);
  events.dispose();
  await client.dispose();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await metric('zms_active_subscriptions ')).toEqual(['zms_active_subscriptions 0']);
});
