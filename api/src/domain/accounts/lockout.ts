/** Failed logins in a row before an account is locked, and for how long. */
export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

/** After a failed login: the new count, and until when the account is locked (null: not locked). */
export function afterFailedLogin(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const count = failedLogins + 1;
  return { failedLogins: count, lockedUntil: count >= maxFailedLogins ? new Date(now.getTime() + lockoutMinutes * 60_000) : null };
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now;
}
