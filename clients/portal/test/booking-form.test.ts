import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { checkScreen, offerService } from './portal-test-kit';

// Issue 18, item 5: the office's extra booking fields and remarks in the portal's contact step.
const appointmentDocument = graphql(`
  query PortalBookingFormAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      remarks
      fields {
        key
        value
      }
    }
  }
`);

const suite = 'portal-booking-form';
const serviceName = 'Wohnsitz anmelden';
const labels = (de: string, en: string) => [
  { language: 'de', text: de },
  { language: 'en', text: en },
];

describeInBrowser('portal: the office asks for more than the contact data', ['portal'], () => {
  let api: TestApi;
  let browser: Browser;

  beforeAll(async () => {
    // The browser's clock is real, so the API's starts now.
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    const office = await createOffice(api, 'Bürgeramt Formular', { weekdays: [1, 2, 3, 4, 5, 6, 7], endInDays: 21 });
    await offerService(api, [office.officeId], serviceName);
    const { updateBookingForm } = await api.admin(`mutation ($input: UpdateBookingFormInput!) { updateBookingForm(input: $input) { __typename } }`, {
      input: {
        officeId: office.officeId,
        remarks: 'optional',
        remarksMaxLength: 200,
        fields: [
          { key: 'reason', kind: 'text', required: true, labels: labels('Worum geht es genau?', 'What exactly is it about?'), maxLength: 40 },
          {
            key: 'persons',
            kind: 'choice',
            required: false,
            labels: labels('Wie viele Personen?', 'How many persons?'),
            options: [
              { value: '1', labels: labels('eine', 'one') },
              { value: '2', labels: labels('zwei', 'two') },
            ],
          },
          { key: 'consent', kind: 'checkbox', required: true, labels: labels('Ich bringe alle Unterlagen mit', 'I bring all documents') },
        ],
      },
    });
    expect(updateBookingForm.__typename).toBe('BookingForm');
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('shows the fields in the contact step, refuses the booking without the required ones, and sends the answers', async () => {
    const { page, context, problems } = await openPage(browser, 'phone');
    await page.goto(`${api.url}/portal/`);
    await page.locator('#service-search').fill('Wohnsitz');
    await page.getByRole('checkbox', { name: serviceName }).check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('.calendar__day').first().click();
    await page.locator('.times__time').first().click();

    await page.locator('#contact-name').fill('Ada Lovelace');
    await page.locator('#contact-email').fill('ada@example.org');
    await page.getByRole('group', { name: 'Angaben für das Bürgeramt' }).waitFor();
    expect(await page.locator('label[for="booking-field-reason"]').textContent()).toBe('Worum geht es genau? *');
    expect(await page.locator('#booking-field-persons option').allTextContents()).toEqual(['Bitte wählen', 'eine', 'zwei']);
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();
    await page.locator('#booking-field-reason-error').waitFor();
    expect(await page.locator('#booking-field-consent-error').textContent()).toBe('Bitte ausfüllen.');
    expect(await page.locator('#booking-field-reason').getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, suite, '01-fields-missing');

    await page.locator('#booking-field-reason').fill('Umzug innerhalb Berlins');
    await page.locator('#booking-field-persons').selectOption('2');
    await page.getByRole('checkbox', { name: 'Ich bringe alle Unterlagen mit *' }).check();
    await page.locator('#booking-field-remarks').fill('Mit Kinderwagen');
    expect(await page.locator('#booking-field-reason-error').count()).toBe(0);
    await checkScreen(page, suite, '02-fields-filled');
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).click();

    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    const manageUrl = (await page.getByTestId('manage-link').getAttribute('href'))!;
    const [, number, secret] = /#number=(\d+)&secret=([^&]+)$/.exec(manageUrl)!;
    const { appointment } = await api.data(appointmentDocument, { input: { number: Number(number), secret: decodeURIComponent(secret) } });
    expect(appointment).toEqual({
      remarks: 'Mit Kinderwagen',
      fields: [
        { key: 'reason', value: 'Umzug innerhalb Berlins' },
        { key: 'persons', value: '2' },
        { key: 'consent', value: 'true' },
      ],
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
