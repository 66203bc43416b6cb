import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { digest } from '../../platform/secrets';

/**
 * One-time setup links, as Jenkins has them: an installation without an admin prints a link at
 * start (or `npm run accounts -- setup-link` makes one), whose token creates the first admin once.
 * Only digests are stored, in the database, so that whichever process answers knows every token.
 * This file needs no ORM, so that the accounts CLI stays quick.
 */
export const setupTokenHours = 24;

/** Key of the transaction-level advisory lock under which setups take turns. */
export const setupLockKey = 7_411_118;

/** Why a setup token creates nothing: one answer for all cases, so that it tells nobody which. */
export const unusableSetupLink = 'This setup link is unknown, used or expired, or the installation has an admin already.';

/** SQL: the installation has no admin who can sign in. */
export const noEnabledAdmin = 'not exists (select 1 from staff_account where is_admin and not disabled)';

export async function hasEnabledAdmin(db: pg.ClientBase | pg.Pool): Promise<boolean> {
  const { rows } = await db.query<{ none: boolean }>(`select ${noEnabledAdmin} as none`);
  return !rows[0].none;
}

/**
 * A new setup token while no enabled admin exists (else null). Each call adds one, so that every
 * start can print its own link; the first admin ends them all.
 */
export async function issueSetupToken(db: pg.ClientBase | pg.Pool, now: Date): Promise<string | null> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + setupTokenHours * 3_600_000);
  const issued = await db.query(
    `with expired as (delete from setup_token where expires_at <= $2)
     insert into setup_token (token_digest, created_at, expires_at)
     select $1, $2, $3 where ${noEnabledAdmin}`,
    [digest(token), now, expiresAt],
  );
  return issued.rowCount === 1 ? token : null;
}

/** The staff app's sign-in with the token in the fragment, which browsers never send to a server. */
export function setupLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/staff/#${new URLSearchParams({ setup: token })}`;
}
