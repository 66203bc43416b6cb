import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** A person at the test provider: the claims it gives; change `groups` between sign-ins. */
export interface TestUser {
  sub: string;
  preferred_username: string;
  name: string;
  email: string;
  groups: string[];
}

export interface TestOidcProvider {
  /** The issuer identifier (plain http: the API allows it in tests only). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** By subject; the login form's "login" field is the subject, any password does. */
  users: Map<string, TestUser>;
  stop(): Promise<void>;
}

export interface TestOidcProviderOptions {
  /** The API's callback, e.g. `${api.url}/auth/oidc/callback`. */
  redirectUris: string[];
  /** Where the provider may send the browser after its logout, e.g. `${api.url}/staff/login`. */
  postLogoutRedirectUris: string[];
  users: TestUser[];
  /**
   * false: the ID token carries only what OpenID Connect requires and the profile and groups come
   * from userinfo (as AD FS does by default); true (default): in the ID token as well (as Keycloak does).
   */
  claimsInIdToken?: boolean;
}

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * A real OpenID provider (panva's oidc-provider) in the test's process, on a port of its own: its
 * development login form takes any subject, consent is given for our client (a first-party client,
 * as a city's Keycloak has it), and its pages load nothing from elsewhere.
 */
export async function startOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const users = new Map(options.users.map((user) => [user.sub, user]));
  const clientId = 'zms-staff';
  const clientSecret = 'test-client-secret-of-the-zms-staff-app';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'], groups: ['groups'] },
    conformIdTokenClaims: options.claimsInIdToken === false,
    async findAccount(_ctx, sub) {
      const user = users.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => ({ ...users.get(sub)! }) };
    },
    // Consent for everything our client asks: it is the city's own application.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const session = ctx.oidc.session!;
      const client = ctx.oidc.client!;
      const grantId = session.grantIdFor(client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! });
      grant.addOIDCScope('openid profile email groups');
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    pkce: { required: () => true },
    // Lifetimes of the provider's own records (seconds), given so that it does not note its defaults.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    cookies: { keys: ['cookie-key-of-the-test-provider'] },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page('Sign out at the provider?', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page('Signed out at the provider', '');
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Provider error', `<pre>${String(out.error)}: ${String(out.error_description ?? '')}</pre>`);
    },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    users,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's cookies and redirects, by HTTP alone, for API tests: one jar for one host (cookies
 * are per host name, not per port, as in a browser), redirects followed by hand so that every
 * step is seen.
 */
export class HttpBrowser {
  readonly cookies = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((attribute) => /^\s*expires=/i.test(attribute) && Date.parse(attribute.split('=')[1]) <= Date.now()) || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url` and submits the provider's login form as `login` where it comes;
   * answers the last response (not a redirect) and the address it came from. `stopAt` ends the walk
   * before a redirect to an address it accepts is followed (answered with that redirect).
   */
  async follow(url: string, login?: string, init: { method?: string; form?: Record<string, string>; stopAt?: (url: string) => boolean } = {}): Promise<{ response: Response; url: string; body: string }> {
    let current = url;
    let response = await this.request(current, init);
    for (let step = 0; step < 20; step += 1) {
      if (response.status >= 300 && response.status < 400) {
        current = new URL(response.headers.get('location')!, current).href;
        if (init.stopAt?.(current)) return { response, url: current, body: '' };
        response = await this.request(current);
        continue;
      }
      const body = await response.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="prompt" value="login"/.exec(body);
      if (!form || login === undefined) return { response, url: current, body };
      current = new URL(form[1].replace(/&amp;/g, '&'), current).href;
      response = await this.request(current, { form: { prompt: 'login', login, password: 'any password' } });
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
