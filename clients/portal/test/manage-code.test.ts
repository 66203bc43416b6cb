import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { parseCalendar, startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen } from './portal-test-kit';

// Issue 15, item 7: the code only inside a link, a mail without a name or what to bring, a move
// without the old time, a cancelled appointment without a way on, a meaningless "1" per day, and
// 5,300 px of unordered times on a phone.
const suite = 'portal-manage-code';
const serviceName = 'Reisepass beantragen';

describeInBrowser('portal: the code, the mail, the move and the times say what a citizen needs', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let mail: MailServer;

  beforeAll(async () => {
    mail = await startMailServer();
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { SMTP_URL: mail.url, MAIL_FROM: 'termine@berlin.example' }), launchBrowser()]);
    const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21, endTime: '18:00' };
    const offices = [
      await createOffice(api, 'Bürgeramt Neukölln', { ...everyDay, startTime: '10:00' }),
      await createOffice(api, 'Bürgeramt Mitte', { ...everyDay, startTime: '08:00' }),
      await createOffice(api, 'Bürgeramt Kreuzberg', { ...everyDay, startTime: '09:00' }),
    ];
    const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name: serviceName } });
    await api.admin(`mutation ($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }`, {
      input: { serviceId: createService.id, language: 'de', name: serviceName, whatToBring: 'Bisheriger Reisepass\nEin biometrisches Passfoto' },
    });
    for (const office of offices) {
      await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceId: createService.id, durationSlots: 1 } });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await mail?.close();
  });

  async function chooseService(page: Page): Promise<void> {
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Reisepass');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('heading', { name: 'Wo möchten Sie hin?' }).waitFor();
  }

  it.each<ViewportName>(['desktop', 'phone'])('shows the code, tells of the mail, and its calendar link opens the appointment (%s)', async (viewport) => {
    const { page, context, problems } = await openPage(browser, viewport);
    const shot = (step: string) => checkScreen(page, suite, step);
    await chooseService(page);

    // One office chosen: the days carry no figure, which would always say 1.
    await page.getByRole('radio', { name: /Bürgeramt Mitte/ }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().waitFor();
    expect(await page.locator('.calendar__count').count()).toBe(0);
    expect(await page.locator('#calendar-legend').textContent()).toBe('Freie Tage sind Schaltflächen.');
    expect(await page.locator('.calendar__day').first().getAttribute('aria-label')).toMatch(/: freie Zeiten$/);
    await shot('01-day-one-office');
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().click();
    await page.locator('#contact-name').fill('Ada Lovelace');
    const email = `ada-${viewport}@example.org`;
    await page.locator('#contact-email').fill(email);
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();

    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    const number = (await page.getByTestId('appointment-number').textContent())!.trim();
    const code = (await page.getByTestId('appointment-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(await page.getByTestId('mail-sent').textContent()).toContain(email);
    expect(await page.locator('.bring').textContent()).toContain('Ein biometrisches Passfoto');
    await shot('02-done-with-code');

    // The mail greets by name, gives number and code, and lists what to bring.
    await api.runJobs();
    const sent = (await mail.waitFor((mails) => mails.some((received) => received.to.includes(email)))).find((received) => received.to.includes(email))!;
    expect(sent.text).toMatch(/^Guten Tag Ada Lovelace,/);
    expect(sent.text).toContain(`Mit Vorgangsnummer ${number} und Code ${code}`);
    expect(sent.text.replace(/\r\n/g, '\n')).toContain('Bitte bringen Sie mit:\n- Bisheriger Reisepass\n- Ein biometrisches Passfoto');

    // The calendar file's link carries the code: it opens the appointment, no form to fill.
    const calendarLink = parseCalendar(sent.ics!).event.get('URL')!;
    expect(calendarLink).toContain(`secret=${code}`);
    await page.goto(`${api.url}/portal/manage${new URL(calendarLink).hash}`);
    await page.getByRole('button', { name: 'Termin verschieben' }).waitFor();
    expect(await page.locator('#access-secret').count()).toBe(0);

    // Moving names the old time and the new one, before and after.
    const before = (await page.locator('.summary').textContent())!;
    await page.getByRole('button', { name: 'Termin verschieben' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').nth(1).click();
    await page.locator('.times__time').nth(2).click();
    await page.getByTestId('new-time').waitFor();
    const oldTime = (await page.getByTestId('old-time').textContent())!;
    const newTime = (await page.getByTestId('new-time').textContent())!;
    expect(oldTime).toContain('Bürgeramt Mitte');
    expect(oldTime).not.toBe(newTime);
    await shot('03-move-old-and-new');
    await page.getByRole('button', { name: 'Ja, Termin verschieben' }).click();
    await page.getByTestId('moved-from-to').waitFor();
    const moved = (await page.getByTestId('moved-from-to').textContent())!;
    expect(moved).toContain(`Bisher: ${oldTime}`);
    expect(moved).toContain(`Jetzt: ${newTime}`);
    expect(await page.locator('.summary').textContent()).not.toBe(before);
    await shot('04-moved');

    // A cancelled appointment's page offers to book the same services again.
    await page.getByRole('button', { name: 'Termin absagen' }).click();
    await page.getByRole('button', { name: 'Ja, Termin absagen' }).click();
    await page.getByTestId('book-again').waitFor();
    await shot('05-cancelled-book-again');
    await page.getByRole('button', { name: 'Dieselben Anliegen neu buchen' }).click();
    await page.getByRole('heading', { name: 'Wo möchten Sie hin?' }).waitFor();
    expect(await page.locator('.choices').textContent()).toContain(serviceName);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('folds the times of any office on a phone, earliest first, and counts offices per day', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await chooseService(page);
    await page.getByRole('button', { name: 'Weiter' }).click();
    const firstDay = page.locator('.calendar__day').first();
    await firstDay.waitFor();
    expect(await firstDay.locator('.calendar__count').textContent()).toBe('3');
    await firstDay.click();
    await page.locator('.times__office').nth(2).waitFor();

    // Offices by their first free time; only the first open, each saying how many and from when.
    const names = await page.locator('.times__office h3').allTextContents();
    expect(names).toEqual(['Bürgeramt Mitte', 'Bürgeramt Kreuzberg', 'Bürgeramt Neukölln']);
    expect(await page.locator('details.times__office[open]').count()).toBe(1);
    expect(await page.locator('.times__summary').first().textContent()).toMatch(/\d+ freie Zeiten ab 08:\d0 Uhr/);
    const starts = await page.locator('details[open] .times__time').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-start')!));
    expect(starts).toEqual([...starts].sort());
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3000);
    await checkScreen(page, suite, '06-times-any-office');

    // Another office opens with a tap on its name, its times then to choose.
    await page.locator('.times__summary').filter({ hasText: 'Bürgeramt Neukölln' }).click();
    await page.locator('details[open]').filter({ hasText: 'Bürgeramt Neukölln' }).locator('.times__time').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
