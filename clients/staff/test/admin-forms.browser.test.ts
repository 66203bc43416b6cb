import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { check, documentWidth, eventually, officeAdmin, overflowing, signedIn } from './admin-browser';

const monday = workingMondayAfter(new Date());

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;

const saved = async () =>
  (
    await api.admin(`query ($id: ID!) { office(id: $id) { openingHours { weekdays open close } settings { reservationMinutes displayMessage noShowLimit contactRetentionDays } } }`, {
      id: office.officeId,
    })
  ).office;

describeInBrowser('staff: admin forms that say what they mean', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(addDays(monday, 1), '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', 'admin-password-for-tests');
    office = await createOffice(api, 'Bürgeramt Formulare', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
    await api.admin(`mutation ($input: SetOpeningHoursInput!) { setOpeningHours(input: $input) { __typename } }`, {
      input: { officeId: office.officeId, hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '15:00' }] },
    });
    await officeAdmin(api, 'formular-verwaltung', office.officeId);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('names each setting out of range with its range next to the field, and has fields for the display message, the no-show limit and the retention days', async () => {
    const { page, problems } = await signedIn(api, browser, 'formular-verwaltung', `/admin/${office.officeId}/settings`);
    await page.getByLabel('Reservierung gilt (Minuten)').fill('0');
    await page.getByLabel('Kontaktdaten löschen nach (Tagen)').fill('4000');
    await page.getByRole('button', { name: 'Speichern' }).first().click();

    const summary = page.getByTestId('form-problems');
    await eventually(() => summary.locator('li').allTextContents()).toEqual(['Reservierung gilt (Minuten): Erlaubt sind 1 bis 240.', 'Kontaktdaten löschen nach (Tagen): Erlaubt sind 1 bis 3650.']);
    expect(await page.locator('#setting-reservationMinutes-error').textContent()).toBe('Erlaubt sind 1 bis 240.');
    expect(await page.getByLabel('Reservierung gilt (Minuten)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Reservierung gilt (Minuten)').getAttribute('aria-describedby')).toBe('setting-reservationMinutes-error');
    expect(await page.locator('#setting-contactRetentionDays-error').textContent()).toBe('Erlaubt sind 1 bis 3650.');
    expect(await page.locator('main').textContent()).not.toContain('Die Eingabe ist ungültig');
    await check(page, 'admin-settings-invalid');

    await page.getByLabel('Reservierung gilt (Minuten)').fill('30');
    await page.getByLabel('Kontaktdaten löschen nach (Tagen)').fill('90');
    await page.getByLabel('Offene Buchungen nach Nichterscheinen (höchstens)').fill('2');
    await page.getByLabel('Hinweis auf den Aufrufanzeigen').fill('Schalter 4 schließt heute um 12 Uhr.');
    await page.getByRole('button', { name: 'Speichern' }).first().click();
    await eventually(async () => (await saved()).settings).toEqual({ reservationMinutes: 30, displayMessage: 'Schalter 4 schließt heute um 12 Uhr.', noShowLimit: 2, contactRetentionDays: 90 });
    expect(await page.getByTestId('form-problems').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it('takes the holiday region as a code, suggests the Länder, and names a region the API does not know', async () => {
    const { page, problems } = await signedIn(api, browser, 'formular-verwaltung', `/admin/${office.officeId}/settings`);
    const region = page.getByLabel('Feiertage nach Land und Region');
    expect(await region.inputValue()).toBe('DE-BE');
    expect(await page.locator('#setting-holidayRegion-options option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toContain('DE-BY-A');
    await region.fill('DE-XY');
    await page.getByRole('button', { name: 'Speichern' }).first().click();
    await eventually(() => page.locator('#setting-holidayRegion-error').textContent()).toBe('Diese Region ist im Feiertagskalender nicht bekannt: bitte ein Kürzel wie DE-BE, DE-BY oder DE-BY-A eingeben.');
    expect(await page.getByTestId('form-problems').locator('li').allTextContents()).toEqual(['Feiertage nach Land und Region: Diese Region ist im Feiertagskalender nicht bekannt: bitte ein Kürzel wie DE-BE, DE-BY oder DE-BY-A eingeben.']);
    expect(await region.getAttribute('aria-invalid')).toBe('true');
    expect(await region.getAttribute('aria-describedby')).toBe('setting-holidayRegion-hint setting-holidayRegion-error');
    await check(page, 'admin-settings-holiday-region-invalid');

    await region.fill('DE-BY');
    await page.getByRole('button', { name: 'Speichern' }).first().click();
    await eventually(async () => (await api.admin(`query ($id: ID!) { office(id: $id) { settings { holidayRegion } } }`, { id: office.officeId })).office.settings.holidayRegion).toBe('DE-BY');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(problems).toEqual([]);
    // The later cases plan days by Berlin's holidays.
    await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, holidayRegion: 'DE-BE' } });
  }, 120_000);

  it('adds an opening-hours block empty and says so, and says how opening hours and capacity relate', async () => {
    const { page, problems } = await signedIn(api, browser, 'formular-verwaltung', `/admin/${office.officeId}/settings`);
    expect(await page.getByTestId('hours-and-capacity').textContent()).toContain('legen allein die Kapazitätsregeln fest');
    await page.getByRole('button', { name: 'Leeren Zeitraum hinzufügen' }).click();
    const added = page.getByTestId('hours-block-1');
    expect(await added.locator('legend').textContent()).toBe('Zeitraum 2 (neu, noch nicht gespeichert)');
    expect(await added.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await added.getByLabel('Öffnet').inputValue()).toBe('');
    expect(await added.getByLabel('Schließt').inputValue()).toBe('');
    // The block the office had stays as it was.
    expect(await page.getByTestId('hours-block-0').locator('input[type="checkbox"]:checked').count()).toBe(5);
    await page.getByRole('button', { name: 'Speichern' }).last().click();
    await eventually(() => page.locator('#hours-1-days-error').textContent()).toBe('Bitte mindestens einen Tag wählen.');
    expect(await page.locator('#hours-1-open-error').textContent()).toBe('Bitte eine Uhrzeit eingeben.');
    await check(page, 'admin-hours-new-block');

    await added.getByLabel('Sa').check();
    await added.getByLabel('Öffnet').fill('09:00');
    await added.getByLabel('Schließt').fill('12:00');
    await page.getByRole('button', { name: 'Speichern' }).last().click();
    await eventually(async () => (await saved()).openingHours).toEqual([
      { weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '15:00' },
      { weekdays: [6], open: '09:00', close: '12:00' },
    ]);
    expect(await added.locator('legend').textContent()).toBe('Zeitraum 2');
    expect(problems).toEqual([]);
  }, 120_000);

  it('fits the capacity page into 360 px, says how capacity and opening hours relate, and names a rule field out of range', async () => {
    const { page, problems } = await signedIn(api, browser, 'formular-verwaltung', `/admin/${office.officeId}/capacity`, 'phone');
    await eventually(() => page.locator('[data-testid="preview-days"] > li').count()).toBe(7);
    expect(await page.getByTestId('hours-and-capacity').textContent()).toContain('Öffnungszeiten dieses Standorts: Mo, Di, Mi, Do, Fr 08:00–15:00');
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'admin-capacity');

    await page.getByRole('button', { name: 'Bearbeiten' }).click();
    await page.getByLabel('Alle … Wochen').fill('53');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await eventually(() => page.locator('#rule-repeat-error').textContent()).toBe('Erlaubt sind 1 bis 52.');
    expect(await page.getByTestId('form-problems').locator('li').allTextContents()).toEqual(['Alle … Wochen: Erlaubt sind 1 bis 52.']);
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'admin-capacity-invalid');
    await page.setViewportSize({ width: 1280, height: 900 });
    await check(page, 'admin-capacity-invalid');
    expect(problems).toEqual([]);
  }, 120_000);

  it('heads the English screens without saying Counter twice', async () => {
    const { page, problems } = await signedIn(api, browser, 'formular-verwaltung', `/admin/${office.officeId}/capacity`);
    await page.getByRole('button', { name: 'English' }).click();
    await eventually(() => page.locator('.app-header__title').textContent()).toBe('Office staff');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allTextContents()).toEqual(['Counter', 'Day plan', 'Appointments', 'Administration', 'Lead', 'Statistics']);
    await eventually(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Capacity');
    await check(page, 'admin-capacity-en');
    expect(problems).toEqual([]);
  }, 60_000);
});
