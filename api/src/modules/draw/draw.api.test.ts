import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin. The office's public counter has 7 slots on Wednesday
// 4 March (08:00 to 09:10); the draw hands out that day, registrants accept 08:00 to 09:00 only,
// so that 09:00 is left over for first come after the release.
const monday = '2026-03-02T08:00:00Z';
const wednesdayAt = (time: string) => new Date(`2026-03-04T${time}:00+01:00`).toISOString();
const closesAt = '2026-03-02T11:00:00Z';
const drawAt = '2026-03-02T12:00:00Z';
const releaseAt = '2026-03-02T16:00:00.000Z';

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;
let smsServer: http.Server;
const sms: { to: string; text: string }[] = [];
let db: pg.Client;
let second: ApiProcess;

const joinWaitlist = graphql(`
  mutation DrawJoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      __typename
    }
  }
`);
const declineWaitlistOffer = graphql(`
  mutation DrawDeclineWaitlistOffer($input: LinkTokenInput!) {
    declineWaitlistOffer(input: $input) {
      __typename
    }
  }
`);
const setMode = graphql(`
  mutation DrawSetServiceReleaseMode($input: SetServiceReleaseModeInput!) {
    setServiceReleaseMode(input: $input) {
      __typename
    }
  }
`);
const schedule = graphql(`
  mutation DrawScheduleDraw($input: ScheduleDrawInput!) {
    scheduleDraw(input: $input) {
      __typename
      ... on Draw {
        id
        status
        commitment
        seed
        releaseAt
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);
const draws = graphql(`
  query DrawDraws($serviceId: ID) {
    draws(serviceId: $serviceId) {
      id
      status
      commitment
      seed
      urgentQuota
      registrations
      resultUrl
      service {
        id
      }
      offices {
        id
      }
      statistics {
        offerableSlots
        registrations
        offersMade
        booked
        declined
        lapsed
        fillRate
      }
    }
  }
`);
const entries = graphql(`
  query DrawDrawEntries($drawId: ID!) {
    drawEntries(drawId: $drawId) {
      digest
      urgent
      position
    }
  }
`);
const registerMutation = graphql(`
  mutation DrawRegisterForDraw($input: RegisterForDrawInput!) {
    registerForDraw(input: $input) {
      __typename
      ... on DrawRegistered {
        statusToken
        registration {
          id
          status
          entryDigest
        }
      }
      ... on InvalidInput {
        problems
      }
    }
  }
`);
const verify = graphql(`
  mutation DrawVerifyDrawRegistration($token: String!, $code: String) {
    verifyDrawRegistration(token: $token, code: $code) {
      __typename
      ... on DrawRegistrationView {
        status
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const registration = graphql(`
  query DrawDrawRegistration($token: String!) {
    drawRegistration(token: $token) {
      id
      status
      position
      urgent
      entryDigest
      rollOver
      draw {
        id
      }
      offer {
        id
        status
        start
        persons
        office {
          id
        }
      }
    }
  }
`);
const accept = graphql(`
  mutation DrawAcceptDrawOffer($token: String!) {
    acceptDrawOffer(token: $token) {
      __typename
      ... on DrawOfferAccepted {
        secret
        appointment {
          number
          status
          start
        }
      }
    }
  }
`);
const decline = graphql(`
  mutation DrawDeclineDrawOffer($token: String!) {
    declineDrawOffer(token: $token) {
      __typename
      ... on DrawOfferView {
        status
      }
    }
  }
`);
const staffList = graphql(`
  query DrawDrawRegistrations($drawId: ID!) {
    drawRegistrations(drawId: $drawId) {
      name
      channel
      registration {
        id
        status
        position
      }
    }
  }
`);
const setUrgent = graphql(`
  mutation DrawSetDrawRegistrationUrgent($registrationId: ID!, $urgent: Boolean!, $reason: String) {
    setDrawRegistrationUrgent(registrationId: $registrationId, urgent: $urgent, reason: $reason) {
      __typename
    }
  }
`);
const withdraw = graphql(`
  mutation DrawWithdrawDrawRegistration($token: String!) {
    withdrawDrawRegistration(token: $token) {
      __typename
      ... on DrawRegistrationView {
        status
      }
    }
  }
`);
const cancel = graphql(`
  mutation DrawCancelDraw($drawId: ID!) {
    cancelDraw(drawId: $drawId) {
      __typename
      ... on Draw {
        status
      }
    }
  }
`);
const appointmentContact = graphql(`
  query DrawAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      status
      start
      contactName
    }
  }
`);

interface Registrant {
  name: string;
  email: string;
  statusToken: string;
  id: string;
  digest: string;
}

async function mailTo(address: string, subjectHas: (mail: ReceivedMail) => boolean): Promise<ReceivedMail> {
  await api.runJobs();
  const matches = (received: ReceivedMail) => received.to.some((to) => to.toLowerCase() === address.toLowerCase()) && subjectHas(received);
  const all = await mail.waitFor((mails) => mails.some(matches));
  const found = [...all].reverse().find(matches);
  if (!found) throw new Error(`no such mail to ${address}`);
  return found;
}

function tokenIn(received: ReceivedMail, page: string): string {
  const match = new RegExp(`/portal/draw/${page}#token=([A-Za-z0-9._-]+)`).exec(received.text);
  if (!match) throw new Error(`no ${page} link in:\n${received.text}`);
  return match[1];
}

async function registerOne(drawId: string, name: string, email: string, extra: Record<string, unknown> = {}): Promise<Registrant> {
  const { registerForDraw } = await api.data(registerMutation, {
    input: { drawId, officeIds: [office.officeId], dateFrom: '2026-03-04', dateTo: '2026-03-04', timeWindows: [{ from: '08:00', to: '09:00' }], contact: { name, email }, ...extra },
  });
  expect(registerForDraw.__typename).toBe('DrawRegistered');
  expect(registerForDraw.registration.status).toBe('unverified');
  return { name, email, statusToken: registerForDraw.statusToken, id: registerForDraw.registration.id, digest: registerForDraw.registration.entryDigest };
}

async function verifyByMail(registrant: Registrant): Promise<string> {
  const received = await mailTo(registrant.email, (one) => one.text.includes('/portal/draw/verify#token='));
  const { verifyDrawRegistration } = await api.data(verify, { token: tokenIn(received, 'verify') });
  return verifyDrawRegistration.__typename === 'DrawRegistrationView' ? verifyDrawRegistration.status : verifyDrawRegistration.__typename;
}

async function statusOf(registrant: Registrant) {
  return (await api.data(registration, { token: registrant.statusToken })).drawRegistration;
}

async function offerTokenOf(registrant: Registrant): Promise<string> {
  const received = await mailTo(registrant.email, (one) => one.text.includes('/portal/draw/offer#token='));
  return tokenIn(received, 'offer');
}

/** Both processes' clocks at one instant: each runs the jobs due by its own clock. */
async function setClocks(now: string): Promise<void> {
  await Promise.all([api.setClock(now), second?.alive() ? second.client.setClock(now) : undefined]);
}

beforeAll(async () => {
  mail = await startMailServer();
  smsServer = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      sms.push(JSON.parse(body));
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => smsServer.listen(0, '127.0.0.1', resolve));
  api = await startTestApi(monday, { SMTP_URL: mail.url, SMS_PROVIDER_URL: `http://127.0.0.1:${(smsServer.address() as AddressInfo).port}/messages`, SMS_PROVIDER_TOKEN: 'sms-test-token' });
  office = await createOffice(api, 'Bürgeramt Losverfahren', { publicCounters: 1, internCounters: 1, startTime: '08:00', endTime: '09:10' });
  db = new pg.Client({ connectionString: api.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await api?.stop();
  await mail?.close();
  await new Promise((resolve) => smsServer?.close(resolve));
});

describe('a draw', () => {
  let drawId: string;
  let commitment: string;
  const people: Registrant[] = [];
  let urgent: Registrant;
  let duplicate: Registrant;
  // Everyone else rolls over: of the three left without a slot, at least one does.
  const stayingOut = ['Cem', 'Emre'];

  it('is scheduled only where the office hands the service out by draw, with a commitment to its seed', async () => {
    const input = { serviceId: office.shortServiceId, officeIds: [office.officeId], registrationOpensAt: monday, registrationClosesAt: closesAt, drawAt, slotsFrom: '2026-03-04', slotsTo: '2026-03-04', offerHoldHours: 1, releaseAt };
    expect((await api.admin(schedule, { input })).scheduleDraw.__typename).toBe('InvalidInput');
    expect((await api.admin(setMode, { input: { officeId: office.officeId, serviceId: office.shortServiceId, mode: 'draw' } })).setServiceReleaseMode.__typename).toBe('ServiceRelease');
    const { scheduleDraw } = await api.admin(schedule, { input });
    expect(scheduleDraw).toMatchObject({ __typename: 'Draw', status: 'open', seed: null, releaseAt });
    expect(scheduleDraw.commitment).toMatch(/^[0-9a-f]{64}$/);
    drawId = scheduleDraw.id;
    commitment = scheduleDraw.commitment;
    // A second draw of the service over the same date would compete for the same slots.
    const overlapping = (await api.admin(schedule, { input: { ...input, slotsFrom: '2026-03-03', slotsTo: '2026-03-04' } })).scheduleDraw;
    expect(overlapping).toMatchObject({ __typename: 'InvalidInput', message: expect.stringContaining('Another draw of this service') });
    const [listed] = (await api.data(draws, { serviceId: office.shortServiceId })).draws;
    expect(listed).toMatchObject({ id: drawId, status: 'open', commitment, seed: null, registrations: null, statistics: null, resultUrl: null, offices: [{ id: office.officeId }] });
    // The seed is kept sealed, never in the clear, until the draw.
    const { rows } = await db.query('select sealed_seed, seed from draw where id = $1', [api.databaseKey(drawId)]);
    expect(rows[0].seed).toBeNull();
    expect(rows[0].sealed_seed).toMatch(/^v1\./);
    expect((await api.data(entries, { drawId })).drawEntries).toEqual([]);
    expect((await fetch(`${api.url}/draws/${drawId}/result.json`)).status).toBe(404);
  });

  it('takes registrations verified by the mail link or the SMS code, and refuses the later one of one person', async () => {
    for (const name of ['Ada', 'Ben', 'Cem', 'Dana', 'Emre', 'Finn', 'Gül', 'Hana', 'Ida', 'Jan']) {
      people.push(await registerOne(drawId, name, `${name.toLowerCase().replace('ü', 'u')}@example.org`, stayingOut.includes(name) ? {} : { rollOver: true }));
    }
    for (const person of people) expect(await verifyByMail(person)).toBe('registered');
    // Clicking again changes nothing.
    expect(await verifyByMail(people[0])).toBe('registered');

    // The same mailbox spelled otherwise: refused at verification, by the database's unique index.
    duplicate = await registerOne(drawId, 'Ada Again', 'ADA+zweit@Example.org');
    expect(await verifyByMail(duplicate)).toBe('DuplicateRegistration');
    expect((await statusOf(duplicate)).status).toBe('refusedDuplicate');

    // By phone: the SMS code with the status token verifies; a second registration with that phone is refused.
    const withPhone = await registerOne(drawId, 'Kai', 'kai@example.org', { rollOver: true, contact: { name: 'Kai', email: 'kai@example.org', phone: '030 1234567' } });
    await api.runJobs();
    await expect.poll(() => sms.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const code = /\b(\d{6})\b/.exec(sms[sms.length - 1].text)![1];
    const wrong = code === '000000' ? '000001' : '000000';
    expect((await api.data(verify, { token: withPhone.statusToken, code: wrong })).verifyDrawRegistration.__typename).toBe('InvalidInput');
    expect((await api.data(verify, { token: withPhone.statusToken, code })).verifyDrawRegistration).toEqual({ __typename: 'DrawRegistrationView', status: 'registered' });
    people.push(withPhone);
    const samePhone = await registerOne(drawId, 'Kai Zwei', 'kai.zwei@example.org', { contact: { name: 'Kai Zwei', email: 'kai.zwei@example.org', phone: '+49 30 1234567' } });
    expect(await verifyByMail(samePhone)).toBe('DuplicateRegistration');

    // Unverified entries take no part.
    await registerOne(drawId, 'Lou', 'lou@example.org');
  });

  it('lets staff mark an entry urgent before the draw and see the names', async () => {
    urgent = people[9];
    expect((await api.admin(setUrgent, { registrationId: urgent.id, urgent: true })).setDrawRegistrationUrgent.__typename).toBe('InvalidInput');
    expect((await api.admin(setUrgent, { registrationId: urgent.id, urgent: true, reason: 'Visa deadline 6 March' })).setDrawRegistrationUrgent.__typename).toBe('DrawRegistrationStaffView');
    const listed = (await api.admin(staffList, { drawId })).drawRegistrations;
    expect(listed.map((row: { name: string }) => row.name)).toContain('Jan');
    expect((await api.graphql(staffList, { drawId })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('runs once across two API processes: the revealed seed matches the commitment, the published script recomputes the stored order, urgent entries first', async () => {
    second = await api.spawnProcess({ JOB_POLLING: 'true', JOB_POLL_INTERVAL_MS: '100' });
    await setClocks(drawAt);
    // Both run due jobs at once (the second also polls): whichever takes the job, the draw runs once.
    await Promise.all([api.runJobs(), second.client.runJobs(), api.runJobs()]);
    const listed = async () => (await api.data(draws, { serviceId: office.shortServiceId })).draws[0];
    await expect.poll(async () => (await listed()).status, { timeout: 30_000, interval: 200 }).toBe('drawn');
    const drawn = await listed();
    expect(createHash('sha256').update(Buffer.from(drawn.seed, 'hex')).digest('hex')).toBe(commitment);
    expect(drawn.registrations).toBe(11);
    expect(drawn.urgentQuota).toBe(1);
    const published = (await api.data(entries, { drawId })).drawEntries as { digest: string; urgent: boolean; position: number }[];
    expect(published).toHaveLength(11);
    expect(published[0]).toEqual({ digest: urgent.digest, urgent: true, position: 1 });
    const { rows: stored } = await db.query<{ entry_digest: string; position: number }>('select entry_digest, position from draw_registration where position is not null order by position');
    expect(stored.map((row) => [row.entry_digest, row.position])).toEqual(published.map((entry) => [entry.digest, entry.position]));

    const { stdout } = await promisify(execFile)(process.execPath, [fileURLToPath(new URL('../../../../ops/draw/verify-draw.mjs', import.meta.url)), drawn.resultUrl.replace(/^https?:\/\/[^/]+/, api.url), '--commitment', commitment]);
    expect(stdout).toContain('order verified: 11 entries');
    const result = await (await fetch(`${api.url}/draws/${drawId}/result.json`)).json();
    expect(result).toMatchObject({ drawId, serviceId: office.shortServiceId, commitment, seed: drawn.seed, urgentQuota: 1 });

    // Seven slots, six of them in the registrants' window: the first six in order hold one each, nobody two.
    const { rows: offers } = await db.query<{ position: number; start_at: Date }>('select r.position, o.start_at from draw_offer o join draw_registration r on r.id = o.registration_id order by r.position');
    expect(offers.map((offer) => offer.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(offers.map((offer) => offer.start_at.toISOString())).size).toBe(6);
    expect(offers[0].start_at.toISOString()).toBe(wednesdayAt('08:00'));
    // The database refuses a second open offer of one registration, whoever would make it.
    await expect(
      db.query(`insert into draw_offer (draw_id, registration_id, office_id, start_at, hold_expires_at, status, created_at) select draw_id, registration_id, office_id, start_at, hold_expires_at, 'open', created_at from draw_offer limit 1`),
    ).rejects.toMatchObject({ constraint: 'draw_offer_one_per_registration' });
    const { rows: runs } = await db.query(`select count(*)::int as count from job where kind = 'runDraw'`);
    expect(runs[0].count).toBe(0);
    // First come stays closed on the draw's dates until the release.
    expect((await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: wednesdayAt('09:00') } })).reserveSlot.__typename).toBe('OutsideBookingWindow');
  });

  async function byPosition(): Promise<Registrant[]> {
    const positions = await Promise.all(people.map(async (person) => ({ person, position: (await statusOf(person)).position as number })));
    return positions.sort((a, b) => a.position - b.position).map((entry) => entry.person);
  }

  it("books an accepted offer in the registration's name; a declined one goes to the next in order within a minute, through the job runner", async () => {
    const ordered = await byPosition();
    const first = ordered[0];
    const { acceptDrawOffer } = await api.data(accept, { token: await offerTokenOf(first) });
    expect(acceptDrawOffer).toMatchObject({ __typename: 'DrawOfferAccepted', appointment: { status: 'confirmed', start: wednesdayAt('08:00') } });
    const booked = (await api.data(appointmentContact, { input: { number: acceptDrawOffer.appointment.number, secret: acceptDrawOffer.secret } })).appointment;
    expect(booked.contactName).toBe(first.name);
    expect((await statusOf(first)).status).toBe('booked');

    const declined = ordered[1];
    const declinedStart = (await statusOf(declined)).offer.start;
    const started = Date.now();
    expect((await api.data(decline, { token: await offerTokenOf(declined) })).declineDrawOffer).toEqual({ __typename: 'DrawOfferView', status: 'declined' });
    // Nobody runs the jobs here: the second process's runner frees the hold and the draw offers the slot on.
    const seventh = ordered[6];
    await expect.poll(async () => (await statusOf(seventh)).status, { timeout: 60_000, interval: 200 }).toBe('offered');
    expect(Date.now() - started).toBeLessThan(60_000);
    expect((await statusOf(seventh)).offer.start).toBe(declinedStart);
    expect((await statusOf(declined)).status).toBe('withdrawn');
    await second.stop();
  });

  it('passes a lapsed offer on, releases the rest to the waitlist, then first come, and rolls the unmatched entry over', async () => {
    const ordered = await byPosition();
    for (const index of [3, 4, 5, 6]) expect((await api.data(accept, { token: await offerTokenOf(ordered[index]) })).acceptDrawOffer.__typename).toBe('DrawOfferAccepted');
    // The third lets the hour pass: the slot goes to the eighth.
    const lapsing = ordered[2];
    const start = (await statusOf(lapsing)).offer.start;
    await setClocks('2026-03-02T13:01:00Z');
    await api.runJobs();
    expect((await statusOf(lapsing)).offer.status).toBe('lapsed');
    expect((await statusOf(lapsing)).status).toBe('withdrawn');
    expect((await statusOf(ordered[7])).offer).toMatchObject({ status: 'open', start });
    expect((await api.data(accept, { token: await offerTokenOf(ordered[2]) })).acceptDrawOffer.__typename).toBe('ReservationExpired');
    expect((await api.data(accept, { token: await offerTokenOf(ordered[7]) })).acceptDrawOffer.__typename).toBe('DrawOfferAccepted');

    // A citizen waiting for the service: what the draw leaves goes to the waitlist before first come.
    const waitingInput = { serviceIds: [office.shortServiceId], officeIds: [office.officeId], contact: { name: 'Wim Warte', email: 'wim@example.org' } };
    expect((await api.data(joinWaitlist, { input: waitingInput })).joinWaitlist.__typename).toBe('WaitlistJoined');

    await setClocks(releaseAt);
    await api.runJobs();
    const { rows: waitlistOffers } = await db.query(`select o.start_at from waitlist_offer o join waitlist_entry w on w.id = o.entry_id where w.contact_email = 'wim@example.org'`);
    expect(waitlistOffers.map((row) => new Date(row.start_at).toISOString())).toEqual([wednesdayAt('09:00')]);
    const [released] = (await api.data(draws, { serviceId: office.shortServiceId })).draws;
    expect(released.status).toBe('released');
    expect(released.statistics).toMatchObject({ offerableSlots: 7, registrations: 11, offersMade: 8, booked: 6, declined: 1, lapsed: 1 });
    expect(released.statistics.fillRate).toBeCloseTo(6 / 7);
    const waiting = ordered.slice(8);
    const statuses = await Promise.all(waiting.map(async (person) => (await statusOf(person)).status));
    for (const [index, person] of waiting.entries()) expect(statuses[index]).toBe(stayingOut.includes(person.name) ? 'unmatched' : 'rolledOver');
    const rolling = waiting.find((person) => !stayingOut.includes(person.name))!;
    // The 09:00 nobody's window took is held for the waitlist; declined there, it is first come.
    expect((await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: wednesdayAt('09:00') } })).reserveSlot.__typename).toBe('SlotUnavailable');
    const waitlistMail = await mailTo('wim@example.org', (one) => one.text.includes('/portal/waitlist/offer#token='));
    const waitlistToken = /\/portal\/waitlist\/offer#token=([A-Za-z0-9._-]+)/.exec(waitlistMail.text)![1];
    expect((await api.data(declineWaitlistOffer, { input: { token: waitlistToken } })).declineWaitlistOffer.__typename).toBe('WaitlistOfferView');
    await api.runJobs();
    expect((await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: wednesdayAt('09:00') } })).reserveSlot.__typename).toBe('Reservation');

    // The next draw of the service takes the rolled-over entry in, on its own dates.
    const { scheduleDraw } = await api.admin(schedule, {
      input: { serviceId: office.shortServiceId, officeIds: [office.officeId], registrationOpensAt: releaseAt, registrationClosesAt: '2026-03-03T11:00:00Z', slotsFrom: '2026-03-06', slotsTo: '2026-03-06' },
    });
    expect(scheduleDraw.__typename).toBe('Draw');
    expect(await statusOf(rolling)).toMatchObject({ status: 'registered', position: null, draw: { id: scheduleDraw.id } });
    nextDrawId = scheduleDraw.id;
    rolledIn = rolling;
  });

  let nextDrawId: string;
  let rolledIn: Registrant;

  it('lets a citizen withdraw; a cancelled draw keeps those who roll over for the next one and withdraws the rest', async () => {
    const register = async (name: string, rollOver: boolean) => {
      const { registerForDraw } = await api.data(registerMutation, {
        input: { drawId: nextDrawId, officeIds: [office.officeId], dateFrom: '2026-03-06', dateTo: '2026-03-06', contact: { name, email: `${name.toLowerCase()}@example.org` }, rollOver },
      });
      const registrant = { name, email: `${name.toLowerCase()}@example.org`, statusToken: registerForDraw.statusToken, id: registerForDraw.registration.id, digest: registerForDraw.registration.entryDigest };
      expect(await verifyByMail(registrant)).toBe('registered');
      return registrant;
    };
    const mara = await register('Mara', false);
    expect((await api.data(withdraw, { token: mara.statusToken })).withdrawDrawRegistration).toEqual({ __typename: 'DrawRegistrationView', status: 'withdrawn' });
    expect((await api.data(withdraw, { token: mara.statusToken })).withdrawDrawRegistration.__typename).toBe('InvalidInput');
    // Withdrawn, she blocks nobody: registering again counts.
    await register('Mara', false);
    // Two registrations of one person verified at the same moment: the database lets one through.
    const zoe = await Promise.all(
      ['Zoe', 'Zoe'].map(async (name) => {
        const { registerForDraw } = await api.data(registerMutation, {
          input: { drawId: nextDrawId, officeIds: [office.officeId], dateFrom: '2026-03-06', dateTo: '2026-03-06', contact: { name, email: 'zoe@example.org' } },
        });
        return registerForDraw.statusToken as string;
      }),
    );
    await mailTo('zoe@example.org', () => true);
    await mail.waitFor((mails) => mails.filter((one) => one.to.includes('zoe@example.org')).length >= 2);
    const verifyTokens = mail.received.filter((one) => one.to.includes('zoe@example.org')).map((one) => tokenIn(one, 'verify'));
    const outcomes = await Promise.all(verifyTokens.map((token) => api.data(verify, { token })));
    expect(outcomes.map((outcome) => outcome.verifyDrawRegistration.__typename).sort()).toEqual(['DrawRegistrationView', 'DuplicateRegistration']);
    expect((await Promise.all(zoe.map((token) => api.data(registration, { token })))).map((one) => one.drawRegistration.status).sort()).toEqual(['refusedDuplicate', 'registered']);
    const nils = await register('Nils', true);
    const olga = await register('Olga', false);
    expect((await api.admin(cancel, { drawId: nextDrawId })).cancelDraw).toEqual({ __typename: 'Draw', status: 'cancelled' });
    expect((await api.admin(cancel, { drawId: nextDrawId })).cancelDraw.__typename).toBe('InvalidInput');
    expect((await statusOf(nils)).status).toBe('rolledOver');
    expect((await statusOf(rolledIn)).status).toBe('rolledOver');
    expect((await statusOf(olga)).status).toBe('withdrawn');
    expect((await api.data(draws, { serviceId: office.shortServiceId })).draws.map((draw: { id: string }) => draw.id)).not.toContain(nextDrawId);
  });

  it('erases the contacts of finished registrations a message retention after their draw, and keeps those still waiting', async () => {
    await setClocks('2026-04-10T08:00:00Z');
    await api.runJobs();
    const { rows } = await db.query<{ status: string; with_contact: boolean }>('select status, bool_or(contact_email is not null or contact_name is not null) as with_contact from draw_registration group by status order by status');
    expect(rows.filter((row) => row.with_contact).map((row) => row.status)).toEqual(['rolledOver']);
    expect(rows.map((row) => row.status)).toEqual(expect.arrayContaining(['booked', 'refusedDuplicate', 'withdrawn', 'unverified']));
  });
});
