import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '@zms/test-kit/gql';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { check, documentWidth, eventually, overflowing } from './admin-browser';

const servicesDocument = graphql(`
  query StaffCatalogueServices($search: String) {
    services(first: 50, search: $search) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const servicesDocument2 = graphql(`
  query StaffCatalogueServices2 {
    services(first: 200) {
      edges {
        node {
          id
          name(language: en)
        }
      }
    }
  }
`);
const servicesDocument3 = graphql(`
  query StaffCatalogueServices3 {
    services(first: 200) {
      edges {
        node {
          id
          name(language: de)
          whatToBring(language: en)
        }
      }
    }
  }
`);

const monday = workingMondayAfter(new Date());
const adminPassword = 'admin-password-for-tests';

let api: TestApi;
let browser: Browser;
let office: OfficeFixture;

/** What the portal finds for a search, as citizens ask (no token). */
const portalSearch = async (search: string) => ((await api.data(servicesDocument, { search })).services.edges as { node: { id: string } }[]).map((edge) => edge.node.id);
const englishName = async (serviceId: string) => ((await api.data(servicesDocument2)).services.edges as { node: { id: string; name: string } }[]).find((edge) => edge.node.id === serviceId)?.node.name;
const synonymCount = async () => (await api.admin(`query { searchSynonyms(first: 200) { edges { node { id } } } }`)).searchSynonyms.edges.length as number;

async function signedInAsPlatformAdmin(viewport: ViewportName = 'desktop') {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${api.url}/staff/login?next=${encodeURIComponent(`/admin/${office.officeId}/catalogue`)}`);
  await opened.page.getByLabel('Benutzername').fill('admin');
  await opened.page.getByLabel('Passwort').fill(adminPassword);
  await opened.page.getByRole('button', { name: 'Anmelden' }).click();
  await eventually(() => opened.page.getByRole('heading', { level: 2, name: 'Katalog', exact: true }).count()).toBe(1);
  return opened;
}

describeInBrowser('staff: platform admins edit the catalogue’s search words and texts', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(addDays(monday, 1), '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', adminPassword);
    office = await createOffice(api, 'Bürgeramt Katalog', { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', startInDays: 1, endInDays: 14 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('adds a search word the portal then finds the service by, refuses it twice next to the field, and deletes it', async () => {
    expect(await portalSearch('Wohnsitzwechsel')).not.toContain(office.shortServiceId);
    const seeded = await synonymCount();
    const { page, problems } = await signedInAsPlatformAdmin();
    const rows = page.getByTestId('synonyms').getByRole('listitem');
    await eventually(() => rows.count()).toBe(Math.min(seeded, 50));
    const added = rows.filter({ has: page.getByRole('button', { name: 'Suchbegriff „Wohnsitzwechsel“ löschen' }) });
    await page.getByLabel('Begriff', { exact: true }).fill('Wohnsitzwechsel');
    await page.getByLabel('Steht für', { exact: true }).fill('Anmeldung');
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await eventually(() => added.count()).toBe(1);
    expect((await added.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Wohnsitzwechsel →\s?steht für Anmeldung\s?Löschen$/);
    expect(await synonymCount()).toBe(seeded + 1);
    expect(await portalSearch('Wohnsitzwechsel')).toContain(office.shortServiceId);

    // The same pair again: the API refuses it, and the form says so at the word.
    await page.getByLabel('Begriff', { exact: true }).fill('Wohnsitzwechsel');
    await page.getByLabel('Steht für', { exact: true }).fill('Anmeldung');
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await eventually(() => page.locator('#synonym-term-error').textContent()).toBe('"Wohnsitzwechsel" stands for "Anmeldung" already.');
    expect(await page.getByLabel('Begriff', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await synonymCount()).toBe(seeded + 1);
    await check(page, 'admin-catalogue-synonym-twice');

    // Nothing typed: named at each field before asking.
    await page.getByLabel('Begriff', { exact: true }).fill('');
    await page.getByLabel('Steht für', { exact: true }).fill(' ');
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await eventually(() => page.locator('#synonym-means-error').textContent()).toBe('Bitte angeben, wofür der Begriff steht.');
    expect(await page.locator('#synonym-term-error').textContent()).toBe('Bitte einen Begriff eingeben.');

    await page.getByRole('button', { name: 'Suchbegriff „Wohnsitzwechsel“ löschen' }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe('Suchbegriff „Wohnsitzwechsel“ gelöscht.');
    await eventually(() => added.count()).toBe(0);
    expect(await synonymCount()).toBe(seeded);
    expect(await portalSearch('Wohnsitzwechsel')).not.toContain(office.shortServiceId);
    expect(problems).toEqual([]);
  }, 120_000);

  it('edits a service’s English name, which the API then answers for English, and keeps the German one', async () => {
    const { page, problems } = await signedInAsPlatformAdmin();
    await page.getByLabel('Im Katalog suchen').fill('Bürgeramt Katalog Reisepass');
    await eventually(() => page.locator('#texts-service option').allTextContents()).toContain('Bürgeramt Katalog: Reisepass');
    await page.getByLabel('Dienstleistung', { exact: true }).selectOption({ label: 'Bürgeramt Katalog: Reisepass' });
    const english = page.getByTestId('texts-en');
    // No translation yet: the German name shows, as citizens read it.
    await eventually(() => english.getByLabel('Name').inputValue()).toBe('Bürgeramt Katalog: Reisepass');

    await english.getByLabel('Name').fill('');
    await english.getByRole('button', { name: 'Texte (Englisch) speichern' }).click();
    await eventually(() => page.locator('#text-en-name-error').textContent()).toBe('Bitte einen Namen eingeben.');

    await english.getByLabel('Name').fill('Passport (catalogue office)');
    await english.getByLabel('Mitzubringen').fill('Old passport\nBiometric photo');
    await english.getByRole('button', { name: 'Texte (Englisch) speichern' }).click();
    await eventually(() => english.getByRole('status').textContent()).toBe('Texte (Englisch) gespeichert.');
    expect(await englishName(office.longServiceId)).toBe('Passport (catalogue office)');
    const { services } = await api.data(servicesDocument3);
    expect(services.edges.find((edge: { node: { id: string } }) => edge.node.id === office.longServiceId).node).toEqual({
      id: office.longServiceId,
      name: 'Bürgeramt Katalog: Reisepass',
      whatToBring: 'Old passport\nBiometric photo',
    });
    await check(page, 'admin-catalogue-texts');
    expect(problems).toEqual([]);
  }, 120_000);

  it('fits into 360 px', async () => {
    const { page, problems } = await signedInAsPlatformAdmin('phone');
    await eventually(() => page.getByTestId('synonyms').getByRole('listitem').count()).toBeGreaterThan(0);
    await page.getByLabel('Im Katalog suchen').fill('Bürgeramt Katalog Reisepass');
    await eventually(() => page.locator('#texts-service option').allTextContents()).toContain('Bürgeramt Katalog: Reisepass');
    await page.getByLabel('Dienstleistung', { exact: true }).selectOption({ label: 'Bürgeramt Katalog: Reisepass' });
    await eventually(() => page.getByTestId('texts-en').getByLabel('Name').inputValue()).toBe('Passport (catalogue office)');
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'admin-catalogue');
    expect(problems).toEqual([]);
  }, 120_000);

  it('is not offered to office admins', async () => {
    const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
      input: { username: 'katalog-standort', displayName: 'Olga Verwaltung', password: 'katalog-standort-password', memberships: [{ officeId: office.officeId, role: 'officeAdmin' }] },
    });
    expect(createStaffAccount.__typename).toBe('StaffAccount');
    const { page, problems } = await openPage(browser);
    await page.goto(`${api.url}/staff/login?next=${encodeURIComponent(`/admin/${office.officeId}/catalogue`)}`);
    await page.getByLabel('Benutzername').fill('katalog-standort');
    await page.getByLabel('Passwort').fill('katalog-standort-password');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Kapazität', exact: true }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Katalog' }).count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);
});
