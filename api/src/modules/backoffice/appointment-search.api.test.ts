import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

// Monday 2 March 2026, 09:00 in Berlin: Tuesday 3 to Monday 16 March are in the public window.
const monday = '2026-03-02T08:00:00Z';
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

const search = `query ($filter: AppointmentSearchInput!, $first: Int, $after: String) {
  appointmentSearch(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id number status contactName contactEmail contactPhone office { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  id: string;
  number: number;
  status: string;
  contactName: string | null;
  office: { id: string };
}

let api: TestApi;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const tokens = {} as Record<'staffA' | 'staffB' | 'publicKey' | 'callcenterKey', string>;
const booked = {} as Record<'ada' | 'grace' | 'emile' | 'adaAtB', { id: string; number: number }>;

async function book(office: OfficeFixture, start: string, contact: { name: string; email: string; phone?: string }, serviceIds = [office.shortServiceId]) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds, start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot ${start}: ${JSON.stringify(reserveSlot)}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment ${start}: ${JSON.stringify(confirmAppointment)}`);
  return { id: confirmAppointment.appointment.id as string, number: confirmAppointment.appointment.number as number };
}

async function staff(name: string, officeId: string): Promise<string> {
  const password = `${name}-password-long-enough`;
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username: name, password, displayName: name, memberships: [{ officeId, role: 'staff' }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(name, password);
}

async function apiKey(level: 'public' | 'callcenter'): Promise<string> {
  const { createApiKey } = await api.admin(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }`, { input: { name: `Suche ${level}`, level } });
  return createApiKey.key as string;
}

async function find(filter: Record<string, unknown>, token = tokens.staffA, first = 50): Promise<Hit[]> {
  const { appointmentSearch } = await api.data(search, { filter, first }, token);
  return appointmentSearch.edges.map((edge: { node: Hit }) => edge.node);
}

const numbers = (hits: Hit[]) => hits.map((hit) => hit.number).sort((a, b) => a - b);

beforeAll(async () => {
  api = await startTestApi(monday);
  officeA = await createOffice(api, 'Bürgeramt Suche A');
  officeB = await createOffice(api, 'Bürgeramt Suche B');
  booked.ada = await book(officeA, berlin('2026-03-03', '08:00'), { name: 'Ada Lovelace', email: 'ada@example.org', phone: '030 1234567' }, [officeA.longServiceId]);
  booked.grace = await book(officeA, berlin('2026-03-04', '09:00'), { name: 'Grace Hopper', email: 'Grace.Hopper@Example.org', phone: '+49 (0)30 7654321' });
  booked.emile = await book(officeA, berlin('2026-03-05', '10:00'), { name: 'Émile Zola', email: 'emile@example.org' });
  booked.adaAtB = await book(officeB, berlin('2026-03-03', '08:00'), { name: 'Ada Byron', email: 'ada.byron@example.org' });
  tokens.staffA = await staff('suche-a', officeA.officeId);
  tokens.staffB = await staff('suche-b', officeB.officeId);
  tokens.publicKey = await apiKey('public');
  tokens.callcenterKey = await apiKey('callcenter');
});

afterAll(async () => {
  await api?.stop();
});

describe('appointmentSearch', () => {
  it('finds by number', async () => {
    expect(numbers(await find({ number: booked.grace.number }))).toEqual([booked.grace.number]);
  });

  it('finds by any part of the name, regardless of case and accents', async () => {
    expect(numbers(await find({ name: 'lovel' }))).toEqual([booked.ada.number]);
    expect(numbers(await find({ name: 'emile' }))).toEqual([booked.emile.number]);
    expect(numbers(await find({ name: 'ZOLA' }))).toEqual([booked.emile.number]);
    expect(await find({ name: 'a%' })).toEqual([]);
  });

  it('finds by the start of the email address, regardless of case', async () => {
    expect(numbers(await find({ email: 'grace.hopper@' }))).toEqual([booked.grace.number]);
    expect(numbers(await find({ email: 'ADA@EXAMPLE.ORG' }))).toEqual([booked.ada.number]);
  });

  it('finds by the phone number in another spelling', async () => {
    expect(numbers(await find({ phone: '0049 30 765 43 21' }))).toEqual([booked.grace.number]);
    expect(numbers(await find({ phone: '+49 30 1234567' }))).toEqual([booked.ada.number]);
  });

  it('finds by date range, status and service', async () => {
    expect(numbers(await find({ from: '2026-03-04', to: '2026-03-05' }))).toEqual([booked.grace.number, booked.emile.number]);
    expect(numbers(await find({ from: '2026-03-03', to: '2026-03-31', serviceId: officeA.longServiceId }))).toEqual([booked.ada.number]);
    expect(numbers(await find({ from: '2026-03-03', to: '2026-03-31', statuses: ['confirmed'] }))).toEqual([booked.ada.number, booked.grace.number, booked.emile.number]);
    expect(await find({ from: '2026-03-03', to: '2026-03-31', statuses: ['cancelled'] })).toEqual([]);
  });

  it('pages in time order with a cursor', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const { appointmentSearch }: { appointmentSearch: { edges: { node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.data(
        search,
        { filter: { from: '2026-03-03', to: '2026-03-31' }, first: 1, after },
        tokens.staffA,
      );
      seen.push(...appointmentSearch.edges.map((edge) => edge.node.number));
      if (!appointmentSearch.pageInfo.hasNextPage) break;
      after = appointmentSearch.pageInfo.endCursor;
    }
    expect(seen).toEqual([booked.ada.number, booked.grace.number, booked.emile.number]);
  });

  it("never shows staff of office A the appointments of office B, nor B's staff A's", async () => {
    expect(numbers(await find({ name: 'ada' }))).toEqual([booked.ada.number]);
    expect(numbers(await find({ name: 'ada' }, tokens.staffB))).toEqual([booked.adaAtB.number]);
    expect(await find({ number: booked.adaAtB.number })).toEqual([]);
    const asked = await api.graphql(search, { filter: { name: 'ada', officeIds: [officeB.officeId] } }, tokens.staffA);
    expect(asked.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('finds nothing for API keys and citizens', async () => {
    for (const token of [tokens.publicKey, tokens.callcenterKey]) {
      const refused = await api.graphql(search, { filter: { name: 'ada' } }, token);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // Citizens may send only the apps' documents, and no app asks this of a citizen.
    const anonymous = await api.graphql(search, { filter: { name: 'ada' } });
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.length).toBe(1);
  });

  it('refuses a search that names nothing, or a month of dates and more', async () => {
    for (const filter of [{}, { statuses: ['confirmed'] }, { from: '2026-03-01', to: '2026-04-15' }]) {
      expect((await api.graphql(search, { filter }, tokens.staffA)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('records who searched which office by which kinds of term, never the terms', async () => {
    const before = await api.app.orm.em.fork().execute<{ max: string | null }[]>('select max(id) as max from audit_entry');
    await find({ name: 'Lovelace', phone: '030 1234567' });
    await find({ email: 'ada.byron@' }, tokens.staffB);
    const entries = await api.app.orm.em
      .fork()
      .execute<{ actor_name: string; office_id: number; details: Record<string, unknown> }[]>("select actor_name, office_id, details from audit_entry where action = 'appointmentSearch' and id > ? order by id", [before[0].max ?? 0]);
    const officeOf = async (number: number) => (await api.app.orm.em.fork().execute<{ office_id: number }[]>('select office_id from appointment where number = ?', [number]))[0].office_id;
    expect(entries.map((entry) => [entry.actor_name, entry.office_id, entry.details.terms])).toEqual([
      ['suche-a', await officeOf(booked.ada.number), ['name', 'phone']],
      ['suche-b', await officeOf(booked.adaAtB.number), ['email']],
    ]);
    const everything = JSON.stringify(await api.app.orm.em.fork().execute('select * from audit_entry')).toLowerCase();
    for (const term of ['lovelace', 'ada@', 'byron', '1234567', 'grace', 'zola']) expect(everything).not.toContain(term);
  });
});
