import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Logger } from 'pino';
import { safeReturnPath } from '../../../domain/accounts/claim-mapping';
import type { Clock } from '../../../platform/clock';
import { sessionCookie, tokenFrom } from '../authentication';
import { DiscoveryFailed } from './oidc-client';
import { SignInRefusal, type OidcService } from './oidc.service';

/** Binds a pending sign-in to the browser that began it; lives only while the browser is at the provider. */
const loginCookie = 'zms_oidc_login';
const loginCookiePath = '/auth/oidc/';
const callbackPath = '/auth/oidc/callback';
/** Where the provider sends the browser after its logout; register it as a post-logout redirect URI. */
const afterLogoutPath = '/staff/login';

export interface OidcRoutesOptions {
  oidc: OidcService;
  orm: MikroORM;
  clock: Clock;
  /** Whether cookies are sent over https only (PUBLIC_BASE_URL is https). */
  secureCookies: boolean;
  /**
   * Charges a sign-in begun to the client address's request budget; throws when it is spent. Each
   * one writes a pending row, so a flood of them is refused before it reaches the database.
   */
  chargeSignIn(clientAddress: string | null): Promise<void>;
}

const texts: Record<SignInRefusal | 'noProvider' | 'unreachable' | 'tooMany', { status: number; de: string; en: string }> = {
  tooMany: { status: 429, de: 'Zu viele Anmeldeversuche von dieser Adresse. Bitte in einer Minute erneut versuchen.', en: 'Too many sign-ins from this address. Please try again in a minute.' },
  noProvider: { status: 404, de: 'Diese Organisation hat keine Anmeldung über einen Identitätsanbieter.', en: 'This organisation has no sign-in with an identity provider.' },
  unreachable: { status: 502, de: 'Der Identitätsanbieter ist gerade nicht erreichbar. Bitte später erneut versuchen.', en: 'The identity provider cannot be reached right now. Please try again later.' },
  [SignInRefusal.unknownState]: { status: 400, de: 'Diese Anmeldung ist unbekannt, schon benutzt oder abgelaufen. Bitte erneut anmelden.', en: 'This sign-in is unknown, used already or expired. Please sign in again.' },
  [SignInRefusal.otherBrowser]: { status: 400, de: 'Die Anmeldung wurde in einem anderen Browser begonnen. Bitte hier erneut anmelden.', en: 'The sign-in was begun in another browser. Please sign in again here.' },
  [SignInRefusal.providerError]: { status: 401, de: 'Der Identitätsanbieter hat die Anmeldung nicht bestätigt.', en: 'The identity provider did not confirm the sign-in.' },
  [SignInRefusal.providerUnreachable]: { status: 502, de: 'Die Antwort des Identitätsanbieters ließ sich nicht prüfen. Bitte erneut anmelden.', en: "The identity provider's answer could not be verified. Please sign in again." },
  [SignInRefusal.noRoles]: {
    status: 403,
    de: 'Sie sind beim Identitätsanbieter angemeldet, aber keine Ihrer Gruppen gibt Ihnen hier eine Rolle. Bitte wenden Sie sich an Ihre Administration.',
    en: 'You are signed in at the identity provider, but none of your groups gives you a role here. Please ask your administrators.',
  },
  [SignInRefusal.disabled]: { status: 403, de: 'Ihr Konto ist hier gesperrt.', en: 'Your account is disabled here.' },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A page of our own for a sign-in that gave no session: plain, in both languages, with the way back. */
function refusalPage(res: express.Response, reason: keyof typeof texts): void {
  const text = texts[reason];
  res
    .status(text.status)
    .type('html')
    .set('cache-control', 'no-store')
    .send(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Anmeldung nicht möglich</title></head>` +
        `<body><main><h1>Anmeldung nicht möglich</h1><p data-reason="${reason}">${escapeHtml(text.de)}</p><p lang="en">${escapeHtml(text.en)}</p><p><a href="/staff/login">Zur Anmeldung</a></p></main></body></html>`,
    );
}

/** The origin the browser uses: the callback and the session cookie must be on the host its staff app runs on (organisations may have hosts of their own). */
const originOf = (req: express.Request) => `${req.protocol}://${req.host}`;

/**
 * The browser's side of OpenID Connect sign-in: `GET /auth/oidc/:organisation/login?return=/staff/`
 * sends it to the organisation's provider, `GET /auth/oidc/callback` comes back with the code and
 * sets the session cookie, `POST /auth/logout` ends our session and, for one from a provider,
 * sends the browser to the provider's logout.
 */
export function oidcRoutes({ oidc, orm, clock, secureCookies, chargeSignIn }: OidcRoutesOptions): express.Router {
  const router = express.Router();
  const cookieOptions = (req: express.Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: secureCookies || req.secure, path: '/' });
  const log = (res: express.Response): Logger | undefined => res.locals.log as Logger | undefined;

  router.get('/auth/oidc/:organisation/login', async (req, res, next) => {
    try {
      try {
        await chargeSignIn(req.ip ?? null);
      } catch (error) {
        if ((error as { extensions?: { code?: unknown } }).extensions?.code === 'RATE_LIMITED') return refusalPage(res, 'tooMany');
        throw error;
      }
      const returnPath = safeReturnPath(req.query.return);
      const begun = await oidc.beginLogin(orm.em.fork(), clock.now(), String(req.params.organisation), returnPath, `${originOf(req)}${callbackPath}`);
      if (!begun) return refusalPage(res, 'noProvider');
      res.cookie(loginCookie, begun.browserToken, { ...cookieOptions(req), path: loginCookiePath, maxAge: 10 * 60_000 });
      res.set('cache-control', 'no-store').redirect(303, begun.url.href);
    } catch (error) {
      if (!(error instanceof DiscoveryFailed)) return next(error);
      log(res)?.warn({ reason: error.message }, 'identity provider discovery failed');
      refusalPage(res, 'unreachable');
    }
  });

  router.get(callbackPath, async (req, res, next) => {
    try {
      const browserToken = tokenFromCookie(req.headers.cookie, loginCookie);
      res.clearCookie(loginCookie, { ...cookieOptions(req), path: loginCookiePath });
      const currentUrl = new URL(req.originalUrl, originOf(req));
      const outcome = await oidc.completeLogin(orm.em.fork(), clock.now(), currentUrl, browserToken);
      if (outcome.kind === 'refused') {
        // The refusal and openid-client's check, never a claim or token.
        log(res)?.warn({ refusal: outcome.refusal, detail: outcome.detail }, 'oidc sign-in refused');
        return refusalPage(res, outcome.refusal);
      }
      res.cookie(sessionCookie, outcome.token, { ...cookieOptions(req), expires: outcome.expiresAt });
      res.set('cache-control', 'no-store').redirect(303, outcome.returnPath);
    } catch (error) {
      next(error);
    }
  });

  // POST only: a link elsewhere cannot sign staff out, and SameSite=Lax keeps the cookie from cross-site forms.
  // Answers a redirect, or `{ location }` to a caller that accepts JSON only.
  router.post('/auth/logout', async (req, res, next) => {
    try {
      const token = tokenFrom(undefined, req.headers.cookie);
      res.clearCookie(sessionCookie, { path: '/' });
      const providerLogout = await oidc.logout(orm.em.fork(), token, `${originOf(req)}${afterLogoutPath}`).catch((error: unknown) => {
        // Our session is over either way; the provider's stays when it cannot be reached.
        if (!(error instanceof DiscoveryFailed)) throw error;
        log(res)?.warn({ reason: error.message }, 'identity provider discovery failed at logout');
        return null;
      });
      const location = providerLogout?.href ?? afterLogoutPath;
      res.set('cache-control', 'no-store');
      // Our apps ask for JSON and navigate themselves: their pages' form-action 'self' would block a form's redirect to the provider.
      if (req.accepts(['html', 'json']) === 'json') res.json({ location });
      else res.redirect(303, location);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function tokenFromCookie(header: string | undefined, name: string): string | null {
  const part = header
    ?.split(';')
    .map((item) => item.trim())
    .find((item) => item.startsWith(`${name}=`));
  return part ? decodeURIComponent(part.slice(name.length + 1)) || null : null;
}
