import { describe, expect, it } from 'vitest';
import { closedDays, nextOpening, type OpeningHoursSpec } from './opening-times';

const berlin = 'Europe/Berlin';
const weekdays: OpeningHoursSpec[] = [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }];
const neverClosed = () => false;

describe('nextOpening', () => {
  it('is later today before opening, and the next working day after closing', () => {
    // Monday 2 March 2026, 07:00 and 17:00 in Berlin (CET).
    expect(nextOpening(weekdays, berlin, neverClosed, new Date('2026-03-02T06:00:00Z'))).toEqual(new Date('2026-03-02T07:00:00Z'));
    expect(nextOpening(weekdays, berlin, neverClosed, new Date('2026-03-02T16:00:00Z'))).toEqual(new Date('2026-03-03T07:00:00Z'));
  });

  it('skips the weekend, and counts a later window of today after a break', () => {
    // Friday 6 March 2026, 18:00 → Monday 08:00.
    expect(nextOpening(weekdays, berlin, neverClosed, new Date('2026-03-06T17:00:00Z'))).toEqual(new Date('2026-03-09T07:00:00Z'));
    const withBreak: OpeningHoursSpec[] = [
      { weekdays: [4], open: '08:00', close: '12:00' },
      { weekdays: [4], open: '14:00', close: '18:00' },
    ];
    // Thursday 5 March 2026, 12:30.
    expect(nextOpening(withBreak, berlin, neverClosed, new Date('2026-03-05T11:30:00Z'))).toEqual(new Date('2026-03-05T13:00:00Z'));
  });

  it('skips closure days and public holidays', () => {
    // Thursday 2 April 2026, evening: Good Friday (3 April) and Easter Monday (6 April) are holidays; 7 and 8 April are closed.
    const isClosed = closedDays([{ from: '2026-04-07', until: '2026-04-08' }], 'DE-BE');
    expect(isClosed('2026-04-03')).toBe(true);
    expect(isClosed('2026-04-09')).toBe(false);
    expect(nextOpening(weekdays, berlin, isClosed, new Date('2026-04-02T17:00:00Z'))).toEqual(new Date('2026-04-09T06:00:00Z'));
  });

  it("skips the organisation's own days too", () => {
    const isClosed = closedDays([{ from: '2026-04-07', until: '2026-04-08' }], 'DE-BE', ['2026-04-09']);
    expect(isClosed('2026-04-09')).toBe(true);
    expect(nextOpening(weekdays, berlin, isClosed, new Date('2026-04-02T17:00:00Z'))).toEqual(new Date('2026-04-10T06:00:00Z'));
  });

  it('reads the hours in the office time zone across a change of the clocks', () => {
    // Saturday 28 March 2026 → Monday 30 March, 08:00 CEST (06:00Z).
    expect(nextOpening(weekdays, berlin, neverClosed, new Date('2026-03-28T12:00:00Z'))).toEqual(new Date('2026-03-30T06:00:00Z'));
    expect(nextOpening(weekdays, 'America/New_York', neverClosed, new Date('2026-03-02T12:00:00Z'))).toEqual(new Date('2026-03-02T13:00:00Z'));
  });

  it('is null without hours, or when no opening lies within the horizon', () => {
    expect(nextOpening([], berlin, neverClosed, new Date('2026-03-02T06:00:00Z'))).toBeNull();
    expect(nextOpening(weekdays, berlin, () => true, new Date('2026-03-02T06:00:00Z'))).toBeNull();
    expect(nextOpening(weekdays, berlin, neverClosed, new Date('2026-03-06T17:00:00Z'), 2)).toBeNull();
  });
});
