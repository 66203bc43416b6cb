import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the office opens 08:00–16:00 and books 08:00–12:00.
const mondayNine = '2026-03-02T08:00:00Z';
const todayAt = (time: string) => new Date(`2026-03-02T${time}:00+01:00`).toISOString();

const issueTicket = graphql(`
  mutation QueueIssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      __typename
      ... on Ticket {
        secret
        statusUrl
        entry {
          id
          displayNumber
          position
          estimatedWaitMinutes
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const checkIn = graphql(`
  mutation QueueCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      __typename
      ... on QueueEntry {
        id
        displayNumber
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const queueQuery = graphql(`
  query QueueQueue($officeId: ID!) {
    queue(officeId: $officeId) {
      version
      entries {
        id
        displayNumber
        status
        withAppointment
        position
        estimatedWaitMinutes
        counterName
      }
    }
  }
`);
const signIn = graphql(`
  mutation QueueSignInAtCounter($input: SignInAtCounterInput!) {
    signInAtCounter(input: $input) {
      __typename
      ... on CounterSession {
        counterName
      }
    }
  }
`);
const callNext = graphql(`
  mutation QueueCallNext {
    callNext {
      __typename
      ... on QueueEntry {
        id
        displayNumber
        status
        counterName
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
// One document per step: a field name put into the text at run time would leave the answer untyped.
const entrySteps = {
  recallEntry: graphql(`
    mutation QueueStepRecallEntry($input: EntryInput!) {
      recallEntry(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
          calledCount
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
  requeueEntry: graphql(`
    mutation QueueStepRequeueEntry($input: EntryInput!) {
      requeueEntry(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
          calledCount
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
  startService: graphql(`
    mutation QueueStepStartService($input: EntryInput!) {
      startService(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
          calledCount
        }
        ... on ErrorResult {
          code
        }
      }
    }
  `),
};
const entryStep = <Name extends keyof typeof entrySteps>(name: Name) => entrySteps[name];
const createCounter = graphql(`
  mutation QueueCreateCounter($input: CreateCounterInput!) {
    createCounter(input: $input) {
      ... on Counter {
        id
        name
      }
    }
  }
`);
const createDevice = graphql(`
  mutation QueueCreateDevice($input: CreateDeviceInput!) {
    createDevice(input: $input) {
      ... on CreatedDevice {
        key
      }
    }
  }
`);
const createStaff = graphql(`
  mutation QueueCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
    }
  }
`);

let api: TestApi;
let office: OfficeFixture;
let kioskKey: string;
let displayKey: string;

async function newCounterFor(username: string, counterName: string, fixture = office): Promise<string> {
  const { createCounter: counter } = await api.admin(createCounter, { input: { officeId: fixture.officeId, name: counterName, room: `Raum ${counterName}` } });
  await api.admin(createStaff, { input: { username, displayName: username, password: `${username}-password-123`, memberships: [{ officeId: fixture.officeId, role: 'staff' }] } });
  const token = await api.login(username, `${username}-password-123`);
  expect((await api.data(signIn, { input: { counterId: counter.id } }, token)).signInAtCounter.__typename).toBe('CounterSession');
  return token;
}

async function ticket(token = kioskKey, fixture = office) {
  return (await api.data(issueTicket, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId] } }, token)).issueTicket;
}

/** A confirmed appointment of today, booked by staff on site. */
async function bookedToday(time: string, fixture = office) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId], start: todayAt(time) } }, api.adminToken);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
  return { number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string };
}

async function officeWithHours(name: string): Promise<OfficeFixture> {
  const fixture = await createOffice(api, name, { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', publicCounters: 3, internCounters: 4 });
  await api.admin(
    graphql(`
      mutation QueueSetOpeningHours($input: SetOpeningHoursInput!) {
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

beforeAll(async () => {
  api = await startTestApi(mondayNine);
  office = await officeWithHours('Bürgeramt Warteraum');
  kioskKey = (await api.admin(createDevice, { input: { name: 'Kiosk', kind: 'kiosk', officeId: office.officeId } })).createDevice.key;
  displayKey = (await api.admin(createDevice, { input: { name: 'Anzeige', kind: 'display', officeId: office.officeId } })).createDevice.key;
});

afterAll(async () => {
  await api?.stop();
});

describe('the on-site flow', () => {
  it('serves a walk-in and a booked citizen in order, and every subscriber sees it at once', async () => {
    const second: ApiProcess = await api.spawnProcess();
    const display = socketClient(second.client.url, displayKey);
    const calls = collect(
      display,
      graphql(`
        subscription QueueCallIssued($officeId: ID) {
          callIssued(officeId: $officeId) {
            displayNumber
            counterName
            room
            version
          }
        }
      `),
      { officeId: office.officeId },
    );

    const walkIn = await ticket();
    expect(walkIn).toMatchObject({ __typename: 'Ticket', entry: { displayNumber: '1', position: 1 } });
    expect(walkIn.statusUrl).toMatch(new RegExp(`^http://[^/]+/portal/status#number=${encodeURIComponent(walkIn.entry.displayNumber)}&secret=${walkIn.secret}$`));
    const citizen = socketClient(api.url);
    const status = collect(
      citizen,
      graphql(`
        subscription QueueMyQueueStatus($input: QueueAccessInput!) {
          myQueueStatus(input: $input) {
            status
            position
            counterName
            version
          }
        }
      `),
      { input: { number: '1', secret: walkIn.secret } },
    );
    await status.waitFor(1);
    expect(status.received[0].myQueueStatus).toMatchObject({ status: 'waiting', position: 1 });

    // The booked citizen (09:10) is due from 09:08; at 09:00 the walk-in goes first.
    const booked = await bookedToday('09:10');
    const checkedIn = await api.data(checkIn, { input: { officeId: office.officeId, number: booked.number } }, kioskKey);
    expect(checkedIn.checkIn).toMatchObject({ __typename: 'QueueEntry', status: 'waiting', displayNumber: String(booked.number) });

    const staff = await newCounterFor('schalter1', 'Schalter 1');
    const first = (await api.data(callNext, {}, staff)).callNext;
    expect(first).toMatchObject({ __typename: 'QueueEntry', displayNumber: '1', status: 'called', counterName: 'Schalter 1' });
    await calls.waitFor(1);
    expect(calls.received[0].callIssued).toMatchObject({ displayNumber: '1', counterName: 'Schalter 1', room: 'Raum Schalter 1' });
    const calledStatus = await status.waitUntil((event) => event.myQueueStatus.status === 'called');
    expect(calledStatus?.myQueueStatus).toMatchObject({ status: 'called', counterName: 'Schalter 1' });

    await api.data(entryStep('startService'), { input: { entryId: first.id } }, staff);
    await api.data(
      graphql(`
        mutation QueueFinishService($input: FinishServiceInput!) {
          finishService(input: $input) {
            __typename
          }
        }
      `),
      { input: { entryId: first.id } },
      staff,
    );
    await api.setClock(todayAt('09:08'));
    const second_call = (await api.data(callNext, {}, staff)).callNext;
    expect(second_call).toMatchObject({ displayNumber: String(booked.number), status: 'called' });
    const { appointment } = await api.data(op.appointment, { input: booked });
    expect(appointment.status).toBe('called');
    await calls.waitFor(2);
    expect(calls.received.map((call) => call.callIssued.displayNumber)).toEqual(['1', String(booked.number)]);

    calls.dispose();
    status.dispose();
    await Promise.all([display.dispose(), citizen.dispose()]);
    await api.setClock(mondayNine);
  });

  it('gives 100 parallel tickets 100 distinct numbers', async () => {
    const other = await officeWithHours('Bürgeramt Andrang');
    const results = await Promise.all(Array.from({ length: 100 }, () => ticket(api.adminToken, other)));
    const numbers = results.map((result) => result.entry.displayNumber);
    expect(new Set(numbers).size).toBe(100);
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
  });

  it('hands out every entry at most once when 10 counters call next 20 times at once', async () => {
    const busy = await officeWithHours('Bürgeramt Zehn Schalter');
    for (let count = 0; count < 15; count += 1) await ticket(api.adminToken, busy);
    const staff = await Promise.all(Array.from({ length: 10 }, (_, index) => newCounterFor(`zehn${index}`, `Z${index}`, busy)));
    const results = await Promise.all(staff.flatMap((token) => [token, token]).map((token) => api.data(callNext, {}, token)));
    const called = results.map((result) => result.callNext).filter((result) => result.__typename === 'QueueEntry');
    expect(called).toHaveLength(15);
    expect(new Set(called.map((entry) => entry.id)).size).toBe(15);
    expect(results.filter((result) => result.callNext.__typename === 'QueueEmpty')).toHaveLength(5);
  });
});

describe('status pages', () => {
  it('keeps many status pages of one office right after each call, in one burst', async () => {
    const crowded = await officeWithHours('Bürgeramt Viele Seiten');
    const tickets = [];
    for (let index = 0; index < 6; index += 1) tickets.push(await ticket(api.adminToken, crowded));
    const citizen = socketClient(api.url);
    const pages = tickets.map((drawn) =>
      collect(
        citizen,
        graphql(`
          subscription QueueMyQueueStatus2($input: QueueAccessInput!) {
            myQueueStatus(input: $input) {
              displayNumber
              status
              position
            }
          }
        `),
        { input: { number: drawn.entry.displayNumber, secret: drawn.secret } },
      ),
    );
    await Promise.all(pages.map((page) => page.waitFor(1)));
    expect(pages.map((page) => page.received[0].myQueueStatus.position)).toEqual([1, 2, 3, 4, 5, 6]);

    const staff = await newCounterFor('vieleseiten', 'V1', crowded);
    expect((await api.data(callNext, {}, staff)).callNext).toMatchObject({ displayNumber: tickets[0].entry.displayNumber });
    // Signing in at the counter changed the queue too: wait for each page's state after the call.
    const afterCall = await Promise.all(pages.map((page, index) => page.waitUntil((event) => (index === 0 ? event.myQueueStatus.status === 'called' : event.myQueueStatus.position === index)).then((event) => event?.myQueueStatus)));
    expect(afterCall.map((status) => [status?.displayNumber, status?.status, status?.position])).toEqual(tickets.map((drawn, index) => [drawn.entry.displayNumber, index === 0 ? 'called' : 'waiting', index === 0 ? null : index]));
    for (const page of pages) page.dispose();
    await citizen.dispose();
  });
});

describe('queue rules', () => {
  it('marks an entry missed after maxCalls calls, and requeued entries wait out the recall skip', async () => {
    const rules = await officeWithHours('Bürgeramt Regeln');
    const staff = await newCounterFor('regeln', 'R1', rules);
    const absent = await ticket(api.adminToken, rules);
    const called = (await api.data(callNext, {}, staff)).callNext;
    expect(called.id).toBe(absent.entry.id);
    expect((await api.data(entryStep('recallEntry'), { input: { entryId: called.id } }, staff)).recallEntry).toMatchObject({ status: 'called', calledCount: 2 });
    expect((await api.data(entryStep('recallEntry'), { input: { entryId: called.id } }, staff)).recallEntry).toMatchObject({ status: 'called', calledCount: 3 });
    expect((await api.data(entryStep('recallEntry'), { input: { entryId: called.id } }, staff)).recallEntry).toMatchObject({ status: 'missed' });
    expect((await api.data(entryStep('startService'), { input: { entryId: called.id } }, staff)).startService.__typename).toBe('InvalidTransition');

    expect((await api.data(entryStep('requeueEntry'), { input: { entryId: called.id } }, staff)).requeueEntry).toMatchObject({ status: 'waiting' });
    const later = await ticket(api.adminToken, rules);
    // The requeued entry was called a moment ago: the later walk-in goes first.
    expect((await api.data(callNext, {}, staff)).callNext.id).toBe(later.entry.id);
    await api.advanceClock(5);
    expect((await api.data(callNext, {}, staff)).callNext.id).toBe(absent.entry.id);
    await api.setClock(mondayNine);
  });

  it("numbers tickets with the office prefix and lets them take a gap of today's slots", async () => {
    const shared = await officeWithHours('Bürgeramt Gemeinsam');
    await api.admin(
      graphql(`
        mutation QueueUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
          updateOfficeSettings(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: shared.officeId, ticketPrefix: 'G' } },
    );
    expect((await ticket(api.adminToken, shared)).entry.displayNumber).toBe('G1');
    const [slot] = await api.app.orm.em.fork().execute<{ taken: number }[]>('select taken from slot where office_id = ? and start_at = ?', [api.databaseKey(shared.officeId), todayAt('09:00')]);
    expect(slot.taken).toBe(1);
  });

  it('redirects an entry keeping its number, and its status link follows', async () => {
    const desk = await officeWithHours('Bürgeramt Weiterleitung');
    const staff = await newCounterFor('weiter', 'W1', desk);
    const walkIn = await ticket(api.adminToken, desk);
    const called = (await api.data(callNext, {}, staff)).callNext;
    const redirected = await api.data(
      graphql(`
        mutation QueueRedirectEntry($input: RedirectEntryInput!) {
          redirectEntry(input: $input) {
            __typename
            ... on QueueEntry {
              id
              displayNumber
              status
            }
          }
        }
      `),
      {
        input: { entryId: called.id, serviceIds: [desk.longServiceId] },
      },
      staff,
    );
    expect(redirected.redirectEntry).toMatchObject({ __typename: 'QueueEntry', displayNumber: walkIn.entry.displayNumber, status: 'waiting' });
    const { queueStatus } = await api.data(
      graphql(`
        query QueueQueueStatus($input: QueueAccessInput!) {
          queueStatus(input: $input) {
            status
            position
          }
        }
      `),
      { input: { number: walkIn.entry.displayNumber, secret: walkIn.secret } },
    );
    expect(queueStatus).toEqual({ status: 'waiting', position: 1 });
    // Finished, the ticket gives back the slots of its gap that still lie ahead.
    await api.data(
      graphql(`
        mutation QueueCallEntry($input: EntryInput!) {
          callEntry(input: $input) {
            __typename
          }
        }
      `),
      { input: { entryId: redirected.redirectEntry.id } },
      staff,
    );
    await api.data(entryStep('startService'), { input: { entryId: redirected.redirectEntry.id } }, staff);
    await api.data(
      graphql(`
        mutation QueueFinishService2($input: FinishServiceInput!) {
          finishService(input: $input) {
            __typename
          }
        }
      `),
      { input: { entryId: redirected.redirectEntry.id } },
      staff,
    );
    const [{ taken }] = await api.app.orm.em.fork().execute<{ taken: string }[]>('select coalesce(sum(taken), 0) as taken from slot where office_id = ? and start_at > ?', [api.databaseKey(desk.officeId), mondayNine]);
    expect(Number(taken)).toBe(0);
  });

  it('estimates that appointments booked for later overtake a walk-in, before and after they check in', async () => {
    const estimating = await officeWithHours('Bürgeramt Schätzung');
    const staff = await newCounterFor('schaetzung', 'S1', estimating);
    const estimateOf = async (entryId: string) => (await api.admin(queueQuery, { officeId: estimating.officeId })).queue.entries.find((entry: { id: string }) => entry.id === entryId)!.estimatedWaitMinutes;
    // No history yet: 10 minutes a service, 9 in 10 booked citizens come.
    expect((await ticket(api.adminToken, estimating)).entry.estimatedWaitMinutes).toBe(0);
    expect((await api.data(callNext, {}, staff)).callNext.__typename).toBe('QueueEntry');
    await bookedToday('11:00', estimating);
    const walkIn = await ticket(api.adminToken, estimating);
    expect(walkIn.entry.estimatedWaitMinutes).toBe(10);
    // Due from 09:08, the 09:10 appointment is called when the counter frees up at 09:10, before the walk-in.
    const booked = await bookedToday('09:10', estimating);
    expect(await estimateOf(walkIn.entry.id)).toBe(19);
    const checkedIn = (await api.data(checkIn, { input: { officeId: estimating.officeId, number: booked.number } }, api.adminToken)).checkIn;
    expect(await estimateOf(checkedIn.id)).toBe(10);
    expect(await estimateOf(walkIn.entry.id)).toBe(20);
  });

  it('refuses check-in outside the tolerance, and kiosks outside opening hours', async () => {
    const booked = await bookedToday('11:00');
    expect((await api.data(checkIn, { input: { officeId: office.officeId, number: booked.number } }, kioskKey)).checkIn).toMatchObject({ __typename: 'CheckInRefused' });
    expect((await api.data(checkIn, { input: { officeId: office.officeId, number: 999 } }, kioskKey)).checkIn.__typename).toBe('NotFound');
    await api.setClock('2026-03-02T17:30:00Z');
    expect((await ticket()).__typename).toBe('OfficeClosed');
    expect((await ticket(api.adminToken)).__typename).toBe('Ticket');
    await api.setClock(mondayNine);
  });

  it('answers queue, waiting info and recent calls with the version they reflect', async () => {
    const { queue } = await api.admin(queueQuery, { officeId: office.officeId });
    const { waitingInfo } = await api.data(
      graphql(`
        query QueueWaitingInfo($officeId: ID!) {
          waitingInfo(officeId: $officeId) {
            version
            waitingCount
            estimatedWaitMinutes
            countersServing
          }
        }
      `),
      { officeId: office.officeId },
    );
    expect(waitingInfo.version).toBe(queue.version);
    expect(waitingInfo.waitingCount).toBe(queue.entries.filter((entry: { status: string }) => entry.status === 'waiting').length);
    const { recentCalls } = await api.data(
      graphql(`
        query QueueRecentCalls($officeId: ID) {
          recentCalls(officeId: $officeId) {
            versions {
              officeId
              version
            }
            calls {
              id
              displayNumber
              counterName
              callCount
            }
          }
        }
      `),
      { officeId: office.officeId },
      displayKey,
    );
    expect(recentCalls.versions).toEqual([{ officeId: office.officeId, version: queue.version }]);
    expect(recentCalls.calls.length).toBeGreaterThan(0);
  });

  it('refuses subscriptions with wrong arguments at once', async () => {
    const client = socketClient(api.url, api.adminToken);
    const unknown = collect(
      client,
      graphql(`
        subscription QueueQueueChanged {
          queueChanged(officeId: "999999") {
            version
          }
        }
      `),
    );
    const wrongSecret = collect(
      client,
      graphql(`
        subscription QueueMyQueueStatus3 {
          myQueueStatus(input: { number: "1", secret: "wrong" }) {
            status
          }
        }
      `),
    );
    await Promise.all([unknown.waitFor(1, 2000), wrongSecret.waitFor(1, 2000)]);
    expect(unknown.errors.length + wrongSecret.errors.length).toBe(2);
    await client.dispose();
  });
});

describe('consistency of snapshots and events', () => {
  it('misses nothing across a reconnect: subscribe, query, apply newer versions', async () => {
    const live = await officeWithHours('Bürgeramt Verbindung');
    const versionsSeen = new Set<number>();
    const session = async () => {
      const client = socketClient(api.url, api.adminToken);
      const changes = collect(
        client,
        graphql(`
          subscription QueueQueueChanged2($officeId: ID!) {
            queueChanged(officeId: $officeId) {
              version
            }
          }
        `),
        { officeId: live.officeId },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { queue } = await api.admin(queueQuery, { officeId: live.officeId });
      return { client, changes, snapshot: queue.version as number };
    };
    const first = await session();
    const burst = Array.from({ length: 5 }, () => ticket(api.adminToken, live));
    await Promise.all(burst);
    await first.changes.waitFor(5);
    for (const event of first.changes.received) if (event.queueChanged.version > first.snapshot) versionsSeen.add(event.queueChanged.version);
    first.changes.dispose();
    await first.client.dispose();

    // Changes go on while no one listens; the next session's snapshot covers them.
    await ticket(api.adminToken, live);
    const second = await session();
    await Promise.all(Array.from({ length: 3 }, () => ticket(api.adminToken, live)));
    await second.changes.waitFor(3);
    const after = second.changes.received.map((event) => event.queueChanged.version).filter((version) => version > second.snapshot);
    const { queue } = await api.admin(queueQuery, { officeId: live.officeId });
    // One event per change, in version order (availability changes of the office raise the
    // version too, so numbers may skip); the last one is the version the queue now has.
    expect(after).toHaveLength(3);
    expect(after).toEqual([...after].sort((a, b) => a - b));
    expect(after.at(-1)).toBe(queue.version);
    expect(versionsSeen.size).toBe(5);
    expect(queue.entries).toHaveLength(9);
    second.changes.dispose();
    await second.client.dispose();
  });
});

describe('day end', () => {
  it('books checked-in appointments not served by the end of the day as missed, as their entries, never as no-shows', async () => {
    const closing = await officeWithHours('Bürgeramt Spät');
    const staff = await newCounterFor('spaet', 'L1', closing);
    const [waiting, called] = [await bookedToday('09:10', closing), await bookedToday('09:20', closing)];
    for (const booked of [waiting, called]) expect((await api.data(checkIn, { input: { officeId: closing.officeId, number: booked.number } }, api.adminToken)).checkIn.__typename).toBe('QueueEntry');
    // The 09:10 appointment is due first: the counter calls it, the 09:20 one keeps waiting.
    expect((await api.data(callNext, {}, staff)).callNext.displayNumber).toBe(String(waiting.number));
    await api.setClock('2026-03-02T23:30:00Z');
    await api.runJobs();
    for (const booked of [waiting, called]) {
      const { appointment } = await api.data(op.appointment, { input: { number: booked.number, secret: booked.secret } });
      expect(appointment.status, `appointment ${booked.number}`).toBe('missed');
    }
    const outcomes = await api.app.orm.em.fork().execute<{ outcome: string }[]>('select outcome from queue_statistic where office_id = ? order by id', [api.databaseKey(closing.officeId)]);
    expect(outcomes).toEqual([{ outcome: 'missed' }, { outcome: 'missed' }]);
    await api.setClock(mondayNine);
  });

  it('marks no-shows and entries left in the queue, and keeps statistics without personal data', async () => {
    const closing = await officeWithHours('Bürgeramt Feierabend');
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: closing.officeId, serviceIds: [closing.shortServiceId], start: todayAt('11:30') } }, api.adminToken);
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Nie Gekommen', email: 'nie@example.org' } } }, api.adminToken);
    await ticket(api.adminToken, closing);
    await api.setClock('2026-03-02T23:30:00Z');
    await api.runJobs();
    const { appointment } = await api.data(op.appointment, { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret } });
    expect(appointment.status).toBe('noShow');
    const stats = await api.app.orm.em.fork().execute<Record<string, unknown>[]>('select * from queue_statistic where office_id = ?', [api.databaseKey(closing.officeId)]);
    expect(stats).toEqual([expect.objectContaining({ outcome: 'missed', with_appointment: false })]);
    expect(JSON.stringify(stats)).not.toMatch(/Gekommen|example\.org/);
    await api.setClock(mondayNine);
  });
});

describe('allowed actions', () => {
  const actions = ['callEntry', 'recallEntry', 'markMissed', 'requeueEntry', 'parkEntry', 'startService', 'finishService', 'redirectEntry', 'setEntryPriority'] as const;
  type Action = (typeof actions)[number];
  const inputs: Partial<Record<Action, string>> = { finishService: 'FinishServiceInput', redirectEntry: 'RedirectEntryInput', setEntryPriority: 'SetEntryPriorityInput' };
  /** The steps that bring a fresh ticket into each status. */
  const routes: Record<string, Action[]> = {
    waiting: [],
    called: ['callEntry'],
    inService: ['callEntry', 'startService'],
    parked: ['parkEntry'],
    missed: ['callEntry', 'markMissed'],
    finished: ['callEntry', 'startService', 'finishService'],
  };
  const entryFields = 'id status allowedActions';

  async function take(token: string, action: Action, entryId: string): Promise<{ __typename: string; status?: string; allowedActions?: string[]; code?: string }> {
    const document = `mutation ($input: ${inputs[action] ?? 'EntryInput'}!) { ${action}(input: $input) { __typename ... on QueueEntry { ${entryFields} } ... on ErrorResult { code } } }`;
    return (await api.data(document, { input: { entryId, ...(action === 'setEntryPriority' ? { priority: 1 } : {}) } }, token))[action];
  }

  /** A fresh ticket of the office taken to `status`, as the server then describes it to the clerk. */
  async function entryIn(fixture: OfficeFixture, token: string, status: string) {
    const drawn = (await api.data(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { ${entryFields} } } } }`, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId] } }, token))
      .issueTicket.entry;
    let entry = drawn;
    for (const action of routes[status]) entry = await take(token, action, drawn.id);
    expect(entry.status).toBe(status);
    return entry as { id: string; status: string; allowedActions: string[] };
  }

  it('offers for every status exactly the steps the server takes: no call of parked or missed entries, a redirect of parked ones', async () => {
    const desk = await officeWithHours('Bürgeramt Schritte');
    await api.admin(
      graphql(`
        mutation QueueUpdateOfficeSettings2($input: UpdateOfficeSettingsInput!) {
          updateOfficeSettings(input: $input) {
            __typename
          }
        }
      `),
      { input: { officeId: desk.officeId, ticketDailyContingent: 999 } },
    );
    const clerk = await newCounterFor('schritte', 'X1', desk);
    const offered: Record<string, string[]> = {};
    const taken: Record<string, string[]> = {};
    for (const status of Object.keys(routes)) {
      offered[status] = (await entryIn(desk, clerk, status)).allowedActions;
      taken[status] = [];
      for (const action of actions) {
        const answer = await take(clerk, action, (await entryIn(desk, clerk, status)).id);
        if (answer.__typename === 'QueueEntry') taken[status].push(action);
        else expect(answer.code, `${action} of a ${status} entry`).toBe('INVALID_TRANSITION');
      }
    }
    expect(offered).toEqual(taken);
    expect(offered.parked).toEqual(['requeueEntry', 'redirectEntry', 'setEntryPriority']);
    expect(offered.missed).toEqual(['requeueEntry', 'setEntryPriority']);
    expect(offered.finished).toEqual([]);
  });

  it("offers nothing to a kiosk, and no call to staff who are not at a counter of the entry's office", async () => {
    const desk = await officeWithHours('Bürgeramt Ohne Schalter');
    const kiosk = (await api.admin(createDevice, { input: { name: 'Kiosk', kind: 'kiosk', officeId: desk.officeId } })).createDevice.key;
    const issue = graphql(`
      mutation QueueIssueTicket2($input: IssueTicketInput!) {
        issueTicket(input: $input) {
          ... on Ticket {
            entry {
              id
              allowedActions
            }
          }
        }
      }
    `);
    const input = { input: { officeId: desk.officeId, serviceIds: [desk.shortServiceId] } };
    expect((await api.data(issue, input, kiosk)).issueTicket.entry.allowedActions).toEqual([]);
    // The clerk works at a counter of the other office.
    await api.admin(createStaff, {
      input: {
        username: 'anderswo',
        displayName: 'Anderswo',
        password: 'anderswo-password-123',
        memberships: [
          { officeId: desk.officeId, role: 'staff' },
          { officeId: office.officeId, role: 'staff' },
        ],
      },
    });
    const elsewhere = await api.login('anderswo', 'anderswo-password-123');
    const { createCounter: counter } = await api.admin(createCounter, { input: { officeId: office.officeId, name: 'Anderswo' } });
    expect((await api.data(signIn, { input: { counterId: counter.id } }, elsewhere)).signInAtCounter.__typename).toBe('CounterSession');
    const drawn = (await api.data(issue, input, elsewhere)).issueTicket.entry;
    expect(drawn.allowedActions).toEqual(['parkEntry', 'redirectEntry', 'setEntryPriority']);
    expect((await take(elsewhere, 'callEntry', drawn.id)).code).toBe('NOT_AT_COUNTER');
  });
});
