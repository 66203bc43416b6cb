import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 16 March 2026, 07:00 in Berlin: today's 08:00–10:00 slots still lie ahead.
const mondayMorning = '2026-03-16T06:00:00Z';
let api: TestApi;
let office: OfficeFixture;

async function days(from: string, to: string, serviceIds = [office.shortServiceId], token?: string): Promise<string[]> {
  const { availableDays } = await api.data(op.availableDays, { input: { serviceIds, officeIds: [office.officeId], from, to } }, token);
  return availableDays.map((day: { date: string }) => day.date);
}

async function starts(date: string, forOffice = office, serviceIds = [forOffice.shortServiceId]): Promise<string[]> {
  const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds, officeIds: [forOffice.officeId], date } });
  return availableSlots[0]?.startTimes ?? [];
}

async function reserve(start: string, token?: string, forOffice = office, serviceIds = [forOffice.shortServiceId]) {
  return (await api.data(op.reserveSlot, { input: { officeId: forOffice.officeId, serviceIds, start } }, token)).reserveSlot;
}

beforeAll(async () => {
  api = await startTestApi(mondayMorning);
  office = await createOffice(api, 'Bürgeramt Kalender', { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '10:00', publicCounters: 1, internCounters: 1, endInDays: 30 });
});

afterAll(async () => {
  await api?.stop();
});

describe('booking window', () => {
  it('keeps slots inside the lead time for staff: the public sees them neither in days nor in bookings', async () => {
    expect(await days('2026-03-16', '2026-03-17')).toEqual(['2026-03-17']);
    expect(await days('2026-03-16', '2026-03-17', [office.shortServiceId], api.adminToken)).toEqual(['2026-03-16', '2026-03-17']);
    expect((await reserve('2026-03-16T07:00:00Z')).__typename).toBe('OutsideBookingWindow');
    expect((await reserve('2026-03-16T07:00:00Z', api.adminToken)).__typename).toBe('Reservation');
  });

  it('has no slots on Berlin public holidays', async () => {
    const april = await days('2026-04-01', '2026-04-08');
    expect(april).toEqual(['2026-04-01', '2026-04-02', '2026-04-04', '2026-04-05', '2026-04-07', '2026-04-08']);
  });

  it('places slots right on the spring daylight-saving day', async () => {
    const before = await starts('2026-03-28');
    const switchDay = await starts('2026-03-29');
    expect(before[0]).toBe('2026-03-28T07:00:00.000Z');
    expect(switchDay[0]).toBe('2026-03-29T06:00:00.000Z');
    expect(switchDay.at(-1)).toBe('2026-03-29T07:50:00.000Z');
    expect([before.length, switchDay.length]).toEqual([12, 12]);
  });

  it('makes a day bookable only where a long enough run of slots is free', async () => {
    const small = await createOffice(api, 'Kleines Amt', { startTime: '08:00', endTime: '08:30', publicCounters: 1, internCounters: 1 });
    // Wednesday 18 March: 08:00, 08:10, 08:20; taking 08:10 leaves two runs of one slot.
    expect((await reserve('2026-03-18T07:10:00Z', undefined, small)).__typename).toBe('Reservation');
    expect(await starts('2026-03-18', small)).toEqual(['2026-03-18T07:00:00.000Z', '2026-03-18T07:20:00.000Z']);
    expect(await starts('2026-03-18', small, [small.longServiceId])).toEqual([]);
    const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [small.longServiceId], officeIds: [small.officeId], from: '2026-03-18', to: '2026-03-19' } });
    expect(availableDays.map((day: { date: string }) => day.date)).toEqual(['2026-03-19']);
    expect((await reserve('2026-03-18T07:00:00Z', undefined, small, [small.longServiceId])).__typename).toBe('SlotUnavailable');
  });

  it('counts the offices with room per day as the month view shows them, the same offices it names', async () => {
    const weekdaysOnly = await createOffice(api, 'Amt werktags', { startTime: '08:00', endTime: '09:00' });
    await api.admin(
      graphql(`
        mutation AvailabilitySetOfficeService($input: SetOfficeServiceInput!) {
          setOfficeService(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: weekdaysOnly.officeId, serviceId: office.shortServiceId, durationSlots: 1, bookableOnline: true } },
    );
    const { availableDays } = await api.data(
      graphql(`
        query AvailabilityAvailableDays($input: AvailableDaysInput!) {
          availableDays(input: $input) {
            date
            officeCount
            offices {
              id
            }
          }
        }
      `),
      {
        input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId, weekdaysOnly.officeId], from: '2026-03-27', to: '2026-03-28' },
      },
    );
    // Friday both offices, Saturday only the one open every day.
    expect(availableDays).toEqual([
      { date: '2026-03-27', officeCount: 2, offices: [{ id: office.officeId }, { id: weekdaysOnly.officeId }].sort((a, b) => api.databaseKey(a.id) - api.databaseKey(b.id)) },
      { date: '2026-03-28', officeCount: 1, offices: [{ id: office.officeId }] },
    ]);
  });

  it('lists the booked appointments a closure hits and removes the day', async () => {
    const reservation = await reserve('2026-03-20T07:30:00Z');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Grace', email: 'grace@example.org' } } });
    const { addClosure } = await api.admin(op.addClosure, { input: { officeId: office.officeId, date: '2026-03-20', reason: 'Betriebsausflug' } });
    expect(addClosure).toMatchObject({ __typename: 'CapacityChange', closure: { date: '2026-03-20' }, affectedAppointments: [{ number: confirmAppointment.appointment.number, start: '2026-03-20T07:30:00.000Z' }] });
    expect(await days('2026-03-19', '2026-03-21')).toEqual(['2026-03-19', '2026-03-21']);
  });

  it('lists the booked appointments a rule change hits', async () => {
    const reservation = await reserve('2026-03-23T07:00:00Z');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Grace', email: 'grace@example.org' } } });
    const { updateCapacityRule } = await api.admin(op.updateCapacityRule, {
      input: { ruleId: office.ruleId, weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '09:00', endTime: '10:00', validFrom: '2026-01-01', publicCounters: 1, internCounters: 1, endInDays: 30 },
    });
    expect(updateCapacityRule.affectedAppointments.map((hit: { number: number }) => hit.number)).toContain(confirmAppointment.appointment.number);
    expect((await starts('2026-03-24'))[0]).toBe('2026-03-24T08:00:00.000Z');
  });

  it('keeps a booked slot when the slot length changes, and lists its appointment', async () => {
    const quarter = await createOffice(api, 'Amt im Viertelstundentakt', { startTime: '08:00', endTime: '09:00', slotMinutes: 15, publicCounters: 1, internCounters: 1 });
    const reservation = await reserve('2026-03-19T07:00:00Z', undefined, quarter);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Grace', email: 'grace@example.org' } } });
    const { updateCapacityRule } = await api.admin(op.updateCapacityRule, {
      input: { ruleId: quarter.ruleId, weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '09:00', validFrom: '2026-01-01', slotMinutes: 10, publicCounters: 1, internCounters: 1, endInDays: 14 },
    });
    expect(updateCapacityRule.affectedAppointments.map((hit: { number: number }) => hit.number)).toEqual([confirmAppointment.appointment.number]);
    // 08:00–08:15 stays held with no capacity left; the new grid's 08:00 cannot be booked twice.
    expect(await starts('2026-03-19', quarter)).not.toContain('2026-03-19T07:00:00.000Z');
    expect((await reserve('2026-03-19T07:00:00Z', undefined, quarter)).__typename).not.toBe('Reservation');
  });

  it('refuses a rule whose start lies off the office slot grid', async () => {
    const { createCapacityRule } = await api.admin(
      graphql(`
        mutation AvailabilityCreateCapacityRule($input: CreateCapacityRuleInput!) {
          createCapacityRule(input: $input) {
            __typename
            ... on InvalidInput {
              problems
            }
          }
        }
      `),
      { input: { officeId: office.officeId, weekdays: [6], startTime: '13:05', endTime: '14:05', validFrom: '2026-03-01', publicCounters: 1, internCounters: 1 } },
    );
    expect(createCapacityRule.__typename).toBe('InvalidInput');
  });

  it('opens the last day of the window at the rule start time, not a minute before', async () => {
    // From Tuesday 17 March the window reaches 16 April at the rule's 09:00 start (08:00Z in CET);
    // 16 April itself is in summer time, its first slot 09:00 CEST = 07:00Z.
    await api.setClock('2026-03-17T07:59:00Z');
    expect(await days('2026-04-15', '2026-04-16')).toEqual(['2026-04-15']);
    expect((await reserve('2026-04-16T07:00:00Z')).__typename).toBe('OutsideBookingWindow');
    await api.setClock('2026-03-17T08:00:00Z');
    expect(await days('2026-04-15', '2026-04-16')).toEqual(['2026-04-15', '2026-04-16']);
    expect((await reserve('2026-04-16T07:00:00Z')).__typename).toBe('Reservation');
  });

  it('catches up after downtime and places slots right on the autumn daylight-saving day', async () => {
    await api.setClock('2026-10-12T06:00:00Z');
    expect(await api.runJobs()).toBeGreaterThan(0);
    expect((await starts('2026-10-24'))[0]).toBe('2026-10-24T07:00:00.000Z');
    expect((await starts('2026-10-25'))[0]).toBe('2026-10-25T08:00:00.000Z');
    expect((await starts('2026-10-25')).length).toBe(6);
  });
});
