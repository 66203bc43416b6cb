import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';
import { ReleaseMode } from '../../domain/draw/release-gate';
import { inTransaction } from '../../platform/transaction';
import { markReleasedUntil } from './release-mode.service';

// Monday 2 March 2026, 09:00 in Berlin: today and the next two weeks are in the public window,
// one public place a slot, a release delay of 5 minutes.
const monday = '2026-03-02T08:00:00Z';
const today = '2026-03-02';
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

const setMode = graphql(`
  mutation ReleaseModeSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
    setServiceReleaseMode(input: $input) {
      __typename
      ... on ServiceRelease {
        officeId
        serviceId
        mode
        releasedUntil
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const releases = graphql(`
  query ReleaseModeServiceReleases($officeIds: [ID!]!) {
    serviceReleases(officeIds: $officeIds) {
      officeId
      serviceId
      mode
      releasedUntil
    }
  }
`);
const outcome = `__typename ... on Appointment { start } ... on ErrorResult { code message } ... on InvalidInput { problems fieldProblems { field } }`;
const rescheduleOnBehalf = `mutation ($input: RescheduleAppointmentOnBehalfInput!) { rescheduleAppointmentOnBehalf(input: $input) { ${outcome} } }`;
const correct = `mutation ($input: CorrectAppointmentContactInput!) { correctAppointmentContact(input: $input) { __typename ... on Appointment { contactName contactEmail } ... on ErrorResult { code message } ... on InvalidInput { problems fieldProblems { field } } } }`;
const join = graphql(`
  mutation ReleaseModeJoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      __typename
      ... on ErrorResult {
        message
      }
    }
  }
`);

let api: TestApi;
let office: OfficeFixture;

async function switchTo(mode: ReleaseMode) {
  return (await api.admin(setMode, { input: { officeId: office.officeId, serviceId: office.shortServiceId, mode } })).setServiceReleaseMode;
}

async function days(serviceId = office.shortServiceId): Promise<string[]> {
  const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [serviceId], officeIds: [office.officeId], from: today, to: '2026-03-09' } });
  return availableDays.map((day) => day.date);
}

async function startsOn(date: string, token?: string): Promise<string[]> {
  const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date } }, token);
  return availableSlots[0]?.startTimes ?? [];
}

async function reserve(start: string, token?: string) {
  return (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } }, token)).reserveSlot;
}

let counter = 0;
async function book(start: string) {
  counter += 1;
  const reservation = await reserve(start);
  if (reservation.__typename !== 'Reservation') throw new Error(`reserveSlot ${start}: ${JSON.stringify(reservation)}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reservation.token, contact: { name: `Bürger ${counter}`, email: `buerger-${counter}@example.org` } } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment ${start}: ${JSON.stringify(confirmAppointment)}`);
  return { id: confirmAppointment.appointment.id, number: confirmAppointment.appointment.number, secret: confirmAppointment.secret, email: `buerger-${counter}@example.org` };
}

async function offersOf(start: string): Promise<number> {
  const [row] = await api.app.orm.em.fork().execute<{ count: string }[]>('select count(*) from waitlist_offer where start_at = ?', [start]);
  return Number(row.count);
}

/** The workdays between today and the Monday after: the calendar before any switch. */
const allDays = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'];

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Losverfahren', { publicCounters: 1, internCounters: 1, startInDays: 0 });
});

afterAll(async () => {
  await api?.stop();
});

describe('release mode', () => {
  let early: Awaited<ReturnType<typeof book>>;
  let later: Awaited<ReturnType<typeof book>>;

  it('is first come until an admin switches a service to draw, then only today stays bookable, answered fresh from the cache', async () => {
    early = await book(berlin(today, '11:00'));
    later = await book(berlin('2026-03-05', '09:00'));
    expect(await days()).toEqual(allDays);
    expect(await startsOn('2026-03-04')).toHaveLength(24);
    expect((await api.data(releases, { officeIds: [office.officeId] })).serviceReleases).toContainEqual({ officeId: office.officeId, serviceId: office.shortServiceId, mode: 'firstCome', releasedUntil: null });

    expect(await switchTo(ReleaseMode.draw)).toEqual({ __typename: 'ServiceRelease', officeId: office.officeId, serviceId: office.shortServiceId, mode: 'draw', releasedUntil: today });
    // Asked just before the switch: the answer is not the cached one.
    expect(await days()).toEqual([today]);
    expect(await startsOn('2026-03-04')).toEqual([]);
    expect(await startsOn('2026-03-04', api.adminToken)).toEqual([]);
    expect(await startsOn(today)).toContain(berlin(today, '10:00'));
    // Other services of the office stay first come.
    expect(await days(office.longServiceId)).toEqual(allDays);
    const [audited] = await api.app.orm.em.fork().execute<{ details: Record<string, unknown> }[]>(`select details from audit_entry where action = 'setServiceReleaseMode'`);
    expect(audited.details).toMatchObject({ serviceId: api.databaseKey(office.shortServiceId), mode: 'draw', releasedUntil: today });
  });

  it('refuses reserving, staff booking and moves beyond the released day, naming the draw, and books today', async () => {
    for (const reservation of [await reserve(berlin('2026-03-04', '09:00')), await reserve(berlin('2026-03-04', '09:00'), api.adminToken)]) {
      expect(reservation.__typename).toBe('OutsideBookingWindow');
      expect(reservation.message).toContain('allocated by a draw');
    }
    expect((await reserve(berlin(today, '10:00'))).__typename).toBe('Reservation');

    const moved = (await api.data(op.rescheduleAppointment, { input: { number: early.number, secret: early.secret, start: berlin('2026-03-04', '09:00') } })).rescheduleAppointment;
    expect(moved).toMatchObject({ __typename: 'OutsideBookingWindow', message: expect.stringContaining('draw') });
    const byStaff = (await api.admin(rescheduleOnBehalf, { input: { appointment: { id: later.id }, start: berlin('2026-03-06', '09:00') } })).rescheduleAppointmentOnBehalf;
    expect(byStaff).toMatchObject({ __typename: 'OutsideBookingWindow', message: expect.stringContaining('draw') });
    // Moving within the released days still works.
    expect((await api.data(op.rescheduleAppointment, { input: { number: early.number, secret: early.secret, start: berlin(today, '11:30') } })).rescheduleAppointment.__typename).toBe('Appointment');
  });

  it('opens the days a draw released, never closing them again', async () => {
    await inTransaction(api.app.orm.em.fork(), (em) => markReleasedUntil(em, api.databaseKey(office.officeId), api.databaseKey(office.shortServiceId), '2026-03-04'));
    expect(await days()).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect((await reserve(berlin('2026-03-04', '09:00'))).__typename).toBe('Reservation');
    expect((await reserve(berlin('2026-03-05', '09:30'))).__typename).toBe('OutsideBookingWindow');
    await inTransaction(api.app.orm.em.fork(), (em) => markReleasedUntil(em, api.databaseKey(office.officeId), api.databaseKey(office.shortServiceId), '2026-03-03'));
    expect((await api.data(releases, { officeIds: [office.officeId] })).serviceReleases).toContainEqual({ officeId: office.officeId, serviceId: office.shortServiceId, mode: 'draw', releasedUntil: '2026-03-04' });
    // Staying in draw mode keeps what was released.
    expect((await switchTo(ReleaseMode.draw)).releasedUntil).toBe('2026-03-04');
  });

  it('offers the waitlist no freed slot of a day a draw has yet to allocate', async () => {
    // Two waiting, so that each freed slot would find someone.
    for (const name of ['Wanda', 'Xaver']) {
      const joined = await api.data(join, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], contact: { name, email: `${name.toLowerCase()}@example.org` } } });
      expect(joined.joinWaitlist.__typename).toBe('WaitlistJoined');
    }
    // Cancelled, and the earlier appointment moved: after the release delay both freed slots go to the waitlist, if anywhere.
    expect((await api.data(op.cancelAppointment, { input: { number: later.number, secret: later.secret } })).cancelAppointment.__typename).toBe('Appointment');
    await api.advanceClock(6);
    await api.runJobs();
    expect(await offersOf(berlin('2026-03-05', '09:00'))).toBe(0);
    // The released day's slot (the one the move left) is offered as ever.
    expect(await offersOf(berlin(today, '11:00'))).toBe(1);
  });

  it('keeps a booking won in a draw in the registrant’s name, and the service in draw mode while its draw runs', async () => {
    const won = await book(berlin('2026-03-03', '10:00'));
    const other = await book(berlin('2026-03-03', '10:30'));
    const em = api.app.orm.em.fork();
    const serviceId = api.databaseKey(office.shortServiceId);
    const [draw] = await em.execute<{ id: number }[]>(
      `insert into draw (service_id, office_ids, status, registration_opens_at, registration_closes_at, draw_at, release_at, slots_from, slots_to, sealed_seed, commitment, created_at)
       values (?, ?::jsonb, 'drawn', '2026-02-20T08:00:00Z', '2026-02-23T08:00:00Z', '2026-02-23T08:00:00Z', '2026-03-05T08:00:00Z', '2026-03-03', '2026-03-04', 'sealed', 'commitment', '2026-02-19T08:00:00Z') returning id`,
      [serviceId, JSON.stringify([api.databaseKey(office.officeId)])],
    );
    const [registration] = await em.execute<{ id: number }[]>(
      `insert into draw_registration (draw_id, service_id, entry_digest, office_ids, date_from, date_to, contact_name, contact_email, email_digest, channel, status, created_at)
       values (?, ?, 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0', ?::jsonb, '2026-03-03', '2026-03-04', ?, ?, 'digest', 'portal', 'booked', '2026-02-21T08:00:00Z') returning id`,
      [draw.id, serviceId, JSON.stringify([api.databaseKey(office.officeId)]), `Bürger ${counter - 1}`, won.email],
    );
    await em.execute(`insert into draw_offer (draw_id, registration_id, hold_id, appointment_id, office_id, start_at, hold_expires_at, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'taken', ?)`, [
      draw.id,
      registration.id,
      api.databaseKey(won.id),
      api.databaseKey(won.id),
      api.databaseKey(office.officeId),
      berlin('2026-03-03', '10:00'),
      '2026-03-03T08:00:00Z',
      '2026-02-23T08:00:00Z',
    ]);
    const rename = (booked: { id: string; email: string }, name: string, email = booked.email) => api.admin(correct, { input: { appointmentId: booked.id, contact: { name, email } } });

    expect((await rename(won, 'Jemand Anders')).correctAppointmentContact).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'contact.name' }] });
    // Staff still correct the email (the registration's own digests stay as they were).
    expect((await rename(won, `Bürger ${counter - 1}`, 'neu@example.org')).correctAppointmentContact).toEqual({ __typename: 'Appointment', contactName: `Bürger ${counter - 1}`, contactEmail: 'neu@example.org' });
    expect((await rename(other, 'Jemand Anders')).correctAppointmentContact).toMatchObject({ __typename: 'Appointment', contactName: 'Jemand Anders' });

    expect(await switchTo(ReleaseMode.firstCome)).toMatchObject({ __typename: 'InvalidInput' });
    await em.execute(`update draw set status = 'released' where id = ?`, [draw.id]);
  });

  it('opens every day again when switched back to first come', async () => {
    expect(await switchTo(ReleaseMode.firstCome)).toEqual({ __typename: 'ServiceRelease', officeId: office.officeId, serviceId: office.shortServiceId, mode: 'firstCome', releasedUntil: null });
    expect(await days()).toEqual(allDays);
    expect((await reserve(berlin('2026-03-05', '09:30'))).__typename).toBe('Reservation');
  });

  it('is set by those who manage the office and read by anyone', async () => {
    const password = 'counter-password-long-enough';
    await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
      input: { username: 'schalter', password, displayName: 'Schalter', memberships: [{ officeId: office.officeId, role: 'staff' }] },
    });
    const staff = await api.login('schalter', password);
    for (const token of [staff, undefined]) {
      const refused = await api.graphql(setMode, { input: { officeId: office.officeId, serviceId: office.shortServiceId, mode: ReleaseMode.draw } }, token);
      expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name: 'Nicht hier' } });
    expect((await api.admin(setMode, { input: { officeId: office.officeId, serviceId: createService.id, mode: ReleaseMode.draw } })).setServiceReleaseMode.__typename).toBe('NotFound');
    expect((await api.data(releases, { officeIds: [office.officeId] })).serviceReleases).toHaveLength(3);
  });
});
