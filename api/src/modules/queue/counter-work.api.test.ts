/**
 * What a clerk at a counter relies on: the place shown is the order callNext calls in (at this
 * counter, and as time passes), the entry says who came for what (names for the office's staff
 * only), and one person works a counter at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the offices open 08:00–16:00 and book 08:00–12:00.
const mondayNine = '2026-03-02T08:00:00.000Z';
const todayAt = (time: string) => new Date(`2026-03-02T${time}:00+01:00`).toISOString();

const queueQuery = graphql(`
  query CounterWorkQueue($officeId: ID!) {
    queue(officeId: $officeId) {
      version
      computedAt
      nextChangeAt
      entries {
        id
        displayNumber
        status
        position
        estimatedWaitMinutes
        skippedUntil
        counterName
        citizenName
        services {
          id
          name
        }
      }
      myCounter {
        callingOrder
        session {
          counterName
          staffName
          serviceIds
        }
      }
    }
  }
`);
const issueTicket = graphql(`
  mutation CounterWorkIssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      __typename
      ... on Ticket {
        entry {
          id
          displayNumber
        }
      }
    }
  }
`);
const checkIn = graphql(`
  mutation CounterWorkCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      __typename
      ... on QueueEntry {
        id
        displayNumber
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const signIn = graphql(`
  mutation CounterWorkSignInAtCounter($input: SignInAtCounterInput!) {
    signInAtCounter(input: $input) {
      __typename
      ... on CounterSession {
        counterName
        staffName
      }
      ... on CounterOccupied {
        code
        staffName
        since
        canTakeOver
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const callNext = graphql(`
  mutation CounterWorkCallNext {
    callNext {
      __typename
      ... on QueueEntry {
        id
        displayNumber
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
// One document per step: a field name put into the text at run time would leave the answer untyped.
const entrySteps = {
  markMissed: graphql(`
    mutation CounterWorkStepMarkMissed($input: EntryInput!) {
      markMissed(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
  requeueEntry: graphql(`
    mutation CounterWorkStepRequeueEntry($input: EntryInput!) {
      requeueEntry(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
  startService: graphql(`
    mutation CounterWorkStepStartService($input: EntryInput!) {
      startService(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
};
const entryStep = <Name extends keyof typeof entrySteps>(name: Name) => entrySteps[name];
const setPriority = graphql(`
  mutation CounterWorkSetEntryPriority($input: SetEntryPriorityInput!) {
    setEntryPriority(input: $input) {
      __typename
    }
  }
`);

let api: TestApi;
let sequence = 0;

async function officeWithHours(name: string): Promise<OfficeFixture> {
  const fixture = await createOffice(api, name, { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', publicCounters: 3, internCounters: 4 });
  await api.admin(
    graphql(`
      mutation CounterWorkSetOpeningHours($input: SetOpeningHoursInput!) {
        setOpeningHours(input: $input) {
          __typename
        }
      }
    `),
    {
      input: { officeId: fixture.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
    },
  );
  return fixture;
}

async function counterOf(office: OfficeFixture, name: string): Promise<string> {
  const { createCounter } = await api.admin(
    graphql(`
      mutation CounterWorkCreateCounter($input: CreateCounterInput!) {
        createCounter(input: $input) {
          ... on Counter {
            id
          }
        }
      }
    `),
    { input: { officeId: office.officeId, name } },
  );
  return createCounter.id;
}

/** A staff account of the office, signed in to the app (not yet at a counter); answers its token. */
async function clerk(office: OfficeFixture, displayName: string, role: 'staff' | 'officeAdmin' = 'staff'): Promise<string> {
  const username = `clerk-${++sequence}`;
  await api.admin(
    graphql(`
      mutation CounterWorkCreateStaffAccount($input: CreateStaffAccountInput!) {
        createStaffAccount(input: $input) {
          __typename
        }
      }
    `),
    {
      input: { username, displayName, password: `${username}-password-123`, memberships: [{ officeId: office.officeId, role }] },
    },
  );
  return api.login(username, `${username}-password-123`);
}

async function signInAt(token: string, counterId: string, options: { serviceIds?: string[]; takeOver?: boolean } = {}) {
  return (await api.data(signIn, { input: { counterId, ...options } }, token)).signInAtCounter;
}

async function ticket(office: OfficeFixture, serviceId = office.shortServiceId): Promise<string> {
  const { issueTicket: issued } = await api.admin(issueTicket, { input: { officeId: office.officeId, serviceIds: [serviceId] } });
  return issued.entry.id;
}

/** A confirmed appointment of today, booked on site under a name, and checked in. */
async function checkedIn(office: OfficeFixture, time: string, name: string | null, serviceId = office.shortServiceId): Promise<string> {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [serviceId], start: todayAt(time) } }, api.adminToken);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: name ? { name } : {} } }, api.adminToken);
  const { checkIn: entry } = await api.admin(checkIn, { input: { officeId: office.officeId, number: confirmAppointment.appointment.number } });
  expect(entry.__typename).toBe('QueueEntry');
  return entry.id;
}

async function queueAs(token: string, office: OfficeFixture) {
  return (await api.data(queueQuery, { officeId: office.officeId }, token)).queue;
}

const placesIn = (queue: { entries: { id: string; position: number | null }[] }) =>
  queue.entries
    .filter((entry) => entry.position !== null)
    .sort((a, b) => a.position! - b.position!)
    .map((entry) => entry.id);

beforeAll(async () => {
  api = await startTestApi(mondayNine);
});

afterAll(async () => {
  await api?.stop();
});

describe('places are the calling order', () => {
  it('calls the urgent requeued ticket at place 1, from either counter, instead of answering "nobody waits"', async () => {
    const office = await officeWithHours('Bürgeramt Dringend');
    const [first, second] = [await clerk(office, 'Erste'), await clerk(office, 'Zweite')];
    expect((await signInAt(first, await counterOf(office, 'D1'))).__typename).toBe('CounterSession');
    expect((await signInAt(second, await counterOf(office, 'D2'))).__typename).toBe('CounterSession');
    const urgent = await ticket(office);
    expect((await api.data(callNext, {}, first)).callNext.id).toBe(urgent);
    expect((await api.data(entryStep('markMissed'), { input: { entryId: urgent } }, first)).markMissed.status).toBe('missed');
    expect((await api.data(entryStep('requeueEntry'), { input: { entryId: urgent } }, first)).requeueEntry.status).toBe('waiting');
    await api.data(setPriority, { input: { entryId: urgent, priority: 1 } }, first);
    const walkIn = await ticket(office);

    // Called a moment ago, the urgent ticket lets the walk-in go first, and the places say so.
    let queue = await queueAs(first, office);
    expect(placesIn(queue)).toEqual([walkIn, urgent]);
    expect(queue.entries.find((entry: { id: string }) => entry.id === urgent)!.skippedUntil).toBe(new Date(Date.parse(mondayNine) + 5 * 60_000).toISOString());
    expect(queue.myCounter.callingOrder).toEqual([walkIn, urgent]);
    expect((await api.data(callNext, {}, first)).callNext.id).toBe(walkIn);

    // Now it is alone at place 1: the other counter calls it (it was told QueueEmpty before).
    queue = await queueAs(second, office);
    expect(placesIn(queue)).toEqual([urgent]);
    expect(queue.myCounter.callingOrder).toEqual([urgent]);
    expect((await api.data(callNext, {}, second)).callNext).toMatchObject({ __typename: 'QueueEntry', id: urgent });
  });

  it('gives each counter its own calling order: a counter of some services calls the first of those, and says so', async () => {
    const office = await officeWithHours('Bürgeramt Eigene Reihe');
    const passports = await clerk(office, 'Pass');
    const everything = await clerk(office, 'Alles');
    await signInAt(passports, await counterOf(office, 'P1'), { serviceIds: [office.longServiceId] });
    await signInAt(everything, await counterOf(office, 'A1'));
    const walkIn = await ticket(office, office.shortServiceId);
    const appointment = await checkedIn(office, '09:30', null, office.longServiceId);

    const atPassports = await queueAs(passports, office);
    // The office's places: the walk-in fills the gap before the 09:30 appointment is due.
    expect(placesIn(atPassports)).toEqual([walkIn, appointment]);
    expect(atPassports.myCounter).toMatchObject({ callingOrder: [appointment], session: { counterName: 'P1', serviceIds: [office.longServiceId] } });
    expect((await queueAs(everything, office)).myCounter.callingOrder).toEqual([walkIn, appointment]);
    expect((await api.data(callNext, {}, passports)).callNext.id).toBe(appointment);
    expect((await api.data(callNext, {}, everything)).callNext.id).toBe(walkIn);
  });

  it('says when the order changes by itself, and then the appointment is at place 1 and called first', async () => {
    const office = await officeWithHours('Bürgeramt Uhr');
    const token = await clerk(office, 'Uhr');
    await signInAt(token, await counterOf(office, 'U1'));
    const walkIn = await ticket(office);
    const appointment = await checkedIn(office, '09:20', null);
    const before = await queueAs(token, office);
    expect(before.computedAt).toBe(mondayNine);
    expect(before.nextChangeAt).toBe(todayAt('09:18'));
    expect(placesIn(before)).toEqual([walkIn, appointment]);

    await api.setClock(todayAt('09:18'));
    const after = await queueAs(token, office);
    expect(after.version).toBe(before.version);
    expect(placesIn(after)).toEqual([appointment, walkIn]);
    expect(after.myCounter.callingOrder).toEqual([appointment, walkIn]);
    expect((await api.data(callNext, {}, token)).callNext.id).toBe(appointment);
    await api.setClock(mondayNine);
  });

  it('moves estimates with the clock, with no change to the queue', async () => {
    const office = await officeWithHours('Bürgeramt Minuten');
    const token = await clerk(office, 'Minute');
    await signInAt(token, await counterOf(office, 'M1'));
    const served = await ticket(office);
    await api.data(callNext, {}, token);
    await api.data(entryStep('startService'), { input: { entryId: served } }, token);
    const waiting = await ticket(office);
    const estimate = async () => (await queueAs(token, office)).entries.find((entry: { id: string }) => entry.id === waiting)!.estimatedWaitMinutes;
    // No history: 10 minutes a service, the one in service began at 09:00.
    expect(await estimate()).toBe(10);
    await api.advanceClock(4);
    expect(await estimate()).toBe(6);
    await api.setClock(mondayNine);
  });

  it('estimates an early appointment from the queue as it is, not behind a walk-in who has not come', async () => {
    const office = await officeWithHours('Bürgeramt Früh');
    const token = await clerk(office, 'Früh');
    await signInAt(token, await counterOf(office, 'F1'));
    const served = await ticket(office);
    await api.data(callNext, {}, token);
    await api.data(entryStep('startService'), { input: { entryId: served } }, token);
    const appointment = await checkedIn(office, '09:30', null);
    const { entries } = await queueAs(token, office);
    // The counter is free at 09:10, and the early appointment fills it: 10 minutes (it said 20).
    expect(entries.find((entry: { id: string }) => entry.id === appointment)!.estimatedWaitMinutes).toBe(10);
    // A walk-in drawing a ticket now would go before it, and is told so.
    const { waitingInfo } = await api.data(
      graphql(`
        query CounterWorkWaitingInfo($officeId: ID!) {
          waitingInfo(officeId: $officeId) {
            estimatedWaitMinutes
          }
        }
      `),
      { officeId: office.officeId },
    );
    expect(waitingInfo.estimatedWaitMinutes).toBe(10);
  });
});

describe('who came for what', () => {
  it('shows the services of every entry and the name of an appointment, to the office staff only', async () => {
    const office = await officeWithHours('Bürgeramt Namen');
    const staff = await clerk(office, 'Namen');
    const otherOffice = await officeWithHours('Bürgeramt Anderswo');
    const stranger = await clerk(otherOffice, 'Fremd');
    const { createDevice } = await api.admin(
      graphql(`
        mutation CounterWorkCreateDevice($input: CreateDeviceInput!) {
          createDevice(input: $input) {
            ... on CreatedDevice {
              key
            }
          }
        }
      `),
      { input: { name: 'Kiosk', kind: 'kiosk', officeId: office.officeId } },
    );
    const walkIn = await ticket(office, office.longServiceId);
    const booked = await checkedIn(office, '09:10', 'Erika Muster');

    const { entries } = await queueAs(staff, office);
    expect(entries.map((entry: { id: string; citizenName: string | null; services: { id: string }[] }) => [entry.id, entry.citizenName, entry.services.map((service) => service.id)])).toEqual([
      [walkIn, null, [office.longServiceId]],
      [booked, 'Erika Muster', [office.shortServiceId]],
    ]);
    expect(entries[1].services[0].name).toBe('Bürgeramt Namen: Anmeldung');

    // A kiosk gets the entry of its check-in, but never the name; staff of another office no queue.
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: todayAt('09:20') } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Max Kiosk' } } }, api.adminToken);
    const kioskCheckIn = await api.graphql(
      graphql(`
        mutation CounterWorkCheckIn2($input: CheckInInput!) {
          checkIn(input: $input) {
            __typename
            ... on QueueEntry {
              displayNumber
              citizenName
            }
          }
        }
      `),
      { input: { officeId: office.officeId, number: confirmAppointment.appointment.number } },
      createDevice.key,
    );
    expect(kioskCheckIn.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(kioskCheckIn)).not.toContain('Max Kiosk');
    const strangers = await api.graphql(queueQuery, { officeId: office.officeId }, stranger);
    expect(strangers.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const anonymous = await api.graphql(queueQuery, { officeId: office.officeId });
    expect(anonymous.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('one person per counter', () => {
  it('refuses a second account at an occupied counter, lets an office admin take it over, and the first sees it is gone', async () => {
    const office = await officeWithHours('Bürgeramt Ein Platz');
    const counter = await counterOf(office, 'E1');
    const anna = await clerk(office, 'Anna Schalter');
    const bernd = await clerk(office, 'Bernd Schalter');
    const chef = await clerk(office, 'Chefin', 'officeAdmin');
    expect(await signInAt(anna, counter)).toMatchObject({ __typename: 'CounterSession', staffName: 'Anna Schalter' });

    expect(await signInAt(bernd, counter)).toEqual({ __typename: 'CounterOccupied', code: 'COUNTER_OCCUPIED', staffName: 'Anna Schalter', since: mondayNine, canTakeOver: false });
    expect(await signInAt(bernd, counter, { takeOver: true })).toMatchObject({ __typename: 'CounterOccupied', canTakeOver: false });
    expect((await api.data(callNext, {}, bernd)).callNext.code).toBe('NOT_AT_COUNTER');
    // The same person signs in again where they work, e.g. from another browser.
    expect((await signInAt(anna, counter)).__typename).toBe('CounterSession');

    expect(await signInAt(chef, counter)).toMatchObject({ __typename: 'CounterOccupied', canTakeOver: true });
    expect(await signInAt(chef, counter, { takeOver: true })).toMatchObject({ __typename: 'CounterSession', staffName: 'Chefin' });
    expect((await queueAs(anna, office)).myCounter).toBeNull();
    expect((await api.data(callNext, {}, anna)).callNext.code).toBe('NOT_AT_COUNTER');
    const { counterSessions } = await api.data(
      graphql(`
        query CounterWorkCounterSessions($officeId: ID!) {
          counterSessions(officeId: $officeId) {
            counterName
            staffName
          }
        }
      `),
      { officeId: office.officeId },
      anna,
    );
    expect(counterSessions).toEqual([{ counterName: 'E1', staffName: 'Chefin' }]);
    const [takeOver] = await api.app.orm.em.fork().execute<{ action: string }[]>(`select action from audit_entry where office_id = ? and action = 'takeOverCounter'`, [api.databaseKey(office.officeId)]);
    expect(takeOver).toBeDefined();
  });

  it('lets exactly one of six accounts signing in at one counter at once have it', async () => {
    const office = await officeWithHours('Bürgeramt Andrang am Platz');
    const counter = await counterOf(office, 'A1');
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, index) => clerk(office, `Person ${index}`)));
    const answers = await Promise.all(tokens.map((token) => signInAt(token, counter)));
    expect(answers.filter((answer) => answer.__typename === 'CounterSession')).toHaveLength(1);
    expect(answers.filter((answer) => answer.__typename === 'CounterOccupied')).toHaveLength(5);
    const [{ sessions }] = await api.app.orm.em.fork().execute<{ sessions: string }[]>('select count(*) as sessions from counter_session where counter_id = ?', [api.databaseKey(counter)]);
    expect(Number(sessions)).toBe(1);
  });

  it('holds in the database itself: a second session row for one counter is refused', async () => {
    const office = await officeWithHours('Bürgeramt Eindeutig');
    const counter = await counterOf(office, 'X1');
    const first = await clerk(office, 'Erster');
    await signInAt(first, counter);
    const em = api.app.orm.em.fork();
    const [{ id: accountId }] = await em.execute<{ id: number }[]>(`select id from staff_account where display_name = 'Erster'`);
    await expect(
      em.execute('insert into counter_session (account_id, office_id, counter_id, signed_in_at) select id, ?, ?, ? from staff_account where id <> ? limit 1', [
        api.databaseKey(office.officeId),
        api.databaseKey(counter),
        mondayNine,
        accountId,
      ]),
    ).rejects.toThrow(/counter_session_counter_id_unique/);
  });
});
