import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, adminUsername, startTestApi, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { HttpBrowser, startOidcProvider, type TestOidcProvider } from '@zms/test-kit/oidc-provider';

let api: TestApi;
let provider: TestOidcProvider;
let db: pg.Pool;
let office: OfficeFixture;
let organisation: { id: string; slug: string; departmentId: string };

const configure = graphql(`
  mutation OidcConfigureIdentityProvider($input: ConfigureIdentityProviderInput!) {
    configureIdentityProvider(input: $input) {
      __typename
      ... on IdentityProviderSettings {
        id
        issuer
        clientId
        hasClientSecret
        scopes
        groupsClaim
        mappings {
          claimValue
          roleName
          departmentId
          officeId
        }
      }
      ... on InvalidInput {
        problems
        fieldProblems {
          field
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const settings = graphql(`
  query OidcIdentityProvider($organisationId: ID!) {
    identityProvider(organisationId: $organisationId) {
      displayName
      hasClientSecret
      mappings {
        claimValue
        roleName
      }
    }
  }
`);
const signInProviders = graphql(`
  query OidcSignInProviders($organisation: String) {
    signInProviders(organisation: $organisation) {
      organisationSlug
      displayName
      loginPath
    }
  }
`);
const viewer = graphql(`
  query OidcViewer {
    viewer {
      kind
      account {
        username
        displayName
        assignments {
          source
          role {
            name
          }
          office {
            id
          }
          department {
            id
          }
        }
      }
    }
    sessionSignInProvider {
      displayName
    }
  }
`);
const queue = graphql(`
  query OidcQueue($officeId: ID!) {
    queue(officeId: $officeId) {
      computedAt
    }
  }
`);

const anna = { sub: 'anna-sub-1', preferred_username: 'Anna.Schmidt', name: 'Anna Schmidt', email: 'anna@bezirk.example', groups: ['zms-counter'] };

function sessionOf(browser: HttpBrowser): string {
  const token = browser.cookies.get('zms_session');
  if (!token) throw new Error('no session cookie');
  return decodeURIComponent(token);
}

/** Signs in at the provider as `login` and answers where the browser landed. */
async function signIn(browser: HttpBrowser, login: string, returnPath = '/staff/counter') {
  return browser.follow(`${api.url}/auth/oidc/${organisation.slug}/login?return=${encodeURIComponent(returnPath)}`, login);
}

/** Runs a sign-in up to the provider's answer, without calling back: the callback's address. */
async function callbackUrlOf(browser: HttpBrowser, login: string): Promise<string> {
  const stopped = await browser.follow(`${api.url}/auth/oidc/${organisation.slug}/login`, login, { stopAt: (url) => url.startsWith(`${api.url}/auth/oidc/callback`) });
  expect(stopped.url.startsWith(`${api.url}/auth/oidc/callback?`)).toBe(true);
  return stopped.url;
}

describe('staff sign-in with OpenID Connect', () => {
  beforeAll(async () => {
    // The real clock: the provider's tokens are checked against it.
    api = await startTestApi(new Date().toISOString());
    provider = await startOidcProvider({ redirectUris: [`${api.url}/auth/oidc/callback`], postLogoutRedirectUris: [`${api.url}/staff/login`], users: [anna] });
    db = new pg.Pool({ connectionString: api.database.url });
    office = await createOffice(api, 'Bürgeramt Mitte');
    const { rows } = await db.query<{ id: string; slug: string; department_id: string }>('select o.id::text, o.slug, f.department_id::text from office f join organisation o on o.id = f.organisation_id where f.id = $1', [
      api.databaseKey(office.officeId),
    ]);
    organisation = { id: api.publicId(rows[0].id), slug: rows[0].slug, departmentId: api.publicId(rows[0].department_id) };
  }, 60_000);

  afterAll(async () => {
    await db?.end();
    await provider?.stop();
    await api?.stop();
  });

  const input = () => ({
    organisationId: organisation.id,
    displayName: 'Berlin-Login',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: ['openid', 'profile', 'email', 'groups'],
    mappings: [
      { claimValue: 'zms-counter', roleName: 'counter', officeId: office.officeId },
      { claimValue: 'zms-leads', roleName: 'lead', departmentId: organisation.departmentId },
    ],
  });

  it('refuses an issuer it cannot discover, a role the organisation lacks, and callers without the right', async () => {
    const unreachable = await api.admin(configure, { input: { ...input(), issuer: 'http://127.0.0.1:9/realms/none' } });
    expect(unreachable.configureIdentityProvider.__typename).toBe('InvalidInput');
    expect(unreachable.configureIdentityProvider.fieldProblems).toEqual([{ field: 'issuer' }]);

    const unknownRole = await api.admin(configure, { input: { ...input(), mappings: [{ claimValue: 'x', roleName: 'janitor' }] } });
    expect(unknownRole.configureIdentityProvider.fieldProblems).toEqual([{ field: 'mappings.0.roleName' }]);

    const anonymous = await api.graphql(configure, { input: input() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores the provider and its mapping, and never answers the secret', async () => {
    const { configureIdentityProvider } = await api.admin(configure, { input: input() });
    expect(configureIdentityProvider).toMatchObject({ __typename: 'IdentityProviderSettings', issuer: provider.issuer, hasClientSecret: true, groupsClaim: 'groups' });
    expect(configureIdentityProvider.mappings).toEqual([
      { claimValue: 'zms-counter', roleName: 'counter', departmentId: null, officeId: office.officeId },
      { claimValue: 'zms-leads', roleName: 'lead', departmentId: organisation.departmentId, officeId: null },
    ]);
    // Omitting the secret keeps it.
    const { configureIdentityProvider: again } = await api.admin(configure, { input: { ...input(), clientSecret: null } });
    expect(again.hasClientSecret).toBe(true);
    const { identityProvider } = await api.admin(settings, { organisationId: organisation.id });
    expect(identityProvider).toMatchObject({ displayName: 'Berlin-Login', hasClientSecret: true });
    expect(JSON.stringify(identityProvider)).not.toContain(provider.clientSecret);
    // A copy of the database does not give the secret away either: it is stored sealed.
    const [stored] = await api.app.orm.em.fork().execute<{ client_secret: string }[]>('select client_secret from identity_provider');
    expect(stored.client_secret).toMatch(/^v1\./);
    expect(stored.client_secret).not.toContain(provider.clientSecret);

    const { signInProviders: buttons } = await api.data(signInProviders, { organisation: organisation.slug });
    expect(buttons).toEqual([{ organisationSlug: organisation.slug, displayName: 'Berlin-Login', loginPath: `/auth/oidc/${organisation.slug}/login` }]);
  });

  it('signs a browser in at the provider with the roles its groups map to, and a removed group removes the right at the next sign-in', async () => {
    const browser = new HttpBrowser();
    const landed = await signIn(browser, anna.sub);
    expect(landed.url).toBe(`${api.url}/staff/counter`);
    const token = sessionOf(browser);
    const { viewer: signedIn, sessionSignInProvider } = await api.data(viewer, {}, token);
    expect(signedIn.account).toMatchObject({ username: 'anna.schmidt', displayName: 'Anna Schmidt' });
    expect(signedIn.account.assignments).toEqual([{ source: 'oidc', role: { name: 'counter' }, office: { id: office.officeId }, department: null }]);
    expect(sessionSignInProvider).toEqual({ displayName: 'Berlin-Login' });
    // The counter role works the queue of its office.
    expect((await api.graphql(queue, { officeId: office.officeId }, token)).data?.queue.computedAt).toBeTruthy();

    // A later sign-in finds the same account; its groups now give the lead role in the department.
    provider.users.get(anna.sub)!.groups = ['zms-leads'];
    const second = new HttpBrowser();
    expect((await signIn(second, anna.sub)).url).toBe(`${api.url}/staff/counter`);
    const { viewer: lead } = await api.data(viewer, {}, sessionOf(second));
    expect(lead.account.assignments).toEqual([{ source: 'oidc', role: { name: 'lead' }, office: null, department: { id: organisation.departmentId } }]);
    expect((await db.query('select count(*)::int as n from staff_account where username like $1', ['anna.schmidt%'])).rows[0].n).toBe(1);

    // No group that maps: no session, a page that says so, and the roles from claims are gone.
    provider.users.get(anna.sub)!.groups = ['other-application'];
    const third = new HttpBrowser();
    const refused = await signIn(third, anna.sub);
    expect(refused.response.status).toBe(403);
    expect(refused.body).toContain('data-reason="noRoles"');
    expect(third.cookies.has('zms_session')).toBe(false);
    const { viewer: without } = await api.data(viewer, {}, token);
    expect(without.account.assignments).toEqual([]);
    expect((await api.graphql(queue, { officeId: office.officeId }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    provider.users.get(anna.sub)!.groups = ['zms-counter'];
  });

  it('refuses a forged state, a state used twice, and a callback in another browser', async () => {
    const forged = await new HttpBrowser().request(`${api.url}/auth/oidc/callback?code=abc&state=forged-state`);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('data-reason="unknownState"');

    const browser = new HttpBrowser();
    const callback = await callbackUrlOf(browser, anna.sub);
    const once = await browser.request(callback);
    expect(once.status).toBe(303);
    expect(once.headers.get('location')).toBe('/staff/');
    const twice = await browser.request(callback);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain('data-reason="unknownState"');

    const other = await callbackUrlOf(new HttpBrowser(), anna.sub);
    const elsewhere = await new HttpBrowser().request(other);
    expect(await elsewhere.text()).toContain('data-reason="otherBrowser"');
  });

  it('sends the browser back only to a path of this origin', async () => {
    const browser = new HttpBrowser();
    const landed = await signIn(browser, anna.sub, '//evil.example/staff/');
    expect(landed.url).toBe(`${api.url}/staff/`);
  });

  it('logs out of both: our session ends and the provider asks for a login again', async () => {
    const browser = new HttpBrowser();
    await signIn(browser, anna.sub);
    const token = sessionOf(browser);
    const logout = await browser.request(`${api.url}/auth/logout`, { method: 'POST' });
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.headers.get('location')!);
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${api.url}/staff/login`);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(browser.cookies.has('zms_session')).toBe(false);
    expect((await api.graphql(viewer, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // The provider's confirmation, as its page submits it.
    const confirm = await browser.follow(endSession.href);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.body)![1];
    const action = /id="op.logoutForm" method="post" action="([^"]+)"/.exec(confirm.body)![1];
    const after = await browser.follow(new URL(action, endSession).href, undefined, { form: { xsrf, logout: 'yes' } });
    expect(after.url).toBe(`${api.url}/staff/login`);

    // Signed out at the provider too: the next sign-in shows its login form.
    const again = await browser.follow(`${api.url}/auth/oidc/${organisation.slug}/login`);
    expect(again.url.startsWith(provider.issuer)).toBe(true);
    expect(again.body).toContain('name="prompt" value="login"');
  });

  it('ends a password session at the same route and sends the browser to the sign-in page', async () => {
    const response = await fetch(`${api.url}/auth/logout`, { method: 'POST', redirect: 'manual', headers: { cookie: `zms_session=${encodeURIComponent(api.adminToken)}` } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/login');
    expect((await api.graphql(viewer, {}, api.adminToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Our apps ask for JSON and navigate themselves.
    const token = await api.login(adminUsername, adminPassword);
    const asked = await fetch(`${api.url}/auth/logout`, { method: 'POST', headers: { accept: 'application/json', cookie: `zms_session=${encodeURIComponent(token)}` } });
    expect(await asked.json()).toEqual({ location: '/staff/login' });
    expect((await api.graphql(viewer, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
