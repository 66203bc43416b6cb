import { describe, expect, it } from 'vitest';
import { settingProblems, settingRanges, type RangedSetting } from './office-settings-rules';

const defaults = Object.fromEntries(Object.keys(settingRanges).map((name) => [name, settingRanges[name as RangedSetting].min])) as Record<RangedSetting, number>;
const merged = { ...defaults, ticketFirstNumber: 1, ticketLastNumber: 999 };

describe('settingProblems', () => {
  it('accepts both ends of every range', () => {
    for (const [name, { min, max }] of Object.entries(settingRanges)) {
      if (name === 'ticketFirstNumber') continue;
      expect(settingProblems({ [name]: min }, merged), `${name} = ${min}`).toEqual([]);
      expect(settingProblems({ [name]: max }, { ...merged, ticketLastNumber: 99_999 }), `${name} = ${max}`).toEqual([]);
    }
  });

  it.each([
    ['reservationMinutes', 0, 'reservationMinutes must be a whole number from 1 to 240 minutes, not 0.', 1, 240],
    ['reservationMinutes', 241, 'reservationMinutes must be a whole number from 1 to 240 minutes, not 241.', 1, 240],
    ['contactRetentionDays', 0, 'contactRetentionDays must be a whole number from 1 to 3650 days, not 0.', 1, 3650],
    ['noShowLimit', 21, 'noShowLimit must be a whole number from 0 to 20 open bookings, not 21.', 0, 20],
    ['maxCalls', -1, 'maxCalls must be a whole number from 1 to 10 calls, not -1.', 1, 10],
    ['ticketLastNumber', 100_000, 'ticketLastNumber must be a whole number from 1 to 99999, not 100000.', 1, 99_999],
  ] as const)('names %s = %s with its range', (field, value, message, min, max) => {
    expect(settingProblems({ [field]: value }, merged)).toEqual([{ field, message, min, max }]);
  });

  it('lists every setting out of range at once', () => {
    expect(settingProblems({ reservationMinutes: 0, maxCalls: 11, releaseDelayMinutes: 5 }, merged).map((problem) => problem.field)).toEqual(['reservationMinutes', 'maxCalls']);
  });

  it('names the end of the ticket range that the change moved past the other', () => {
    expect(settingProblems({ ticketFirstNumber: 500 }, { ...merged, ticketFirstNumber: 500, ticketLastNumber: 400 })).toEqual([
      { field: 'ticketFirstNumber', message: 'ticketFirstNumber must not be above ticketLastNumber (400).', min: 1, max: 400 },
    ]);
    expect(settingProblems({ ticketLastNumber: 10 }, { ...merged, ticketFirstNumber: 50, ticketLastNumber: 10 })).toEqual([
      { field: 'ticketLastNumber', message: 'ticketLastNumber must not be below ticketFirstNumber (50).', min: 50, max: 99_999 },
    ]);
  });

  it('ignores settings left out', () => {
    expect(settingProblems({ reservationMinutes: null }, merged)).toEqual([]);
  });

  it.each(['DE-BE', 'DE-BY', 'DE-BY-A', 'DE-NW'])('accepts the holiday region %s', (holidayRegion) => {
    expect(settingProblems({ holidayRegion }, merged)).toEqual([]);
  });

  it.each(['DE-XX', 'de-by', 'Bayern', ''])('names the holiday region %j it does not know', (holidayRegion) => {
    expect(settingProblems({ holidayRegion, maxCalls: 11 }, merged)).toEqual([
      expect.objectContaining({ field: 'maxCalls' }),
      { field: 'holidayRegion', message: `holidayRegion must be a holiday region such as DE-BE (Berlin), DE-BY (Bavaria) or DE-BY-A (Augsburg), not ${JSON.stringify(holidayRegion)}.` },
    ]);
  });
});
