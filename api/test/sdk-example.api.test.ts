import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runHotlineAgent } from '../../clients/sdk/examples/hotline-agent';
import { AvailabilityChangedDocument, AvailableDaysDocument, MyQueueStatusDocument, ReserveSlotDocument, ViewerDocument, ZmsRequestError, createZmsClient } from '../../clients/sdk/src/index';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
let early: OfficeFixture;
let late: OfficeFixture;
let hotlineKey: string;

const createApiKey = graphql(`
  mutation SdkExampleCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        key
      }
    }
  }
`);
const setOfficeService = graphql(`
  mutation SdkExampleSetOfficeService($input: SetOfficeServiceInput!) {
    setOfficeService(input: $input) {
      __typename
    }
  }
`);

beforeAll(async () => {
  // Monday; the first bookable day is Tuesday 3 March.
  api = await startTestApi('2026-03-02T08:00:00Z');
  late = await createOffice(api, 'Bürgeramt Spät', { startTime: '09:00' });
  early = await createOffice(api, 'Bürgeramt Früh', { startTime: '08:00' });
  // The late office's service is offered at the early office too: the agent must pick the earlier time there.
  await api.admin(setOfficeService, { input: { officeId: early.officeId, serviceId: late.shortServiceId, durationSlots: 1, bookableOnline: true } });
  const { createApiKey: created } = await api.admin(createApiKey, { input: { name: '115 Berlin', level: 'callcenter' } });
  hotlineKey = created.key;
});

afterAll(async () => {
  await api?.stop();
});

it('books, then finds by number and phone, moves, resends and cancels as the 115 through the example agent', async () => {
  const lines: string[] = [];
  const result = await runHotlineAgent({
    url: `${api.url}/graphql`,
    apiKey: hotlineKey,
    serviceName: 'Bürgeramt Spät: Anmeldung',
    caller: { phone: '030 1234567', name: 'Anrufer', spokenPhone: '+49 (0)30 123 45 67' },
    from: '2026-03-02',
    log: (line) => lines.push(line),
  });

  expect(result).toMatchObject({ serviceId: late.shortServiceId, officeId: early.officeId, bookedStart: '2026-03-03T07:00:00.000Z', movedStart: '2026-03-03T07:10:00.000Z' });
  const rows = await api.app.orm.em
    .fork()
    .execute<{ channel: string; status: string; office_id: number; start_at: string; contact_phone: string }[]>('select channel, status, office_id, start_at, contact_phone from appointment where number = ?', [result.number]);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ channel: 'HOTLINE', status: 'cancelled', office_id: api.databaseKey(early.officeId), contact_phone: '030 1234567' });
  expect(new Date(rows[0].start_at).toISOString()).toBe(result.movedStart);
  expect(lines.join('\n')).toMatch(/confirmed appointment \d+ \(HOTLINE\)[\s\S]*found appointment \d+ by its number and phone[\s\S]*moved appointment[\s\S]*sent the confirmation[\s\S]*cancelled appointment/);
  const audited = await api.app.orm.em
    .fork()
    .execute<{ action: string; actor_name: string }[]>("select action, actor_name from audit_entry where details->>'number' = ? and action <> 'confirmAppointment' order by id", [String(result.number)]);
  expect(audited).toEqual(['hotlineAppointment', 'rescheduleAppointmentOnBehalf', 'resendAppointmentConfirmation', 'cancelAppointmentOnBehalf'].map((action) => ({ action, actor_name: '115 Berlin' })));
});

it('follows availabilityChanged over graphql-ws with the key', async () => {
  const zms = createZmsClient({ url: `${api.url}/graphql`, apiKey: hotlineKey, webSocketImpl: WebSocket });
  const events = zms.subscribe(AvailabilityChangedDocument, { officeId: late.officeId });
  const next = events.next();
  // graphql-ws does not confirm a subscription: book until its first event shows that it is live.
  let event: IteratorResult<unknown> | null = null;
  for (let minutes = 0; event === null && minutes < 180; minutes += 10) {
    const start = new Date(Date.parse('2026-03-10T08:00:00Z') + minutes * 60_000).toISOString();
    const { reserveSlot } = await zms.request(ReserveSlotDocument, { input: { officeId: late.officeId, serviceIds: [late.shortServiceId], start } });
    expect(reserveSlot.__typename).toBe('Reservation');
    event = await Promise.race([next, new Promise<null>((resolve) => setTimeout(() => resolve(null), 200))]);
  }
  expect(event?.value).toMatchObject({ availabilityChanged: { reason: 'taken', dates: ['2026-03-10'], office: { id: late.officeId } } });
  await events.return?.();
  await zms.dispose();
});

it('throws ZmsRequestError with the codes of the API', async () => {
  const url = `${api.url}/graphql`;
  const wrongKey = createZmsClient({ url, apiKey: 'zk_not-a-key', webSocketImpl: WebSocket });
  const refused = await wrongKey.request(ViewerDocument).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(ZmsRequestError);
  expect(refused).toMatchObject({ codes: ['UNAUTHENTICATED'], status: 401 });
  await expect(wrongKey.subscribe(AvailabilityChangedDocument, { officeId: late.officeId }).next()).rejects.toMatchObject({ codes: ['UNAUTHENTICATED'] });
  await wrongKey.dispose();

  const citizen = createZmsClient({ url, webSocketImpl: WebSocket });
  await expect(citizen.request(AvailableDaysDocument, { input: { serviceIds: [late.shortServiceId], from: 'tomorrow', to: '2026-03-31' } })).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'] });
  await expect(citizen.subscribe(MyQueueStatusDocument, { input: { number: '1', secret: 'not-the-secret' } }).next()).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'] });
  await citizen.dispose();

  const limited = createZmsClient({
    url,
    fetch: async () => Response.json({ errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }] }, { status: 429 }),
  });
  const error = await limited.request(ViewerDocument).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ codes: ['RATE_LIMITED'], retryAfterSeconds: 30, status: 429 });
  expect((error as ZmsRequestError).has('RATE_LIMITED')).toBe(true);
});
