import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from '../src/admin/wall-time';

describe("the draw form's times: wall times of the office, not of the browser", () => {
  it.each([
    ['2026-12-07T09:00', 'Europe/Berlin', '2026-12-07T08:00:00.000Z'],
    ['2026-07-06T09:00', 'Europe/Berlin', '2026-07-06T07:00:00.000Z'],
    ['2026-07-06T09:00', 'America/New_York', '2026-07-06T13:00:00.000Z'],
    // The hour the clock skips in spring is read with the offset before the change.
    ['2026-03-29T02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    // The last hour before the change and the first after it.
    ['2026-03-29T01:59', 'Europe/Berlin', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
  ])('%s in %s is %s', (wallTime, timeZone, instant) => {
    expect(wallTimeToInstant(wallTime, timeZone)).toBe(instant);
  });

  it('gives back the wall time of an instant', () => {
    expect(instantToWallTime(new Date('2026-12-07T08:00:00Z'), 'Europe/Berlin')).toBe('2026-12-07T09:00');
    expect(instantToWallTime(new Date('2026-07-06T07:00:00Z'), 'Europe/Berlin')).toBe('2026-07-06T09:00');
    expect(instantToWallTime(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30');
  });
});
