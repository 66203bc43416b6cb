import { describe, expect, it } from 'vitest';
import { berlinPublicHolidays, isBerlinPublicHoliday } from './holidays';
import { addDays } from './local-date';

describe('berlinPublicHolidays: Easter by the Gregorian computus', () => {
  // Easter Sunday itself is no statutory holiday in Berlin; it is read back from Ostermontag.
  it.each([
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%d → %s', (year, easterSunday) => {
    const holidays = berlinPublicHolidays(year);
    expect(holidays.get(addDays(easterSunday, -2))).toBe('Karfreitag');
    expect(holidays.get(addDays(easterSunday, 1))).toBe('Ostermontag');
    expect(holidays.has(easterSunday)).toBe(false);
  });
});

describe('berlinPublicHolidays', () => {
  it('lists 2026 completely, in date order', () => {
    expect([...berlinPublicHolidays(2026)]).toEqual([
      ['2026-01-01', 'Neujahr'],
      ['2026-03-08', 'Internationaler Frauentag'],
      ['2026-04-03', 'Karfreitag'],
      ['2026-04-06', 'Ostermontag'],
      ['2026-05-01', 'Tag der Arbeit'],
      ['2026-05-14', 'Christi Himmelfahrt'],
      ['2026-05-25', 'Pfingstmontag'],
      ['2026-10-03', 'Tag der Deutschen Einheit'],
      ['2026-12-25', '1. Weihnachtsfeiertag'],
      ['2026-12-26', '2. Weihnachtsfeiertag'],
    ]);
  });

  it.each([
    [2017, 10],
    [2018, 9],
    [2019, 10],
    [2020, 11],
    [2024, 10],
    [2025, 11],
    [2026, 10],
  ])('%d has %d holidays', (year, count) => {
    expect(berlinPublicHolidays(year).size).toBe(count);
  });

  it('hands out a fresh map, so changing it does not change the calendar', () => {
    berlinPublicHolidays(2026).set('2026-06-01', 'Erfunden');
    expect(isBerlinPublicHoliday('2026-06-01')).toBe(false);
    expect(berlinPublicHolidays(2026).has('2026-06-01')).toBe(false);
  });

  it.each([1994, 2026.5, 10_000])('rejects year %s', (year) => {
    expect(() => berlinPublicHolidays(year)).toThrow(RangeError);
  });
});

describe('isBerlinPublicHoliday', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-04-03', true],
    ['2026-04-05', false],
    ['2026-04-06', true],
    ['2026-05-14', true],
    ['2026-05-24', false],
    ['2026-05-25', true],
    ['2026-06-04', false], // Fronleichnam: not in Berlin
    ['2026-11-18', false], // Buß- und Bettag: abolished 1995 (Saxony only)
    ['2026-12-24', false],
    ['2026-12-31', false],
    ['2018-03-08', false],
    ['2019-03-08', true],
    ['2017-10-31', true],
    ['2018-10-31', false], // Reformationstag: Brandenburg's, not Berlin's
    ['2020-05-08', true],
    ['2021-05-08', false],
    ['2025-05-08', true],
    ['2026-05-08', false],
    ['2025-05-29', true],
    ['2025-06-09', true],
  ])('%s → %s', (date, expected) => {
    expect(isBerlinPublicHoliday(date)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isBerlinPublicHoliday('2026-02-30')).toThrow(RangeError);
  });
});
