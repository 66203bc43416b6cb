import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

// Availability answers are cached per process and checked against the offices' versions on
// every request: a change committed by any process shows at once, and so does the clock.

// Monday 16 March 2026, 07:00 in Berlin.
const mondayMorning = '2026-03-16T06:00:00Z';
let api: TestApi;
let other: ApiProcess;
let office: OfficeFixture;

async function starts(client: { data: TestApi['data'] }, date: string): Promise<string[]> {
  const { availableSlots } = await client.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date } });
  return availableSlots[0]?.startTimes ?? [];
}

async function days(from: string, to: string): Promise<string[]> {
  const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [office.shortServiceId], from, to } });
  return availableDays.map((day: { date: string }) => day.date);
}

beforeAll(async () => {
  api = await startTestApi(mondayMorning);
  office = await createOffice(api, 'Bürgeramt Zwischenspeicher', { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '08:30', publicCounters: 1, internCounters: 1, endInDays: 10 });
  other = await api.spawnProcess();
});

afterAll(async () => {
  await api?.stop();
});

it('answers without a slot as soon as another process commits its booking', async () => {
  // Asked twice: the second answer comes from the cache.
  expect(await starts(api, '2026-03-18')).toEqual(['2026-03-18T07:00:00.000Z', '2026-03-18T07:10:00.000Z', '2026-03-18T07:20:00.000Z']);
  expect(await starts(api, '2026-03-18')).toHaveLength(3);
  const { reserveSlot } = await other.client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-18T07:10:00Z' } });
  expect(reserveSlot.__typename).toBe('Reservation');
  expect(await starts(api, '2026-03-18')).toEqual(['2026-03-18T07:00:00.000Z', '2026-03-18T07:20:00.000Z']);
});

it('drops a day from the calendar when its last start passes, and gives it back when the clock is set back', async () => {
  expect(await days('2026-03-17', '2026-03-17')).toEqual(['2026-03-17']);
  // Tuesday 17 March 08:20 local (07:20Z) is its last start: ten minutes later the day is over,
  // and the lead time has taken it from the public before that.
  await api.setClock('2026-03-17T07:25:00Z');
  expect(await days('2026-03-17', '2026-03-17')).toEqual([]);
  await api.setClock(mondayMorning);
  expect(await days('2026-03-17', '2026-03-17')).toEqual(['2026-03-17']);
});
