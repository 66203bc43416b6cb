import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; one public counter, release delay 5 minutes, holds of 15.
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;
let mail: MailServer;

const join = graphql(`
  mutation WaitlistJoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      __typename
      ... on WaitlistJoined {
        token
        entry {
          status
          appointmentNumber
          offices {
            id
          }
          services {
            id
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const offerQuery = graphql(`
  query WaitlistWaitlistOffer($input: LinkTokenInput!) {
    waitlistOffer(input: $input) {
      status
      start
      holdExpiresAt
      appointmentNumber
      office {
        id
      }
    }
  }
`);
const take = graphql(`
  mutation WaitlistTakeWaitlistOffer($input: LinkTokenInput!) {
    takeWaitlistOffer(input: $input) {
      __typename
      ... on WaitlistOfferTaken {
        secret
        manageUrl
        appointment {
          number
          status
          start
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const leave = graphql(`
  mutation WaitlistLeaveWaitlist($input: LinkTokenInput!) {
    leaveWaitlist(input: $input) {
      __typename
      ... on WaitlistEntryView {
        status
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

async function book(start: string, email: string) {
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: email.split('@')[0], email } } });
  return { number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string };
}

async function reserveAt(start: string): Promise<string> {
  return (await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } })).reserveSlot.__typename;
}

async function freeStarts(): Promise<string[]> {
  const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-03-03' } });
  return availableSlots[0]?.startTimes ?? [];
}

async function mailsTo(address: string, count: number): Promise<ReceivedMail[]> {
  await api.runJobs();
  const all = await mail.waitFor((mails) => mails.filter((received) => received.to.includes(address)).length >= count);
  return all.filter((received) => received.to.includes(address));
}

function offerToken(received: ReceivedMail): string {
  return /\/portal\/waitlist\/offer#token=([A-Za-z0-9._-]+)/.exec(received.text)![1];
}

beforeAll(async () => {
  mail = await startMailServer();
  // Two future appointments per address and office, as in production by default.
  api = await startTestApi(monday, { SMTP_URL: mail.url, ACTIVE_APPOINTMENTS_PER_EMAIL: '2' });
  office = await createOffice(api, 'Bürgeramt Warteliste', { publicCounters: 1, internCounters: 1 });
});

afterAll(async () => {
  await api?.stop();
  await mail?.close();
});

describe('waitlist', () => {
  let bert: { number: number; secret: string };

  it('offers a freed slot to the first in line under a hold nobody else can use, then to the next, then to everyone', async () => {
    const anna = await book(tuesdayAt('08:00'), 'anna@example.org');
    bert = await book(tuesdayAt('11:00'), 'bert@example.org');
    const bertJoined = (await api.data(join, { input: { appointment: bert } })).joinWaitlist;
    expect(bertJoined.entry).toEqual({ status: 'waiting', appointmentNumber: bert.number, offices: [{ id: office.officeId }], services: [{ id: office.shortServiceId }] });
    expect((await api.data(join, { input: { appointment: bert } })).joinWaitlist.__typename).toBe('InvalidInput');
    const { setServiceText } = await api.admin(
      graphql(`
        mutation WaitlistSetServiceText($input: SetServiceTextInput!) {
          setServiceText(input: $input) {
            __typename
          }
        }
      `),
      {
        input: { serviceId: office.shortServiceId, language: 'en', name: 'Registering an address' },
      },
    );
    expect(setServiceText.__typename).toBe('Service');
    const cleo = (await api.data(join, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], contact: { name: 'Cleo', email: 'cleo@example.org' }, language: 'en' } })).joinWaitlist;
    expect(cleo.__typename).toBe('WaitlistJoined');
    expect((await mailsTo('bert@example.org', 2))[1].subject).toBe('Sie stehen auf der Warteliste');
    const [cleoJoined] = await mailsTo('cleo@example.org', 1);
    expect(cleoJoined.subject).toBe('You are on the waitlist');
    // The service in the citizen's language, not the catalogue's German.
    expect(cleoJoined.text).toContain('Registering an address');
    expect(cleoJoined.text).not.toContain(': Anmeldung');

    const client = socketClient(api.url);
    const events = collect(
      client,
      graphql(`
        subscription WaitlistAvailabilityChanged($officeId: ID!) {
          availabilityChanged(officeId: $officeId) {
            reason
          }
        }
      `),
      { officeId: office.officeId },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const freedEvents = () => events.received.filter((event) => event.availabilityChanged.reason === 'freed').length;

    await api.data(op.cancelAppointment, { input: anna });
    await api.advanceClock(5);
    // Bert joined first: the slot is his for 15 minutes; nobody else sees or gets it.
    const [bertOffer] = (await mailsTo('bert@example.org', 3)).slice(2);
    expect(bertOffer.subject).toBe('Ein früherer Termin ist frei: Dienstag, 3. März 2026 um 08:00');
    const bertToken = offerToken(bertOffer);
    expect((await api.data(offerQuery, { input: { token: bertToken } })).waitlistOffer).toEqual({
      status: 'open',
      start: tuesdayAt('08:00'),
      holdExpiresAt: '2026-03-02T08:20:00.000Z',
      appointmentNumber: bert.number,
      office: { id: office.officeId },
    });
    expect(await reserveAt(tuesdayAt('08:00'))).toBe('SlotUnavailable');
    expect(await freeStarts()).not.toContain(tuesdayAt('08:00'));
    expect(mail.received.filter((received) => received.to.includes('cleo@example.org'))).toHaveLength(1);

    // His hold ends: the next in line gets it, he no longer can.
    await api.advanceClock(15);
    const [cleoOffer] = (await mailsTo('cleo@example.org', 2)).slice(1);
    expect(cleoOffer.subject).toBe('An earlier slot is free: Tuesday, 3 March 2026 at 08:00');
    expect((await api.data(take, { input: { token: bertToken } })).takeWaitlistOffer.__typename).toBe('ReservationExpired');
    expect((await api.data(offerQuery, { input: { token: bertToken } })).waitlistOffer.status).toBe('lapsed');
    expect(await reserveAt(tuesdayAt('08:00'))).toBe('SlotUnavailable');
    expect(freedEvents()).toBe(0);

    // Nobody took it: now it is everyone's, and announced.
    await api.advanceClock(15);
    await api.runJobs();
    await events.waitUntil((event) => event.availabilityChanged.reason === 'freed');
    expect(freedEvents()).toBe(1);
    expect(await freeStarts()).toContain(tuesdayAt('08:00'));
    expect(await reserveAt(tuesdayAt('08:00'))).toBe('Reservation');
    events.dispose();
    await client.dispose();
  });

  it('moves the appointment in one step when the offer is taken, and books one for a citizen without', async () => {
    const emil = await book(tuesdayAt('08:10'), 'emil@example.org');
    await api.data(op.cancelAppointment, { input: emil });
    await api.advanceClock(5);
    const [offer] = (await mailsTo('bert@example.org', 4)).slice(3);
    expect(offer.subject).toBe('Ein früherer Termin ist frei: Dienstag, 3. März 2026 um 08:10');
    const taken = (await api.data(take, { input: { token: offerToken(offer) } })).takeWaitlistOffer;
    expect(taken).toEqual({ __typename: 'WaitlistOfferTaken', secret: null, manageUrl: null, appointment: { number: bert.number, status: 'confirmed', start: tuesdayAt('08:10') } });
    expect((await api.data(op.appointment, { input: bert })).appointment.start).toBe(tuesdayAt('08:10'));
    const [moved] = (await mailsTo('bert@example.org', 5)).slice(4);
    expect(moved.subject).toBe('Ihr Termin wurde verschoben: Dienstag, 3. März 2026 um 08:10');

    // Bert's old 11:00 is freed after the release delay and goes to Cleo, who books it in one step.
    await api.advanceClock(5);
    const [cleoOffer] = (await mailsTo('cleo@example.org', 3)).slice(2);
    expect(cleoOffer.subject).toBe('An earlier slot is free: Tuesday, 3 March 2026 at 11:00');
    const booked = (await api.data(take, { input: { token: offerToken(cleoOffer) } })).takeWaitlistOffer;
    expect(booked.__typename).toBe('WaitlistOfferTaken');
    expect(booked.appointment).toMatchObject({ status: 'confirmed', start: tuesdayAt('11:00') });
    expect(booked.manageUrl).toContain(`/portal/manage#number=${booked.appointment.number}&secret=${booked.secret}`);
    expect((await api.data(op.appointment, { input: { number: booked.appointment.number, secret: booked.secret } })).appointment.status).toBe('confirmed');
    const [confirmation] = (await mailsTo('cleo@example.org', 4)).slice(3);
    expect(confirmation.subject).toBe('Your appointment on Tuesday, 3 March 2026 at 11:00');
    expect(confirmation.ics).toContain('BEGIN:VEVENT');
  });

  it('lets a citizen leave by the link from the mail', async () => {
    const dora = await book(tuesdayAt('11:30'), 'dora@example.org');
    const { token } = (await api.data(join, { input: { appointment: dora } })).joinWaitlist;
    const [joined] = await mailsTo('dora@example.org', 2).then((mails) => mails.slice(1));
    expect(joined.text).toContain(`/portal/waitlist#token=${token}`);
    expect((await api.data(leave, { input: { token } })).leaveWaitlist).toEqual({ __typename: 'WaitlistEntryView', status: 'left' });
    expect((await api.data(leave, { input: { token: `${token}x` } })).leaveWaitlist.__typename).toBe('NotFound');
  });

  const thursdayAt = (time: string) => new Date(`2026-03-05T${time}:00+01:00`).toISOString();
  const settings = graphql(`
    mutation WaitlistUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
      updateOfficeSettings(input: $input) {
        __typename
      }
    }
  `);
  const joinWithout = (name: string) => api.data(join, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], contact: { name, email: `${name.toLowerCase()}@example.org` } } });

  async function offerMailTo(address: string): Promise<ReceivedMail> {
    await api.runJobs();
    const mails = await mail.waitFor((received) => received.some((one) => one.to.includes(address) && one.subject.startsWith('Ein früherer Termin ist frei')));
    return mails.find((one) => one.to.includes(address) && one.subject.startsWith('Ein früherer Termin ist frei'))!;
  }

  async function freeSlotAt(start: string, email: string): Promise<void> {
    await api.data(op.cancelAppointment, { input: await book(start, email) });
    await api.advanceClock(5);
  }

  it('refuses an offer as a new booking over the no-show limit and passes the slot on at once', async () => {
    await api.admin(settings, { input: { officeId: office.officeId, noShowLimit: 1 } });
    const missed = await book(tuesdayAt('11:40'), 'nora@example.org');
    const nora = (await joinWithout('Nora')).joinWaitlist;
    expect(nora.__typename).toBe('WaitlistJoined');
    expect((await joinWithout('Paul')).joinWaitlist.__typename).toBe('WaitlistJoined');
    // Tuesday ends without Nora: the day-end job counts the no-show. She still books one more (the limit).
    await api.setClock(berlin('2026-03-04', '00:05'));
    await api.runJobs();
    expect((await api.data(op.appointment, { input: missed })).appointment.status).toBe('noShow');
    await book(thursdayAt('08:00'), 'nora@example.org');

    await freeSlotAt(thursdayAt('09:00'), 'quentin@example.org');
    const noraToken = offerToken(await offerMailTo('nora@example.org'));
    expect((await api.data(take, { input: { token: noraToken } })).takeWaitlistOffer).toEqual({ __typename: 'NoShowLimitReached', code: 'NO_SHOW_LIMIT_REACHED' });
    expect((await api.data(offerQuery, { input: { token: noraToken } })).waitlistOffer.status).toBe('lapsed');
    expect((await api.data(take, { input: { token: noraToken } })).takeWaitlistOffer.__typename).toBe('ReservationExpired');
    // Paul, next in line, gets the slot now, not when Nora's hold would have ended.
    const paul = (await api.data(take, { input: { token: offerToken(await offerMailTo('paul@example.org')) } })).takeWaitlistOffer;
    expect(paul).toMatchObject({ __typename: 'WaitlistOfferTaken', appointment: { status: 'confirmed', start: thursdayAt('09:00') } });

    // Blocked at every chosen office: joining anew is refused at once.
    expect((await api.data(join, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], contact: { name: 'Nora', email: 'Nora+neu@Example.org' } } })).joinWaitlist).toMatchObject({
      __typename: 'NoShowLimitReached',
      code: 'NO_SHOW_LIMIT_REACHED',
    });
    expect((await api.data(leave, { input: { token: nora.token } })).leaveWaitlist.status).toBe('left');
    api.adminToken = await api.login(adminUsername, adminPassword);
    await api.admin(settings, { input: { officeId: office.officeId, noShowLimit: 0 } });
  });

  it('refuses an offer as a new booking over the limit of appointments per address and passes the slot on', async () => {
    expect((await joinWithout('Erna')).joinWaitlist.__typename).toBe('WaitlistJoined');
    expect((await joinWithout('Rita')).joinWaitlist.__typename).toBe('WaitlistJoined');
    await book(thursdayAt('10:00'), 'erna@example.org');
    await book(thursdayAt('10:10'), 'erna@example.org');
    expect((await joinWithout('Erna')).joinWaitlist).toMatchObject({ __typename: 'TooManyAppointments', code: 'TOO_MANY_APPOINTMENTS' });

    await freeSlotAt(thursdayAt('11:00'), 'quentin@example.org');
    const ernaToken = offerToken(await offerMailTo('erna@example.org'));
    expect((await api.data(take, { input: { token: ernaToken } })).takeWaitlistOffer).toEqual({ __typename: 'TooManyAppointments', code: 'TOO_MANY_APPOINTMENTS' });
    const rita = (await api.data(take, { input: { token: offerToken(await offerMailTo('rita@example.org')) } })).takeWaitlistOffer;
    expect(rita).toMatchObject({ __typename: 'WaitlistOfferTaken', appointment: { status: 'confirmed', start: thursdayAt('11:00') } });
  });
});
