import { describe, expect, it } from 'vitest';
import type { CapacityRuleSpec } from './capacity-plan';
import { nextBookingRelease } from './booking-release';

const weekdays: CapacityRuleSpec = {
  id: 'r1',
  weekdays: [1, 2, 3, 4, 5],
  startMinute: 8 * 60,
  endMinute: 15 * 60,
  validFrom: '2026-01-01',
  validUntil: null,
  repeatEveryWeeks: 1,
  slotMinutes: 10,
  publicCounters: 2,
  internCounters: 3,
  startInDays: 1,
  endInDays: 60,
};
const open = () => false;
const release = (rules: CapacityRuleSpec[], now: string, isClosed: (date: string) => boolean = open) => nextBookingRelease({ rules, now: new Date(now), timeZone: 'Europe/Berlin', isClosed });

describe('nextBookingRelease', () => {
  it('releases the day 60 days ahead at the daily start, local time', () => {
    // Monday 2 March, 07:00 in Berlin (CET): today's release at 08:00 brings in Friday 1 May.
    expect(release([weekdays], '2026-03-02T06:00:00Z')).toEqual({ daysAhead: 60, releaseTime: '08:00', nextReleaseAt: new Date('2026-03-02T07:00:00Z'), nextReleasedDate: '2026-05-01' });
  });

  it('skips release days whose day ahead the rule does not serve', () => {
    // After Monday's release, Tuesday and Wednesday would bring in a Saturday and a Sunday.
    expect(release([weekdays], '2026-03-02T07:00:00Z')).toMatchObject({ nextReleaseAt: new Date('2026-03-05T07:00:00Z'), nextReleasedDate: '2026-05-04' });
  });

  it('skips days ahead that are closed', () => {
    expect(release([weekdays], '2026-03-02T06:00:00Z', (date) => date === '2026-05-01')).toMatchObject({ nextReleasedDate: '2026-05-04' });
  });

  it('keeps to local time across the switch to summer time', () => {
    // Monday 30 March is CEST: 08:00 local is 06:00Z.
    expect(release([weekdays], '2026-03-30T05:00:00Z')).toMatchObject({ nextReleaseAt: new Date('2026-03-30T06:00:00Z') });
  });

  it('takes the earliest of several rules', () => {
    const early = { ...weekdays, id: 'r2', startMinute: 7 * 60, endMinute: 8 * 60, endInDays: 30 };
    expect(release([weekdays, early], '2026-03-02T05:00:00Z')).toEqual({ daysAhead: 30, releaseTime: '07:00', nextReleaseAt: new Date('2026-03-02T06:00:00Z'), nextReleasedDate: '2026-04-01' });
  });

  it('waits for a rule that starts later', () => {
    expect(release([{ ...weekdays, validFrom: '2026-06-01' }], '2026-03-02T06:00:00Z')).toMatchObject({ nextReleaseAt: new Date('2026-04-02T06:00:00Z'), nextReleasedDate: '2026-06-01' });
  });

  it('has nothing to release without a public counter, or once every rule has ended', () => {
    expect(release([{ ...weekdays, publicCounters: 0 }], '2026-03-02T06:00:00Z')).toBeNull();
    expect(release([{ ...weekdays, validUntil: '2026-04-30' }], '2026-03-02T06:00:00Z')).toBeNull();
  });
});
