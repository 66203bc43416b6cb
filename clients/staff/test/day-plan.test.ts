import { describe, expect, it } from 'vitest';
import { mondayOf, shiftDate } from '../src/day-plan/day-plan';

describe('the day plan screen', () => {
  it.each([
    ['2026-10-26', '2026-10-26'],
    ['2026-10-25', '2026-10-19'],
    ['2026-10-28', '2026-10-26'],
    ['2027-01-01', '2026-12-28'],
  ])('takes the week of %s from Monday %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  it.each([
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-26', -7, '2026-10-19'],
    ['2027-03-27', 7, '2027-04-03'],
  ])('moves %s by %i days to %s, across the changes of clock time', (date, days, expected) => {
    expect(shiftDate(date, days)).toBe(expected);
  });
});
