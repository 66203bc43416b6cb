import type { Browser, BrowserContext, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { accessibilityViolations, describeInBrowser, launchBrowser, openPage, screenshot } from '@zms/test-kit/browser';
import { graphql } from '@zms/test-kit/gql';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { startOidcProvider, type TestOidcProvider } from '@zms/test-kit/oidc-provider';

const suite = 'staff-oidc';
let api: TestApi;
let browser: Browser;
let provider: TestOidcProvider;
let office: OfficeFixture;
let slug: string;

const configure = graphql(`
  mutation OidcBrowserConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {
    configureIdentityProvider(input: $input) {
      __typename
    }
  }
`);

const anna = { sub: 'anna-sub-1', preferred_username: 'anna.schmidt', name: 'Anna Schmidt', email: 'anna@bezirk.example', groups: ['zms-counter-mitte'] };

/** The provider's development pages ask a font of Google's, which nobody here reaches: answered empty. */
async function offline(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/css', body: '' }));
}

async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describeInBrowser('staff: sign-in with the organisation’s identity provider', ['staff'], () => {
  beforeAll(async () => {
    // The real clock: the provider's tokens are checked against it, and the session must hold in the browser now.
    [api, browser] = await Promise.all([startTestApi(new Date().toISOString()), launchBrowser()]);
    provider = await startOidcProvider({ redirectUris: [`${api.url}/auth/oidc/callback`], postLogoutRedirectUris: [`${api.url}/staff/login`], users: [anna] });
    office = await createOffice(api, 'Bürgeramt Mitte');
    const db = new pg.Pool({ connectionString: api.database.url });
    const { rows } = await db.query<{ id: string; slug: string }>('select o.id::text, o.slug from office f join organisation o on o.id = f.organisation_id where f.id = $1', [api.databaseKey(office.officeId)]);
    await db.end();
    slug = rows[0].slug;
    const { configureIdentityProvider } = await api.admin(configure, {
      input: {
        organisationId: api.publicId(rows[0].id),
        displayName: 'Berlin-Login',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        scopes: ['openid', 'profile', 'email', 'groups'],
        mappings: [{ claimValue: 'zms-counter-mitte', roleName: 'counter', officeId: office.officeId }],
      },
    });
    expect(configureIdentityProvider.__typename).toBe('IdentityProviderSettings');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await provider?.stop();
    await api?.stop();
  });

  it('signs in at the provider, lands in the counter app with the mapped role, and logs out of both', async () => {
    const { context, page, problems } = await openPage(browser);
    await offline(context);
    await page.goto(`${api.url}/staff/login?next=/counter`);
    const button = page.getByRole('link', { name: 'Anmelden mit Berlin-Login' });
    await button.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, suite, 'sign-in-with-provider');

    await button.click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await signInAtProvider(page, anna.sub);
    await page.waitForURL(`${api.url}/staff/counter`);
    await page.getByRole('heading', { level: 1, name: 'Schalter' }).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    expect(await page.locator('.app-header__end').textContent()).toContain('Anna Schmidt');
    // The counter role at the office: the office is offered to work at.
    await expect.poll(() => page.locator('main').textContent()).toContain('Bürgeramt Mitte');
    await screenshot(page, suite, 'counter-after-provider-sign-in');

    // Logout ends ours and sends the browser to the provider's, which returns to the sign-in page.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${api.url}/staff/login`));
    expect((await context.cookies(api.url)).some((cookie) => cookie.name === 'zms_session')).toBe(false);
    // Signed out at the provider too: the next sign-in asks for the login again.
    await page.getByRole('link', { name: 'Anmelden mit Berlin-Login' }).click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.locator('input[name="login"]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses with a clear page when the groups map to no role any more', async () => {
    provider.users.get(anna.sub)!.groups = ['another-application'];
    const { context, page } = await openPage(browser);
    await offline(context);
    await page.goto(`${api.url}/auth/oidc/${slug}/login?return=/staff/counter`);
    await signInAtProvider(page, anna.sub);
    await page.getByRole('heading', { name: 'Anmeldung nicht möglich' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('keine Ihrer Gruppen gibt Ihnen hier eine Rolle');
    expect((await context.cookies(api.url)).some((cookie) => cookie.name === 'zms_session')).toBe(false);
    await screenshot(page, suite, 'no-role');
    await context.close();
  });
});
