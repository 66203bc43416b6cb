import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';

const suite = 'kiosk-remote';
// Monday 2 March 2026, 09:00 in Berlin: open 08:00–16:00.
const mondayNine = '2026-03-02T08:00:00Z';

describeInBrowser('kiosk: a ticket drawn from home checks in', ['kiosk'], () => {
  let api: TestApi;
  let browser: Browser;
  let office: OfficeFixture;
  let kioskKey: string;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(mondayNine), launchBrowser()]);
    office = await createOffice(api, 'Bürgeramt Moabit');
    await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, { input: { officeId: office.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] } });
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, remoteTickets: true } });
    kioskKey = (await api.admin(`mutation ($input: CreateDeviceInput!) { createDevice(input: $input) { ... on CreatedDevice { key } } }`, { input: { name: 'Kiosk Eingang', kind: 'kiosk', officeId: office.officeId } })).createDevice.key;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('checks a remote ticket in by its number, and says so for an unknown one', async () => {
    const { drawRemoteTicket } = await api.admin(`mutation ($input: DrawRemoteTicketInput!) { drawRemoteTicket(input: $input) { ... on Ticket { entry { displayNumber } } } }`, {
      input: { officeId: office.officeId, serviceIds: [office.shortServiceId] },
    });
    const kiosk = await openPage(browser, 'desktop');
    await kiosk.page.goto(`${api.url}/kiosk/#key=${kioskKey}`);
    await kiosk.page.getByRole('heading', { name: 'Wartenummer ziehen' }).waitFor();
    const field = kiosk.page.getByLabel('Ihre Wartenummer (z. B. A12)');
    await field.fill('77');
    await field.press('Enter');
    await kiosk.page.getByText('Zu dieser Nummer finden wir hier heute keine Wartenummer von zu Hause').waitFor();
    await kiosk.page.getByRole('button', { name: 'Zurück zum Start' }).click();
    await field.fill(drawRemoteTicket.entry.displayNumber);
    await field.press('Enter');
    await kiosk.page.getByTestId('checked-in').waitFor();
    expect(await kiosk.page.getByTestId('checked-in').textContent()).toContain(drawRemoteTicket.entry.displayNumber);
    expect(await accessibilityViolations(kiosk.page)).toEqual([]);
    await screenshot(kiosk.page, suite, '1-checked-in');
    const { queue } = await api.admin(`query ($officeId: ID!) { queue(officeId: $officeId) { entries { displayNumber status remote } } }`, { officeId: office.officeId });
    expect(queue.entries).toEqual([{ displayNumber: drawRemoteTicket.entry.displayNumber, status: 'waiting', remote: true }]);
    expect(kiosk.problems).toEqual([]);
  });
});
