/**
 * Issue 18, item 7 (Must hold): an alarm raised at a counter in one page shows, with its counter
 * and a sound, in a second page served by another API process, and stops in both after
 * acknowledgement.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type ApiProcess, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot, type BrowserPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';

const password = 'alarm-browser-password-123';
/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());

let api: TestApi;
let second: ApiProcess;
let browser: Browser;
let office: OfficeFixture;

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Counts the page's audio contexts and how many were closed: the banner's beep runs in one. */
const recordAudio = () => {
  const audio = { created: 0, closed: 0 };
  (window as unknown as { audioRecord: typeof audio }).audioRecord = audio;
  const Original = window.AudioContext;
  window.AudioContext = class extends Original {
    constructor(options?: AudioContextOptions) {
      super(options);
      audio.created += 1;
    }
    override close() {
      audio.closed += 1;
      return super.close();
    }
  };
};
const audioOf = (page: Page) => page.evaluate(() => (window as unknown as { audioRecord: { created: number; closed: number } }).audioRecord);

async function staffPage(origin: string, username: string, secret = password): Promise<BrowserPage> {
  const opened = await openPage(browser, 'desktop');
  await opened.context.addInitScript(recordAudio);
  const { page } = opened;
  await page.goto(`${origin}/staff/login?next=${encodeURIComponent('/counter')}`);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(secret);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return opened;
}

describeInBrowser('staff: the silent alarm', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(monday, '09:00')), launchBrowser()]);
    second = await api.spawnProcess();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('raised at a counter in one page, shows with its counter and a sound in a page of another process, and stops after acknowledgement', async () => {
    office = await createOffice(api, 'Bürgeramt Alarm', { weekdays: [1, 2, 3, 4, 5, 6, 7], startInDays: 0 });
    const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId: office.officeId, name: 'Schalter 4', room: '12' } });
    for (const username of ['schalter', 'kollegin']) {
      const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
        input: { username, displayName: username, password, memberships: [{ officeId: office.officeId, role: 'staff' }] },
      });
      expect(createStaffAccount.__typename).toBe('StaffAccount');
    }

    const raiser = await staffPage(api.url, 'schalter');
    const colleague = await staffPage(second.client.url, 'kollegin');
    const counterSelect = raiser.page.getByLabel('Schalter', { exact: true });
    await eventually(() => counterSelect.locator('option').count()).toBeGreaterThan(0);
    await counterSelect.selectOption(createCounter.id);
    await raiser.page.getByRole('button', { name: 'Arbeit beginnen' }).click();
    await raiser.page.getByTestId('raise-alarm').click();

    const bannerOf = (page: Page) => page.getByTestId('alarm-banner');
    await eventually(() => bannerOf(colleague.page).isVisible()).toBe(true);
    expect(await bannerOf(colleague.page).innerText()).toContain('Alarm: Schalter 4');
    expect(await bannerOf(colleague.page).innerText()).toContain('Raum 12');
    await eventually(() => bannerOf(raiser.page).isVisible()).toBe(true);
    // Sounding: an audio context was opened and is not closed yet.
    await eventually(async () => (await audioOf(colleague.page)).created).toBe(1);
    expect((await audioOf(colleague.page)).closed).toBe(0);
    expect(await accessibilityViolations(colleague.page)).toEqual([]);
    await screenshot(colleague.page, 'staff', 'alarm-banner');

    // Acknowledged from the keyboard in the second page: gone in both, and silent.
    await colleague.page.getByRole('button', { name: 'Alarm an Schalter 4 quittieren' }).focus();
    await colleague.page.keyboard.press('Enter');
    await eventually(() => bannerOf(colleague.page).count()).toBe(0);
    await eventually(() => bannerOf(raiser.page).count()).toBe(0);
    await eventually(async () => (await audioOf(colleague.page)).closed).toBe(1);
    await eventually(async () => (await audioOf(raiser.page)).closed).toBe((await audioOf(raiser.page)).created);

    const { openAlarms } = await api.admin(`query ($officeIds: [ID!]!) { openAlarms(officeIds: $officeIds) { alarms { id } } }`, { officeIds: [office.officeId] });
    expect(openAlarms[0].alarms).toEqual([]);
    expect(raiser.problems).toEqual([]);
    expect(colleague.problems).toEqual([]);
    await raiser.context.close();
    await colleague.context.close();
  }, 180_000);

  it("shows the lead the office's day at a glance, live", async () => {
    const lead = await staffPage(api.url, adminUsername, adminPassword);
    const { page } = lead;
    await page.getByRole('link', { name: 'Leitung' }).click();
    await eventually(() => page.getByTestId('lead-as-of').isVisible()).toBe(true);
    await eventually(() => page.getByRole('heading', { name: 'Wartende (0)' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Standort').inputValue()).toBe(office.officeId);
    // A walk-in draws a ticket: the panel follows without a reload.
    const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename } }`, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } });
    expect(issueTicket.__typename).toBe('Ticket');
    await eventually(() => page.getByRole('heading', { name: 'Wartende (1)' }).isVisible()).toBe(true);
    expect(await page.getByTestId('lead-comparison-table').locator('tbody tr').count()).toBe(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'staff', 'lead-panel');
    expect(lead.problems).toEqual([]);
    await lead.context.close();
  }, 120_000);
});
