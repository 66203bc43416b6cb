/**
 * Issue 17, item 3 in the staff app: an organisation admin enters a one-off public holiday of the
 * whole organisation, is told which booked appointments fall on it, and takes it off again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { book, check, eventually, type Booking } from './admin-browser';

const availableDaysDocument = graphql(`
  query StaffHolidaysAvailableDays($input: AvailableDaysInput!) {
    availableDays(input: $input) {
      date
    }
  }
`);

/** A working Monday ahead of the real clock: sessions the API issues then are valid in the browser now. */
const monday = workingMondayAfter(new Date());
const tuesday = addDays(monday, 1);
const thursday = addDays(monday, 3);
const password = 'feiertage-password-123';

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;
let organisation: { id: string; name: string };
const booked: Booking[] = [];

/** A day as the panel writes it in German. */
const germanDay = (day: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));

async function holidays(): Promise<{ day: string; name: string }[]> {
  const { organisationHolidays } = await api.admin(`query ($id: ID!) { organisationHolidays(organisationId: $id) { __typename ... on OrganisationHolidays { days { day name } } } }`, { id: organisation.id });
  expect(organisationHolidays.__typename).toBe('OrganisationHolidays');
  return organisationHolidays.days;
}

async function bookableDays(): Promise<string[]> {
  const { availableDays } = await api.data(availableDaysDocument, {
    input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from: tuesday, to: addDays(monday, 4) },
  });
  return availableDays.map((day: { date: string }) => day.date);
}

describeInBrowser("staff: an organisation's own public holidays", ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(tuesday, '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    // The first office founds the installation's organisation.
    office = await createOffice(api, 'Bürgeramt Feiertag', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    booked.push(await book(api, office.officeId, office.shortServiceId, thursday, '09:00', 'tilda@example.org'));
    booked.push(await book(api, office.officeId, office.shortServiceId, thursday, '10:30', 'theo@example.org'));
    const { organisations } = await api.admin(`query { organisations { id name roles { id name } } }`);
    const [only] = organisations as { id: string; name: string; roles: { id: string; name: string }[] }[];
    organisation = only;
    const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
      input: { username: 'feiertage-land', displayName: 'Frieda Land', password, organisationId: only.id, assignments: [{ roleId: only.roles.find((role) => role.name === 'admin')!.id }] },
    });
    expect(createStaffAccount.__typename).toBe('StaffAccount');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets an organisation admin enter a day, names the booked appointments on it, and removes it after asking', async () => {
    const { page, problems } = await openPage(browser, 'desktop');
    await page.goto(`${api.url}/staff/login?next=${encodeURIComponent(`/admin/${office.officeId}/organisation`)}`);
    await page.getByLabel('Benutzername').fill('feiertage-land');
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const panel = page.getByRole('region', { name: `Eigene Feiertage von ${organisation.name}` });
    await eventually(() => panel.count()).toBe(1);
    await eventually(() => panel.getByText('Keine eigenen Feiertage eingetragen.').count()).toBe(1);
    expect(await panel.getByTestId('holidays-region-hint').textContent()).toContain('Die gesetzlichen Feiertage des Landes gelten ohnehin');
    expect(await bookableDays()).toContain(thursday);

    // What is missing is named next to its field, before anything is asked.
    await panel.getByRole('button', { name: 'Eintragen', exact: true }).click();
    await eventually(() => panel.locator('#holiday-day-error').textContent()).toBe('Bitte den Tag angeben.');
    expect(await panel.locator('#holiday-name-error').textContent()).toBe('Bitte eine Bezeichnung angeben.');
    expect(await panel.getByLabel('Tag', { exact: true }).getAttribute('aria-describedby')).toBe('holiday-day-error');

    // A past day is the API's to refuse: its sentence stands next to the day.
    await panel.getByLabel('Tag', { exact: true }).fill(monday);
    await panel.getByLabel('Bezeichnung').fill('Tag der Verwaltung');
    await panel.getByRole('button', { name: 'Eintragen', exact: true }).click();
    await eventually(() => panel.locator('#holiday-day-error').textContent()).toMatch(/today .*or later/);
    expect(await panel.locator('#holiday-name-error').count()).toBe(0);
    expect(await holidays()).toEqual([]);

    await panel.getByLabel('Tag', { exact: true }).fill(thursday);
    await panel.getByRole('button', { name: 'Eintragen', exact: true }).click();
    await eventually(() => panel.getByTestId('holidays').getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(`${germanDay(thursday)}: Tag der Verwaltung`)]);
    expect(await panel.getByTestId('holiday-affected').textContent()).toContain(`2 Termine an diesem Tag sind betroffen: ${booked.map((booking) => booking.number).join(', ')}`);
    expect(await panel.getByTestId('holiday-appointments').locator('tbody th').allTextContents()).toEqual(booked.map((booking) => booking.number));
    expect(await panel.getByRole('status').textContent()).toContain(`„Tag der Verwaltung“ am ${germanDay(thursday)} eingetragen`);
    expect(await holidays()).toEqual([{ day: thursday, name: 'Tag der Verwaltung' }]);
    expect(await bookableDays()).not.toContain(thursday);
    await check(page, 'admin-organisation-holidays');

    // Removing asks first; cancelling keeps the day.
    const removeButton = panel.getByRole('button', { name: `Tag der Verwaltung am ${germanDay(thursday)} entfernen` });
    await removeButton.click();
    const question = panel.getByRole('group', { name: `„Tag der Verwaltung“ am ${germanDay(thursday)} wirklich entfernen?`, exact: false });
    await eventually(() => question.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ja, entfernen');
    await check(page, 'admin-organisation-holidays-confirm');
    await question.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await holidays()).toHaveLength(1);
    await removeButton.click();
    await panel.getByRole('button', { name: 'Ja, entfernen' }).click();
    await eventually(() => panel.getByText('Keine eigenen Feiertage eingetragen.').count()).toBe(1);
    expect(await panel.getByRole('status').first().textContent()).toContain(`„Tag der Verwaltung“ am ${germanDay(thursday)} entfernt`);
    expect(await panel.getByTestId('holiday-appointments').count()).toBe(0);
    expect(await holidays()).toEqual([]);
    expect(await bookableDays()).toContain(thursday);
    expect(problems).toEqual([]);
  }, 120_000);
});
