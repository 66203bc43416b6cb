import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the offices open 08:00–16:00.
const mondayNine = '2026-03-02T08:00:00Z';

const waitingRoomQuery = graphql(`
  query WaitingRoomWaitingRoom($officeId: ID, $groupId: ID) {
    waitingRoom(officeId: $officeId, groupId: $groupId) {
      groupId
      name
      offices {
        version
        displayMessage
        waitingCount
        estimatedWaitMinutes
        countersServing
        open
        ticketsLeft
        office {
          id
          name
        }
      }
    }
  }
`);
const waitingRoomChanged = graphql(`
  subscription WaitingRoomWaitingRoomChanged($officeId: ID, $groupId: ID) {
    waitingRoomChanged(officeId: $officeId, groupId: $groupId) {
      version
      displayMessage
      waitingCount
      open
      ticketsLeft
      office {
        id
      }
    }
  }
`);
const issueTicket = graphql(`
  mutation WaitingRoomIssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);
const updateSettings = graphql(`
  mutation WaitingRoomUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
      ... on Office {
        settings {
          displayMessage
        }
      }
    }
  }
`);
const createDevice = graphql(`
  mutation WaitingRoomCreateDevice($input: CreateDeviceInput!) {
    createDevice(input: $input) {
      ... on CreatedDevice {
        key
      }
    }
  }
`);
const openingQuery = graphql(`
  query WaitingRoomWaitingRoom2($officeId: ID) {
    waitingRoom(officeId: $officeId) {
      offices {
        open
        opensAt
      }
    }
  }
`);
const setOpeningHours = graphql(`
  mutation WaitingRoomSetOpeningHours($input: SetOpeningHoursInput!) {
    setOpeningHours(input: $input) {
      __typename
    }
  }
`);
const addClosure = graphql(`
  mutation WaitingRoomAddClosure($input: AddClosureInput!) {
    addClosure(input: $input) {
      __typename
      ... on CapacityChange {
        closure {
          id
        }
      }
    }
  }
`);
const removeClosure = graphql(`
  mutation WaitingRoomRemoveClosure($input: RemoveClosureInput!) {
    removeClosure(input: $input) {
      __typename
    }
  }
`);
// One document per step: a field name put into the text at run time would leave the answer untyped.
const entrySteps = {
  markMissed: graphql(`
    mutation WaitingRoomStepMarkMissed($input: EntryInput!) {
      markMissed(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
      }
    }
  `),
  parkEntry: graphql(`
    mutation WaitingRoomStepParkEntry($input: EntryInput!) {
      parkEntry(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
      }
    }
  `),
  requeueEntry: graphql(`
    mutation WaitingRoomStepRequeueEntry($input: EntryInput!) {
      requeueEntry(input: $input) {
        __typename
        ... on QueueEntry {
          id
          status
        }
      }
    }
  `),
};
const entryStep = <Name extends keyof typeof entrySteps>(name: Name) => entrySteps[name];
const checkIn = graphql(`
  mutation WaitingRoomCheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      __typename
      ... on QueueEntry {
        id
      }
      ... on CheckInRefused {
        code
        reason
        opensAt
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const todayAt = (time: string, date = '2026-03-02') => new Date(`${date}T${time}:00+01:00`).toISOString();

let api: TestApi;
let mitte: OfficeFixture;
let wedding: OfficeFixture;
let groupId: string;
let displayKey: string;
let groupKioskKey: string;

async function withHours(name: string): Promise<OfficeFixture> {
  const fixture = await createOffice(api, name);
  await api.admin(
    graphql(`
      mutation WaitingRoomSetOpeningHours2($input: SetOpeningHoursInput!) {
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
  mitte = await withHours('Bürgeramt Mitte');
  wedding = await withHours('Bürgeramt Wedding');
  const { createOfficeGroup } = await api.admin(
    graphql(`
      mutation WaitingRoomCreateOfficeGroup($input: OfficeGroupInput!) {
        createOfficeGroup(input: $input) {
          ... on OfficeGroup {
            id
          }
        }
      }
    `),
    {
      input: { name: 'Rathaus Mitte', officeIds: [wedding.officeId, mitte.officeId] },
    },
  );
  groupId = createOfficeGroup.id;
  displayKey = (await api.admin(createDevice, { input: { name: 'Anzeige Mitte', kind: 'display', officeId: mitte.officeId } })).createDevice.key;
  groupKioskKey = (await api.admin(createDevice, { input: { name: 'Kiosk Rathaus', kind: 'kiosk', groupId } })).createDevice.key;
});

afterAll(async () => {
  await api?.stop();
});

describe('waitingRoom', () => {
  it('answers a device that names nothing with the office or group it serves', async () => {
    const display = await api.data(waitingRoomQuery, {}, displayKey);
    expect(display.waitingRoom).toMatchObject({ groupId: null, name: 'Bürgeramt Mitte', offices: [{ office: { id: mitte.officeId }, open: true, ticketsLeft: 300, waitingCount: 0, displayMessage: '' }] });
    const kiosk = await api.data(waitingRoomQuery, {}, groupKioskKey);
    expect(kiosk.waitingRoom).toMatchObject({ groupId, name: 'Rathaus Mitte', offices: [{ office: { name: 'Bürgeramt Mitte' } }, { office: { name: 'Bürgeramt Wedding' } }] });
  });

  it('refuses callers without the right to see the calls, and a staff caller who names nothing', async () => {
    const anonymous = await api.graphql(waitingRoomQuery, { officeId: mitte.officeId });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherOffice = await api.graphql(waitingRoomQuery, { officeId: wedding.officeId }, displayKey);
    expect(otherOffice.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nothing = await api.graphql(waitingRoomQuery, {}, api.adminToken);
    expect(nothing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts down the day contingent and says when the office is closed', async () => {
    await api.admin(updateSettings, { input: { officeId: wedding.officeId, ticketDailyContingent: 2 } });
    for (let drawn = 0; drawn < 2; drawn++) expect((await api.data(issueTicket, { input: { officeId: wedding.officeId, serviceIds: [wedding.shortServiceId] } }, groupKioskKey)).issueTicket.__typename).toBe('Ticket');
    const { waitingRoom } = await api.data(waitingRoomQuery, { officeId: wedding.officeId }, groupKioskKey);
    expect(waitingRoom.offices[0]).toMatchObject({ ticketsLeft: 0, waitingCount: 2, open: true });
    expect((await api.data(issueTicket, { input: { officeId: wedding.officeId, serviceIds: [wedding.shortServiceId] } }, groupKioskKey)).issueTicket.code).toBe('TICKETS_EXHAUSTED');

    await api.setClock('2026-03-02T16:30:00Z');
    try {
      const evening = await api.data(waitingRoomQuery, { officeId: mitte.officeId }, displayKey);
      expect(evening.waitingRoom.offices[0].open).toBe(false);
    } finally {
      await api.setClock(mondayNine);
    }
  });
});

describe('waitingRoomChanged', () => {
  it('sends an office anew after a ticket and after a new display message, newer versions only', async () => {
    const client = socketClient(api.url, displayKey);
    const events = collect(client, waitingRoomChanged, { officeId: mitte.officeId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { waitingRoom } = await api.data(waitingRoomQuery, {}, displayKey);
    const before = waitingRoom.offices[0];

    await api.admin(issueTicket, { input: { officeId: mitte.officeId, serviceIds: [mitte.shortServiceId] } });
    const afterTicket = await events.waitUntil((event) => event.waitingRoomChanged.waitingCount === before.waitingCount + 1);
    expect(afterTicket?.waitingRoomChanged.version).toBeGreaterThan(before.version);

    await api.admin(updateSettings, { input: { officeId: mitte.officeId, displayMessage: 'Schalter 4 schließt um 12 Uhr.' } });
    const afterMessage = await events.waitUntil((event) => event.waitingRoomChanged.displayMessage === 'Schalter 4 schließt um 12 Uhr.');
    expect(afterMessage?.waitingRoomChanged).toMatchObject({ office: { id: mitte.officeId }, waitingCount: before.waitingCount + 1 });
    const versions = events.received.map((event) => event.waitingRoomChanged.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(events.errors).toEqual([]);
    events.dispose();
    await client.dispose();
  });

  it('refuses a display the offices of another group at once', async () => {
    const client = socketClient(api.url, displayKey);
    const events = collect(client, waitingRoomChanged, { groupId });
    await events.waitFor(1, 2000);
    expect(JSON.stringify(events.errors)).toContain('FORBIDDEN');
    await client.dispose();
  });
});

describe('updateOfficeSettings displayMessage', () => {
  it('sets the line, clears it with an empty one, and refuses one over 200 characters', async () => {
    const set = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'Heute nur Abholungen an Schalter 2.' } });
    expect(set.updateOfficeSettings.settings.displayMessage).toBe('Heute nur Abholungen an Schalter 2.');
    const tooLong = await api.graphql(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'x'.repeat(201) } }, api.adminToken);
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const kept = await api.data(waitingRoomQuery, { officeId: wedding.officeId }, groupKioskKey);
    expect(kept.waitingRoom.offices[0].displayMessage).toBe('Heute nur Abholungen an Schalter 2.');
    const longest = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: 'y'.repeat(200) } });
    expect(longest.updateOfficeSettings.settings.displayMessage).toHaveLength(200);
    const cleared = await api.admin(updateSettings, { input: { officeId: wedding.officeId, displayMessage: '' } });
    expect(cleared.updateOfficeSettings.settings.displayMessage).toBe('');
  });
});

describe('opening times', () => {
  const opening = async (officeId: string) => (await api.data(openingQuery, { officeId }, api.adminToken)).waitingRoom.offices[0];

  it('names the next opening while closed, in the office time zone, past closures and public holidays', async () => {
    const fixture = await withHours('Bürgeramt Öffnungszeiten');
    expect(await opening(fixture.officeId)).toEqual({ open: true, opensAt: null });
    await api.setClock('2026-03-02T16:30:00Z');
    try {
      expect(await opening(fixture.officeId)).toEqual({ open: false, opensAt: '2026-03-03T07:00:00.000Z' });
      const closed = await api.admin(addClosure, { input: { officeId: fixture.officeId, date: '2026-03-03', until: '2026-03-04', reason: 'Umzug' } });
      expect(await opening(fixture.officeId)).toEqual({ open: false, opensAt: '2026-03-05T07:00:00.000Z' });
      await api.admin(removeClosure, { input: { closureId: closed.addClosure.closure.id } });
      expect(await opening(fixture.officeId)).toEqual({ open: false, opensAt: '2026-03-03T07:00:00.000Z' });
      // Sunday 8 March 2026 is a public holiday in Berlin (Frauentag): a weekend office opens the Saturday after.
      await api.admin(setOpeningHours, { input: { officeId: fixture.officeId, hours: [{ weekdays: [7], open: '10:00', close: '14:00' }] } });
      expect(await opening(fixture.officeId)).toEqual({ open: false, opensAt: '2026-03-15T09:00:00.000Z' });
    } finally {
      await api.setClock(mondayNine);
    }
  });

  it('is closed all of a closure day, within its opening hours too', async () => {
    const fixture = await withHours('Bürgeramt Schließtag');
    await api.admin(addClosure, { input: { officeId: fixture.officeId, date: '2026-03-02', reason: '' } });
    expect(await opening(fixture.officeId)).toEqual({ open: false, opensAt: '2026-03-03T07:00:00.000Z' });
  });

  it('sends the office anew when its opening hours or closures change', async () => {
    const fixture = await withHours('Bürgeramt Live');
    const kioskKey = (await api.admin(createDevice, { input: { name: 'Kiosk Live', kind: 'kiosk', officeId: fixture.officeId } })).createDevice.key;
    const client = socketClient(api.url, kioskKey);
    const events = collect(
      client,
      graphql(`
        subscription WaitingRoomWaitingRoomChanged2($officeId: ID) {
          waitingRoomChanged(officeId: $officeId) {
            version
            open
            opensAt
          }
        }
      `),
      { officeId: fixture.officeId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.admin(setOpeningHours, { input: { officeId: fixture.officeId, hours: [{ weekdays: [6, 7], open: '10:00', close: '14:00' }] } });
    // Saturday 7 March, 10:00 in Berlin.
    expect((await events.waitUntil((event) => !event.waitingRoomChanged.open))?.waitingRoomChanged.opensAt).toBe('2026-03-07T09:00:00.000Z');
    await api.admin(addClosure, { input: { officeId: fixture.officeId, date: '2026-03-07', reason: '' } });
    // Sunday 8 March is a public holiday (Frauentag): the next opening is a week later.
    expect(await events.waitUntil((event) => event.waitingRoomChanged.opensAt === '2026-03-14T09:00:00.000Z')).toBeDefined();
    expect(events.errors).toEqual([]);
    events.dispose();
    await client.dispose();
  });
});

describe('withdrawnNumbers', () => {
  it('lists a called number while it is parked, missed or waiting again, until it is called anew', async () => {
    const fixture = await withHours('Bürgeramt Aufruf');
    const { createCounter } = await api.admin(
      graphql(`
        mutation WaitingRoomCreateCounter($input: CreateCounterInput!) {
          createCounter(input: $input) {
            ... on Counter {
              id
            }
          }
        }
      `),
      { input: { officeId: fixture.officeId, name: 'Schalter 1' } },
    );
    await api.admin(
      graphql(`
        mutation WaitingRoomSignInAtCounter($input: SignInAtCounterInput!) {
          signInAtCounter(input: $input) {
            __typename
          }
        }
      `),
      { input: { counterId: createCounter.id } },
    );
    for (let drawn = 0; drawn < 2; drawn++) await api.admin(issueTicket, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId] } });
    const withdrawn = async () =>
      (
        await api.data(
          graphql(`
            query WaitingRoomWaitingRoom3($officeId: ID) {
              waitingRoom(officeId: $officeId) {
                offices {
                  withdrawnNumbers
                }
              }
            }
          `),
          { officeId: fixture.officeId },
          api.adminToken,
        )
      ).waitingRoom.offices[0].withdrawnNumbers;
    const { callNext: first } = await api.admin(
      graphql(`
        mutation WaitingRoomCallNext {
          callNext {
            ... on QueueEntry {
              id
              displayNumber
            }
          }
        }
      `),
    );
    expect(await withdrawn()).toEqual([]);

    const client = socketClient(api.url, api.adminToken);
    const events = collect(
      client,
      graphql(`
        subscription WaitingRoomWaitingRoomChanged3($officeId: ID) {
          waitingRoomChanged(officeId: $officeId) {
            withdrawnNumbers
          }
        }
      `),
      { officeId: fixture.officeId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await api.admin(entryStep('parkEntry'), { input: { entryId: first.id } })).parkEntry.status).toBe('parked');
    expect(await events.waitUntil((event) => event.waitingRoomChanged.withdrawnNumbers.includes(first.displayNumber))).toBeDefined();
    expect(await withdrawn()).toEqual([first.displayNumber]);
    await api.admin(entryStep('requeueEntry'), { input: { entryId: first.id } });
    expect(await withdrawn()).toEqual([first.displayNumber]);
    await api.admin(
      graphql(`
        mutation WaitingRoomCallEntry($input: EntryInput!) {
          callEntry(input: $input) {
            __typename
          }
        }
      `),
      { input: { entryId: first.id } },
    );
    expect(await withdrawn()).toEqual([]);
    await api.admin(entryStep('markMissed'), { input: { entryId: first.id } });
    expect(await withdrawn()).toEqual([first.displayNumber]);
    events.dispose();
    await client.dispose();
  });
});

describe('checkIn refusals', () => {
  it('say why, and when check-in opens for an early one', async () => {
    const fixture = await withHours('Bürgeramt Anmeldung');
    await api.admin(updateSettings, { input: { officeId: fixture.officeId, checkInEarlyMinutes: 30, checkInLateMinutes: 15 } });
    const book = async (start: string) => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId], start } }, api.adminToken);
      const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: {} } }, api.adminToken);
      return confirmAppointment.appointment.number as number;
    };
    const checkInNumber = async (number: number) => (await api.data(checkIn, { input: { officeId: fixture.officeId, number } }, api.adminToken)).checkIn;

    expect(await checkInNumber(await book(todayAt('11:00')))).toEqual({ __typename: 'CheckInRefused', code: 'CHECK_IN_REFUSED', reason: 'TOO_EARLY', opensAt: todayAt('10:30') });
    expect(await checkInNumber(await book(todayAt('09:00', '2026-03-03')))).toMatchObject({ reason: 'NOT_TODAY', opensAt: null });
    const soon = await book(todayAt('09:10'));
    expect((await checkInNumber(soon)).__typename).toBe('QueueEntry');
    expect(await checkInNumber(soon)).toMatchObject({ reason: 'ALREADY_CHECKED_IN' });
    const late = await book(todayAt('09:20'));
    await api.setClock(todayAt('09:36'));
    try {
      expect(await checkInNumber(late)).toMatchObject({ reason: 'TOO_LATE', opensAt: null });
    } finally {
      await api.setClock(mondayNine);
    }
    expect((await checkInNumber(999_999)).__typename).toBe('NotFound');
  });
});
