import { describe, expect, it } from 'vitest';
import { isHolidayAt, organisationHolidayProblems } from './organisation-holidays';

describe('isHolidayAt', () => {
  it("closes on the region's statutory days and on the organisation's own, and on no other", () => {
    expect(isHolidayAt('2026-03-08', 'DE-BE', [])).toBe(true); // Frauentag, Berlin's
    expect(isHolidayAt('2026-03-08', 'DE-BY', [])).toBe(false);
    expect(isHolidayAt('2026-06-12', 'DE-BY', ['2026-06-12'])).toBe(true);
    expect(isHolidayAt('2026-06-12', 'DE-BY', ['2026-06-11', '2026-06-13'])).toBe(false);
    expect(isHolidayAt('2026-01-06', 'DE-BY', ['2026-06-12'])).toBe(true); // Epiphany stays
  });
});

describe('organisationHolidayProblems', () => {
  const today = '2026-03-02';

  it('accepts a named day from today up to five years ahead', () => {
    expect(organisationHolidayProblems({ day: today, name: 'Betriebsversammlung' }, today, [])).toEqual([]);
    expect(organisationHolidayProblems({ day: '2031-03-02', name: 'Jubiläum' }, today, [])).toEqual([]);
  });

  it('refuses a past day, one too far ahead, a day not in the calendar, and an empty name, naming the field', () => {
    expect(organisationHolidayProblems({ day: '2026-03-01', name: 'Gestern' }, today, [])).toEqual([{ field: 'day', message: 'The day must be today (2026-03-02) or later.' }]);
    expect(organisationHolidayProblems({ day: '2031-03-03', name: 'Später' }, today, [])).toEqual([{ field: 'day', message: 'The day must lie at most 5 years ahead (until 2031-03-02).' }]);
    expect(organisationHolidayProblems({ day: '2026-02-30', name: 'Nie' }, today, [])).toEqual([{ field: 'day', message: 'The day must be a real date as YYYY-MM-DD.' }]);
    expect(organisationHolidayProblems({ day: '2026-06-12', name: '  ' }, today, [])).toEqual([{ field: 'name', message: 'The holiday needs a name, e.g. "Tag der Befreiung".' }]);
  });

  it('refuses a day the organisation already has, with the name it has', () => {
    expect(organisationHolidayProblems({ day: '2026-06-12', name: 'Zweimal' }, today, [{ day: '2026-06-12', name: 'Betriebsausflug' }])).toEqual([
      { field: 'day', message: 'The organisation already has 2026-06-12 as a holiday (Betriebsausflug).' },
    ]);
  });
});
