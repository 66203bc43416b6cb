import { solveChallenge } from 'altcha-lib/v1';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOf, startTestApi, type ApiProcess, type TestApi, type TestResult, type TypedDocumentString } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let second: ApiProcess;
let office: OfficeFixture;
const tomorrowAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

/** A request from a given client address, as the trusted proxy in front of the API reports it; a document built at run time answers no data to read. */
async function from<Result = never>(address: string, query: TypedDocumentString<Result, never> | string, variables: Record<string, unknown> = {}, token?: string, url = api.url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ ...documentOf(query), variables }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: TestResult<Result>; errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] } };
}

const codeOf = (result: Awaited<ReturnType<typeof from>>) => result.body.errors?.[0]?.extensions?.code ?? 'OK';
const createApiKey = graphql(`
  mutation LimitsCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      ... on CreatedApiKey {
        key
      }
    }
  }
`);
const services = graphql(`
  query LimitsServices {
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
  query LimitsViewer {
    viewer {
      kind
    }
  }
`);

async function solved(address: string): Promise<string> {
  const { body } = await from(
    address,
    graphql(`
      query LimitsProofOfWorkChallenge {
        proofOfWorkChallenge {
          algorithm
          challenge
          maxnumber
          salt
          signature
          required
        }
      }
    `),
  );
  const challenge = body.data!.proofOfWorkChallenge;
  expect(challenge.required).toBe(true);
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z', {
    // Anonymous budgets are spent here with documents built at run time (aliases, nesting), which no manifest holds.
    TRUSTED_DOCUMENTS_ONLY_FOR: 'none',
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '20',
    RATE_LIMIT_API_KEY_PER_MINUTE: '5',
    RATE_LIMIT_WRONG_SECRETS_PER_HOUR: '3',
    RATE_LIMIT_EXEMPT_API_KEYS: 'Benchmark',
    MAX_QUERY_DEPTH: '5',
    MAX_QUERY_COMPLEXITY: '500',
    ACTIVE_APPOINTMENTS_PER_EMAIL: '2',
    ALTCHA_ENABLED: 'true',
    ALTCHA_HMAC_KEY: 'test-hmac-key-for-altcha-0123456789abcdef',
    ALTCHA_MAX_NUMBER: '2000',
  });
  office = await createOffice(api, 'Bürgeramt Grenzen', { publicCounters: 5, internCounters: 5 });
  second = await api.spawnProcess();
});

afterAll(async () => {
  await api?.stop();
});

describe('rate limits', () => {
  it('slows bots on one address with RATE_LIMITED and a retry time, and leaves other addresses alone', async () => {
    const results = [];
    for (let request = 0; request < 25; request += 1) results.push(await from('198.51.100.1', services));
    expect(results.slice(0, 20).map(codeOf)).toEqual(Array(20).fill('OK'));
    const limited = results[20];
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(limited.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf(await from('198.51.100.2', services))).toBe('OK');
  });

  it('holds one budget across two API processes', async () => {
    const results = await Promise.all(Array.from({ length: 24 }, (_, index) => from('198.51.100.3', services, {}, undefined, index % 2 === 0 ? api.url : second.client.url)));
    expect(results.filter((result) => codeOf(result) === 'OK')).toHaveLength(20);
    expect(results.filter((result) => codeOf(result) === 'RATE_LIMITED')).toHaveLength(4);
  });

  it('budgets API keys apart from addresses, and exempts named keys', async () => {
    const partner = (await api.admin(createApiKey, { input: { name: 'Partner', level: 'public' } })).createApiKey.key;
    const benchmark = (await api.admin(createApiKey, { input: { name: 'Benchmark', level: 'public' } })).createApiKey.key;
    const partnerResults = [];
    for (let request = 0; request < 6; request += 1) partnerResults.push(codeOf(await from('198.51.100.1', viewer, {}, partner)));
    // The address 198.51.100.1 is spent (first test): the key's own budget of 5 is what counts.
    expect(partnerResults).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);
    const benchmarkResults = await Promise.all(Array.from({ length: 10 }, () => from('198.51.100.4', viewer, {}, benchmark)));
    expect(benchmarkResults.map(codeOf)).toEqual(Array(10).fill('OK'));
  });

  it('refuses a caller who guessed wrong too often, even with the right secret', async () => {
    const reservation = (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrowAt('08:00') } }, api.adminToken)).reserveSlot;
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: {} } }, api.adminToken);
    const number = confirmAppointment.appointment.number;
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await from('198.51.100.5', op.appointment, { input: { number, secret: `guess-${attempt}` } })).body.data?.appointment).toBeNull();
    const right = await from('198.51.100.5', op.appointment, { input: { number, secret: confirmAppointment.secret } });
    expect(codeOf(right)).toBe('RATE_LIMITED');
  });
});

describe('operation limits', () => {
  it('refuses operations nested too deep or costing too much', async () => {
    const deep = await from(
      '198.51.100.7',
      graphql(`
        query LimitsDeepOffices {
          offices {
            edges {
              node {
                services {
                  service {
                    name
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(codeOf(deep)).toBe('BAD_USER_INPUT');
    expect(deep.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('at most 5') });
    const costly = await from(
      '198.51.100.7',
      graphql(`
        query LimitsCostlyServices {
          services(first: 200) {
            edges {
              node {
                id
                name
                description
                url
              }
            }
          }
        }
      `),
    );
    expect(codeOf(costly)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await from(
          '198.51.100.7',
          graphql(`
            query LimitsTwentyServices {
              services(first: 20) {
                edges {
                  node {
                    id
                    name
                  }
                }
              }
            }
          `),
        ),
      ),
    ).toBe('OK');
    // Introspection, as GraphiQL asks it, goes deeper than any limit and is bounded by the schema.
    expect(codeOf(await from('198.51.100.7', getIntrospectionQuery()))).toBe('OK');
  });
});

describe('proof of work', () => {
  it('asks anonymous callers for a solved challenge, once per reservation, and never API keys', async () => {
    const reserve = (start: string, proofOfWork?: string, token?: string) => from('198.51.100.8', op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start, proofOfWork } }, token);
    expect((await reserve(tomorrowAt('09:00'))).body.data?.reserveSlot.__typename).toBe('ProofOfWorkRequired');
    const payload = await solved('198.51.100.8');
    expect((await reserve(tomorrowAt('09:00'), payload)).body.data?.reserveSlot.__typename).toBe('Reservation');
    expect((await reserve(tomorrowAt('09:10'), payload)).body.data?.reserveSlot).toMatchObject({ __typename: 'ProofOfWorkRequired', code: 'PROOF_OF_WORK_REQUIRED' });
    const hotline = (await api.admin(createApiKey, { input: { name: '115', level: 'callcenter' } })).createApiKey.key;
    expect((await reserve(tomorrowAt('09:20'), undefined, hotline)).body.data?.reserveSlot.__typename).toBe('Reservation');
  });
});

describe('appointments per email address', () => {
  it('lets one address hold at most the configured number of future appointments at an office', async () => {
    const book = async (time: string, email: string) => {
      const reservation = (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrowAt(time) } }, api.adminToken)).reserveSlot;
      return (await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Viel', email } } }, api.adminToken)).confirmAppointment.__typename;
    };
    expect(await book('10:00', 'Viel@Example.org')).toBe('ConfirmedAppointment');
    expect(await book('10:10', 'viel@example.org')).toBe('ConfirmedAppointment');
    expect(await book('10:20', 'viel@example.org')).toBe('TooManyAppointments');
    expect(await book('10:20', 'andere@example.org')).toBe('ConfirmedAppointment');
  });
});

describe('what the review found', () => {
  it('charges every root field, and refuses operations with too many', async () => {
    const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `s${index}: services(first: 1) { edges { node { id } } }`).join(' ')} }`;
    expect(codeOf(await from('198.51.100.20', aliased(11)))).toBe('BAD_USER_INPUT');
    const spent = [];
    for (let request = 0; request < 3; request += 1) spent.push(codeOf(await from('198.51.100.21', aliased(10))));
    // 10 root fields cost 10 of the 20 a minute: the third request is over.
    expect(spent).toEqual(['OK', 'OK', 'RATE_LIMITED']);
  });

  it('counts wrong secrets per caller, so a guesser cannot lock the citizen out', async () => {
    const reservation = (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrowAt('11:00') } }, api.adminToken)).reserveSlot;
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: {} } }, api.adminToken);
    const { number, secret } = { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
    for (let attempt = 0; attempt < 3; attempt += 1)
      await from(
        '198.51.100.22',
        graphql(`
          query LimitsQueueStatus($input: QueueAccessInput!) {
            queueStatus(input: $input) {
              status
            }
          }
        `),
        { input: { number: String(number), secret: `guess-${attempt}` } },
      );
    expect(codeOf(await from('198.51.100.22', op.appointment, { input: { number, secret } }))).toBe('RATE_LIMITED');
    expect((await from('198.51.100.23', op.appointment, { input: { number, secret } })).body.data?.appointment).toMatchObject({ number });
  });

  it('answers a body that is no JSON with BAD_USER_INPUT', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts plus-tagged and dotted addresses as the same mailbox', async () => {
    const book = async (time: string, email: string) => {
      const reservation = (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrowAt(time) } }, api.adminToken)).reserveSlot;
      return (await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Tag', email } } }, api.adminToken)).confirmAppointment.__typename;
    };
    expect(await book('11:10', 'tag@example.org')).toBe('ConfirmedAppointment');
    expect(await book('11:20', 'tag+zwei@example.org.')).toBe('ConfirmedAppointment');
    expect(await book('11:30', 'Tag+drei@Example.org')).toBe('TooManyAppointments');
  });
});
