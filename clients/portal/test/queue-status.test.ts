import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { checkScreen } from './portal-test-kit';

const suite = 'portal-queue-status';
/** A Tuesday, 10:00 in Berlin: the office is open and serving. The page needs no clock of its own. */
const now = '2026-12-01T09:00:00.000Z';
const liveWithinMs = 5_000;

describeInBrowser('portal: the queue status page', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let counterId: string;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(now), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Neukölln');
    const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, {
      input: { officeId: office.officeId, name: 'Schalter 3', room: 'Raum 104' },
    });
    counterId = createCounter.id;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const entryStep = async (operation: 'callEntry' | 'startService' | 'finishService', entryId: string) => {
    const result = (await api.admin(`mutation ($input: ${operation === 'finishService' ? 'FinishServiceInput' : 'EntryInput'}!) { ${operation}(input: $input) { __typename } }`, { input: { entryId } }))[operation];
    expect(result.__typename, operation).toBe('QueueEntry');
  };
  const issueTicket = async () =>
    (
      await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { secret statusUrl entry { id displayNumber } } } }`, {
        input: { officeId: office.officeId, serviceIds: [office.shortServiceId] },
      })
    ).issueTicket;
  /** The ticket's status link, on the test server's address. */
  const onThisServer = (statusUrl: string) => `${api.url}/portal/status${new URL(statusUrl).hash}`;

  it('follows a ticket from its QR link: position and wait live, then loudly where to go', async () => {
    const first = await issueTicket();
    const second = await issueTicket();
    expect(second.statusUrl).toContain('/portal/status#number=');

    const desktop = await openPage(browser, 'desktop');
    const phone = await openPage(browser, 'phone');
    for (const { page } of [desktop, phone]) {
      await page.goto(onThisServer(second.statusUrl));
      await page.getByTestId('position').getByText('2').waitFor();
      expect(await page.getByTestId('display-number').textContent()).toBe(second.entry.displayNumber);
      await checkScreen(page, suite, '1-waiting');
    }

    await api.admin(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId } });
    await entryStep('callEntry', first.entry.id);
    await phone.page.getByText('Sie sind als Nächstes dran.').waitFor({ timeout: liveWithinMs });
    await checkScreen(phone.page, suite, '2-next');
    await entryStep('startService', first.entry.id);
    await entryStep('finishService', first.entry.id);

    await entryStep('callEntry', second.entry.id);
    for (const { page } of [desktop, phone]) {
      const called = page.locator('[aria-live="assertive"]').getByTestId('called');
      await called.waitFor({ timeout: liveWithinMs });
      expect(await called.textContent()).toContain('Bitte gehen Sie jetzt zu Schalter 3, Raum 104.');
      expect(await page.title()).toMatch(/^Aufgerufen: Schalter 3/);
      await checkScreen(page, suite, '3-called');
    }

    await entryStep('startService', second.entry.id);
    await phone.page.getByText('Sie werden gerade bedient.').waitFor({ timeout: liveWithinMs });
    expect(await phone.page.getByTestId('called').count()).toBe(0);

    for (const { context, problems } of [desktop, phone]) {
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('links an appointment checked in on site from its manage page to its place in the queue', async () => {
    const { availableSlots } = await api.admin(`query ($input: AvailableSlotsInput!) { availableSlots(input: $input) { startTimes } }`, {
      input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-12-01' },
    });
    const start = availableSlots[0].startTimes.find((time: string) => time >= '2026-12-01T09:10:00.000Z');
    const { reserveSlot } = await api.admin(`mutation ($input: ReserveSlotInput!) { reserveSlot(input: $input) { ... on Reservation { token } } }`, {
      input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start },
    });
    const { confirmAppointment } = await api.admin(`mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename ... on ConfirmedAppointment { secret appointment { number } } } }`, {
      input: { reservationToken: reserveSlot.token, contact: { name: 'Ada Lovelace' } },
    });
    const { number } = confirmAppointment.appointment;
    const { checkIn } = await api.admin(`mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename } }`, { input: { number, officeId: office.officeId } });
    expect(checkIn.__typename).toBe('QueueEntry');

    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/manage#number=${number}&secret=${confirmAppointment.secret}`);
    await page.getByRole('link', { name: 'Ihren Platz in der Warteschlange verfolgen' }).click();
    await page.getByRole('heading', { name: 'Ihr Platz in der Warteschlange' }).waitFor();
    await page.getByTestId('display-number').getByText(String(number)).waitFor();
    expect(page.url()).toContain(`/portal/status#number=${number}&secret=`);
    await checkScreen(page, suite, '4-checked-in');

    await page.goto(`${api.url}/portal/status#number=${number}&secret=wrong`);
    await page.getByText('finden wir keinen Platz in der Warteschlange').waitFor();
    await checkScreen(page, suite, '5-not-found');
    expect(problems).toEqual([]);
    await context.close();
  });
});
