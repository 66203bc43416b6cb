import { describe, expect, it } from 'vitest';
import { daySoFar, sameWeekdaysBefore, weekdayAverage, workedOn, type DaySoFar, type VisitRecord } from './weekday-comparison';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const visit = (fields: Partial<VisitRecord>): VisitRecord => ({ withAppointment: false, status: 'finished', arrivedAt: at('09:00'), firstCalledAt: null, finishedAt: null, ...fields });

describe('sameWeekdaysBefore', () => {
  it('answers the same weekday of the weeks before, latest first', () => {
    expect(sameWeekdaysBefore('2026-03-02', 3)).toEqual(['2026-02-23', '2026-02-16', '2026-02-09']);
  });
});

describe('daySoFar', () => {
  it('counts a day up to the cutoff: arrivals, walk-ins, served, no-shows, the mean wait of those called', () => {
    const figures = daySoFar(
      [
        visit({ arrivedAt: at('08:55'), firstCalledAt: at('09:05'), finishedAt: at('09:15') }),
        visit({ withAppointment: true, arrivedAt: at('09:00'), firstCalledAt: at('09:15'), finishedAt: at('09:40') }),
        visit({ status: 'missed', arrivedAt: at('09:10'), firstCalledAt: at('09:40') }),
        visit({ arrivedAt: at('09:45') }),
        visit({ status: 'redirected', arrivedAt: at('09:00') }),
      ],
      [
        { status: 'noShow', start: at('09:00') },
        { status: 'noShow', start: at('09:30') },
        { status: 'finished', start: at('09:00') },
      ],
      at('09:30'),
      15,
    );
    expect(figures).toEqual({ arrived: 3, walkIns: 2, served: 1, noShows: 1, meanWaitMinutes: 12.5 });
  });

  it('has no mean wait before anyone was called', () => {
    expect(daySoFar([visit({ arrivedAt: at('09:00') })], [], at('09:30'), 15).meanWaitMinutes).toBeNull();
  });
});

describe('weekdayAverage', () => {
  const day = (arrived: number, meanWaitMinutes: number | null): DaySoFar => ({ arrived, walkIns: arrived - 1, served: arrived - 2, noShows: 1, meanWaitMinutes });

  it('is the mean of the days compared, to a tenth; the wait over the days with one', () => {
    expect(weekdayAverage([day(10, 12), day(5, null), day(6, 7)])).toEqual({ days: 3, arrived: 7, walkIns: 6, served: 5, noShows: 1, meanWaitMinutes: 9.5 });
  });

  it('is null without a day to compare', () => {
    expect(weekdayAverage([])).toBeNull();
  });

  it('leaves out days the office did not work', () => {
    expect(workedOn([], [])).toBe(false);
    expect(workedOn([], [{ status: 'noShow', start: at('09:00') }])).toBe(true);
  });
});
