import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiClient, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin (CET): tomorrow is inside the public window.
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;

async function reserve(client: ApiClient, start: string, serviceIds = [office.shortServiceId], token?: string) {
  const { reserveSlot } = await client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds, start } }, token);
  return reserveSlot;
}

async function book(start: string, serviceIds = [office.shortServiceId]) {
  const reservation = await reserve(api, start, serviceIds);
  expect(reservation.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, {
    input: { reservationToken: reservation.token, contact: { name: 'Ada Lovelace', email: 'ada@example.org' } },
  });
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
  return { number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string, confirmed: confirmAppointment };
}

async function takenAt(start: string): Promise<number> {
  const [row] = await api.app.orm.em.fork().execute<{ taken: number }[]>('select taken from slot where office_id = ? and start_at = ?', [api.databaseKey(office.officeId), start]);
  return row.taken;
}

async function freeStarts(date: string, serviceIds = [office.shortServiceId]): Promise<string[]> {
  const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds, officeIds: [office.officeId], date } });
  return availableSlots[0]?.startTimes ?? [];
}

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Test', { publicCounters: 2, internCounters: 3 });
});

afterAll(async () => {
  await api?.stop();
});

describe('capacity under concurrency', () => {
  it('lets exactly 2 of 50 parallel reservations have a slot with room for 2', async () => {
    const start = tuesdayAt('08:00');
    const results = await Promise.all(Array.from({ length: 50 }, () => reserve(api, start)));
    const kinds = results.map((result) => result.__typename);
    expect(kinds.filter((kind) => kind === 'Reservation')).toHaveLength(2);
    expect(kinds.filter((kind) => kind === 'SlotUnavailable')).toHaveLength(48);
    expect(await takenAt(start)).toBe(2);
  });

  it('holds the same limit with the calls spread over two API processes', async () => {
    const second = await api.spawnProcess();
    const start = tuesdayAt('08:10');
    const results = await Promise.all(Array.from({ length: 50 }, (_, index) => reserve(index % 2 === 0 ? api : second.client, start)));
    expect(results.filter((result) => result.__typename === 'Reservation')).toHaveLength(2);
    expect(results.filter((result) => result.__typename === 'SlotUnavailable')).toHaveLength(48);
    expect(await takenAt(start)).toBe(2);
  });

  it('takes all consecutive slots of a multi-service appointment or none', async () => {
    // 08:40 is full; Reisepass (2 slots) + Anmeldung (1 slot) from 08:20 needs 08:20, 08:30 and 08:40.
    await reserve(api, tuesdayAt('08:40'));
    await reserve(api, tuesdayAt('08:40'));
    const refused = await reserve(api, tuesdayAt('08:20'), [office.longServiceId, office.shortServiceId]);
    expect(refused.__typename).toBe('SlotUnavailable');
    expect([await takenAt(tuesdayAt('08:20')), await takenAt(tuesdayAt('08:30'))]).toEqual([0, 0]);

    const held = await reserve(api, tuesdayAt('08:50'), [office.longServiceId, office.shortServiceId]);
    expect(held.__typename).toBe('Reservation');
    expect(held.end).toBe(tuesdayAt('09:20'));
    expect([await takenAt(tuesdayAt('08:50')), await takenAt(tuesdayAt('09:00')), await takenAt(tuesdayAt('09:10'))]).toEqual([1, 1, 1]);
  });

  it('counts public and intern bookings against one taken count with two limits', async () => {
    const start = tuesdayAt('10:00');
    expect((await reserve(api, start)).__typename).toBe('Reservation');
    expect((await reserve(api, start, [office.shortServiceId], api.adminToken)).__typename).toBe('Reservation');
    // taken 2 = public limit: the public is refused, staff (intern 3) still book once.
    expect((await reserve(api, start)).__typename).toBe('SlotUnavailable');
    expect((await reserve(api, start, [office.shortServiceId], api.adminToken)).__typename).toBe('Reservation');
    expect((await reserve(api, start, [office.shortServiceId], api.adminToken)).__typename).toBe('SlotUnavailable');
    expect(await takenAt(start)).toBe(3);
  });

  it('offers services that are not bookable online to staff only', async () => {
    expect((await reserve(api, tuesdayAt('10:10'), [office.counterOnlyServiceId])).__typename).toBe('NotFound');
    expect((await reserve(api, tuesdayAt('10:10'), [office.counterOnlyServiceId], api.adminToken)).__typename).toBe('Reservation');
  });
});

describe('appointment lifecycle', () => {
  it('confirms with contact data and answers with number, secret and an ICS file', async () => {
    const { confirmed, number, secret } = await book(tuesdayAt('11:00'));
    expect(confirmed.appointment).toMatchObject({ status: 'confirmed', channel: 'PORTAL', start: tuesdayAt('11:00'), end: tuesdayAt('11:10'), contactEmail: 'ada@example.org' });
    expect(confirmed.ics).toContain('DTSTART:20260303T100000Z');
    expect(confirmed.manageUrl).toMatch(new RegExp(`^http://[^/]+/portal/manage#number=${number}&secret=${secret}$`));
    // The citizen's own calendar file opens the appointment without asking for the code.
    expect(confirmed.ics.replace(/\r\n /g, '')).toContain(`URL:${confirmed.manageUrl}`);
    const { appointment } = await api.data(op.appointment, { input: { number, secret } });
    expect(appointment).toMatchObject({ number, status: 'confirmed', office: { name: 'Bürgeramt Test' } });
    expect((await api.data(op.appointment, { input: { number, secret: 'wrong-secret' } })).appointment).toBeNull();
  });

  it('refuses online confirmation without an email address and keeps the hold', async () => {
    const reservation = await reserve(api, tuesdayAt('11:10'));
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Ada' } } });
    expect(confirmAppointment).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT', problems: ['An email address is required.'] });
    expect(await takenAt(tuesdayAt('11:10'))).toBe(1);
  });

  it('expires an unconfirmed hold and frees its slot, by the clock', async () => {
    const start = tuesdayAt('11:20');
    const reservation = await reserve(api, start);
    await reserve(api, start);
    expect(await freeStarts('2026-03-03')).not.toContain(start);
    await api.advanceClock(19);
    await api.runJobs();
    expect(await takenAt(start)).toBe(2);
    await api.advanceClock(1);
    await api.runJobs();
    expect(await takenAt(start)).toBe(0);
    expect(await freeStarts('2026-03-03')).toContain(start);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Ada', email: 'ada@example.org' } } });
    expect(confirmAppointment.__typename).toBe('ReservationExpired');
  });

  it('releases a hold given up before confirmation at once, and only once', async () => {
    const start = tuesdayAt('10:40');
    const reservation = await reserve(api, start);
    expect(await takenAt(start)).toBe(1);
    const release = graphql(`
      mutation BookingReleaseReservation($input: ReleaseReservationInput!) {
        releaseReservation(input: $input) {
          __typename
          ... on ErrorResult {
            code
          }
        }
      }
    `);
    expect((await api.data(release, { input: { reservationToken: reservation.token } })).releaseReservation.__typename).toBe('Deleted');
    expect(await takenAt(start)).toBe(0);
    expect((await api.data(release, { input: { reservationToken: reservation.token } })).releaseReservation).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND' });
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: 'Ada', email: 'ada@example.org' } } });
    expect(confirmAppointment.__typename).toBe('ReservationExpired');
    const { number, secret } = await book(start);
    expect((await api.data(release, { input: { reservationToken: secret } })).releaseReservation.__typename).toBe('NotFound');
    expect((await api.data(op.appointment, { input: { number, secret } })).appointment.status).toBe('confirmed');
  });

  it('returns a cancelled slot only after the release delay', async () => {
    const start = tuesdayAt('11:30');
    const { number, secret } = await book(start);
    const { cancelAppointment } = await api.data(op.cancelAppointment, { input: { number, secret } });
    expect(cancelAppointment).toMatchObject({ __typename: 'Appointment', status: 'cancelled' });
    await api.advanceClock(4);
    await api.runJobs();
    expect(await takenAt(start)).toBe(1);
    await api.advanceClock(1);
    await api.runJobs();
    expect(await takenAt(start)).toBe(0);
    const again = await api.data(op.cancelAppointment, { input: { number, secret } });
    expect(again.cancelAppointment.__typename).toBe('InvalidInput');
  });

  it('reschedules atomically: a taken target leaves the appointment as it was', async () => {
    const { number, secret } = await book(tuesdayAt('11:40'));
    await reserve(api, tuesdayAt('11:50'));
    await reserve(api, tuesdayAt('11:50'));
    const refused = await api.data(op.rescheduleAppointment, { input: { number, secret, start: tuesdayAt('11:50') } });
    expect(refused.rescheduleAppointment.__typename).toBe('SlotUnavailable');
    expect((await api.data(op.appointment, { input: { number, secret } })).appointment).toMatchObject({ status: 'confirmed', start: tuesdayAt('11:40') });
    expect(await takenAt(tuesdayAt('11:40'))).toBe(1);

    const moved = await api.data(op.rescheduleAppointment, { input: { number, secret, start: tuesdayAt('09:30') } });
    expect(moved.rescheduleAppointment).toMatchObject({ __typename: 'Appointment', status: 'confirmed', start: tuesdayAt('09:30') });
    expect(await takenAt(tuesdayAt('09:30'))).toBe(1);
    // The old slot is released after the release delay, as a cancellation would be.
    expect(await takenAt(tuesdayAt('11:40'))).toBe(1);
    await api.advanceClock(5);
    await api.runJobs();
    expect(await takenAt(tuesdayAt('11:40'))).toBe(0);
  });

  it('lets an appointment move onto an overlapping chain without counting itself twice', async () => {
    const fullStart = tuesdayAt('09:40');
    const { number, secret } = await book(fullStart, [office.longServiceId]);
    await reserve(api, tuesdayAt('09:50'));
    // 09:50 now holds 2 (own + one other) = the public limit; moving to 09:50–10:10 keeps the own claim on 09:50.
    const moved = await api.data(op.rescheduleAppointment, { input: { number, secret, start: tuesdayAt('09:50') } });
    expect(moved.rescheduleAppointment).toMatchObject({ __typename: 'Appointment', start: tuesdayAt('09:50'), end: tuesdayAt('10:10') });
    expect(await takenAt(tuesdayAt('09:50'))).toBe(2);
  });

  it('moves back onto a slot whose release is still pending without counting itself twice', async () => {
    const home = tuesdayAt('10:20');
    const { number, secret } = await book(home);
    await api.data(op.rescheduleAppointment, { input: { number, secret, start: tuesdayAt('10:30') } });
    const back = await api.data(op.rescheduleAppointment, { input: { number, secret, start: home } });
    expect(back.rescheduleAppointment).toMatchObject({ __typename: 'Appointment', start: home });
    expect([await takenAt(home), await takenAt(tuesdayAt('10:30'))]).toEqual([1, 1]);
    await api.advanceClock(5);
    await api.runJobs();
    expect([await takenAt(home), await takenAt(tuesdayAt('10:30'))]).toEqual([1, 0]);
  });

  it("raises the old office's version when a moved appointment's slots are released there", async () => {
    const other = await createOffice(api, 'Bürgeramt Anderswo');
    const { number, secret } = await book(tuesdayAt('11:00'));
    const versionOf = async (fixture: OfficeFixture) => (await api.data(op.availableSlots, { input: { serviceIds: [fixture.shortServiceId], officeIds: [fixture.officeId], date: '2026-03-03' } })).availableSlots[0].version as number;
    const moved = await api.data(op.rescheduleAppointment, { input: { number, secret, start: tuesdayAt('08:00'), officeId: other.officeId, serviceIds: [other.shortServiceId] } });
    expect(moved.rescheduleAppointment).toMatchObject({ __typename: 'Appointment', office: { id: other.officeId } });
    const before = await versionOf(office);
    await api.advanceClock(5);
    await api.runJobs();
    expect(await versionOf(office)).toBeGreaterThan(before);
    expect(await takenAt(tuesdayAt('11:00'))).toBe(1);
  });
});
