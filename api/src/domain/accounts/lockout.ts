/** Failed logins in a row before an account is locked, and for how long. */
export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

export interface LockoutState {
  /** Attempts since the last sign-in that proved no password: failures, refusals, and those being checked. */
  failedLogins: number;
  lockedUntil: Date | null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil > now;
}

/**
 * A login attempt counts as failed before its password is checked, so that attempts in parallel
 * cannot all be checked against the same count. A locked account refuses the attempt unchecked
 * (it counts, but does not lengthen the lock); the attempt that reaches the maximum locks the
 * account and is still checked.
 */
export function chargeAttempt(state: LockoutState, now: Date): { state: LockoutState; check: boolean } {
  const failedLogins = state.failedLogins + 1;
  if (isLocked(state.lockedUntil, now)) return { state: { failedLogins, lockedUntil: state.lockedUntil }, check: false };
  return { state: { failedLogins, lockedUntil: failedLogins >= maxFailedLogins ? new Date(now.getTime() + lockoutMinutes * 60_000) : null }, check: true };
}

/**
 * After the right password of the attempt that was charged as the `charged`-th: the sign-in ends
 * the row of failures and the lock, unless attempts were charged after it. Those came in parallel
 * and may be someone else's guesses: then it takes back its own charge only, and a lock they set stays.
 */
export function afterRightPassword(state: LockoutState, charged: number): LockoutState {
  if (state.failedLogins <= charged) return { failedLogins: 0, lockedUntil: null };
  return { failedLogins: state.failedLogins - 1, lockedUntil: state.lockedUntil };
}
