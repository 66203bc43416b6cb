import { solveChallenge } from 'altcha-lib/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUsername, adminPassword, startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the offices open 08:00–16:00 on weekdays.
const mondayNine = '2026-03-02T08:00:00Z';
const todayAt = (time: string, day = '2026-03-02') => new Date(`${day}T${time}:00+01:00`).toISOString();

const drawRemoteTicket = graphql(`
  mutation RemoteTestDraw($input: DrawRemoteTicketInput!) {
    drawRemoteTicket(input: $input) {
      __typename
      ... on Ticket {
        secret
        statusUrl
        entry {
          id
          displayNumber
          status
          remote
          position
          checkInUntil
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const checkInRemoteTicket = graphql(`
  mutation RemoteTestCheckIn($input: CheckInRemoteTicketInput!) {
    checkInRemoteTicket(input: $input) {
      __typename
      ... on QueueEntry {
        id
        status
        remote
        position
      }
      ... on CheckInRefused {
        reason
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const issueTicket = graphql(`
  mutation RemoteTestIssue($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      __typename
      ... on Ticket {
        entry {
          id
          displayNumber
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const queueQuery = graphql(`
  query RemoteTestQueue($officeId: ID!) {
    queue(officeId: $officeId) {
      entries {
        id
        displayNumber
        status
        remote
        position
        allowedActions
      }
      myCounter {
        callingOrder
      }
    }
  }
`);
const queueStatus = graphql(`
  query RemoteTestStatus($input: QueueAccessInput!) {
    queueStatus(input: $input) {
      status
      remote
      position
      checkInFrom
      checkInUntil
    }
  }
`);
const updateSettings = graphql(`
  mutation RemoteTestSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
    }
  }
`);
const setHours = graphql(`
  mutation RemoteTestHours($input: SetOpeningHoursInput!) {
    setOpeningHours(input: $input) {
      __typename
    }
  }
`);
const createDevice = graphql(`
  mutation RemoteTestDevice($input: CreateDeviceInput!) {
    createDevice(input: $input) {
      ... on CreatedDevice {
        key
      }
    }
  }
`);
const createCounter = graphql(`
  mutation RemoteTestCounter($input: CreateCounterInput!) {
    createCounter(input: $input) {
      ... on Counter {
        id
      }
    }
  }
`);
const createStaff = graphql(`
  mutation RemoteTestStaff($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
    }
  }
`);
const signIn = graphql(`
  mutation RemoteTestSignIn($input: SignInAtCounterInput!) {
    signInAtCounter(input: $input) {
      __typename
    }
  }
`);
const callNext = graphql(`
  mutation RemoteTestCallNext {
    callNext {
      __typename
      ... on QueueEntry {
        displayNumber
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const addClosure = graphql(`
  mutation RemoteTestClosure($input: AddClosureInput!) {
    addClosure(input: $input) {
      __typename
    }
  }
`);
const challengeQuery = graphql(`
  query RemoteTestChallenge {
    proofOfWorkChallenge {
      algorithm
      challenge
      maxnumber
      salt
      signature
    }
  }
`);

let api: TestApi;

/** Moves the clock, with a fresh admin session: a day later the old one has expired. */
async function setClock(instant: string): Promise<void> {
  await api.setClock(instant);
  api.adminToken = await api.login(adminUsername, adminPassword);
}

async function remoteOffice(name: string, settings: Record<string, unknown> = {}): Promise<OfficeFixture & { kiosk: string }> {
  const fixture = await createOffice(api, name, { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', publicCounters: 3, internCounters: 4 });
  await api.admin(setHours, { input: { officeId: fixture.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] } });
  await api.admin(updateSettings, { input: { officeId: fixture.officeId, remoteTickets: true, ...settings } });
  const kiosk = (await api.admin(createDevice, { input: { name: `Kiosk ${name}`, kind: 'kiosk', officeId: fixture.officeId } })).createDevice.key as string;
  return { ...fixture, kiosk };
}

async function clerkAt(fixture: OfficeFixture, username: string): Promise<string> {
  const { createCounter: counter } = await api.admin(createCounter, { input: { officeId: fixture.officeId, name: username.toUpperCase(), room: null } });
  await api.admin(createStaff, { input: { username, displayName: username, password: `${username}-password-123`, memberships: [{ officeId: fixture.officeId, role: 'staff' }] } });
  const token = await api.login(username, `${username}-password-123`);
  expect((await api.data(signIn, { input: { counterId: counter.id } }, token)).signInAtCounter.__typename).toBe('CounterSession');
  return token;
}

/** Draws as staff, or with `as: 'citizen'` anonymously. */
async function draw(fixture: OfficeFixture, input: { email?: string; proofOfWork?: string } = {}, as: 'staff' | 'citizen' = 'staff') {
  return (await api.data(drawRemoteTicket, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId], ...input } }, as === 'staff' ? api.adminToken : undefined)).drawRemoteTicket;
}

async function kioskTicket(fixture: OfficeFixture & { kiosk: string }) {
  return (await api.data(issueTicket, { input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId] } }, fixture.kiosk)).issueTicket;
}

async function checkIn(fixture: OfficeFixture, number: string, token: string) {
  return (await api.data(checkInRemoteTicket, { input: { officeId: fixture.officeId, number } }, token)).checkInRemoteTicket;
}

async function solvedProofOfWork(): Promise<string> {
  const { proofOfWorkChallenge: challenge } = await api.data(challengeQuery);
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution!.number, salt: challenge.salt, signature: challenge.signature })).toString('base64');
}

const claimsOf = async (entryId: string) => Number((await api.app.orm.em.fork().execute<{ count: string }[]>('select count(*) from slot_claim where queue_entry_id = ?', [api.databaseKey(entryId)]))[0].count);

beforeAll(async () => {
  api = await startTestApi(mondayNine, {
    // Citizens draw with documents of this test, which no client's manifest holds.
    TRUSTED_DOCUMENTS_ONLY_FOR: 'none',
    ALTCHA_ENABLED: 'true',
    ALTCHA_HMAC_KEY: 'remote-tickets-test-key-of-32-characters',
    ALTCHA_MAX_NUMBER: '1000',
  });
});

afterAll(async () => {
  await api?.stop();
});

describe('drawing a remote ticket', () => {
  it('is refused while the office does not allow it, outside its hours and on a day it is closed', async () => {
    const off = await remoteOffice('Bürgeramt Nur Vor Ort', { remoteTickets: false });
    expect(await draw(off)).toMatchObject({ __typename: 'RemoteTicketsOff', code: 'REMOTE_TICKETS_OFF' });
    const office = await remoteOffice('Bürgeramt Zeiten');
    await setClock(todayAt('16:00'));
    expect(await draw(office)).toMatchObject({ __typename: 'OfficeClosed' });
    await setClock(todayAt('07:59'));
    expect(await draw(office)).toMatchObject({ __typename: 'OfficeClosed' });
    // Saturday: no opening hours at all.
    await setClock(todayAt('10:00', '2026-03-07'));
    expect(await draw(office)).toMatchObject({ __typename: 'OfficeClosed' });
    // Friday 6 March 2026 is a weekday without a holiday: it opens; a closure that day shuts it.
    await setClock(todayAt('10:00', '2026-03-06'));
    expect((await draw(office)).__typename).toBe('Ticket');
    await api.admin(addClosure, { input: { officeId: office.officeId, date: '2026-03-06', reason: 'Betriebsausflug' } });
    expect(await draw(office)).toMatchObject({ __typename: 'OfficeClosed' });
    await setClock(mondayNine);
  });

  it('asks anonymous citizens for a proof of work, and gives them the number and the status link', async () => {
    const office = await remoteOffice('Bürgeramt Von Zuhause');
    expect((await draw(office, {}, 'citizen')).__typename).toBe('ProofOfWorkRequired');
    const ticket = await draw(office, { proofOfWork: await solvedProofOfWork() }, 'citizen');
    expect(ticket).toMatchObject({ __typename: 'Ticket', entry: { displayNumber: '1', status: 'expected', remote: true, position: null } });
    expect(ticket.statusUrl).toContain('/portal/status#');
    // The office's default check-in window: 30 minutes to come on an empty queue, 15 to be late.
    expect(ticket.entry.checkInUntil).toBe(todayAt('09:45'));
    const { queueStatus: status } = await api.data(queueStatus, { input: { number: '1', secret: ticket.secret } });
    expect(status).toEqual({ status: 'expected', remote: true, position: null, checkInFrom: todayAt('09:00'), checkInUntil: todayAt('09:45') });
  });

  it("counts against the day's contingent: two at once with one ticket left get one ticket", async () => {
    const office = await remoteOffice('Bürgeramt Knapp', { ticketDailyContingent: 2 });
    expect((await kioskTicket(office)).__typename).toBe('Ticket');
    const second = await api.spawnProcess();
    const answers = await Promise.all([draw(office), second.client.data(drawRemoteTicket, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } }, api.adminToken).then((data) => data.drawRemoteTicket)]);
    expect(answers.map((answer) => answer.__typename).sort()).toEqual(['Ticket', 'TicketsExhausted']);
    expect((await kioskTicket(office)).__typename).toBe('TicketsExhausted');
    const [day] = await api.app.orm.em.fork().execute<{ issued_count: number }[]>('select issued_count from ticket_day where office_id = ?', [api.databaseKey(office.officeId)]);
    expect(day.issued_count).toBe(2);
  });

  it('holds one open remote ticket per email address and office, and validates the address', async () => {
    const office = await remoteOffice('Bürgeramt Einmal');
    expect((await draw(office, { email: 'ein.mal@example.org' })).__typename).toBe('Ticket');
    expect((await draw(office, { email: 'Ein.Mal+zwei@example.org' })).__typename).toBe('RemoteTicketHeld');
    expect((await draw(office, { email: 'kein-at-zeichen' })).__typename).toBe('InvalidInput');
    expect((await draw(office)).__typename).toBe('Ticket');
  });
});

describe('checking a remote ticket in', () => {
  it('keeps it out of the calling order until then: a walk-in who drew later but is here is called first', async () => {
    const office = await remoteOffice('Bürgeramt Reihenfolge');
    const clerk = await clerkAt(office, 'reihe');
    const remote = await draw(office);
    await setClock(todayAt('09:05'));
    const walkIn = await kioskTicket(office);
    const { queue } = await api.data(queueQuery, { officeId: office.officeId }, clerk);
    expect(queue.myCounter.callingOrder).toEqual([walkIn.entry.id]);
    expect(queue.entries.find((entry: { id: string }) => entry.id === remote.entry.id)).toMatchObject({ status: 'expected', remote: true, position: null, allowedActions: ['checkInRemoteTicket', 'setEntryPriority'] });
    expect(await claimsOf(remote.entry.id)).toBe(0);
    expect((await api.data(callNext, {}, clerk)).callNext).toMatchObject({ displayNumber: walkIn.entry.displayNumber });
    expect((await api.data(callNext, {}, clerk)).callNext).toMatchObject({ code: 'QUEUE_EMPTY' });
    await setClock(mondayNine);
  });

  it('orders it as a walk-in of that moment, with a gap of the slots taken then', async () => {
    const office = await remoteOffice('Bürgeramt Ankunft');
    const clerk = await clerkAt(office, 'ankunft');
    const remote = await draw(office);
    await setClock(todayAt('09:05'));
    const before = await kioskTicket(office);
    await setClock(todayAt('09:10'));
    expect(await checkIn(office, remote.entry.displayNumber, office.kiosk)).toMatchObject({ __typename: 'QueueEntry', status: 'waiting', remote: true, position: 2 });
    expect(await claimsOf(remote.entry.id)).toBeGreaterThan(0);
    await setClock(todayAt('09:15'));
    const after = await kioskTicket(office);
    const { queue } = await api.data(queueQuery, { officeId: office.officeId }, clerk);
    expect(queue.myCounter.callingOrder).toEqual([before.entry.id, remote.entry.id, after.entry.id]);
    expect(queue.entries.find((entry: { id: string }) => entry.id === remote.entry.id)?.remote).toBe(true);
    const { queueStatus: status } = await api.data(queueStatus, { input: { number: remote.entry.displayNumber, secret: remote.secret } });
    expect(status).toEqual({ status: 'waiting', remote: true, position: 2, checkInFrom: null, checkInUntil: null });
    expect(await checkIn(office, remote.entry.displayNumber, office.kiosk)).toMatchObject({ reason: 'ALREADY_CHECKED_IN' });
    await setClock(mondayNine);
  });

  it('refuses the kiosk after the window; staff may still check it in', async () => {
    const office = await remoteOffice('Bürgeramt Spät Dran');
    const clerk = await clerkAt(office, 'spaetdran');
    const remote = await draw(office);
    await setClock(todayAt('09:45'));
    expect(await checkIn(office, remote.entry.displayNumber, office.kiosk)).toMatchObject({ reason: 'TOO_LATE' });
    expect(await checkIn(office, 'X99', office.kiosk)).toMatchObject({ __typename: 'NotFound' });
    expect(await checkIn(office, remote.entry.displayNumber, clerk)).toMatchObject({ __typename: 'QueueEntry', status: 'waiting' });
    await setClock(mondayNine);
  });
});

describe('a remote ticket that never came', () => {
  it('is a no-show at the day end: in the statistics, and against the no-show limit of its contact', async () => {
    const office = await remoteOffice('Bürgeramt Nie Da', { noShowLimit: 1 });
    await draw(office, { email: 'nie.da@example.org' });
    await setClock('2026-03-02T23:30:00Z');
    await api.runJobs();
    const stats = await api.app.orm.em.fork().execute<Record<string, unknown>[]>('select * from queue_statistic where office_id = ?', [api.databaseKey(office.officeId)]);
    expect(stats).toEqual([expect.objectContaining({ outcome: 'noShow', channel: 'PORTAL', with_appointment: false })]);
    // Tuesday: the contact holds an appointment already; with a no-show, one open booking is all it gets.
    await setClock('2026-03-03T08:00:00Z');
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: todayAt('11:00', '2026-03-03') } }, api.adminToken);
    await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Nie Da', email: 'nie.da@example.org' } } }, api.adminToken);
    expect((await draw(office, { email: 'nie.da@example.org' })).__typename).toBe('NoShowLimitReached');
    expect((await draw(office, { email: 'jemand.anders@example.org' })).__typename).toBe('Ticket');
    // After the no-show window the digest is gone, as an appointment's is.
    const digests = async () =>
      (await api.app.orm.em.fork().execute<{ contact_digest: string | null }[]>('select contact_digest from queue_entry where office_id = ? order by id', [api.databaseKey(office.officeId)])).map((row) => row.contact_digest !== null);
    expect(await digests()).toEqual([true, true]);
    await setClock('2026-08-31T23:30:00Z');
    await api.runJobs();
    expect(await digests()).toEqual([false, false]);
    await setClock(mondayNine);
  });
});
