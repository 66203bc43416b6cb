import type { EntityManager } from '@mikro-orm/postgresql';
import type { Counter } from 'prom-client';
import { ApiKeyLevel, DeviceKind, anonymous, rightsFrom, type Grant, type Permission, type Principal } from '../../domain/accounts/principal';
import { CredentialKind, credentialKind, digest } from '../../platform/secrets';
import { CoalescedReads } from '../../platform/coalesced-reads';
import { sqlArray, sqlInstant } from '../../platform/sql';

export const sessionCookie = 'zms_session';

export class InvalidCredentials extends Error {}

/** The bearer token, else the session cookie our own apps carry. */
export function tokenFrom(authorization: string | undefined, cookieHeader: string | undefined): string | null {
  if (authorization) return authorization.replace(/^Bearer\s+/i, '').trim() || null;
  const cookie = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${sessionCookie}=`));
  return cookie ? decodeURIComponent(cookie.slice(sessionCookie.length + 1)) || null : null;
}

interface SessionRow {
  digest: string;
  account_id: number;
  username: string;
  organisation_id: number | null;
  is_admin: boolean;
  disabled: boolean;
  expires_at: string;
  grants: GrantRow[];
}

interface GrantRow {
  permissions: Permission[];
  organisationId: number;
  departmentId: number | null;
  officeId: number | null;
  departmentIds: number[];
  officeIds: number[];
}

function grantOf(row: GrantRow): Grant {
  const scope: Grant['scope'] =
    row.officeId !== null
      ? { level: 'office', organisationId: row.organisationId, officeId: row.officeId }
      : row.departmentId !== null
        ? { level: 'department', organisationId: row.organisationId, departmentId: row.departmentId }
        : { level: 'organisation', organisationId: row.organisationId };
  return { permissions: row.permissions, scope, departmentIds: row.departmentIds, officeIds: row.officeIds };
}

interface ApiKeyRow {
  digest: string;
  id: number;
  name: string;
  level: ApiKeyLevel;
  organisation_id: number;
}

interface DeviceRow {
  digest: string;
  id: number;
  name: string;
  kind: DeviceKind;
  office_ids: number[];
  organisation_id: number;
}

/** What authenticating costs, by credential kind: checks asked for, statements run, credentials they read. */
export interface AuthenticationMetrics {
  authentications: Counter<'kind'>;
  credentialReads: Counter<'kind'>;
  credentialLookups: Counter<'kind'>;
}

const kindNames: Record<CredentialKind, string> = { [CredentialKind.session]: 'session', [CredentialKind.apiKey]: 'apiKey', [CredentialKind.device]: 'device' };

/**
 * Who a token stands for, looked up by its digest. No token is the anonymous citizen; a token
 * that is unknown, expired or revoked is refused rather than treated as anonymous.
 *
 * Many checks arrive at once: bots polling with API keys, and after a restart every display
 * reconnecting and subscribing. Checks of one kind that arrive together share one statement
 * (each credential read once in it), begun after each of them arrived, so a revocation committed
 * before a check holds for it. One per process (its reads are of that process's database).
 */
export class Authenticator {
  private readonly sessions = new CoalescedReads<string, SessionRow>();
  private readonly apiKeys = new CoalescedReads<string, ApiKeyRow>();
  private readonly devices = new CoalescedReads<string, DeviceRow>();

  /** `database` gives an entity manager for a batch's statement. */
  constructor(
    private readonly database: () => EntityManager,
    private readonly metrics: AuthenticationMetrics,
  ) {}

  async authenticate(token: string | null, now: Date): Promise<Principal> {
    if (token === null) return anonymous;
    const kind = credentialKind(token);
    if (kind === null) throw new InvalidCredentials();
    this.metrics.authentications.inc({ kind: kindNames[kind] });
    const tokenDigest = digest(token);
    switch (kind) {
      case CredentialKind.session: {
        const session = (await this.sessions.read([tokenDigest], (digests) => this.read(kind, digests, sessionsSql))).get(tokenDigest);
        if (!session || session.disabled || sqlInstant(session.expires_at) <= now) throw new InvalidCredentials();
        return {
          kind: 'staff',
          accountId: session.account_id,
          username: session.username,
          organisationId: session.organisation_id,
          isAdmin: session.is_admin,
          rights: rightsFrom(session.grants.map(grantOf)),
        };
      }
      case CredentialKind.apiKey: {
        const key = (await this.apiKeys.read([tokenDigest], (digests) => this.read(kind, digests, apiKeysSql))).get(tokenDigest);
        if (!key) throw new InvalidCredentials();
        return { kind: 'apiKey', keyId: key.id, name: key.name, level: key.level, organisationId: key.organisation_id };
      }
      case CredentialKind.device: {
        const device = (await this.devices.read([tokenDigest], (digests) => this.read(kind, digests, devicesSql))).get(tokenDigest);
        if (!device) throw new InvalidCredentials();
        return { kind: 'device', deviceId: device.id, name: device.name, deviceKind: device.kind, officeIds: device.office_ids, organisationId: device.organisation_id };
      }
    }
  }

  /** One statement for every credential of a batch, keyed by digest. */
  private async read<Row extends { digest: string }>(kind: CredentialKind, digests: string[], sql: string): Promise<Map<string, Row>> {
    this.metrics.credentialReads.inc({ kind: kindNames[kind] });
    this.metrics.credentialLookups.inc({ kind: kindNames[kind] }, digests.length);
    const rows = await this.database().execute<Row[]>(sql, [sqlArray(digests)]);
    return new Map(rows.map((row) => [row.digest, row]));
  }
}

// A role given for an organisation covers its departments and offices; one for a department, its offices.
const sessionsSql = `
  select s.token_digest as digest, a.id as account_id, a.username, a.organisation_id, a.is_admin, a.disabled, s.expires_at,
         coalesce((select json_agg(json_build_object(
                    'permissions', r.permissions, 'organisationId', g.organisation_id, 'departmentId', g.department_id, 'officeId', g.office_id,
                    'departmentIds', case when g.office_id is null
                                          then array(select d.id from department d where d.organisation_id = g.organisation_id and (g.department_id is null or d.id = g.department_id))
                                          else '{}'::bigint[] end,
                    'officeIds', array(select o.id from office o
                                        where o.organisation_id = g.organisation_id and (g.department_id is null or o.department_id = g.department_id) and (g.office_id is null or o.id = g.office_id))))
                     from role_assignment g join role r on r.id = g.role_id
                    where g.account_id = a.id), '[]') as grants
    from staff_session s join staff_account a on a.id = s.account_id
   where s.token_digest = any(?::text[])`;

const apiKeysSql = 'select key_digest as digest, id, name, level, organisation_id from api_key where key_digest = any(?::text[]) and revoked_at is null';

// A device serves its office, or every office of its group.
const devicesSql = `
  select d.key_digest as digest, d.id, d.name, d.kind,
         case when d.office_id is not null then array[d.office_id]
              else array(select m.office_id from office_group_member m where m.office_group_id = d.group_id order by m.office_id) end as office_ids,
         coalesce((select o.organisation_id from office o where o.id = d.office_id), (select g.organisation_id from office_group g where g.id = d.group_id)) as organisation_id
    from device d
   where d.key_digest = any(?::text[]) and d.revoked_at is null`;
