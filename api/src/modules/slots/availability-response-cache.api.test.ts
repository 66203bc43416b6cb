import { afterAll, beforeAll, expect, it } from 'vitest';
import { documentOf, startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { responseCacheHeader } from '../../platform/graphql/response-cache';

// Availability answers are sent again without execution (platform/graphql/response-cache.ts)
// while the availability cache's check of the offices' versions holds: never stale, in any
// process, and only after authentication, the trusted-document check and the rate charge.

// Monday 16 March 2026, 07:00 in Berlin.
const mondayMorning = '2026-03-16T06:00:00Z';
const wednesday = '2026-03-18';
let api: TestApi;
let other: ApiProcess;
let limited: ApiProcess;
let office: OfficeFixture;

interface Asked {
  status: number;
  hit: boolean;
  starts: string[] | null;
  code: string | null;
}

/** availableSlots of the office on Wednesday, as our apps send it (by hash), or as text. */
async function ask(url: string, options: { token?: string; address?: string; asText?: boolean; services?: unknown } = {}): Promise<Asked> {
  const variables = { input: { ...(options.services ? { services: options.services } : { serviceIds: [office.shortServiceId] }), officeIds: [office.officeId], date: wednesday } };
  const document = options.asText ? { query: op.availableSlots.toString() } : documentOf(op.availableSlots);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.address ? { 'x-forwarded-for': options.address } : {}) },
    body: JSON.stringify({ ...document, variables }),
  });
  const body = (await response.json()) as { data?: { availableSlots: { startTimes: string[] }[] }; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, hit: response.headers.get(responseCacheHeader) === 'hit', starts: body.data ? (body.data.availableSlots[0]?.startTimes ?? []) : null, code: body.errors?.[0]?.extensions?.code ?? null };
}

/** Asks until the answer is cached (the second ask), and answers what it said. */
async function cached(url: string, options: Parameters<typeof ask>[1] = {}): Promise<string[] | null> {
  const first = await ask(url, options);
  const second = await ask(url, options);
  expect(second.hit).toBe(true);
  expect(second.starts).toEqual(first.starts);
  return second.starts;
}

const at = (time: string) => `${wednesday}T${time}:00.000Z`;

beforeAll(async () => {
  api = await startTestApi(mondayMorning);
  office = await createOffice(api, 'Bürgeramt Antwortspeicher', { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '08:30', publicCounters: 1, internCounters: 1, endInDays: 10 });
  await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, releaseDelayMinutes: 0 } });
  [other, limited] = await Promise.all([api.spawnProcess(), api.spawnProcess({ TRUST_PROXY: 'loopback', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3' })]);
});

afterAll(async () => {
  await api?.stop();
});

it('never answers a held answer after a booking, a cancellation, a closure or a settings change, in this process or another', async () => {
  const everyStart = [at('07:00'), at('07:10'), at('07:20')];
  expect(await cached(api.url)).toEqual(everyStart);
  expect(await cached(other.client.url)).toEqual(everyStart);

  // Booked through the other process: both answer without the start at once.
  const { reserveSlot } = await other.client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: at('07:10') } });
  const { confirmAppointment } = await other.client.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email: 'ada@example.org' } } });
  expect((await ask(api.url)).starts).toEqual([at('07:00'), at('07:20')]);
  expect(await cached(other.client.url)).toEqual([at('07:00'), at('07:20')]);
  expect(await cached(api.url)).toEqual([at('07:00'), at('07:20')]);

  // Cancelled through this one; with no release delay its job frees the start at once, in a commit of its own.
  const { cancelAppointment } = await api.data(op.cancelAppointment, { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret } });
  expect(cancelAppointment.__typename).toBe('Appointment');
  expect(await cached(api.url)).toEqual([at('07:00'), at('07:20')]);
  await api.runJobs();
  expect((await ask(other.client.url)).starts).toEqual(everyStart);
  expect(await cached(api.url)).toEqual(everyStart);
  expect(await cached(other.client.url)).toEqual(everyStart);

  // Two persons for the service: the office books only one per service until its settings say two.
  const couple = [{ serviceId: office.shortServiceId, quantity: 2 }];
  expect(await cached(api.url, { services: couple })).toEqual([]);
  expect(await cached(other.client.url, { services: couple })).toEqual([]);
  await other.client.data(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, maxPersonsPerService: 2 } }, api.adminToken);
  expect(await ask(api.url, { services: couple })).toMatchObject({ hit: false, starts: [at('07:00'), at('07:10')] });
  expect(await ask(other.client.url, { services: couple })).toMatchObject({ hit: false, starts: [at('07:00'), at('07:10')] });

  // Closed for the day through the other process.
  const { addClosure } = await other.client.data(op.addClosure, { input: { officeId: office.officeId, date: wednesday, reason: 'Betriebsausflug' } }, api.adminToken);
  expect(addClosure.__typename).toBe('CapacityChange');
  expect((await ask(api.url)).starts).toEqual([]);
  expect((await ask(other.client.url)).starts).toEqual([]);
  await api.admin(`mutation ($input: RemoveClosureInput!) { removeClosure(input: $input) { __typename } }`, { input: { closureId: addClosure.closure.id } });
  expect((await ask(other.client.url)).starts).toEqual(everyStart);
  expect((await ask(api.url)).starts).toEqual(everyStart);
});

it('gives a caller with other rights its own answer', async () => {
  // The service is booked at the counter only: the public finds nothing, staff find its starts.
  const counterOnly = [{ serviceId: office.counterOnlyServiceId, quantity: 1 }];
  expect(await cached(api.url, { services: counterOnly })).toEqual([]);
  expect((await ask(api.url, { services: counterOnly, token: api.adminToken })).starts).toEqual([at('07:00'), at('07:10'), at('07:20')]);
  expect(await cached(api.url, { services: counterOnly, token: api.adminToken })).toHaveLength(3);
  expect(await cached(api.url, { services: counterOnly })).toEqual([]);
});

it('charges a held answer to the caller, and sends it only for a document the caller may send', async () => {
  const address = '198.51.100.7';
  const answers = [];
  for (let request = 0; request < 4; request += 1) answers.push(await ask(limited.client.url, { address }));
  expect(answers.map((answer) => answer.hit)).toEqual([false, true, true, false]);
  expect(answers.slice(0, 3).map((answer) => answer.code)).toEqual([null, null, null]);
  expect(answers[3]).toMatchObject({ status: 429, code: 'RATE_LIMITED', starts: null });
  // Another address has its own budget, and the held answer serves it.
  expect(await ask(limited.client.url, { address: '198.51.100.8' })).toMatchObject({ hit: true, code: null });

  // The same document as text: refused for an anonymous caller, although its answer is held.
  expect(await cached(api.url)).toHaveLength(3);
  expect(await ask(api.url, { asText: true })).toMatchObject({ status: 400, hit: false, code: 'TRUSTED_DOCUMENT_REQUIRED' });
  // With a credential the text is run and its own answer held.
  expect(await cached(api.url, { asText: true, token: api.adminToken })).toHaveLength(3);
});
