import { describe, expect, it } from 'vitest';
import { type CandidateStart, type DrawPreference, earliestFitting, fitsPreference, matchInOrder } from './matching';

function candidate(officeId: number, localDate: string, localTime: string): CandidateStart {
  return { officeId, start: new Date(`${localDate}T${localTime}:00Z`), localDate, localTime };
}

const anyTime: DrawPreference = { officeIds: [1, 2], dateFrom: '2027-01-04', dateTo: '2027-01-06', windows: [] };
const mornings: DrawPreference = { ...anyTime, windows: [{ from: '08:00', to: '12:00' }] };

describe('fitsPreference', () => {
  it.each([
    ['an office listed, a date inside, no windows', anyTime, candidate(2, '2027-01-04', '17:30'), true],
    ['an office not listed', anyTime, candidate(3, '2027-01-05', '09:00'), false],
    ['the last date (inclusive)', anyTime, candidate(1, '2027-01-06', '09:00'), true],
    ['before the first date', anyTime, candidate(1, '2027-01-03', '09:00'), false],
    ['after the last date', anyTime, candidate(1, '2027-01-07', '09:00'), false],
    ['the start of a window (inclusive)', mornings, candidate(1, '2027-01-05', '08:00'), true],
    ['the end of a window (exclusive)', mornings, candidate(1, '2027-01-05', '12:00'), false],
    ['outside every window', mornings, candidate(1, '2027-01-05', '07:45'), false],
    ['inside the second window', { ...mornings, windows: [...mornings.windows, { from: '14:00', to: '16:00' }] }, candidate(1, '2027-01-05', '15:00'), true],
  ])('%s', (_, preference, start, fits) => {
    expect(fitsPreference(preference, start)).toBe(fits);
  });
});

describe('earliestFitting', () => {
  it('takes the earliest fitting start, and of equal starts the office listed first', () => {
    const late = candidate(1, '2027-01-05', '10:00');
    const early1 = candidate(1, '2027-01-04', '09:00');
    const early2 = candidate(2, '2027-01-04', '09:00');
    const unfit = candidate(1, '2027-01-04', '07:00');
    expect(earliestFitting(mornings, [late, early1, early2, unfit])).toBe(early1);
    expect(earliestFitting({ ...mornings, officeIds: [2, 1] }, [late, early1, early2])).toBe(early2);
    expect(earliestFitting(mornings, [unfit])).toBeNull();
  });
});

describe('matchInOrder', () => {
  it('gives each entry in order the earliest free fitting slot, each slot to as many as it holds, nobody twice', () => {
    const slots = [
      { ...candidate(1, '2027-01-04', '09:00'), capacity: 1 },
      { ...candidate(1, '2027-01-04', '14:00'), capacity: 2 },
      { ...candidate(2, '2027-01-05', '09:00'), capacity: 0 },
    ];
    const afternoonOnly: DrawPreference = { ...anyTime, windows: [{ from: '13:00', to: '18:00' }] };
    const result = matchInOrder(
      [
        { id: 'a', preference: anyTime },
        { id: 'b', preference: anyTime },
        { id: 'c', preference: mornings },
        { id: 'd', preference: afternoonOnly },
        { id: 'e', preference: anyTime },
      ],
      slots,
    );
    expect(result.get('a')?.localTime).toBe('09:00');
    expect(result.get('b')?.localTime).toBe('14:00');
    // The only morning slot is gone and the one at office 2 holds nobody.
    expect(result.has('c')).toBe(false);
    expect(result.get('d')?.localTime).toBe('14:00');
    expect(result.has('e')).toBe(false);
    expect(result.size).toBe(3);
    // The input slots keep their capacity: the matching counts on its own copy.
    expect(slots[1].capacity).toBe(2);
  });

  it('follows the order: a later entry never takes what an earlier one fits', () => {
    const slots = [{ ...candidate(1, '2027-01-04', '09:00'), capacity: 1 }];
    const ids = ['x', 'y', 'z'];
    for (const first of ids) {
      const ordered = [first, ...ids.filter((id) => id !== first)].map((id) => ({ id, preference: anyTime }));
      expect([...matchInOrder(ordered, slots).keys()]).toEqual([first]);
    }
  });
});
