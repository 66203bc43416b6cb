import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { startMailServer, type MailServer } from '@zms/test-kit/mail-server';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen } from './portal-test-kit';

// Issue 15, item 4: a citizen whose browser speaks English books, and everything they read is English.
const suite = 'portal-english-citizen';
const setText = `mutation ($input: SetServiceTextInput!) { setServiceText(input: $input) { __typename } }`;

describeInBrowser('portal: an English-speaking citizen books without a word of German', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;
  let mail: MailServer;

  beforeAll(async () => {
    mail = await startMailServer();
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString(), { SMTP_URL: mail.url, MAIL_FROM: 'termine@berlin.example' }), launchBrowser()]);
    const office = await createOffice(api, 'Bürgeramt Mitte', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    const service = async (de: string, en: string, bringDe: string, bringEn: string) => {
      const { createService } = await api.admin(`mutation ($input: CreateServiceInput!) { createService(input: $input) { ... on Service { id } } }`, { input: { name: de } });
      await api.admin(setText, { input: { serviceId: createService.id, language: 'de', name: de, whatToBring: bringDe } });
      await api.admin(setText, { input: { serviceId: createService.id, language: 'en', name: en, whatToBring: bringEn } });
      await api.admin(`mutation ($input: SetOfficeServiceInput!) { setOfficeService(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceId: createService.id, durationSlots: 1 } });
    };
    await service('Personalausweis beantragen', 'Applying for an identity card', 'Biometrisches Passfoto\nAlter Ausweis', 'A biometric passport photo\nYour old identity card');
    await service('Anmeldung einer Wohnung', 'Registering a flat', 'Wohnungsgeberbestätigung', "Your landlord's confirmation");
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await mail?.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])('opens in English, finds by its English examples, and books in English (%s)', async (viewport) => {
    // The browser asks for English; nothing is stored yet.
    const { page, context, problems } = await openPage(browser, viewport, 'en-GB');
    const shot = (step: string) => checkScreen(page, suite, step);
    await page.goto(`${api.url}/portal/`);
    await page.getByRole('heading', { name: 'What do you need to do?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#service-search-hint').textContent()).toContain('identity card');
    await shot('01-services');

    // The hint's own examples find their services, by English names and by what citizens call them.
    await page.locator('#service-search').fill('registration');
    await page.getByRole('checkbox', { name: 'Registering a flat' }).waitFor();
    await page.locator('#service-search').fill('identity card');
    const hit = page.getByRole('checkbox', { name: 'Applying for an identity card' });
    await hit.waitFor();
    // Counted in English: "1 service found", not "1 services found".
    await page.getByRole('status').filter({ hasText: 'service found' }).waitFor({ state: 'attached' });
    expect(await page.getByRole('status').filter({ hasText: 'found' }).first().textContent()).toBe('1 service found');
    await hit.check();
    await page.locator('.chip').filter({ hasText: 'Applying for an identity card' }).waitFor();
    await shot('02-search');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Where do you want to go?' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().waitFor();
    await shot('03-time');
    await page.locator('.times__time').first().click();

    // The hold in words that fit the clock: minutes, never "within 19:58 minutes".
    await page.locator('#contact-name').waitFor();
    const holdText = (await page.locator('.hold__text').textContent())!;
    expect(holdText).toMatch(/^The time is reserved for you\. Please complete the booking within the next (20|19) minutes\.$/);
    await page.locator('#contact-name').fill('Mary Somerville');
    await page.locator('#contact-email').fill(`mary-${viewport}@example.org`);
    await shot('04-contact');
    await page.getByRole('button', { name: 'Book the appointment' }).click();

    await page.getByRole('heading', { name: 'Your appointment is booked' }).waitFor();
    const confirmation = (await page.locator('.confirmation').textContent())!;
    expect(confirmation).toContain('Applying for an identity card');
    expect(confirmation).toContain('A biometric passport photo');
    expect(confirmation).not.toMatch(/Personalausweis|Passfoto|Termin/);
    await shot('05-done');

    // The mail comes in the language the citizen booked in, and so does its calendar file.
    await api.runJobs();
    const [sent] = (await mail.waitFor((mails) => mails.some((received) => received.to.includes(`mary-${viewport}@example.org`)))).filter((received) => received.to.includes(`mary-${viewport}@example.org`));
    expect(sent.subject).toMatch(/^Your appointment on /);
    expect(sent.text).toMatch(/^Hello Mary Somerville,/);
    expect(sent.text).toContain('Service: Applying for an identity card');
    expect(sent.text).toContain('- A biometric passport photo');
    expect(sent.text).not.toContain('Personalausweis');
    expect(sent.ics).toContain('SUMMARY:Appointment');

    // Switching to German renames what the page shows, the service too.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    await page.locator('.confirmation').getByText('Personalausweis beantragen').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a language chosen once over the browser’s', async () => {
    const { page, context, problems } = await openPage(browser, 'desktop', 'en-GB');
    await page.goto(`${api.url}/portal/`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await page.reload();
    await page.getByRole('heading', { name: 'Was möchten Sie erledigen?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // German counts in German.
    await page.locator('#service-search').fill('Wohnung');
    await page.getByRole('checkbox', { name: 'Anmeldung einer Wohnung' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'gefunden' }).first().textContent()).toBe('Ein Anliegen gefunden');
    expect(problems).toEqual([]);
    await context.close();
  });
});
