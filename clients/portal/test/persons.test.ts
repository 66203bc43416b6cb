import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

const personsAppointment = graphql(`
  query PortalPersonsAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      id
      persons
      start
      end
      office {
        name
      }
      services {
        quantity
      }
    }
  }
`);

const suite = 'portal-persons';
const serviceName = 'Reisepass für Kinder';

describeInBrowser('portal: a family books one appointment for several persons', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    const mitte = await createOffice(api, 'Bürgeramt Mitte', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    const kreuzberg = await createOffice(api, 'Bürgeramt Kreuzberg', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    await offerService(api, [mitte.officeId, kreuzberg.officeId], serviceName, 1);
    // Mitte books up to four persons per service, Kreuzberg one (the default).
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: mitte.officeId, maxPersonsPerService: 4 } });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('books a service for three persons in one appointment of three times the slots', async () => {
    const { page, context, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Reisepass');
    await page.getByRole('checkbox', { name: serviceName }).check();
    const persons = page.getByRole('combobox', { name: `Für wie viele Personen: ${serviceName}` });
    await persons.waitFor();
    // Up to the most any office offering the service takes.
    expect(await persons.locator('option').allTextContents()).toEqual(['für 1 Person', 'für 2 Personen', 'für 3 Personen', 'für 4 Personen']);
    await persons.selectOption('3');
    await checkScreen(page, suite, '01-persons');
    await page.getByRole('button', { name: 'Weiter' }).click();

    await page.getByRole('heading', { name: 'Wo möchten Sie hin?' }).waitFor();
    await page.getByRole('radio').nth(2).waitFor();
    await page.getByRole('button', { name: 'Weiter' }).click();

    // Any office: only Mitte books three persons.
    const firstDay = page.locator('.calendar__day').first();
    await firstDay.waitFor();
    expect(await firstDay.locator('.calendar__count').textContent()).toBe('1');
    await firstDay.click();
    await page.locator('.times__time').first().waitFor();
    expect(await page.locator('.times__office h3').allTextContents()).toEqual(['Bürgeramt Mitte']);
    expect(await page.locator('.choices').textContent()).toContain(`${serviceName} (für 3 Personen)`);
    await checkScreen(page, suite, '02-time');
    await page.locator('.times__time').first().click();

    await page.locator('#contact-name').fill('Familie Lovelace');
    await page.locator('#contact-email').fill('familie@example.org');
    await page.locator('#contact-email').press('Enter');
    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    expect(await page.getByTestId('booked-service').textContent()).toContain('für 3 Personen');
    await checkScreen(page, suite, '03-done');

    const number = Number(await page.getByTestId('appointment-number').textContent());
    const secret = (await page.getByTestId('appointment-code').textContent())!.trim();
    const { appointment } = await api.data(personsAppointment, { input: { number, secret } });
    expect(appointment).toMatchObject({ persons: 3, office: { name: 'Bürgeramt Mitte' }, services: [{ quantity: 3 }] });
    expect(Date.parse(appointment!.end) - Date.parse(appointment!.start)).toBe(30 * 60_000);
    const [claims] = await api.app.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from slot_claim where appointment_id = ?', [api.databaseKey(appointment!.id)]);
    expect(claims.n).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('books for a family of three in Turkish, and the confirmation mail says so in Turkish', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('tr');
    await page.locator('#service-search').fill('Reisepass');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('combobox', { name: `Kaç kişi için: ${serviceName}` }).selectOption('3');
    await page.getByRole('button', { name: 'İleri' }).click();
    await page.getByRole('heading', { name: 'Hangi şubeye gitmek istersiniz?' }).waitFor();
    await page.getByRole('radio', { name: /Bürgeramt Mitte/ }).check();
    await page.getByRole('button', { name: 'İleri' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().click();
    await page.locator('#contact-name').fill('Aile Yılmaz');
    await page.locator('#contact-email').fill('aile.yilmaz@example.org');
    await page.locator('#contact-email').press('Enter');
    await page.getByRole('heading', { name: 'Randevunuz alındı' }).waitFor();
    expect(await page.getByTestId('booked-service').textContent()).toContain('3 kişi için');
    await checkScreen(page, suite, '05-turkish-family');

    const number = Number(await page.getByTestId('appointment-number').textContent());
    const secret = (await page.getByTestId('appointment-code').textContent())!.trim();
    const { appointment } = await api.data(personsAppointment, { input: { number, secret } });
    expect(appointment).toMatchObject({ persons: 3, services: [{ quantity: 3 }] });
    const mails = await api.app.orm.em.fork().execute<{ subject: string; text_body: string }[]>("select subject, text_body from outbox_message where recipient = 'aile.yilmaz@example.org' and kind = 'confirmed'");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/Randevu/);
    expect(mails[0].text_body).toContain(`${serviceName} (3 kişi için)`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("lowers the persons to a chosen office's maximum and says so", async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Reisepass');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('combobox', { name: `Für wie viele Personen: ${serviceName}` }).selectOption('2');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('radio', { name: /Bürgeramt Kreuzberg/ }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByTestId('persons-clamped').waitFor();
    expect(await page.getByTestId('persons-clamped').textContent()).toContain('nur für eine Person');
    await page.locator('.calendar__day').first().waitFor();
    expect(await page.locator('.choices').textContent()).not.toContain('Personen');
    await checkScreen(page, suite, '04-clamped');
    expect(problems).toEqual([]);
    await context.close();
  });
});
