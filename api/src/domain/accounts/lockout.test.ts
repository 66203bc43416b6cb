import { describe, expect, it } from 'vitest';
import { afterRightPassword, chargeAttempt, isLocked, lockoutMinutes, maxFailedLogins, type LockoutState } from './lockout';

const now = new Date('2026-03-02T08:00:00Z');
const lockEnd = new Date(now.getTime() + lockoutMinutes * 60_000);
const earlier = new Date(now.getTime() - 60_000);

it.each([
  [null, false],
  [new Date(now.getTime() + 1), true],
  [now, false],
])('locked until %s: %s', (until, locked) => {
  expect(isLocked(until, now)).toBe(locked);
});

describe('chargeAttempt', () => {
  it.each<[string, LockoutState, LockoutState, boolean]>([
    ['the first attempt', { failedLogins: 0, lockedUntil: null }, { failedLogins: 1, lockedUntil: null }, true],
    ['one before the maximum', { failedLogins: maxFailedLogins - 2, lockedUntil: null }, { failedLogins: maxFailedLogins - 1, lockedUntil: null }, true],
    ['the attempt that reaches the maximum locks, and is checked', { failedLogins: maxFailedLogins - 1, lockedUntil: null }, { failedLogins: maxFailedLogins, lockedUntil: lockEnd }, true],
    ['while locked: refused unchecked, counted, the lock not lengthened', { failedLogins: maxFailedLogins, lockedUntil: new Date(now.getTime() + 1) }, { failedLogins: maxFailedLogins + 1, lockedUntil: new Date(now.getTime() + 1) }, false],
    ['after the lock: one more failure locks again', { failedLogins: maxFailedLogins + 3, lockedUntil: earlier }, { failedLogins: maxFailedLogins + 4, lockedUntil: lockEnd }, true],
  ])('%s', (_case, before, after, check) => {
    expect(chargeAttempt(before, now)).toEqual({ state: after, check });
  });

  it('checks no more than the maximum of attempts charged one after another', () => {
    let state: LockoutState = { failedLogins: 0, lockedUntil: null };
    let checked = 0;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const charged = chargeAttempt(state, now);
      state = charged.state;
      if (charged.check) checked += 1;
    }
    expect(checked).toBe(maxFailedLogins);
    expect(state).toEqual({ failedLogins: 40, lockedUntil: lockEnd });
  });
});

describe('afterRightPassword', () => {
  it.each<[string, LockoutState, number, LockoutState]>([
    ['nothing charged after it: the row of failures ends', { failedLogins: 3, lockedUntil: null }, 3, { failedLogins: 0, lockedUntil: null }],
    ['it set the lock itself: the lock ends', { failedLogins: maxFailedLogins, lockedUntil: lockEnd }, maxFailedLogins, { failedLogins: 0, lockedUntil: null }],
    ['another sign-in reset the count meanwhile', { failedLogins: 0, lockedUntil: null }, 2, { failedLogins: 0, lockedUntil: null }],
    ['attempts charged after it: only its own charge back, their lock stays', { failedLogins: 40, lockedUntil: lockEnd }, 2, { failedLogins: 39, lockedUntil: lockEnd }],
  ])('%s', (_case, state, charged, after) => {
    expect(afterRightPassword(state, charged)).toEqual(after);
  });
});
