/**
 * Issue 17 in the staff app: a platform admin opens a second organisation with a department and
 * offices; its organisation admin defines a role and gives it to a new account for one department;
 * that account administers exactly the department's offices.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient, startTestApi, type TestApi } from '@zms/test-kit/api';
import { describeInBrowser, launchBrowser, openPage, type ViewportName } from '@zms/test-kit/browser';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { addDays, berlinTime, workingMondayAfter } from '@zms/test-kit/simulated-day';
import { check, documentWidth, eventually, openSection, overflowing } from './admin-browser';

const monday = workingMondayAfter(new Date());
const adminPassword = 'admin-password-for-tests';
const password = 'potsdam-password-123';

let api: TestApi;
let browser: Browser;
let berlinOffice: OfficeFixture;
/**
 * On an installation of two organisations a sign-in names its organisation: Potsdam's staff use
 * the host name Potsdam is given here (localhost), the platform admin the plain address.
 */
let potsdamUrl: string;

async function signIn(baseUrl: string, username: string, secret: string, path: string, viewport: ViewportName = 'desktop') {
  const opened = await openPage(browser, viewport);
  await opened.page.goto(`${baseUrl}/staff/login?next=${encodeURIComponent(path)}`);
  await opened.page.getByLabel('Benutzername').fill(username);
  await opened.page.getByLabel('Passwort').fill(secret);
  await opened.page.getByRole('button', { name: 'Anmelden' }).click();
  await opened.page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return opened;
}

/** The texts of the elements, as read: white space between the parts of one counts once. */
const texts = (locator: Locator) => locator.evaluateAll((elements) => elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()));
const officeChoices = (page: Page) => page.getByLabel('Standort', { exact: true }).locator('option:not([disabled])').allTextContents();
const sectionLinks = (page: Page) => page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link').allTextContents();

async function potsdam() {
  const { organisations } = await api.admin(`query { organisations { id name slug hosts departments { id name } roles { id name permissions } } }`);
  return (organisations as { id: string; name: string; slug: string; hosts: string[]; departments: { id: string; name: string }[]; roles: { id: string; name: string; permissions: string[] }[] }[]).find(
    (organisation) => organisation.slug === 'potsdam',
  );
}
/** An organisation's offices, asked at its path as a platform admin. */
async function officesOf(organisationSlug: string) {
  const client = new ApiClient(`${api.url}/o/${organisationSlug}`);
  client.adminToken = api.adminToken;
  const { offices } = await client.admin(`query { offices(first: 50) { edges { node { id name department { name } } } } }`);
  return offices;
}

describeInBrowser('staff: organisations, departments and roles given at a scope', ['staff'], () => {
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi(berlinTime(addDays(monday, 1), '09:00')), launchBrowser()]);
    api.adminToken = await api.login('admin', adminPassword);
    // The first office founds the installation's first organisation.
    berlinOffice = await createOffice(api, 'Bürgeramt Mitte');
    potsdamUrl = api.url.replace('127.0.0.1', 'localhost');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('lets a platform admin create an organisation with its host names, a department, and offices in each department', async () => {
    const { page, problems } = await signIn(api.url, 'admin', adminPassword, `/admin/${berlinOffice.officeId}/organisation`);
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Organisation', exact: true }).count()).toBe(1);
    await eventually(() => page.getByTestId('organisations').locator('tbody th').count()).toBe(1);

    await page.getByLabel('Name', { exact: true }).fill('Landeshauptstadt Potsdam');
    await page.getByLabel('Kurzname im Pfad').fill('potsdam');
    await page.getByLabel('Hostnamen', { exact: true }).fill('termine.potsdam.test');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).first().click();
    await eventually(() => page.getByTestId('organisations').locator('tbody th').allTextContents()).toContain('Landeshauptstadt Potsdam');
    expect((await potsdam())?.hosts).toEqual(['termine.potsdam.test']);

    // Potsdam's staff sign in under a host name of Potsdam's.
    const hosts = page.getByLabel('Hostnamen von Landeshauptstadt Potsdam');
    await hosts.fill('termine.potsdam.test, localhost');
    await page
      .getByRole('row', { name: /Landeshauptstadt Potsdam/ })
      .getByRole('button', { name: 'Hostnamen setzen' })
      .click();
    await eventually(async () => (await potsdam())?.hosts).toEqual(['localhost', 'termine.potsdam.test']);

    // The new organisation is the one shown below: its first department and the built-in roles.
    await eventually(() => page.getByRole('heading', { name: 'Behörden von Landeshauptstadt Potsdam' }).count()).toBe(1);
    await eventually(() => page.getByTestId('departments').getByRole('listitem').allTextContents()).toEqual(['Landeshauptstadt Potsdam']);
    await eventually(() => page.getByTestId('roles').locator('tbody th').allTextContents()).toEqual(['admin', 'counter', 'lead', 'reception']);
    await page.getByLabel('Name der Behörde').fill('Bürgerservice Nord');
    await page.getByRole('button', { name: 'Anlegen', exact: true }).nth(1).click();
    await eventually(() => page.getByTestId('departments').getByRole('listitem').allTextContents()).toEqual(['Bürgerservice Nord', 'Landeshauptstadt Potsdam']);
    await check(page, 'admin-organisation-platform');

    // Offices are opened in the catalogue, each in the department picked.
    await openSection(page, 'Katalog');
    const addOffice = async (department: string, name: string, street: string) => {
      await page.getByLabel('Behörde', { exact: true }).selectOption({ label: department });
      await page.getByLabel('Name des Standorts', { exact: true }).fill(name);
      await page.getByLabel('Straße', { exact: true }).fill(street);
      await page.getByLabel('Hausnummer', { exact: true }).fill('1');
      await page.getByLabel('Postleitzahl', { exact: true }).fill('14467');
      await page.getByLabel('Ort', { exact: true }).fill('Potsdam');
      await page.getByRole('button', { name: 'Standort anlegen' }).click();
      await eventually(() => page.getByRole('status').allTextContents()).toContain(`Standort „${name}“ angelegt. Er steht jetzt in der Auswahl der Standorte.`);
    };
    // The departments of both organisations, once the catalogue has loaded them.
    await eventually(() =>
      page
        .getByLabel('Behörde', { exact: true })
        .locator('optgroup')
        .evaluateAll((groups) => groups.map((group) => group.getAttribute('label'))),
    ).toHaveLength(2);
    await addOffice('Bürgerservice Nord', 'Bürgerbüro Nord', 'Kirschallee');
    await addOffice('Landeshauptstadt Potsdam', 'Bürgerbüro Innenstadt', 'Friedrich-Ebert-Straße');
    await check(page, 'admin-catalogue-offices');
    const created = (await officesOf('potsdam')).edges.map((edge: { node: { name: string; department: { name: string } } }) => [edge.node.name, edge.node.department.name]);
    expect(created.sort()).toEqual([
      ['Bürgerbüro Innenstadt', 'Landeshauptstadt Potsdam'],
      ['Bürgerbüro Nord', 'Bürgerservice Nord'],
    ]);
    // The platform admin's choice of offices names each office's organisation.
    await eventually(() =>
      page
        .getByLabel('Standort', { exact: true })
        .locator('optgroup')
        .evaluateAll((groups) => groups.map((group) => group.getAttribute('label'))),
    ).toHaveLength(2);
    expect(problems).toEqual([]);
  }, 120_000);

  it("lets the organisation's admin define a role and give it to a new account for one department", async () => {
    const organisation = (await potsdam())!;
    const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
      input: { username: 'it-potsdam', displayName: 'IT Potsdam', password, organisationId: organisation.id, assignments: [{ roleId: organisation.roles.find((role) => role.name === 'admin')!.id }] },
    });
    expect(createStaffAccount.__typename).toBe('StaffAccount');

    const { page, problems } = await signIn(potsdamUrl, 'it-potsdam', password, '/admin');
    // An admin of the whole organisation administers all of its offices, and only those.
    await eventually(() => officeChoices(page)).toEqual(['Bürgerbüro Innenstadt', 'Bürgerbüro Nord']);
    await openSection(page, 'Organisation');
    await eventually(() => page.getByTestId('organisations').locator('tbody th').allTextContents()).toEqual(['Landeshauptstadt Potsdam']);
    expect(await page.getByLabel('Hostnamen von Landeshauptstadt Potsdam').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Organisation anlegen' }).count()).toBe(0);

    await page.getByLabel('Name der Rolle').fill('bereichsleitung');
    for (const right of ['Verwaltung des Standorts einsehen', 'Standort verwalten: Einstellungen, Öffnungszeiten, Dienstleistungen, Schalter', 'Kapazität und Schließtage ändern', 'Mitarbeitende anlegen und ihre Rollen vergeben']) {
      await page.getByLabel(right, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Rolle speichern' }).click();
    const row = page.getByTestId('roles').getByRole('row', { name: /^bereichsleitung/ });
    await eventually(() => row.locator('li').allTextContents()).toEqual([
      'Verwaltung des Standorts einsehen',
      'Standort verwalten: Einstellungen, Öffnungszeiten, Dienstleistungen, Schalter',
      'Kapazität und Schließtage ändern',
      'Mitarbeitende anlegen und ihre Rollen vergeben',
    ]);
    // Changing a role: its rights ticked as they are; one more.
    await page.getByRole('button', { name: 'Rolle bereichsleitung ändern' }).click();
    expect(await page.getByLabel('Kapazität und Schließtage ändern', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Statistik einsehen', { exact: true }).check();
    await page.getByRole('button', { name: 'Rolle speichern' }).click();
    await eventually(() => row.locator('li').count()).toBe(5);
    expect((await potsdam())!.roles.find((role) => role.name === 'bereichsleitung')!.permissions).toEqual(['manageCapacity', 'manageOffice', 'manageStaff', 'viewOfficeAdministration', 'viewStatistics']);
    await check(page, 'admin-organisation-roles');

    // The account, from the staff section of one of the department's offices.
    await page.getByLabel('Standort', { exact: true }).selectOption({ label: 'Bürgerbüro Nord' });
    await openSection(page, 'Mitarbeitende');
    await page.getByLabel('Benutzername').fill('leitung.nord');
    await page.getByLabel('Name', { exact: true }).last().fill('Nora Nord');
    await page.getByLabel('Passwort', { exact: true }).fill(password);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'bereichsleitung' });
    await eventually(() => page.getByLabel('Gilt für').locator('option').allTextContents()).toEqual([
      'ganze Organisation: Landeshauptstadt Potsdam',
      'Behörde: Bürgerservice Nord',
      'Behörde: Landeshauptstadt Potsdam',
      'Standort: Bürgerbüro Nord',
    ]);
    await page.getByLabel('Gilt für').selectOption({ label: 'Behörde: Bürgerservice Nord' });
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    const roles = page.getByRole('list', { name: 'Rollen von Nora Nord' }).getByRole('listitem');
    await eventually(() => texts(roles)).toEqual(['bereichsleitung · Bürgerservice Nord']);

    // Changing the account's roles: one more, for the office.
    await page.getByRole('button', { name: 'Rollen von Nora Nord ändern' }).click();
    const editor = page.getByTestId('roles-editor');
    await editor.getByLabel('Rolle', { exact: true }).selectOption({ label: 'counter' });
    await editor.getByLabel('Gilt für').selectOption({ label: 'Standort: Bürgerbüro Nord' });
    await editor.getByRole('button', { name: 'Hinzufügen' }).click();
    await eventually(() => texts(editor.locator('li > span:first-child'))).toEqual(['bereichsleitung · Bürgerservice Nord', 'counter · Bürgerbüro Nord']);
    await check(page, 'admin-staff-roles-editor');
    await editor.getByRole('button', { name: 'Rollen speichern' }).click();
    await eventually(() => texts(roles)).toEqual(['bereichsleitung · Bürgerservice Nord', 'counter · Bürgerbüro Nord']);
    await check(page, 'admin-staff-assignments');
    expect(problems).toEqual([]);
  }, 120_000);

  it("shows the department's account only its department's offices, on a phone too", async () => {
    const { page, problems } = await signIn(potsdamUrl, 'leitung.nord', password, '/admin', 'phone');
    await eventually(() => officeChoices(page)).toEqual(['Bürgerbüro Nord']);
    await eventually(() => sectionLinks(page)).toContain('Mitarbeitende');
    // Neither the organisation's nor the platform's sections: the role gives no right there.
    for (const section of ['Organisation', 'API-Schlüssel', 'Katalog']) expect(await sectionLinks(page)).not.toContain(section);
    await openSection(page, 'Mitarbeitende');
    await eventually(() => texts(page.getByRole('list', { name: 'Rollen von Nora Nord' }).getByRole('listitem'))).toEqual(['bereichsleitung · Bürgerservice Nord', 'counter · Bürgerbüro Nord']);
    // Only the department and the office are choices: no role for the whole organisation.
    await eventually(() => page.getByLabel('Gilt für').locator('option').allTextContents()).toEqual(['Behörde: Bürgerservice Nord', 'Standort: Bürgerbüro Nord']);
    expect(await documentWidth(page), await overflowing(page)).toBeLessThanOrEqual(360);
    await check(page, 'admin-staff-department-phone');
    // The other department's office stays closed to it.
    const innenstadt = (await officesOf('potsdam')).edges.find((edge: { node: { name: string } }) => edge.node.name === 'Bürgerbüro Innenstadt').node.id as string;
    await page.goto(`${potsdamUrl}/staff/admin/${innenstadt}/settings`);
    await eventually(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(problems.filter((problem) => !problem.includes('403') && !problem.includes('FORBIDDEN'))).toEqual([]);
  }, 120_000);

  it("lets a platform admin give an API key to an organisation, which then books in that organisation's offices only", async () => {
    const { page, problems } = await signIn(api.url, 'admin', adminPassword, `/admin/${berlinOffice.officeId}/apiKeys`);
    await eventually(() => page.getByRole('heading', { level: 2, name: 'API-Schlüssel', exact: true }).count()).toBe(1);
    await page.getByLabel('Für wen').fill('115 Potsdam');
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Landeshauptstadt Potsdam' });
    await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
    await eventually(() => page.getByTestId('api-key').textContent()).toMatch(/zk_/);
    const key = (await page.getByTestId('api-key').locator('code').textContent())!.trim();
    await eventually(() => page.locator('tbody th').allTextContents()).toEqual(['115 Potsdam']);
    await check(page, 'admin-api-keys');
    const { offices } = await api.data(`query { offices(first: 50) { edges { node { name } } } }`, {}, key);
    expect(offices.edges.map((edge: { node: { name: string } }) => edge.node.name).sort()).toEqual(['Bürgerbüro Innenstadt', 'Bürgerbüro Nord']);
    expect(problems).toEqual([]);
  }, 120_000);
});
