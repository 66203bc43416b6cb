import { expect, it } from 'vitest';
import { afterFailedLogin, isLocked, lockoutMinutes, maxFailedLogins } from './lockout';

const now = new Date('2026-03-02T08:00:00Z');

it.each([
  [0, 1, null],
  [maxFailedLogins - 2, maxFailedLogins - 1, null],
  [maxFailedLogins - 1, maxFailedLogins, new Date(now.getTime() + lockoutMinutes * 60_000)],
  [maxFailedLogins + 3, maxFailedLogins + 4, new Date(now.getTime() + lockoutMinutes * 60_000)],
])('after %i failures, one more makes %i and locks until %s', (before, after, until) => {
  expect(afterFailedLogin(before, now)).toEqual({ failedLogins: after, lockedUntil: until });
});

it.each([
  [null, false],
  [new Date(now.getTime() + 1), true],
  [now, false],
])('locked until %s: %s', (until, locked) => {
  expect(isLocked(until, now)).toBe(locked);
});
