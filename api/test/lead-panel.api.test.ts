/**
 * Issue 18, item 6: the office lead's panel, against a simulated day. The simulated Monday is the
 * history; a week later, the same office's morning is run to 09:40 and the panel must show it and
 * compare it with the Monday before up to 09:40. Live: a change raises a newer version. Only who
 * reads the office's statistics (the lead role) sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import * as op from '@zms/test-kit/operations';
import { addDays, berlinTime, simulateOfficeDay, type SimulatedDay } from '@zms/test-kit/simulated-day';
import { collect, socketClient } from '@zms/test-kit/subscriptions';

const password = 'lead-panel-password-long';
const panelQuery = `query ($officeId: ID!) { leadPanel(officeId: $officeId) {
  version computedAt office { id }
  counters { counterName staffName signedInAt services { id } serving { displayNumber status since } }
  waiting waitingByService { service { id } waiting longestWaitMinutes }
  longestWaitMinutes waitAlertMinutes alert alertAt
  appointments { booked due checkedIn noShows } missed
  today { arrived walkIns served noShows meanWaitMinutes }
  weekdayAverage { days arrived walkIns served noShows meanWaitMinutes }
} }`;
const changed = `subscription ($officeId: ID!) { leadPanelChanged(officeId: $officeId) { officeId version } }`;

let api: TestApi;
let day: SimulatedDay;
/** A week after the simulated Monday: the same weekday. */
let monday: string;
const numbers = {} as Record<'nine' | 'nineTen' | 'ten', number>;
const tickets = {} as Record<'first' | 'second', { id: string; displayNumber: string }>;

async function account(username: string, officeId: string, roleName: string): Promise<string> {
  const { organisations } = await api.admin(`{ organisations { roles { id name } } }`);
  const role = organisations[0].roles.find((candidate: { name: string }) => candidate.name === roleName);
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, displayName: username, password, assignments: [{ roleId: role.id, officeId }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(username, password);
}

const at = async (time: string) => api.setClock(berlinTime(monday, time));
const ticket = async () =>
  (await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id displayNumber } } } }`, { input: { officeId: day.office.officeId, serviceIds: [day.office.shortServiceId] } })).issueTicket
    .entry;
const step = async (name: string, entryId: string) => expect((await api.admin(`mutation ($input: EntryInput!) { ${name}(input: $input) { __typename } }`, { input: { entryId } }))[name].__typename).toBe('QueueEntry');

beforeAll(async () => {
  api = await startTestApi('2026-02-27T08:00:00Z');
  day = await simulateOfficeDay(api, '2026-03-02', 'Bürgeramt Leitung');
  monday = addDays(day.date, 7);
  // Two days before: three appointments for 09:00, 09:10 and 10:00 of the next Monday.
  await api.setClock(berlinTime(addDays(monday, -2), '10:00'));
  api.adminToken = await api.login(adminUsername, adminPassword);
  for (const [name, time] of [
    ['nine', '09:00'],
    ['nineTen', '09:10'],
    ['ten', '10:00'],
  ] as const) {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: day.office.officeId, serviceIds: [day.office.shortServiceId], start: berlinTime(monday, time) } });
    expect(reserveSlot.__typename).toBe('Reservation');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Lea Leitner', email: 'lea@example.org' } } });
    numbers[name] = confirmAppointment.appointment.number;
  }
  // The Monday: the admin works at a counter of its own; two walk-ins, one appointment comes, one is served.
  await api.setClock(berlinTime(monday, '08:50'));
  api.adminToken = await api.login(adminUsername, adminPassword);
  const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: day.office.officeId, name: 'Schalter 2' } });
  expect((await api.admin(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: createCounter.id } })).signInAtCounter.__typename).toBe('CounterSession');
  await at('08:55');
  tickets.first = await ticket();
  await at('09:00');
  tickets.second = await ticket();
  await at('09:05');
  expect((await api.admin(`mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename } }`, { input: { officeId: day.office.officeId, number: numbers.nine } })).checkIn.__typename).toBe('QueueEntry');
  await at('09:10');
  await step('callEntry', tickets.first.id);
  await step('startService', tickets.first.id);
  await at('09:40');
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe('the lead panel', () => {
  it('shows the morning as it stands, and compares it with the Monday before up to the same time', async () => {
    const { leadPanel } = await api.admin(panelQuery, { officeId: day.office.officeId });
    expect(leadPanel.counters).toEqual([
      {
        counterName: 'Schalter 2',
        staffName: expect.any(String),
        signedInAt: new Date(berlinTime(monday, '08:50')).toISOString(),
        services: null,
        serving: { displayNumber: tickets.first.displayNumber, status: 'inService', since: new Date(berlinTime(monday, '09:10')).toISOString() },
      },
    ]);
    // Waiting: the second walk-in since 09:00, the appointment of 09:00 since it checked in at 09:05.
    expect(leadPanel.waiting).toBe(2);
    expect(leadPanel.waitingByService).toEqual([{ service: { id: day.office.shortServiceId }, waiting: 2, longestWaitMinutes: 40 }]);
    expect(leadPanel.longestWaitMinutes).toBe(40);
    // The default threshold of 30 minutes was reached at 09:30.
    expect([leadPanel.waitAlertMinutes, leadPanel.alert, leadPanel.alertAt]).toEqual([30, true, new Date(berlinTime(monday, '09:30')).toISOString()]);
    // 09:00 came, 09:10 did not (its window closed at 09:25), 10:00 is not due.
    expect(leadPanel.appointments).toEqual({ booked: 3, due: 2, checkedIn: 1, noShows: 1 });
    expect(leadPanel.missed).toBe(0);
    expect(leadPanel.today).toEqual({ arrived: 3, walkIns: 2, served: 0, noShows: 1, meanWaitMinutes: 15 });
    // The simulated Monday up to 09:40: two walk-ins and the 09:00 appointment came, two were
    // served, the second walk-in missed its call at 09:20; waits 10, 15 and 25 minutes; the 09:30
    // no-show's window was still open. The weeks before, the office did not exist.
    expect(leadPanel.weekdayAverage).toEqual({ days: 1, arrived: 3, walkIns: 2, served: 2, noShows: 0, meanWaitMinutes: 16.7 });
  });

  it('raises no alert under a higher threshold, and says when it would', async () => {
    const { updateOfficeSettings } = await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on Office { settings { waitAlertMinutes } } } }`, {
      input: { officeId: day.office.officeId, waitAlertMinutes: 45 },
    });
    expect(updateOfficeSettings.settings.waitAlertMinutes).toBe(45);
    const { leadPanel } = await api.admin(panelQuery, { officeId: day.office.officeId });
    expect([leadPanel.alert, leadPanel.alertAt]).toEqual([false, new Date(berlinTime(monday, '09:45')).toISOString()]);
    const refused = await api.graphql(
      `mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename ... on InvalidInput { fieldProblems { field } } } }`,
      {
        input: { officeId: day.office.officeId, waitAlertMinutes: -1 },
      },
      api.adminToken,
    );
    expect(refused.data?.updateOfficeSettings).toEqual({ __typename: 'InvalidInput', fieldProblems: [{ field: 'waitAlertMinutes' }] });
  });

  it('is live: subscribe, then query, and a change comes with a newer version', async () => {
    const events = collect<{ leadPanelChanged: { officeId: string; version: number } }>(socketClient(api.url, api.adminToken), changed, { officeId: day.office.officeId });
    const { leadPanel: before } = await api.admin(panelQuery, { officeId: day.office.officeId });
    // Set-up is asynchronous: draw tickets until the subscription hears one.
    const drawn: string[] = [];
    for (let round = 0; round < 50 && events.received.length === 0; round += 1) {
      drawn.push((await ticket()).displayNumber);
      await events.waitFor(1, 100);
    }
    expect(events.received[0].leadPanelChanged.version).toBeGreaterThan(before.version);
    const { leadPanel: after } = await api.admin(panelQuery, { officeId: day.office.officeId });
    expect(after.version).toBeGreaterThanOrEqual(events.received[0].leadPanelChanged.version);
    expect(after.waiting).toBe(before.waiting + drawn.length);
    events.dispose();
  });

  it("is the office's leads' only: counter staff of the office and leads of another office are refused", async () => {
    const { createOffice: other } = await api.admin(`mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { ... on Office { id } } }`, {
      input: { name: 'Bürgeramt Nebenan', address: { street: 'Weg', houseNumber: '2', postalCode: '10115' } },
    });
    const [lead, counter, otherLead] = await Promise.all([account('lead-here', day.office.officeId, 'lead'), account('counter-here', day.office.officeId, 'counter'), account('lead-there', other.id, 'lead')]);
    expect((await api.data(panelQuery, { officeId: day.office.officeId }, lead)).leadPanel.waiting).toBeGreaterThan(0);
    for (const token of [counter, otherLead]) {
      const response = await api.graphql(panelQuery, { officeId: day.office.officeId }, token);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      const subscribed = collect(socketClient(api.url, token), changed, { officeId: day.office.officeId });
      await subscribed.waitFor(1);
      expect(JSON.stringify(subscribed.errors)).toContain('FORBIDDEN');
      subscribed.dispose();
    }
  });
});
