import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let office: OfficeFixture;

async function rowCounts() {
  const [counts] = await api.app.orm.em.fork().execute<Record<string, string>[]>(
    `select (select count(*) from appointment) as appointments, (select sum(taken) from slot) as taken,
            (select count(*) from capacity_rule) as rules, (select count(*) from closure) as closures, (select count(*) from office) as offices`,
  );
  return counts;
}

function codes(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.map((error) => error.extensions?.code);
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  office = await createOffice(api, 'Bürgeramt Eingabe');
});

afterAll(async () => {
  await api?.stop();
});

describe('bad input gets a typed error and writes nothing', () => {
  const tomorrow = '2026-03-03T08:00:00Z';

  it.each([
    ['an unknown office', () => ({ officeId: api.publicId(999999), serviceIds: [office.shortServiceId], start: tomorrow }), 'NotFound'],
    ['an unknown service', () => ({ officeId: office.officeId, serviceIds: [api.publicId(424242)], start: tomorrow }), 'NotFound'],
    ['too many services', () => ({ officeId: office.officeId, serviceIds: Array(4).fill(office.shortServiceId), start: tomorrow }), 'InvalidInput'],
    ['a time no slot starts at', () => ({ officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-03T08:05:00Z' }), 'SlotUnavailable'],
    ['a time in the past', () => ({ officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-02-27T08:00:00Z' }), 'OutsideBookingWindow'],
    ['a time beyond the window', () => ({ officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-05-04T07:00:00Z' }), 'OutsideBookingWindow'],
  ])('reserveSlot with %s answers a result union member', async (_, input, typename) => {
    const before = await rowCounts();
    const { reserveSlot } = await api.data(op.reserveSlot, { input: input() });
    expect(reserveSlot.__typename).toBe(typename);
    expect(reserveSlot.code).toBeTruthy();
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['a malformed instant', { start: 'tomorrow at nine' }],
    ['no services', { serviceIds: [] }],
    ['an oversized id', { officeId: '1'.repeat(5000) }],
    ['a database key for an id', { officeId: '1' }],
    ['an id this API did not give out', { officeId: 'abcdefghijklmnopqrstuv' }],
    ['the year 0', { start: '0000-01-01T00:00:00Z' }],
    ['a NUL character', { serviceIds: ['1\u0000'] }],
  ])('reserveSlot with %s is a BAD_USER_INPUT error', async (_, override) => {
    const before = await rowCounts();
    const result = await api.graphql(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrow, ...override } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await rowCounts()).toEqual(before);
  });

  it('confirmAppointment with an oversized name is a BAD_USER_INPUT error and keeps the reservation unconfirmed', async () => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: tomorrow } });
    const result = await api.graphql(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'x'.repeat(10_000), email: 'a@example.org' } } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const [row] = await api.app.orm.em.fork().execute<{ status: string }[]>('select status from appointment where id = ?', [api.databaseKey(reserveSlot.id)]);
    expect(row.status).toBe('reserved');
  });

  it('confirmAppointment with an unknown token answers NotFound', async () => {
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: 'no-such-token', contact: { name: 'A', email: 'a@example.org' } } });
    expect(confirmAppointment.__typename).toBe('NotFound');
  });

  it.each([
    ['a date that does not exist', { from: '2026-02-30', to: '2026-03-10' }],
    ['a malformed date', { from: '03/02/2026', to: '2026-03-10' }],
    ['a range that is too long', { from: '2026-03-01', to: '2026-12-31' }],
    ['a reversed range', { from: '2026-03-10', to: '2026-03-01' }],
    ['a malformed service id', { serviceIds: ['x'] }],
    ['the year 0', { from: '0000-01-01' }],
  ])('availableDays with %s is a BAD_USER_INPUT error', async (_, override) => {
    const result = await api.graphql(op.availableDays, { input: { serviceIds: [office.shortServiceId], from: '2026-03-02', to: '2026-03-10', ...override } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an office name', `mutation { createOffice(input: { name: "Amt\\u0000", address: { street: "a", houseNumber: "1", postalCode: "10115" } }) { __typename } }`],
    ['a search', `{ services(search: "\\u0000") { edges { node { id } } } }`],
  ])('a NUL character in %s is a BAD_USER_INPUT error', async (_, query) => {
    expect(codes(await api.graphql(query, {}, api.adminToken))).toEqual(['BAD_USER_INPUT']);
  });

  it('a malformed cursor is a BAD_USER_INPUT error', async () => {
    const result = await api.graphql(
      graphql(`
        query InputValidationServices {
          services(after: "garbage") {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an hour past midnight', { startTime: '25:00' }],
    ['a start after the end', { startTime: '12:00', endTime: '08:00' }],
    ['fewer intern than public counters', { publicCounters: 3, internCounters: 2 }],
    ['another slot length than the office uses', { slotMinutes: 15 }],
    ['no weekdays', { weekdays: [] }],
  ])('createCapacityRule with %s answers InvalidInput or BAD_USER_INPUT and writes nothing', async (_, override) => {
    const before = await rowCounts();
    const result = await api.graphql(
      graphql(`
        mutation InputValidationCreateCapacityRule($input: CreateCapacityRuleInput!) {
          createCapacityRule(input: $input) {
            __typename
            ... on InvalidInput {
              problems
            }
          }
        }
      `),
      { input: { officeId: office.officeId, weekdays: [6], startTime: '08:00', endTime: '12:00', validFrom: '2026-03-01', publicCounters: 1, internCounters: 1, ...override } },
      api.adminToken,
    );
    expect(result.data?.createCapacityRule?.__typename === 'InvalidInput' || codes(result)?.[0] === 'BAD_USER_INPUT').toBe(true);
    expect(await rowCounts()).toEqual(before);
  });
});

describe('admin operations', () => {
  const closure = graphql(`
    mutation InputValidationAddClosure($input: AddClosureInput!) {
      addClosure(input: $input) {
        __typename
      }
    }
  `);

  it('refuse callers without the admin token', async () => {
    const before = await rowCounts();
    expect(codes(await api.graphql(closure, { input: { officeId: office.officeId, date: '2026-03-10' } }))).toEqual(['UNAUTHENTICATED']);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuse an unknown token on any operation', async () => {
    expect(
      codes(
        await api.graphql(
          graphql(`
            query InputValidationServices2 {
              services {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `),
          {},
          'not-the-admin-token',
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('ignore X-Forwarded-For unless a trusted proxy is configured', async () => {
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}`, 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ query: `mutation { createService(input: { name: "Proxy-Probe" }) { __typename } }` }),
    });
    const { auditLog } = await api.admin(
      graphql(`
        query InputValidationAuditLog {
          auditLog(first: 1) {
            edges {
              node {
                action
                details
              }
            }
          }
        }
      `),
    );
    expect(auditLog.edges[0].node).toMatchObject({ action: 'createService', details: { name: 'Proxy-Probe', clientAddress: '127.0.0.1' } });
  });

  it('answers NotFound for unknown ids', async () => {
    const { addClosure } = await api.admin(closure, { input: { officeId: api.publicId(987654), date: '2026-03-10' } });
    expect(addClosure.__typename).toBe('NotFound');
  });
});

describe('concurrent administration', () => {
  it('offers a new service at an office from two admins at once without a conflict', async () => {
    const { createService } = await api.admin(
      graphql(`
        mutation InputValidationCreateService {
          createService(input: { name: "Gleichzeitig" }) {
            ... on Service {
              id
            }
          }
        }
      `),
    );
    const offer = (durationSlots: number) =>
      api.admin(
        graphql(`
          mutation InputValidationSetOfficeService($input: SetOfficeServiceInput!) {
            setOfficeService(input: $input) {
              __typename
              ... on OfficeService {
                durationSlots
              }
            }
          }
        `),
        {
          input: { officeId: office.officeId, serviceId: createService.id, durationSlots },
        },
      );
    const results = await Promise.all([offer(1), offer(2)]);
    expect(results.map((result) => result.setOfficeService.__typename)).toEqual(['OfficeService', 'OfficeService']);
  });
});

describe('catalogue queries', () => {
  it('pages through services with cursors', async () => {
    const query = graphql(`
      query InputValidationServices3($after: String) {
        services(first: 2, after: $after, search: "eingabe") {
          edges {
            cursor
            node {
              name
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const first = (await api.data(query)).services;
    expect(first.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Bürgeramt Eingabe: Anmeldung', 'Bürgeramt Eingabe: Beglaubigung']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.data(query, { after: first.pageInfo.endCursor })).services;
    expect(second.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Bürgeramt Eingabe: Reisepass']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('finds offices offering all given services, with their durations', async () => {
    const { offices } = await api.data(
      graphql(`
        query InputValidationOffices($ids: [ID!]) {
          offices(serviceIds: $ids) {
            edges {
              node {
                name
                services {
                  durationSlots
                  service {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      { ids: [office.longServiceId] },
    );
    expect(offices.edges).toHaveLength(1);
    expect(offices.edges[0].node.services).toContainEqual({ durationSlots: 2, service: { id: office.longServiceId } });
  });
});

describe('counters and office groups', () => {
  const createCounter = graphql(`
    mutation InputValidationCreateCounter($input: CreateCounterInput!) {
      createCounter(input: $input) {
        __typename
        ... on Counter {
          id
          name
          room
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `);
  const createGroup = graphql(`
    mutation InputValidationCreateOfficeGroup($input: OfficeGroupInput!) {
      createOfficeGroup(input: $input) {
        __typename
        ... on OfficeGroup {
          id
          name
          offices {
            id
          }
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `);
  const countOf = async (table: string) => Number((await api.app.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);

  it('creates a counter once per name and refuses a blank or repeated one without writing', async () => {
    const created = await api.admin(createCounter, { input: { officeId: office.officeId, name: 'Schalter 1', room: 'Raum 104' } });
    expect(created.createCounter).toMatchObject({ __typename: 'Counter', name: 'Schalter 1', room: 'Raum 104' });
    const before = await countOf('counter');
    expect((await api.admin(createCounter, { input: { officeId: office.officeId, name: '   ' } })).createCounter.__typename).toBe('InvalidInput');
    expect((await api.admin(createCounter, { input: { officeId: office.officeId, name: 'Schalter 1' } })).createCounter.__typename).toBe('InvalidInput');
    expect(await countOf('counter')).toBe(before);
  });

  it('groups existing offices and refuses unknown offices and repeated names', async () => {
    const created = await api.admin(createGroup, { input: { name: 'Bürgerämter Mitte', officeIds: [office.officeId] } });
    expect(created.createOfficeGroup).toMatchObject({ __typename: 'OfficeGroup', offices: [{ id: office.officeId }] });
    const before = await countOf('office_group');
    expect((await api.admin(createGroup, { input: { name: 'Unbekannt', officeIds: [api.publicId(999999)] } })).createOfficeGroup.__typename).toBe('NotFound');
    expect((await api.admin(createGroup, { input: { name: 'Bürgerämter Mitte', officeIds: [] } })).createOfficeGroup.__typename).toBe('InvalidInput');
    expect((await api.admin(createGroup, { input: { name: ' ', officeIds: [] } })).createOfficeGroup.__typename).toBe('InvalidInput');
    expect(await countOf('office_group')).toBe(before);
  });
});
