import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { startMailServer, type MailServer, type ReceivedMail } from '@zms/test-kit/mail-server';
import { createOffice } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { checkScreen, focusedText, offerService } from './portal-test-kit';

const appointmentDocument = graphql(`
  query PortalMailLinksAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      status
      start
      office {
        name
      }
    }
  }
`);
const waitlistEntryDocument = graphql(`
  query PortalMailLinksWaitlistEntry($input: LinkTokenInput!) {
    waitlistEntry(input: $input) {
      status
    }
  }
`);
const joinWaitlistDocument = graphql(`
  mutation PortalMailLinksJoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      __typename
    }
  }
`);

const suite = 'portal-mail-links';
const serviceName = 'Personalausweis beantragen';
const optInServiceName = 'Wohnsitz anmelden';

describeInBrowser('portal: the pages behind the links in mails', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let mail: MailServer;
  let mitte: string;
  let kreuzberg: string;
  let optInOffice: string;
  let serviceId: string;
  let optInServiceId: string;

  beforeAll(async () => {
    // The browser's clock is real, so the API's starts now; pages opened after the API's clock moved get it too.
    mail = await startMailServer();
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { SMTP_URL: mail.url }), launchBrowser()]);
    const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], publicCounters: 1, endInDays: 14 };
    mitte = (await createOffice(api, 'Bürgeramt Mitte', everyDay)).officeId;
    kreuzberg = (await createOffice(api, 'Bürgeramt Kreuzberg', everyDay)).officeId;
    optInOffice = (await createOffice(api, 'Bürgeramt Opt-in', everyDay)).officeId;
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: optInOffice, doubleOptIn: true } });
    serviceId = await offerService(api, [mitte, kreuzberg], serviceName);
    optInServiceId = await offerService(api, [optInOffice], optInServiceName);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await mail?.close();
  });

  /** The free starts of a day at an office (tomorrow in Berlin: the first bookable day). */
  async function freeStarts(officeId: string, service: string, daysAhead = 1): Promise<string[]> {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(api.clock.now().getTime() + daysAhead * 86_400_000));
    const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds: [service], officeIds: [officeId], date } });
    return availableSlots[0].startTimes as string[];
  }

  /** Books as a citizen would through the API (the portal's own flow is booking.test.ts's). */
  async function book(officeId: string, service: string, start: string, email: string) {
    const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId, serviceIds: [service], start } });
    expect(reserveSlot.__typename).toBe('Reservation');
    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: email.split('@')[0], email } } });
    return { access: { number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string }, status: confirmAppointment.appointment.status as string };
  }

  const appointment = async (access: { number: number; secret: string }) => (await api.data(appointmentDocument, { input: access })).appointment;

  /** Runs the outbox and waits for the nth mail to `address` whose subject starts so: the citizen's inbox. */
  async function mailTo(address: string, subject: string, nth = 1): Promise<ReceivedMail> {
    const matching = (mails: ReceivedMail[]) => mails.filter((received) => received.to.includes(address) && received.subject.startsWith(subject));
    await api.runJobs();
    const found = matching(await mail.waitFor((mails) => matching(mails).length >= nth))[nth - 1];
    if (!found) throw new Error(`no mail "${subject}" to ${address}; got ${mail.received.map((received) => `${received.to} ${received.subject}`).join(' | ')}`);
    return found;
  }

  /** The portal page a link in the mail leads to, on this API (the mail names the configured public address). */
  function linkIn(received: ReceivedMail, page: string): string {
    const match = new RegExp(`/portal/${page}#token=([A-Za-z0-9._-]+)`).exec(received.text);
    if (!match) throw new Error(`no ${page} link in:\n${received.text}`);
    return `${api.url}/portal/${page}#token=${match[1]}`;
  }

  /** A page in German or English; with `apiTime`, its clock shows the API's (moved) time, so countdowns and link expiries agree. */
  async function open(viewport: ViewportName, language: 'de' | 'en', apiTime = false) {
    const opened = await openPage(browser, viewport);
    if (language === 'en') await opened.context.addInitScript(() => localStorage.setItem('zms.locale', 'en'));
    if (apiTime) await opened.page.clock.install({ time: api.clock.now() });
    return opened;
  }

  async function clickByKeyboard(page: Page, name: string | RegExp): Promise<void> {
    await page.getByRole('button', { name }).focus();
    await page.keyboard.press('Enter');
  }

  it('shows the appointment behind the cancel link, changes nothing until the one click, then cancels', async () => {
    // Later than anything the waitlist test below waits for, so that its freed time goes to nobody there.
    const [start] = await freeStarts(mitte, serviceId, 3);
    const { access } = await book(mitte, serviceId, start, 'cancel@example.org');
    const link = linkIn(await mailTo('cancel@example.org', 'Ihr Termin am'), 'cancel');

    // Mail scanners and a curious citizen open the link: it only shows.
    const phone = await open('phone', 'en');
    await phone.page.goto(link);
    await phone.page.getByRole('heading', { name: 'Really cancel the appointment?' }).waitFor();
    expect(await phone.page.locator('.summary').textContent()).toContain(String(access.number));
    await checkScreen(phone.page, suite, 'cancel-01-view');
    const desktop = await open('desktop', 'de');
    await desktop.page.goto(link);
    await desktop.page.getByRole('heading', { name: 'Termin wirklich absagen?' }).waitFor();
    await checkScreen(desktop.page, suite, 'cancel-01-view');
    expect((await appointment(access)).status).toBe('confirmed');

    await clickByKeyboard(desktop.page, 'Ja, Termin absagen');
    await desktop.page.getByRole('heading', { name: 'Ihr Termin ist abgesagt' }).waitFor();
    expect(await focusedText(desktop.page)).toBe('Ihr Termin ist abgesagt');
    expect(await desktop.page.locator('.summary').textContent()).toContain('Abgesagt');
    await checkScreen(desktop.page, suite, 'cancel-02-done');
    expect((await appointment(access)).status).toBe('cancelled');

    // The same link again: already done, nothing to click.
    await phone.page.reload();
    await phone.page.getByTestId('already').waitFor();
    expect(await phone.page.getByRole('button', { name: /cancel/i }).count()).toBe(0);
    await checkScreen(phone.page, suite, 'cancel-03-already');

    // A broken link says so instead of failing.
    await desktop.page.goto(`${link.slice(0, -6)}xxxxxx`);
    await desktop.page.getByTestId('dead-link').waitFor();
    expect(await desktop.page.getByTestId('dead-link').textContent()).toContain('ungültig');
    await checkScreen(desktop.page, suite, 'cancel-04-invalid');
    expect([...phone.problems, ...desktop.problems]).toEqual([]);
    await phone.context.close();
    await desktop.context.close();
  });

  it('books at a double-opt-in office, asks for the mail link, and confirms from the confirm page', async () => {
    const desktop = await open('desktop', 'de');
    const { page } = desktop;
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Wohnsitz');
    await page.getByRole('checkbox', { name: optInServiceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('radio', { name: /Bürgeramt Opt-in/ }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().click();
    await page.locator('#contact-name').fill('Hedy Lamarr');
    await page.locator('#contact-email').fill('hedy@example.org');
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();

    // Booked, but only once the mail's link is clicked: the page says so and offers no calendar file yet.
    await page.getByRole('heading', { name: 'Bitte bestätigen Sie Ihren Termin' }).waitFor();
    expect(await page.getByTestId('opt-in').textContent()).toContain('Link');
    expect(await page.locator('a[download]').count()).toBe(0);
    await checkScreen(page, suite, 'optin-01-booked');
    const manageUrl = (await page.getByTestId('manage-link').getAttribute('href'))!;
    const [, number, secret] = /#number=(\d+)&secret=([^&]+)$/.exec(manageUrl)!;
    const access = { number: Number(number), secret: decodeURIComponent(secret) };
    expect((await appointment(access)).status).toBe('preconfirmed');

    const link = linkIn(await mailTo('hedy@example.org', 'Bitte bestätigen Sie Ihren Termin'), 'confirm');
    const phone = await open('phone', 'en');
    await phone.page.goto(link);
    await phone.page.getByRole('heading', { name: 'Please confirm your appointment' }).waitFor();
    await checkScreen(phone.page, suite, 'optin-02-confirm');
    await page.goto(link);
    await page.getByRole('button', { name: 'Termin verbindlich bestätigen' }).waitFor();
    await checkScreen(page, suite, 'optin-02-confirm');
    expect((await appointment(access)).status).toBe('preconfirmed');

    await clickByKeyboard(page, 'Termin verbindlich bestätigen');
    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    expect(await focusedText(page)).toBe('Ihr Termin ist gebucht');
    expect(await page.getByTestId('appointment-number').textContent()).toBe(number);
    expect(await page.locator('.bring').textContent()).toContain('Ausweis');
    await checkScreen(page, suite, 'optin-03-confirmed');
    expect((await appointment(access)).status).toBe('confirmed');
    await mailTo('hedy@example.org', 'Ihr Termin am');

    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    await checkScreen(phone.page, suite, 'optin-03-confirmed');
    expect([...phone.problems, ...desktop.problems]).toEqual([]);
    await phone.context.close();
    await desktop.context.close();
  });

  it('joins the waitlist from the manage page; a cancellation elsewhere is offered, and the offer page moves the appointment', async () => {
    const starts = await freeStarts(mitte, serviceId);
    const { access: early } = await book(mitte, serviceId, starts[0], 'early@example.org');
    const { access: late } = await book(mitte, serviceId, starts.at(-1)!, 'late@example.org');

    const desktop = await open('desktop', 'de');
    const { page } = desktop;
    await page.goto(`${api.url}/portal/manage#number=${late.number}&secret=${late.secret}`);
    await page.getByRole('button', { name: 'Früheren Termin auf der Warteliste suchen' }).waitFor();
    await checkScreen(page, suite, 'waitlist-00-manage');
    await clickByKeyboard(page, 'Früheren Termin auf der Warteliste suchen');
    await page.getByRole('heading', { name: 'Benachrichtigen, wenn früher etwas frei wird' }).waitFor();
    expect(await focusedText(page)).toBe('Benachrichtigen, wenn früher etwas frei wird');
    await page.getByRole('checkbox', { name: /Bürgeramt Kreuzberg/ }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Bürgeramt Mitte/ }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /Bürgeramt Kreuzberg/ }).check();
    await checkScreen(page, suite, 'waitlist-01-join');
    await page.getByRole('button', { name: 'Auf die Warteliste' }).click();

    // The entry's own page, as the mail's link opens it too.
    await page.getByTestId('joined').waitFor();
    expect(await focusedText(page)).toBe('Warteliste');
    expect(await page.locator('.facts').textContent()).toContain('Bürgeramt Kreuzberg');
    await checkScreen(page, suite, 'waitlist-02-entry');
    const entryLink = linkIn(await mailTo('late@example.org', 'Sie stehen auf der Warteliste'), 'waitlist');
    expect(page.url()).toBe(entryLink);
    const phone = await open('phone', 'en');
    await phone.page.goto(entryLink);
    await phone.page.getByRole('heading', { name: 'You are on the waitlist' }).waitFor();
    await checkScreen(phone.page, suite, 'waitlist-02-entry');

    // Someone else cancels an earlier time; after the release delay it is offered to the waiting citizen first.
    await api.data(op.cancelAppointment, { input: { number: early.number, secret: early.secret } });
    await api.advanceClock(6);
    const offerLink = linkIn(await mailTo('late@example.org', 'Ein früherer Termin ist frei'), 'waitlist/offer');

    const phoneOffer = await open('phone', 'en', true);
    await phoneOffer.page.goto(offerLink);
    await phoneOffer.page.getByRole('heading', { name: 'This time is held for you' }).waitFor();
    expect(await phoneOffer.page.locator('.hold__clock strong').textContent()).toMatch(/^(15:00|14:[0-5]\d)$/);
    await checkScreen(phoneOffer.page, suite, 'waitlist-03-offer');
    const desktopOffer = await open('desktop', 'de', true);
    await desktopOffer.page.goto(offerLink);
    await desktopOffer.page.getByRole('button', { name: 'Ja, diesen Termin nehmen' }).waitFor();
    expect(await desktopOffer.page.getByTestId('offered-time').textContent()).toMatch(/\d\d:\d\d/);
    await checkScreen(desktopOffer.page, suite, 'waitlist-03-offer');
    expect((await appointment(late)).start).toBe(starts.at(-1));

    await clickByKeyboard(desktopOffer.page, 'Ja, diesen Termin nehmen');
    await desktopOffer.page.getByRole('heading', { name: 'Ihr Termin wurde verlegt' }).waitFor();
    expect(await focusedText(desktopOffer.page)).toBe('Ihr Termin wurde verlegt');
    expect(await desktopOffer.page.getByTestId('appointment-number').textContent()).toBe(String(late.number));
    await checkScreen(desktopOffer.page, suite, 'waitlist-04-taken');
    expect(await appointment(late)).toMatchObject({ status: 'confirmed', start: starts[0], office: { name: 'Bürgeramt Mitte' } });
    await mailTo('late@example.org', 'Ihr Termin wurde verschoben');

    // The offer and the entry, opened again, say it is done.
    await phoneOffer.page.reload();
    await phoneOffer.page.getByRole('heading', { name: 'Offer taken' }).waitFor();
    await checkScreen(phoneOffer.page, suite, 'waitlist-05-offer-again');
    await phone.page.reload();
    await phone.page.getByTestId('booked').waitFor();
    expect([...phone.problems, ...desktop.problems, ...phoneOffer.problems, ...desktopOffer.problems]).toEqual([]);
    for (const opened of [phone, desktop, phoneOffer, desktopOffer]) await opened.context.close();
  });

  it('joins the waitlist from the booking flow without an appointment; an offer lapses, one is declined, one books', async () => {
    const phone = await open('phone', 'en');
    const { page } = phone;
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Personal');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: /Bürgeramt Kreuzberg/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.calendar__day').first().waitFor();
    await checkScreen(page, suite, 'booking-waitlist-01-day');
    await clickByKeyboard(page, 'Join the waitlist');
    await page.getByRole('heading', { name: 'Join the waitlist' }).waitFor();
    expect(await focusedText(page)).toBe('Join the waitlist');
    expect(await page.getByRole('checkbox', { name: /Bürgeramt Kreuzberg/ }).isChecked()).toBe(true);
    // Offers go by email only: no phone asked.
    expect(await page.locator('#contact-phone').count()).toBe(0);
    await page.locator('#contact-name').fill('Cleo');
    await page.locator('#contact-email').fill('cleo@example.org');
    await checkScreen(page, suite, 'booking-waitlist-02-form');
    await page.locator('#contact-email').press('Enter');

    await page.getByTestId('joined').waitFor();
    expect(await page.locator('.facts').textContent()).toContain('Bürgeramt Kreuzberg');
    await checkScreen(page, suite, 'booking-waitlist-03-entry');
    const entryLink = linkIn(await mailTo('cleo@example.org', 'You are on the waitlist'), 'waitlist');
    expect(page.url()).toBe(entryLink);
    await phone.context.close();

    /** Someone else's appointment at Kreuzberg is cancelled; after the release delay Cleo gets the offer mail (her nth). */
    const starts = await freeStarts(kreuzberg, serviceId);
    async function freedOffer(start: string, nth: number): Promise<string> {
      const { access } = await book(kreuzberg, serviceId, start, `kim${nth}@example.org`);
      await api.data(op.cancelAppointment, { input: access });
      await api.advanceClock(6);
      return linkIn(await mailTo('cleo@example.org', 'An earlier slot is free', nth), 'waitlist/offer');
    }

    // The hold runs out while the page is open: the page says so by itself, and the button is gone.
    const lapsingLink = await freedOffer(starts[0], 1);
    const lapsing = await open('phone', 'en', true);
    await lapsing.page.goto(lapsingLink);
    await lapsing.page.getByRole('button', { name: 'Yes, take this time' }).waitFor();
    await lapsing.page.clock.fastForward('15:01');
    await lapsing.page.getByTestId('lapsed').waitFor();
    expect(await focusedText(lapsing.page)).toBe('The offer has lapsed');
    expect(await lapsing.page.getByRole('button', { name: 'Yes, take this time' }).count()).toBe(0);
    await checkScreen(lapsing.page, suite, 'booking-waitlist-04-offer-lapsed');
    await api.advanceClock(15);
    await api.runJobs();

    // "No, thank you": the offer ends, the place on the list stays.
    const decliningLink = await freedOffer(starts[1], 2);
    const declining = await open('desktop', 'de', true);
    await declining.page.goto(decliningLink);
    await clickByKeyboard(declining.page, 'Nein danke');
    await declining.page.getByTestId('declined').waitFor();
    expect(await focusedText(declining.page)).toBe('Angebot abgelehnt');
    await checkScreen(declining.page, suite, 'booking-waitlist-05-offer-declined');
    const entryStatus = async () => {
      const token = new URL(entryLink).hash.slice('#token='.length);
      return (await api.data(waitlistEntryDocument, { input: { token } })).waitlistEntry.status;
    };
    expect(await entryStatus()).toBe('waiting');

    // Taken: a new booking in one step, with its own manage link (the secret shown once).
    const takingLink = await freedOffer(starts[2], 3);
    const taking = await open('desktop', 'en', true);
    await taking.page.goto(takingLink);
    await taking.page.getByRole('button', { name: 'Yes, take this time' }).waitFor();
    expect(await taking.page.getByText('If you take it, the appointment is booked for you at once.').count()).toBe(1);
    await clickByKeyboard(taking.page, 'Yes, take this time');
    await taking.page.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    await checkScreen(taking.page, suite, 'booking-waitlist-06-offer-booked');
    const manageUrl = (await taking.page.getByTestId('manage-link').getAttribute('href'))!;
    const [, number, secret] = /#number=(\d+)&secret=([^&]+)$/.exec(manageUrl)!;
    expect(await appointment({ number: Number(number), secret: decodeURIComponent(secret) })).toMatchObject({ status: 'confirmed', start: starts[2], office: { name: 'Bürgeramt Kreuzberg' } });
    expect(await entryStatus()).toBe('booked');
    expect([...phone.problems, ...lapsing.problems, ...declining.problems, ...taking.problems]).toEqual([]);
    for (const opened of [lapsing, declining, taking]) await opened.context.close();
  });

  it('leaves the waitlist from the link in its mail', async () => {
    const { joinWaitlist } = await api.data(joinWaitlistDocument, {
      input: { serviceIds: [serviceId], officeIds: [mitte], contact: { name: 'Dora', email: 'dora@example.org' } },
    });
    expect(joinWaitlist.__typename).toBe('WaitlistJoined');
    const link = linkIn(await mailTo('dora@example.org', 'Sie stehen auf der Warteliste'), 'waitlist');
    const { page, context, problems } = await open('desktop', 'de');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Sie stehen auf der Warteliste' }).waitFor();
    expect(await page.getByTestId('joined').count()).toBe(0);
    await clickByKeyboard(page, 'Warteliste verlassen');
    await page.getByTestId('left').waitFor();
    expect(await focusedText(page)).toBe('Ihr Eintrag auf der Warteliste');
    await checkScreen(page, suite, 'waitlist-06-left');
    const token = new URL(link).hash.slice('#token='.length);
    expect((await api.data(waitlistEntryDocument, { input: { token } })).waitlistEntry.status).toBe('left');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says clearly when the time to confirm a double-opt-in booking has run out', async () => {
    const [start] = await freeStarts(optInOffice, optInServiceId);
    const { access, status } = await book(optInOffice, optInServiceId, start, 'late-confirm@example.org');
    expect(status).toBe('preconfirmed');
    const link = linkIn(await mailTo('late-confirm@example.org', 'Bitte bestätigen Sie Ihren Termin'), 'confirm');
    // OPT_IN_MINUTES defaults to 60.
    await api.advanceClock(61);
    await api.runJobs();
    expect((await appointment(access)).status).toBe('expired');

    for (const [viewport, language, text] of [
      ['desktop', 'de', 'Die Frist zum Bestätigen ist abgelaufen'],
      ['phone', 'en', 'The time to confirm has run out'],
    ] as const) {
      const { page, context, problems } = await open(viewport, language, true);
      await page.goto(link);
      await page.getByTestId('expired').waitFor();
      expect(await page.getByTestId('expired').textContent()).toContain(text);
      await checkScreen(page, suite, 'optin-04-expired');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
