import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { checkScreen } from './portal-test-kit';

const confirmAppointmentDocument = graphql(`
  mutation PortalDeadEndsConfirmAppointment($input: ConfirmAppointmentInput!) {
    confirmAppointment(input: $input) {
      __typename
      ... on TooManyAppointments {
        code
        limit
      }
    }
  }
`);

// Issue 15, item 5: services that cannot be booked online led to an empty calendar, a fourth
// service too; the waitlist there answered "check number and code"; search knew no synonyms or
// slips; "too many appointments" said neither the limit nor that it counts per office.
const suite = 'portal-dead-ends';

describeInBrowser('portal: no dead ends on the way to an appointment', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let mitte: string;
  const services: Record<string, string> = {};

  beforeAll(async () => {
    // One future appointment per address and office, so that the second shows the limit.
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { ACTIVE_APPOINTMENTS_PER_EMAIL: '1' }), launchBrowser()]);
    const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 };
    mitte = (await createOffice(api, 'Bürgeramt Mitte', everyDay)).officeId;
    const kreuzberg = (await createOffice(api, 'Bürgeramt Kreuzberg', everyDay)).officeId;
    // Capacity only from far ahead: nothing free in any booking window.
    const voll = (await createOffice(api, 'Bürgeramt Voll', { ...everyDay, validFrom: '2099-01-01' })).officeId;
    const offer = async (name: string, offices: [string, boolean][], url: string | null = null) => {
      const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name, url } });
      for (const [officeId, bookableOnline] of offices) {
        await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId, serviceId: createService.id, durationSlots: 1, bookableOnline } });
      }
      services[name] = createService.id as string;
    };
    await offer('Anmeldung einer Wohnung', [[mitte, true]]);
    await offer('Personalausweis beantragen', [[mitte, true]]);
    await offer('Meldebescheinigung beantragen', [[mitte, true]]);
    await offer('Führerschein umschreiben', [[mitte, true]]);
    await offer(
      'Beglaubigung von Kopien',
      [
        [mitte, false],
        [kreuzberg, false],
      ],
      'https://service.berlin.de/dienstleistung/121701/',
    );
    // Online only where nothing is free; Mitte serves it at the counter only.
    await offer('Reisepass beantragen', [
      [voll, true],
      [mitte, false],
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  /** Types a search and waits for its hits (the summary the page gives screen readers), not the suggestions before them. */
  async function search(page: Page, term: string): Promise<void> {
    await page.locator('#service-search').fill(term);
    await page
      .locator('.service-search p[role="status"]')
      .filter({ hasText: /gefunden|Kein Anliegen/ })
      .waitFor({ state: 'attached' });
  }

  it.each<ViewportName>(['desktop', 'phone'])('says where else to go for a service not bookable online, and forgives how it is asked for (%s)', async (viewport) => {
    const { page, context, problems } = await openPage(browser, viewport);
    await page.goto(`${api.url}/portal/`);
    await search(page, 'Beglaubigung von Kopien');
    // No checkbox that would lead to an empty calendar: where else to go instead.
    const offline = page.locator('.offline').filter({ hasText: 'Beglaubigung von Kopien' });
    await offline.getByText('Nicht online buchbar').waitFor();
    expect(await page.getByRole('checkbox', { name: /Beglaubigung/ }).count()).toBe(0);
    await offline.locator('.offline__summary').click();
    const ways = offline.getByTestId('offline-service');
    await ways.getByText('Bürgeramt Kreuzberg').waitFor();
    expect(await ways.textContent()).toContain('115');
    expect(await ways.textContent()).toContain('Bürgeramt Mitte');
    expect(await ways.getByRole('link').last().getAttribute('href')).toBe('https://service.berlin.de/dienstleistung/121701/');
    await checkScreen(page, suite, '01-not-online');

    // What citizens type: a colloquial word, the words the other way round, a missing umlaut.
    for (const [term, found] of [
      ['Ummeldung', 'Anmeldung einer Wohnung'],
      ['Wohnung anmelden', 'Anmeldung einer Wohnung'],
      ['Fuhrerschein', 'Führerschein umschreiben'],
      ['Perso', 'Personalausweis beantragen'],
    ]) {
      await search(page, term);
      await page.getByRole('checkbox', { name: found }).waitFor();
    }
    await checkScreen(page, suite, '02-slip-forgiven');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a service more than any office books in one appointment, and names the limit', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    for (const name of ['Anmeldung einer Wohnung', 'Personalausweis beantragen', 'Meldebescheinigung beantragen']) {
      await search(page, name);
      await page.getByRole('checkbox', { name }).check();
      await page.locator('.chip').filter({ hasText: name }).waitFor();
    }
    await search(page, 'Führerschein');
    await page.getByRole('checkbox', { name: 'Führerschein umschreiben' }).click();
    await page.getByTestId('too-many').waitFor();
    expect(await page.getByTestId('too-many').textContent()).toContain('höchstens 3 Anliegen');
    expect(await page.getByRole('checkbox', { name: 'Führerschein umschreiben' }).isChecked()).toBe(false);
    expect(await page.locator('.chip').count()).toBe(3);
    await checkScreen(page, suite, '03-too-many-services');

    // Three fit: the office step lists the office, and the calendar has days.
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('radio', { name: /Bürgeramt Mitte/ }).waitFor();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])('ends a calendar with nothing free at what to do next, and joins the waitlist from there (%s)', async (viewport) => {
    const { page, context, problems } = await openPage(browser, viewport);
    await page.goto(`${api.url}/portal/`);
    await search(page, 'Reisepass');
    await page.getByRole('checkbox', { name: 'Reisepass beantragen' }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    // Mitte serves it at the counter only: not an office to book at.
    await page.getByRole('radio', { name: /Bürgeramt Voll/ }).waitFor();
    expect(await page.getByRole('radio', { name: /Bürgeramt Mitte/ }).count()).toBe(0);
    await page.getByRole('radio', { name: /Bürgeramt Voll/ }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();

    // Not "look next month" forever: nothing in the window, and what to do instead.
    await page.getByTestId('nothing-free').waitFor();
    expect(await page.locator('.calendar__grid').count()).toBe(0);
    await page.getByTestId('nothing-free').getByRole('button', { name: 'Anderen Standort wählen' }).waitFor();
    await checkScreen(page, suite, '04-nothing-free');
    await page.getByTestId('nothing-free').getByRole('button', { name: 'Auf die Warteliste setzen lassen' }).click();

    await page.getByRole('heading', { name: 'Auf die Warteliste' }).waitFor();
    expect(await page.locator('.waitlist-offices label').allTextContents()).toEqual([expect.stringContaining('Bürgeramt Voll')]);
    await page.locator('#contact-name').fill('Grace Hopper');
    await page.locator('#contact-email').fill(`grace-${viewport}@example.org`);
    await page.getByRole('button', { name: 'Auf die Warteliste', exact: true }).click();
    await page.getByRole('heading', { name: 'Sie stehen auf der Warteliste' }).waitFor();
    expect(await page.getByTestId('problem').count()).toBe(0);
    await checkScreen(page, suite, '05-waitlist-joined');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says the limit of appointments per address and that it counts per office', async () => {
    // The API says the limit with its refusal.
    const book = async (start: string, email: string) => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: mitte, serviceIds: [services['Anmeldung einer Wohnung']], start } });
      return (
        await api.data(confirmAppointmentDocument, {
          input: { reservationToken: reserveSlot.token, contact: { name: 'Ada', email } },
        })
      ).confirmAppointment;
    };
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + 2 * 86_400_000));
    const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds: [services['Anmeldung einer Wohnung']], officeIds: [mitte], date } });
    const [first, second] = availableSlots[0].startTimes as string[];
    expect((await book(first, 'ada@example.org')).__typename).toBe('ConfirmedAppointment');
    expect(await book(second, 'ada@example.org')).toEqual({ __typename: 'TooManyAppointments', code: 'TOO_MANY_APPOINTMENTS', limit: 1 });

    const { page, context, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/portal/`);
    await search(page, 'Anmeldung');
    await page.getByRole('checkbox', { name: 'Anmeldung einer Wohnung' }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().click();
    await page.locator('#contact-name').fill('Ada Lovelace');
    await page.locator('#contact-email').fill('ada@example.org');
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    const problem = page.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('an diesem Standort schon ein Termin gebucht');
    expect(await problem.textContent()).toContain('gilt für jeden Standort einzeln');
    await checkScreen(page, suite, '06-too-many-appointments');
    await page.getByRole('button', { name: 'Anderen Standort wählen' }).click();
    await page.getByRole('heading', { name: 'Wo möchten Sie hin?' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
