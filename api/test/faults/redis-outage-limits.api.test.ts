import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestResult, type TypedDocumentString } from '@zms/test-kit/api';
import { createOffice } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { redisServerAvailable, startRedisServer, type RedisServer } from './redis-server';
import { graphql } from '@zms/test-kit/gql';

const perMinute = 20;
const wrongSecretsPerHour = 3;
const services = graphql(`
  query RedisOutageLimitsServices {
    services {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const viewer = graphql(`
  query RedisOutageLimitsViewer {
    viewer {
      kind
    }
  }
`);
const createApiKey = graphql(`
  mutation RedisOutageLimitsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      ... on CreatedApiKey {
        key
      }
    }
  }
`);

let redis: RedisServer;
let api: TestApi;
let apiKey: string;
let appointment: { number: number; secret: string };

async function from<Result>(address: string, query: TypedDocumentString<Result, never>, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TestResult<Result>; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', data: body.data };
}

async function fallbacks(): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return [...text.matchAll(/^zms_rate_limit_fallbacks_total\{[^}]*\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Budget keys the limiter wrote into the test's own Redis (a fresh connection each time). */
async function budgetKeysInRedis(): Promise<string[]> {
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return await client.keys('zms:address:*');
  } finally {
    client.disconnect();
  }
}

describe.skipIf(!redisServerAvailable())('rate limits while Redis is away', () => {
  beforeAll(async () => {
    redis = await startRedisServer();
    api = await startTestApi('2026-03-02T08:00:00Z', {
      TRUSTED_DOCUMENTS_ONLY_FOR: 'none',
      REDIS_URL: redis.url,
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(perMinute),
      RATE_LIMIT_API_KEY_PER_MINUTE: String(perMinute),
      RATE_LIMIT_WRONG_SECRETS_PER_HOUR: String(wrongSecretsPerHour),
    });
    apiKey = (await api.admin(createApiKey, { input: { name: 'Partner', level: 'public' } })).createApiKey.key;
    const office = await createOffice(api, 'Bürgeramt Ausfall');
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T08:00:00+01:00' } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
    appointment = { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
  });

  afterAll(async () => {
    await api?.stop();
    await redis?.stop();
  });

  it('keeps request budgets in Redis while it is up', async () => {
    expect((await from('198.51.100.1', services)).code).toBe('OK');
    expect(await budgetKeysInRedis()).toContain('zms:address:198.51.100.1');
    expect(await fallbacks()).toBe(0);
  });

  it('answers anonymous and API-key requests when Redis is killed, counts the fallback, and still limits', async () => {
    await redis.kill();
    const anonymous = await Promise.all(Array.from({ length: 5 }, () => from('198.51.100.2', services)));
    expect(anonymous.map((result) => [result.status, result.code])).toEqual(Array(5).fill([200, 'OK']));
    const withKey = await from('198.51.100.3', viewer, {}, apiKey);
    expect([withKey.status, withKey.data?.viewer.kind]).toEqual([200, 'apiKey']);
    expect(await fallbacks()).toBe(6);
    // This process keeps the budget meanwhile: a bot is still slowed.
    const burst = [];
    for (let request = 0; request < perMinute + 3; request += 1) burst.push((await from('198.51.100.4', services)).code);
    expect(burst).toEqual([...Array(perMinute).fill('OK'), ...Array(3).fill('RATE_LIMITED')]);
  });

  it('still holds the wrong-secret limit, which lives in PostgreSQL', async () => {
    for (let attempt = 0; attempt < wrongSecretsPerHour; attempt += 1) {
      expect(await from('198.51.100.5', op.appointment, { input: { number: appointment.number, secret: `guess-${attempt}` } })).toMatchObject({ code: 'OK', data: { appointment: null } });
    }
    expect((await from('198.51.100.5', op.appointment, { input: appointment })).code).toBe('RATE_LIMITED');
    expect((await from('198.51.100.6', op.appointment, { input: appointment })).data?.appointment).toMatchObject({ number: appointment.number });
  });

  it('goes back to Redis once it is restarted', async () => {
    await redis.restart();
    // ioredis reconnects on its own schedule (a retry every 2 s at most): wait for the first budget it writes.
    let keys: string[] = [];
    for (let attempt = 0; attempt < 100 && keys.length === 0; attempt += 1) {
      expect((await from('198.51.100.7', services)).code).toBe('OK');
      keys = await budgetKeysInRedis();
      if (keys.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(keys).toEqual(['zms:address:198.51.100.7']);
    const counted = await fallbacks();
    expect((await from('198.51.100.8', services)).code).toBe('OK');
    expect((await from('198.51.100.3', viewer, {}, apiKey)).code).toBe('OK');
    expect(await fallbacks()).toBe(counted);
  });
});
