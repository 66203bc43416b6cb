import type { EntityManager } from '@mikro-orm/postgresql';
import * as client from 'openid-client';
import { claimValues, displayNameFromClaims, mappedAssignments, uniqueUsername, usernameFromClaims, type ClaimMappingRule } from '../../../domain/accounts/claim-mapping';
import { Permission } from '../../../domain/accounts/principal';
import { InvalidInput, NotFound, type FieldProblemSpec } from '../../../platform/graphql/errors';
import { parseId } from '../../../platform/graphql/ids';
import { authorizeInOrganisation, type RequestContext } from '../../../platform/request-context';
import { CredentialKind, SecretBox, digest, matchesDigest, newCredential, newSecret } from '../../../platform/secrets';
import { sqlInstant } from '../../../platform/sql';
import { inTransaction } from '../../../platform/transaction';
import { audit } from '../../audit/audit';
import { requestOrganisation } from '../../catalog/tenancy';
import { DiscoveryFailed, OidcClients, type ProviderEndpoint } from './oidc-client';
import { IdentityProviderSettings, RemovedIdentityProvider, SignInProvider, type ConfigureIdentityProviderInput, type RemoveIdentityProviderInput } from './oidc.types';

/** How long a browser may take at the provider before the sign-in it began is void. */
const pendingLoginMinutes = 10;
const defaultScopes = ['openid', 'profile', 'email'];
/** Marks an account made by a provider's sign-in: no password of ours verifies against it (platform/passwords reads only scrypt hashes). */
const noLocalPassword = 'oidc';

export interface OidcSettings {
  /** Plain http issuers only outside production: tests run their provider on http. */
  allowHttpIssuers: boolean;
  sessionHours: number;
  /** Seals the client secrets in the database (key: LINK_SIGNING_SECRET). */
  clientSecrets: SecretBox;
}

interface ProviderRow {
  id: string;
  organisation_id: number;
  display_name: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  scopes: string[];
  groups_claim: string;
  updated_at: string | Date;
}

interface MappingRow {
  claim_value: string;
  role_id: string;
  role_name: string;
  department_id: string | null;
  office_id: string | null;
}

/** Why a sign-in at the provider did not give a session; the router turns it into a page. */
export enum SignInRefusal {
  /** No sign-in of ours with this state: forged, used already, or older than the pending time. */
  unknownState = 'unknownState',
  /** The callback came to another browser than the one that began the sign-in. */
  otherBrowser = 'otherBrowser',
  /** The provider answered with an error (the user cancelled, or it refused us). */
  providerError = 'providerError',
  /** The provider could not be reached or its answer did not pass the checks. */
  providerUnreachable = 'providerUnreachable',
  /** The groups claim maps to no role here. */
  noRoles = 'noRoles',
  /** The account is disabled here. */
  disabled = 'disabled',
}

export type SignInOutcome = { kind: 'signedIn'; token: string; expiresAt: Date; returnPath: string } | { kind: 'refused'; refusal: SignInRefusal; detail?: string };

const signInProviderOf = (row: { name: string; slug: string; display_name: string }): SignInProvider =>
  Object.assign(new SignInProvider(), { organisationName: row.name, organisationSlug: row.slug, displayName: row.display_name, loginPath: `/auth/oidc/${encodeURIComponent(row.slug)}/login` });
// A secret sealed under another key (LINK_SIGNING_SECRET changed) opens to nothing: the provider
// then refuses the client, and an admin enters the secret again.
const endpointOf = (row: ProviderRow, box: SecretBox): ProviderEndpoint => ({
  id: row.id,
  issuer: row.issuer,
  clientId: row.client_id,
  clientSecret: row.client_secret === null ? null : box.open(row.client_secret),
  updatedAt: sqlInstant(row.updated_at),
});
const providerColumns = 'p.id::text, p.organisation_id, p.display_name, p.issuer, p.client_id, p.client_secret, p.scopes, p.groups_claim, p.updated_at';
const scopePattern = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
const claimPathPattern = /^[A-Za-z0-9_:/-]+(\.[A-Za-z0-9_:/-]+)*$/;

/**
 * Staff sign-in with an organisation's OpenID Connect provider: its settings and mapping (admin),
 * the authorization code flow with PKCE (the router's routes), and the logout that ends both
 * sessions. Tokens and claims are checked by openid-client; nothing of them is logged.
 */
export class OidcService {
  readonly clients: OidcClients;

  constructor(private readonly settings: OidcSettings) {
    this.clients = new OidcClients(settings.allowHttpIssuers);
  }

  private async mappingsOf(em: EntityManager, providerId: string): Promise<MappingRow[]> {
    return em.execute<MappingRow[]>(
      `select m.claim_value, m.role_id::text, r.name as role_name, m.department_id::text, m.office_id::text
         from identity_provider_mapping m join role r on r.id = m.role_id
        where m.identity_provider_id = ? order by m.position`,
      [providerId],
    );
  }

  private async view(em: EntityManager, row: ProviderRow): Promise<IdentityProviderSettings> {
    const mappings = await this.mappingsOf(em, row.id);
    return Object.assign(new IdentityProviderSettings(), {
      id: String(row.id),
      organisationId: String(row.organisation_id),
      displayName: row.display_name,
      issuer: row.issuer,
      clientId: row.client_id,
      hasClientSecret: row.client_secret !== null,
      scopes: row.scopes,
      groupsClaim: row.groups_claim,
      updatedAt: sqlInstant(row.updated_at),
      mappings: mappings.map((mapping) => ({ claimValue: mapping.claim_value, roleName: mapping.role_name, departmentId: mapping.department_id, officeId: mapping.office_id })),
    });
  }

  /** An organisation's provider settings, for its administrators; null without one. */
  async identityProvider(ctx: RequestContext, organisationIdText: string): Promise<IdentityProviderSettings | null> {
    const organisationId = parseId(organisationIdText);
    if (organisationId === null) return null;
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const [row] = await ctx.em.execute<ProviderRow[]>(`select ${providerColumns} from identity_provider p where p.organisation_id = ?`, [organisationId]);
    return row ? this.view(ctx.em, row) : null;
  }

  async configure(ctx: RequestContext, input: ConfigureIdentityProviderInput): Promise<IdentityProviderSettings | InvalidInput | NotFound> {
    const organisationId = parseId(input.organisationId);
    if (organisationId === null) return new NotFound('There is no such organisation.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    const [organisation] = await ctx.em.execute<{ id: string }[]>('select id from organisation where id = ?', [organisationId]);
    if (!organisation) return new NotFound('There is no such organisation.');

    const problems: FieldProblemSpec[] = [];
    const displayName = input.displayName.trim();
    const issuer = input.issuer.trim();
    const clientId = input.clientId.trim();
    const groupsClaim = (input.groupsClaim ?? 'groups').trim();
    const scopes = [...new Set(['openid', ...(input.scopes ?? defaultScopes).map((scope) => scope.trim()).filter(Boolean)])];
    if (!displayName) problems.push({ field: 'displayName', message: 'A name for the sign-in button is required.' });
    if (!this.clients.acceptsIssuer(issuer)) problems.push({ field: 'issuer', message: `The issuer must be an ${this.settings.allowHttpIssuers ? 'http or https' : 'https'} URL without query or fragment.` });
    if (!clientId) problems.push({ field: 'clientId', message: 'A client id is required.' });
    if (!claimPathPattern.test(groupsClaim)) problems.push({ field: 'groupsClaim', message: 'The groups claim is a claim name, with dots to reach into objects (e.g. realm_access.roles).' });
    scopes.forEach((scope, index) => {
      if (!scopePattern.test(scope)) problems.push({ field: `scopes.${index}`, message: `"${scope}" is not a scope.` });
    });

    // Roles by name, and departments and offices of this organisation only.
    const roles = new Map((await ctx.em.execute<{ id: string; name: string }[]>('select id::text, name from role where organisation_id = ?', [organisationId])).map((role) => [role.name, role.id]));
    const rules: (ClaimMappingRule & { position: number })[] = [];
    for (const [index, mapping] of input.mappings.entries()) {
      const claimValue = mapping.claimValue.trim();
      const roleId = roles.get(mapping.roleName.trim());
      const departmentId = mapping.departmentId ? parseId(mapping.departmentId) : null;
      const officeId = mapping.officeId ? parseId(mapping.officeId) : null;
      if (!claimValue) problems.push({ field: `mappings.${index}.claimValue`, message: 'A claim value is required.' });
      if (!roleId) problems.push({ field: `mappings.${index}.roleName`, message: `The organisation has no role "${mapping.roleName}".` });
      if (mapping.departmentId && mapping.officeId) problems.push({ field: `mappings.${index}.officeId`, message: 'Give a department or an office, not both.' });
      if (mapping.departmentId && (departmentId === null || (await ctx.em.execute('select 1 from department where id = ? and organisation_id = ?', [departmentId, organisationId])).length === 0)) {
        problems.push({ field: `mappings.${index}.departmentId`, message: `The organisation has no department ${mapping.departmentId}.` });
      }
      if (mapping.officeId && (officeId === null || (await ctx.em.execute('select 1 from office where id = ? and organisation_id = ?', [officeId, organisationId])).length === 0)) {
        problems.push({ field: `mappings.${index}.officeId`, message: `The organisation has no office ${mapping.officeId}.` });
      }
      if (roleId) rules.push({ claimValue, roleId, departmentId: departmentId === null ? null : String(departmentId), officeId: officeId === null ? null : String(officeId), position: index });
    }
    if (problems.length > 0) return new InvalidInput(problems);

    const [stored] = await ctx.em.execute<{ client_secret: string | null }[]>('select client_secret from identity_provider where organisation_id = ?', [organisationId]);
    const storedSecret = stored?.client_secret ? this.settings.clientSecrets.open(stored.client_secret) : null;
    const clientSecret = input.clientSecret === undefined || input.clientSecret === null ? storedSecret : input.clientSecret.trim() || null;
    // Discovered before anything is stored, outside the transaction: a wrong issuer is the admin's typo, answered as such.
    try {
      await this.clients.discover(issuer, clientId, clientSecret);
    } catch (error) {
      if (!(error instanceof DiscoveryFailed)) throw error;
      return new InvalidInput([{ field: 'issuer', message: `The issuer's discovery document could not be read or does not name this issuer: ${error.message}` }]);
    }

    return inTransaction(ctx.em, async (em) => {
      const now = ctx.clock.now();
      const [row] = await em.execute<ProviderRow[]>(
        `insert into identity_provider as p (organisation_id, display_name, issuer, client_id, client_secret, scopes, groups_claim, updated_at)
         values (?, ?, ?, ?, ?, ?::text[], ?, ?)
         on conflict (organisation_id) do update set display_name = excluded.display_name, issuer = excluded.issuer, client_id = excluded.client_id,
           client_secret = excluded.client_secret, scopes = excluded.scopes, groups_claim = excluded.groups_claim, updated_at = excluded.updated_at
         returning ${providerColumns}`,
        [organisationId, displayName, issuer, clientId, clientSecret === null ? null : this.settings.clientSecrets.seal(clientSecret), `{${scopes.map((scope) => `"${scope}"`).join(',')}}`, groupsClaim, now],
      );
      await em.execute('delete from identity_provider_mapping where identity_provider_id = ?', [row.id]);
      for (const rule of rules) {
        await em.execute('insert into identity_provider_mapping (identity_provider_id, organisation_id, claim_value, role_id, department_id, office_id, position) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing', [
          row.id,
          organisationId,
          rule.claimValue,
          rule.roleId,
          rule.departmentId,
          rule.officeId,
          rule.position,
        ]);
      }
      // The secret stays out of the audit log.
      await audit(em, ctx, 'configureIdentityProvider', null, { organisationId, issuer, clientId, scopes, groupsClaim, mappings: rules.length, clientSecretChanged: clientSecret !== storedSecret });
      return this.view(em, row);
    });
  }

  async remove(ctx: RequestContext, input: RemoveIdentityProviderInput): Promise<RemovedIdentityProvider | NotFound> {
    const organisationId = parseId(input.organisationId);
    if (organisationId === null) return new NotFound('The organisation has no such identity provider.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisationId);
    return inTransaction(ctx.em, async (em) => {
      const [provider] = await em.execute<{ id: string }[]>('select id from identity_provider where organisation_id = ? for update', [organisationId]);
      if (!provider) return new NotFound('The organisation has no such identity provider.');
      // The sessions it gave end, and the roles from its claims go; accounts and their local roles stay.
      await em.execute('delete from staff_session where token_digest in (select token_digest from oidc_session where identity_provider_id = ?)', [provider.id]);
      await em.execute(`delete from role_assignment where organisation_id = ? and source = 'oidc'`, [organisationId]);
      await em.execute('delete from identity_provider where id = ?', [provider.id]);
      await audit(em, ctx, 'removeIdentityProvider', null, { organisationId });
      return Object.assign(new RemovedIdentityProvider(), { organisationId: String(organisationId) });
    });
  }

  /**
   * The sign-in buttons: of the organisation named by its slug, else of the one the request names
   * (path prefix, host name, or the installation's only one), else of every organisation with a provider.
   */
  async signInProviders(ctx: RequestContext, organisationSlug: string | null | undefined): Promise<SignInProvider[]> {
    const organisationId = organisationSlug ? null : await requestOrganisation(ctx);
    const [filter, parameters] = organisationSlug ? ['where o.slug = ?', [organisationSlug]] : organisationId !== null ? ['where o.id = ?', [organisationId]] : ['', []];
    const rows = await ctx.em.execute<{ name: string; slug: string; display_name: string }[]>(
      `select o.name, o.slug, p.display_name from identity_provider p join organisation o on o.id = p.organisation_id ${filter} order by o.name`,
      parameters,
    );
    return rows.map(signInProviderOf);
  }

  /** The provider the caller's session came from; null for a password session and for other callers. */
  async sessionSignInProvider(ctx: RequestContext): Promise<SignInProvider | null> {
    if (ctx.principal.kind !== 'staff' || ctx.credential === null) return null;
    const [row] = await ctx.em.execute<{ name: string; slug: string; display_name: string }[]>(
      `select o.name, o.slug, p.display_name from oidc_session s join identity_provider p on p.id = s.identity_provider_id join organisation o on o.id = p.organisation_id where s.token_digest = ?`,
      [digest(ctx.credential)],
    );
    return row ? signInProviderOf(row) : null;
  }

  /**
   * Begins a sign-in: a pending login in the database (state, nonce and PKCE verifier, bound to the
   * browser by `browserToken`, which the router sets as a cookie) and the provider's URL to send the
   * browser to. Null when the organisation has no provider; DiscoveryFailed when it cannot be reached.
   */
  async beginLogin(em: EntityManager, now: Date, organisationSlug: string, returnPath: string, redirectUri: string): Promise<{ url: URL; browserToken: string } | null> {
    const [row] = await em.execute<ProviderRow[]>(`select ${providerColumns} from identity_provider p join organisation o on o.id = p.organisation_id where o.slug = ?`, [organisationSlug]);
    if (!row) return null;
    const configuration = await this.clients.configuration(endpointOf(row, this.settings.clientSecrets));
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const browserToken = newSecret();
    await inTransaction(em, async (transaction) => {
      // Abandoned sign-ins are cleared by the next one; no job needed for a handful of rows.
      await transaction.execute('delete from oidc_pending_login where expires_at <= ?', [now]);
      await transaction.execute('insert into oidc_pending_login (state_digest, browser_digest, nonce, code_verifier, identity_provider_id, organisation_id, return_path, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)', [
        digest(state),
        digest(browserToken),
        nonce,
        codeVerifier,
        row.id,
        row.organisation_id,
        returnPath,
        new Date(now.getTime() + pendingLoginMinutes * 60_000),
      ]);
    });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: row.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, browserToken };
  }

  /**
   * Completes a sign-in at the callback: takes the pending login once, redeems the code (openid-client
   * checks state, PKCE, the ID token's signature, issuer, audience, expiry and nonce), finds or makes
   * the account, replaces its roles from claims, and opens a session as a password sign-in does.
   */
  async completeLogin(em: EntityManager, now: Date, currentUrl: URL, browserToken: string | null): Promise<SignInOutcome> {
    const state = currentUrl.searchParams.get('state');
    if (!state) return { kind: 'refused', refusal: SignInRefusal.unknownState };
    const [pending] = await em.execute<{ browser_digest: string; nonce: string; code_verifier: string; identity_provider_id: string; return_path: string; expires_at: string }[]>(
      'delete from oidc_pending_login where state_digest = ? returning browser_digest, nonce, code_verifier, identity_provider_id, return_path, expires_at',
      [digest(state)],
    );
    if (!pending || sqlInstant(pending.expires_at) <= now) return { kind: 'refused', refusal: SignInRefusal.unknownState };
    if (!browserToken || !matchesDigest(browserToken, pending.browser_digest)) return { kind: 'refused', refusal: SignInRefusal.otherBrowser };
    if (currentUrl.searchParams.has('error')) return { kind: 'refused', refusal: SignInRefusal.providerError, detail: (currentUrl.searchParams.get('error') ?? '').slice(0, 100) };
    const [row] = await em.execute<ProviderRow[]>(`select ${providerColumns} from identity_provider p where p.id = ?`, [pending.identity_provider_id]);
    if (!row) return { kind: 'refused', refusal: SignInRefusal.unknownState };

    let claims: Record<string, unknown>;
    let idToken: string;
    try {
      const configuration = await this.clients.configuration(endpointOf(row, this.settings.clientSecrets));
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, { pkceCodeVerifier: pending.code_verifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true });
      claims = { ...tokens.claims()! };
      idToken = tokens.id_token!;
      // Providers that keep the groups out of the ID token (AD FS by default) give them at userinfo.
      if (claimValues(claims, row.groups_claim).length === 0 && tokens.access_token && configuration.serverMetadata().userinfo_endpoint) {
        const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub));
        claims = { ...userinfo, ...claims, [row.groups_claim.split('.')[0]]: userinfo[row.groups_claim.split('.')[0]] };
      }
    } catch (error) {
      // openid-client's message names the failed check; no token or claim is in it.
      return { kind: 'refused', refusal: SignInRefusal.providerUnreachable, detail: error instanceof Error ? error.message.slice(0, 200) : undefined };
    }
    const subject = String(claims.sub);
    const rules = (await this.mappingsOf(em, row.id)).map((mapping) => ({ claimValue: mapping.claim_value, roleId: mapping.role_id, departmentId: mapping.department_id, officeId: mapping.office_id }));
    const assignments = mappedAssignments(claimValues(claims, row.groups_claim), rules);

    return inTransaction(em, async (transaction): Promise<SignInOutcome> => {
      // One sign-in of a subject at a time, so that two tabs create one account.
      await transaction.execute('select pg_advisory_xact_lock(hashtext(?))', [`oidc-subject:${row.id}:${subject}`]);
      const [known] = await transaction.execute<{ account_id: string }[]>('select account_id::text from external_identity where identity_provider_id = ? and subject = ?', [row.id, subject]);
      let accountId: string;
      if (known) {
        accountId = known.account_id;
        const [account] = await transaction.execute<{ disabled: boolean; username: string }[]>('select disabled, username from staff_account where id = ? for update', [accountId]);
        await transaction.execute('update external_identity set last_sign_in_at = ? where identity_provider_id = ? and subject = ?', [now, row.id, subject]);
        await transaction.execute('update staff_account set display_name = ? where id = ?', [displayNameFromClaims(claims, account.username), accountId]);
        if (account.disabled) return { kind: 'refused', refusal: SignInRefusal.disabled };
      } else {
        // Nobody whose groups give nothing gets an account.
        if (assignments.length === 0) return { kind: 'refused', refusal: SignInRefusal.noRoles };
        // Usernames are unique per organisation: new accounts of one organisation are made one at a time.
        await transaction.execute('select pg_advisory_xact_lock(hashtext(?))', [`oidc-usernames:${row.organisation_id}`]);
        const wanted = usernameFromClaims(claims);
        const taken = await transaction.execute<{ username: string }[]>('select username from staff_account where organisation_id = ? and (username = ? or starts_with(username, ?))', [row.organisation_id, wanted, `${wanted}-`]);
        const username = uniqueUsername(wanted, new Set(taken.map((account) => account.username)));
        const [created] = await transaction.execute<{ id: string }[]>(
          'insert into staff_account (organisation_id, username, display_name, password_hash, is_admin, disabled, failed_logins, created_at) values (?, ?, ?, ?, false, false, 0, ?) returning id::text',
          [row.organisation_id, username, displayNameFromClaims(claims, username), noLocalPassword, now],
        );
        accountId = created.id;
        await transaction.execute('insert into external_identity (account_id, identity_provider_id, organisation_id, subject, created_at, last_sign_in_at) values (?, ?, ?, ?, ?, ?)', [
          accountId,
          row.id,
          row.organisation_id,
          subject,
          now,
          now,
        ]);
      }
      // The provider's groups decide the roles from claims, at every sign-in; roles given here stay.
      await transaction.execute(`delete from role_assignment where account_id = ? and source = 'oidc'`, [accountId]);
      for (const assignment of assignments) {
        await transaction.execute(`insert into role_assignment (account_id, role_id, organisation_id, department_id, office_id, source) values (?, ?, ?, ?, ?, 'oidc')`, [
          accountId,
          assignment.roleId,
          row.organisation_id,
          assignment.departmentId,
          assignment.officeId,
        ]);
      }
      if (assignments.length === 0) return { kind: 'refused', refusal: SignInRefusal.noRoles };
      // The session as a password sign-in makes it (AccountsService.login), and what logout needs to end the provider's.
      const token = newCredential(CredentialKind.session);
      const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3_600_000);
      await transaction.execute('insert into staff_session (token_digest, account_id, created_at, expires_at) values (?, ?, ?, ?)', [digest(token), accountId, now, expiresAt]);
      await transaction.execute('insert into oidc_session (token_digest, identity_provider_id, organisation_id, id_token) values (?, ?, ?, ?)', [digest(token), row.id, row.organisation_id, idToken]);
      return { kind: 'signedIn', token, expiresAt, returnPath: pending.return_path };
    });
  }

  /**
   * Ends the session of `token`; when it came from a provider, answers the provider's logout URL
   * (end_session_endpoint with id_token_hint and post_logout_redirect_uri) so that its session ends too.
   */
  async logout(em: EntityManager, token: string | null, postLogoutRedirectUri: string): Promise<URL | null> {
    if (!token) return null;
    const tokenDigest = digest(token);
    const ended = await inTransaction(em, async (transaction) => {
      const [session] = await transaction.execute<{ identity_provider_id: string; id_token: string }[]>('delete from oidc_session where token_digest = ? returning identity_provider_id, id_token', [tokenDigest]);
      await transaction.execute('delete from staff_session where token_digest = ?', [tokenDigest]);
      if (!session) return null;
      const [row] = await transaction.execute<ProviderRow[]>(`select ${providerColumns} from identity_provider p where p.id = ?`, [session.identity_provider_id]);
      return row ? { row, idToken: session.id_token } : null;
    });
    if (!ended) return null;
    const configuration = await this.clients.configuration(endpointOf(ended.row, this.settings.clientSecrets));
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, { id_token_hint: ended.idToken, post_logout_redirect_uri: postLogoutRedirectUri });
  }
}
