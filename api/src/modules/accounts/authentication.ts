import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyLevel, DeviceKind, OfficeRole, anonymous, type Principal } from '../../domain/accounts/principal';
import { CredentialKind, credentialKind, digest } from '../../platform/secrets';
import { CoalescedReads } from '../../platform/coalesced-reads';
import { sqlArray, sqlInstant } from '../../platform/sql';

export const sessionCookie = 'zms_session';

export class InvalidCredentials extends Error {}

/** The bearer token, else the session cookie our own apps carry. */
export function tokenFrom(authorization: string | undefined, cookieHeader: string | undefined): string | null {
  if (authorization) return authorization.replace(/^Bearer\s+/i, '').trim() || null;
  const cookie = cookieHeader?.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${sessionCookie}=`));
  return cookie ? decodeURIComponent(cookie.slice(sessionCookie.length + 1)) || null : null;
}

interface ApiKeyRow {
  id: number;
  name: string;
  level: ApiKeyLevel;
  key_digest: string;
}

/**
 * Bots poll with API keys, many requests at once: those arriving together share one look-up,
 * begun after each of them arrived, so a revocation committed before a request holds for it.
 */
const apiKeyReads = new CoalescedReads<string, ApiKeyRow>();

/**
 * Who a token stands for, looked up by its digest. No token is the anonymous citizen; a token
 * that is unknown, expired or revoked is refused rather than treated as anonymous.
 */
export async function authenticate(em: EntityManager, token: string | null, now: Date): Promise<Principal> {
  if (token === null) return anonymous;
  const tokenDigest = digest(token);
  switch (credentialKind(token)) {
    case CredentialKind.session: {
      const [session] = await em.execute<{ account_id: number; username: string; is_admin: boolean; disabled: boolean; expires_at: string }[]>(
        `select a.id as account_id, a.username, a.is_admin, a.disabled, s.expires_at
           from staff_session s join staff_account a on a.id = s.account_id where s.token_digest = ?`,
        [tokenDigest],
      );
      if (!session || session.disabled || sqlInstant(session.expires_at) <= now) throw new InvalidCredentials();
      const roles = await em.execute<{ office_id: number; role: OfficeRole }[]>('select office_id, role from office_membership where account_id = ?', [session.account_id]);
      return {
        kind: 'staff',
        accountId: session.account_id,
        username: session.username,
        isAdmin: session.is_admin,
        roles: new Map(roles.map((row) => [row.office_id, row.role])),
      };
    }
    case CredentialKind.apiKey: {
      const keys = await apiKeyReads.read([tokenDigest], async (digests) => {
        const rows = await em.execute<ApiKeyRow[]>('select id, name, level, key_digest from api_key where key_digest = any(?::text[]) and revoked_at is null', [sqlArray(digests)]);
        return new Map(rows.map((row) => [row.key_digest, row]));
      });
      const key = keys.get(tokenDigest);
      if (!key) throw new InvalidCredentials();
      return { kind: 'apiKey', keyId: key.id, name: key.name, level: key.level };
    }
    case CredentialKind.device: {
      const [device] = await em.execute<{ id: number; name: string; kind: DeviceKind; office_id: number | null; group_id: number | null }[]>(
        'select id, name, kind, office_id, group_id from device where key_digest = ? and revoked_at is null',
        [tokenDigest],
      );
      if (!device) throw new InvalidCredentials();
      const offices =
        device.office_id !== null
          ? [device.office_id]
          : (await em.execute<{ office_id: number }[]>('select office_id from office_group_member where office_group_id = ?', [device.group_id])).map((row) => row.office_id);
      return { kind: 'device', deviceId: device.id, name: device.name, deviceKind: device.kind, officeIds: offices };
    }
    default:
      throw new InvalidCredentials();
  }
}
