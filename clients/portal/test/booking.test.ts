import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, focusedText, offerService } from './portal-test-kit';

const appointmentDocument = graphql(`
  query PortalBookingAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      status
      start
      office {
        name
      }
    }
  }
`);

const suite = 'portal-booking';
const serviceName = 'Personalausweis beantragen';

/** What the citizen reads and clicks, in each language. */
const texts = {
  de: {
    services: 'Was möchten Sie erledigen?',
    office: 'Wo möchten Sie hin?',
    next: 'Weiter',
    submit: 'Termin verbindlich buchen',
    done: 'Ihr Termin ist gebucht',
    booked: 'Gebucht',
    move: 'Termin verschieben',
    confirmMove: 'Ja, Termin verschieben',
    moved: 'verschoben',
    cancel: 'Termin absagen',
    cancelHeading: 'Termin wirklich absagen?',
    keep: 'Nein, alten Termin behalten',
    confirmCancel: 'Ja, Termin absagen',
    cancelled: 'Abgesagt',
  },
  en: {
    services: 'What do you need to do?',
    office: 'Where do you want to go?',
    next: 'Next',
    submit: 'Book the appointment',
    done: 'Your appointment is booked',
    booked: 'Booked',
    move: 'Move the appointment',
    confirmMove: 'Yes, move the appointment',
    moved: 'moved',
    cancel: 'Cancel the appointment',
    cancelHeading: 'Really cancel the appointment?',
    keep: 'No, keep the old appointment',
    confirmCancel: 'Yes, cancel the appointment',
    cancelled: 'Cancelled',
  },
};
type Texts = (typeof texts)['de'];

describeInBrowser('portal: a newcomer books, reschedules and cancels', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    // The browser's clock is real, so the API's starts now; reservations need a solved proof of work.
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { ALTCHA_ENABLED: 'true', ALTCHA_HMAC_KEY: 'a-shared-key-of-at-least-32-characters!', ALTCHA_MAX_NUMBER: '2000' }), launchBrowser()]);
    const [mitte, kreuzberg] = await Promise.all(['Bürgeramt Mitte', 'Bürgeramt Kreuzberg'].map((name) => createOffice(api, name, { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 })));
    await offerService(api, [mitte.officeId, kreuzberg.officeId], serviceName, 2);
    // A catalogue worth searching: the page must not load it whole. One more service is booked
    // online elsewhere, so that no office offers both it and the identity card.
    await Promise.all(
      Array.from({ length: 30 }, (_, index) => index)
        .filter((index) => index !== 7)
        .map((index) => api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { __typename } }`, { input: { name: `Gewerbeanzeige ${index}` } })),
    );
    const spandau = await createOffice(api, 'Bürgeramt Spandau', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    await offerService(api, [spandau.officeId], 'Gewerbeanzeige 7');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const appointment = async (access: { number: number; secret: string }) => (await api.data(appointmentDocument, { input: access })).appointment;

  /** Services → office → day → time → contact → confirmation, mostly by keyboard; answers the manage link. */
  async function book(page: Page, say: Texts): Promise<string> {
    const shot = (step: string) => checkScreen(page, suite, step);
    await page.getByRole('heading', { name: say.services }).waitFor();
    await shot('01-services');

    // Search as a person types: one server search after the pause, not the whole catalogue.
    await page.locator('#service-search').focus();
    await page.keyboard.type('Personal', { delay: 30 });
    const hit = page.getByRole('checkbox', { name: serviceName });
    await hit.waitFor();
    // Until the search of the whole word has answered, the list may still show an earlier one's.
    await page.waitForFunction(() => document.querySelectorAll('input[type="checkbox"], [role="checkbox"]').length === 1).catch(() => undefined);
    expect(await page.getByRole('checkbox').count()).toBe(1);
    await hit.focus();
    await page.keyboard.press('Space');
    await page.locator('.chip').filter({ hasText: serviceName }).waitFor();
    await shot('02-services-chosen');
    await page.getByRole('button', { name: say.next }).click();

    // Each step moves the focus to its heading.
    await page.getByRole('heading', { name: say.office }).waitFor();
    expect(await focusedText(page)).toBe(say.office);
    await page.getByRole('radio').nth(2).waitFor();
    await shot('03-office');
    await page.getByRole('button', { name: say.next }).click();

    // The calendar: free days are buttons, with how many offices have room; arrows move between them.
    const firstDay = page.locator('.calendar__day').first();
    await firstDay.waitFor();
    expect(await firstDay.locator('.calendar__count').textContent()).toBe('2');
    await shot('04-day');
    await firstDay.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date)).toMatch(/^\d{4}-\d\d-\d\d$/);
    await page.keyboard.press('Enter');

    // Times of the day, per office.
    await page.locator('.times__office').nth(1).waitFor();
    expect(await page.locator('.times__office h3').allTextContents()).toEqual(expect.arrayContaining(['Bürgeramt Mitte', 'Bürgeramt Kreuzberg']));
    await shot('05-time');
    // Offices of the same first time go by name: on a phone only the first (Kreuzberg) is unfolded.
    const mitte = page.locator('.times__office').filter({ hasText: 'Bürgeramt Mitte' });
    if (!(await mitte.locator('.times__time').first().isVisible())) await mitte.locator('summary').click();
    await mitte.locator('.times__time').first().press('Enter');

    // The hold: a countdown, then the contact form, checked before it is sent.
    await page.locator('#contact-name').waitFor();
    expect(await page.locator('.hold__clock strong').textContent()).toMatch(/^(20:00|19:[0-5]\d)$/);
    await page.getByRole('button', { name: say.submit }).click();
    await page.locator('#contact-name-error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-name');
    await shot('06-contact-errors');
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@example');
    await page.keyboard.press('Enter');
    await page.locator('#contact-email-error').waitFor();
    await page.locator('#contact-email').fill('ada@example.org');
    await shot('07-contact');
    await page.locator('#contact-email').press('Enter');

    await page.getByRole('heading', { name: say.done }).waitFor();
    expect(await focusedText(page)).toBe(say.done);
    await shot('08-done');
    expect(await page.locator('a[download]').getAttribute('href')).toMatch(/^blob:/);
    expect(await page.locator('.bring').textContent()).toContain('Ausweis');
    return (await page.getByTestId('manage-link').getAttribute('href'))!;
  }

  /** From the manage link: view, move to another office and day, then cancel after being asked. */
  async function manage(page: Page, manageUrl: string, say: Texts): Promise<void> {
    const [, number, secret] = /#number=(\d+)&secret=([^&]+)$/.exec(manageUrl)!;
    const access = { number: Number(number), secret: decodeURIComponent(secret) };
    const booked = await appointment(access);
    expect(booked).toMatchObject({ status: 'confirmed', office: { name: 'Bürgeramt Mitte' } });

    await page.goto(manageUrl);
    await page.getByRole('button', { name: say.move }).waitFor();
    expect(await page.locator('.summary').textContent()).toContain(say.booked);
    await checkScreen(page, suite, '09-manage');

    await page.getByRole('button', { name: say.move }).click();
    expect(await page.getByRole('radio', { name: /Bürgeramt Mitte/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /Bürgeramt Kreuzberg/ }).check();
    await page.getByRole('button', { name: say.next }).click();
    await page.locator('.calendar__day').nth(2).click();
    await page.locator('.times__time').first().waitFor();
    await checkScreen(page, suite, '10-reschedule-time');
    await page.locator('.times__time').first().click();
    await page.getByTestId('new-time').waitFor();
    await checkScreen(page, suite, '11-reschedule-confirm');
    await page.getByRole('button', { name: say.confirmMove }).click();
    await page.getByTestId('success').waitFor();
    expect(await page.getByTestId('success').textContent()).toContain(say.moved);
    await checkScreen(page, suite, '12-moved');
    const moved = await appointment(access);
    expect(moved).toMatchObject({ status: 'confirmed', office: { name: 'Bürgeramt Kreuzberg' } });
    expect(moved.start).not.toBe(booked.start);

    // Cancelling asks first; keeping it changes nothing.
    await page.getByRole('button', { name: say.cancel }).click();
    await page.getByRole('heading', { name: say.cancelHeading }).waitFor();
    await checkScreen(page, suite, '13-cancel-confirm');
    await page.getByRole('button', { name: say.keep }).click();
    expect((await appointment(access)).status).toBe('confirmed');
    await page.getByRole('button', { name: say.cancel }).click();
    await page.getByRole('button', { name: say.confirmCancel }).click();
    await page.getByTestId('success').waitFor();
    expect(await page.locator('.summary').textContent()).toContain(say.cancelled);
    await checkScreen(page, suite, '14-cancelled');
    expect((await appointment(access)).status).toBe('cancelled');
    expect(await page.getByRole('button', { name: say.move }).count()).toBe(0);
  }

  // The suite's tests run side by side, each in its own page of the one browser: both bookings fit
  // into the same times (two public counters), and the other tests book nothing.
  it.concurrent.each<[ViewportName, 'de' | 'en']>([
    ['desktop', 'de'],
    ['phone', 'en'],
  ])('books end to end (%s, %s), then moves and cancels the appointment from its link', async (viewport, language) => {
    const { page, context, problems } = await openPage(browser, viewport);
    await page.goto(`${api.url}/portal/`);
    if (language === 'en') {
      await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    }
    const manageUrl = await book(page, texts[language]);
    await manage(page, manageUrl, texts[language]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.concurrent('takes several services for one appointment, and says when no office offers them all', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    for (const [term, name] of [
      ['Personal', serviceName],
      ['Gewerbeanzeige 7', 'Gewerbeanzeige 7'],
    ]) {
      await page.locator('#service-search').fill(term);
      await page.getByRole('checkbox', { name, exact: true }).check();
    }
    expect(await page.locator('.chip').allTextContents()).toEqual([expect.stringContaining(serviceName), expect.stringContaining('Gewerbeanzeige 7')]);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('alert').getByText('Kein Standort bietet alle gewählten Anliegen an').waitFor();
    expect(await page.getByRole('button', { name: 'Weiter' }).isDisabled()).toBe(true);
    await checkScreen(page, suite, '16-no-office');

    await page.getByRole('button', { name: 'Zurück' }).click();
    await page.getByRole('button', { name: 'Gewerbeanzeige 7 entfernen' }).click();
    expect(await page.locator('.chip').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.concurrent('asks for number and code when the link lacks them, and says clearly when they are wrong', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/manage#number=100001`);
    await page.locator('#access-secret').fill('wrong-code');
    await page.locator('#access-secret').press('Enter');
    await page.getByText('Zu dieser Nummer und diesem Code gibt es keinen Termin').waitFor();
    expect(page.url()).toContain('#number=100001&secret=wrong-code');
    await checkScreen(page, suite, '15-manage-not-found');
    expect(problems).toEqual([]);
    await context.close();
  });
});
