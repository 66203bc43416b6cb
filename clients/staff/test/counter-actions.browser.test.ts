/**
 * The counter offers exactly the steps the server takes (issue 16, item 4): its own copy of the
 * rules offered a call of parked and missed entries, which the server refuses, and hid the
 * redirect of a parked one, which the server allows. Buttons and keys follow allowedActions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';
import { createOffice } from '@zms/test-kit/office-fixture';
import { berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';

const password = 'counter-actions-password-123';
/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());

let api: TestApi;
let browser: Browser;

const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function counterOf(officeId: string, name: string): Promise<string> {
  const { createCounter } = await api.admin(`mutation ($input: CreateCounterInput!) { createCounter(input: $input) { ... on Counter { id } } }`, { input: { officeId, name } });
  return createCounter.id;
}

async function clerk(officeId: string, username: string): Promise<void> {
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, displayName: username, password, memberships: [{ officeId, role: 'staff' }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
}

async function step(token: string, name: 'parkEntry' | 'callEntry' | 'markMissed', entryId: string): Promise<void> {
  const { [name]: answer } = await api.data(`mutation ($input: EntryInput!) { ${name}(input: $input) { __typename } }`, { input: { entryId } }, token);
  expect(answer.__typename, name).toBe('QueueEntry');
}

const row = (page: Page, number: string) => page.locator(`[data-testid="queue"] tr[data-number="${number}"]`);
const button = (page: Page, action: string) => page.locator(`.actions [data-action="${action}"]`);
/** The entry steps whose buttons work for the chosen entry. */
async function enabledSteps(page: Page): Promise<string[]> {
  const steps = ['callSelected', 'recall', 'missed', 'requeue', 'park', 'start', 'finish', 'redirect', 'priority'];
  const enabled = await Promise.all(steps.map((action) => button(page, action).isEnabled()));
  return steps.filter((_, index) => enabled[index]);
}

describeInBrowser('staff: the counter offers what the server allows', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(monday, '09:00')), launchBrowser()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('offers no call of a parked or a missed entry, and the redirect of a parked one, by button and by key', async () => {
    const office = await createOffice(api, 'Bürgeramt Schritte', { weekdays: [1, 2, 3, 4, 5, 6, 7], startInDays: 0 });
    const issue = async () =>
      (await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { ... on Ticket { entry { id displayNumber } } } }`, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId] } })).issueTicket
        .entry;
    const [parked, missed] = [await issue(), await issue()];
    // Another clerk, through the API, parks one ticket and calls the other in vain.
    const [desk, helperDesk] = [await counterOf(office.officeId, 'Schalter 1'), await counterOf(office.officeId, 'Schalter 2')];
    await clerk(office.officeId, 'helfer');
    const helper = await api.login('helfer', password);
    expect((await api.data(`mutation ($input: SignInAtCounterInput!) { signInAtCounter(input: $input) { __typename } }`, { input: { counterId: helperDesk } }, helper)).signInAtCounter.__typename).toBe('CounterSession');
    await step(helper, 'parkEntry', parked.id);
    await step(helper, 'callEntry', missed.id);
    await step(helper, 'markMissed', missed.id);

    await clerk(office.officeId, 'schalter');
    const opened = await openPage(browser, 'desktop');
    const { page } = opened;
    await page.goto(`${api.url}/staff/login?next=${encodeURIComponent('/counter')}`);
    await page.getByLabel('Benutzername').fill('schalter');
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    const counterSelect = page.getByLabel('Schalter', { exact: true });
    await eventually(() => counterSelect.locator('option').count()).toBeGreaterThan(0);
    await counterSelect.selectOption(desk);
    await page.getByRole('button', { name: 'Arbeit beginnen' }).click();
    await eventually(() => row(page, missed.displayNumber).getAttribute('data-status')).toBe('missed');
    expect(await row(page, parked.displayNumber).getAttribute('data-status')).toBe('parked');

    await row(page, parked.displayNumber).locator('input[type="radio"]').check();
    await eventually(() => enabledSteps(page)).toEqual(['requeue', 'redirect', 'priority']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'staff', 'counter-actions-parked');
    // The key of a step not offered does nothing; the redirect's key opens its dialog.
    await page.keyboard.press('a');
    await page.keyboard.press('u');
    await eventually(() => page.locator('#panel-redirect').isVisible()).toBe(true);
    expect(await row(page, parked.displayNumber).getAttribute('data-status')).toBe('parked');
    await page.getByRole('button', { name: 'Abbrechen' }).click();

    await row(page, missed.displayNumber).locator('input[type="radio"]').check();
    await eventually(() => enabledSteps(page)).toEqual(['requeue', 'priority']);
    await screenshot(page, 'staff', 'counter-actions-missed');
    await page.keyboard.press('a');
    await page.keyboard.press('u');
    expect(await page.locator('#panel-redirect').count()).toBe(0);
    const { queue } = await api.admin(`query ($officeId: ID!) { queue(officeId: $officeId) { entries { displayNumber status calledCount } } }`, { officeId: office.officeId });
    expect(queue.entries).toHaveLength(2);
    expect(queue.entries).toEqual(
      expect.arrayContaining([
        { displayNumber: missed.displayNumber, status: 'missed', calledCount: 1 },
        { displayNumber: parked.displayNumber, status: 'parked', calledCount: 0 },
      ]),
    );
    expect(opened.problems).toEqual([]);
    await opened.context.close();
  }, 120_000);
});
