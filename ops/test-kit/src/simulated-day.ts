import { isPublicHoliday } from '@zms/api/src/domain/calendar/holidays';
import { addDays, isoWeekday, localDateOf } from '@zms/api/src/domain/calendar/local-date';
import { adminPassword, adminUsername, type ApiClient } from './api';
import { createOffice, type OfficeFixture } from './office-fixture';
import * as op from './operations';

/** The calendar arithmetic of the API, for tests that pick days around a simulated one. */
export { addDays };

/** A working Monday at least two weeks after `now`: a booking window and sessions that outlive the real clock. */
export function workingMondayAfter(now: Date): string {
  const today = localDateOf(now, 'Europe/Berlin');
  let monday = addDays(today, 15 - isoWeekday(today));
  while (isPublicHoliday(monday, 'DE-BE')) monday = addDays(monday, 7);
  return monday;
}

/** An instant at a local time of a day in Berlin. */
export function berlinTime(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const offsetMinutes = (new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Berlin' })).getTime() - new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' })).getTime()) / 60_000;
  return new Date(guess.getTime() - offsetMinutes * 60_000).toISOString();
}

export interface SimulatedDay {
  office: OfficeFixture;
  date: string;
}

const issueTicket = `mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { entry { id } } ... on ErrorResult { code message } } }`;
const checkIn = `mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } ... on ErrorResult { code message } } }`;
const step = (name: string) => `mutation ($input: EntryInput!) { ${name}(input: $input) { __typename ... on ErrorResult { code message } } }`;
const finish = `mutation ($input: FinishServiceInput!) { finishService(input: $input) { __typename ... on ErrorResult { code message } } }`;

/**
 * Runs one office day through the API on the controlled clock, as docs/apps.md's statistics section
 * tabulates it: four appointments booked over three channels (one more cancelled), three walk-ins,
 * calls, services, one missed call, one no-show, then the night's day end.
 */
export async function simulateOfficeDay(api: ApiClient, date: string, officeName = 'Bürgeramt Statistik'): Promise<SimulatedDay> {
  const office = await createOffice(api, officeName, { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '12:00', publicCounters: 2, internCounters: 3, startInDays: 1, endInDays: 14 });
  const at = (time: string) => api.setClock(berlinTime(date, time));
  const expectType = (result: { __typename: string; message?: string }, typename: string) => {
    if (result.__typename !== typename) throw new Error(`expected ${typename}, got ${result.__typename}: ${result.message ?? ''}`);
    return result;
  };
  const book = async (time: string, serviceId: string, token?: string, contact: Record<string, string> = { name: 'Erika Muster', email: 'erika@example.org' }) => {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [serviceId], start: berlinTime(date, time) } }, token);
    expectType(reserveSlot, 'Reservation');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact } }, token);
    expectType(confirmAppointment, 'ConfirmedAppointment');
    return { number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string };
  };

  // Two days before: the public books (portal, 115), staff book on site.
  // Sessions last hours, the simulation days: the admin signs in again after each jump.
  const jump = async (now: string) => {
    await api.setClock(now);
    api.adminToken = await api.login(adminUsername, adminPassword);
  };
  await jump(berlinTime(addDays(date, -2), '10:00'));
  const { createApiKey } = await api.data(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }`, { input: { name: `115 ${officeName}`, level: 'callcenter' } }, api.adminToken);
  const portalNine = await book('09:00', office.shortServiceId);
  await book('09:30', office.shortServiceId);
  const hotlineTen = await book('10:00', office.shortServiceId, createApiKey.key, { name: 'Max Muster', phone: '030 1234567' });
  const counterTenThirty = await book('10:30', office.shortServiceId, api.adminToken, {});
  const cancelled = await book('11:00', office.shortServiceId);
  expectType((await api.data(op.cancelAppointment, { input: cancelled })).cancelAppointment, 'Appointment');

  await jump(berlinTime(date, '08:50'));
  const staff = api.adminToken;
  const { createCounter } = await api.data(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: office.officeId, name: 'Schalter 1' } }, staff);
  await at('08:55');
  await api.data(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: createCounter.id } }, staff);
  const ticket = async () => (expectType((await api.data(issueTicket, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } }, staff)).issueTicket, 'Ticket') as unknown as { entry: { id: string } }).entry.id;
  const arrive = async (number: number) => (expectType((await api.data(checkIn, { input: { officeId: office.officeId, number } }, staff)).checkIn, 'QueueEntry') as unknown as { id: string }).id;
  const run = async (name: string, entryId: string) => expectType((await api.data(step(name), { input: { entryId } }, staff))[name], 'QueueEntry');
  const serve = async (entryId: string, callAt: string, finishAt: string, servedServiceIds: string[]) => {
    await at(callAt);
    await run('callEntry', entryId);
    await run('startService', entryId);
    await at(finishAt);
    expectType((await api.data(finish, { input: { entryId, servedServiceIds } }, staff)).finishService, 'QueueEntry');
  };

  const firstWalkIn = await ticket();
  const secondWalkIn = await ticket();
  await at('09:00');
  const portalEntry = await arrive(portalNine.number);
  await serve(firstWalkIn, '09:05', '09:15', [office.shortServiceId]);
  await serve(portalEntry, '09:15', '09:20', [office.longServiceId]);
  await at('09:20');
  await run('callEntry', secondWalkIn);
  await run('markMissed', secondWalkIn);
  await at('09:58');
  const hotlineEntry = await arrive(hotlineTen.number);
  await serve(hotlineEntry, '10:04', '10:16', [office.shortServiceId]);
  await at('10:25');
  const counterEntry = await arrive(counterTenThirty.number);
  await serve(counterEntry, '10:30', '10:40', [office.shortServiceId]);
  await at('10:45');
  const thirdWalkIn = await ticket();
  await serve(thirdWalkIn, '11:05', '11:13', [office.longServiceId]);

  // The night: the day end marks the no-show (09:30) and writes the statistics records.
  await jump(berlinTime(addDays(date, 1), '00:30'));
  await api.runJobs();
  return { office, date };
}

/** What the simulated day's records give: the figures the statistics must show. */
export const simulatedDayFigures = {
  appointments: 4,
  byChannel: { PORTAL: 2, HOTLINE: 1, COUNTER: 1, PARTNER: 0, KIOSK: 0 },
  cancelled: 1,
  noShows: 1,
  walkIns: 3,
  served: 5,
  missed: 1,
  waitingByHour: [
    { hour: 8, customers: 2, meanMinutes: 17.5, p90Minutes: 25 },
    { hour: 9, customers: 2, meanMinutes: 10.5, p90Minutes: 15 },
    { hour: 10, customers: 2, meanMinutes: 12.5, p90Minutes: 20 },
  ],
  /** Anmeldung: 10, 12 and 10 minutes; Reisepass: 5 and 8 minutes. */
  serviceTimes: { short: { customers: 3, meanMinutes: 10.7 }, long: { customers: 2, meanMinutes: 6.5 } },
  /** 24 ten-minute slots of 3 counters; four booked appointments of one slot each. */
  utilisation: { offered: 72, booked: 4 },
};
