import { describe, expect, it } from 'vitest';
import { isHolidayRegion, isPublicHoliday } from './holidays';

describe('isPublicHoliday in Berlin (DE-BE)', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-01-06', false], // Heilige Drei Könige: not in Berlin
    ['2026-04-03', true],
    ['2026-04-05', false], // Easter Sunday is no statutory holiday
    ['2026-04-06', true],
    ['2026-05-14', true],
    ['2026-05-24', false],
    ['2026-05-25', true],
    ['2026-06-04', false], // Fronleichnam: not in Berlin
    ['2026-11-18', false], // Buß- und Bettag: abolished 1995 (Saxony only)
    ['2026-12-24', false],
    ['2026-12-31', false],
    ['2018-03-08', false],
    ['2019-03-08', true], // Frauentag, since 2019
    ['2026-03-08', true],
    ['2017-10-31', true], // Reformationstag's 500th year, once everywhere
    ['2018-10-31', false], // Reformationstag: Brandenburg's, not Berlin's
    ['2020-05-08', true], // Tag der Befreiung, 75th year: once
    ['2021-05-08', false],
    ['2025-05-08', true], // Tag der Befreiung, 80th year: once
    ['2026-05-08', false],
    ['2025-05-29', true],
    ['2025-06-09', true],
  ])('%s → %s', (date, expected) => {
    expect(isPublicHoliday(date, 'DE-BE')).toBe(expected);
  });
});

describe('isPublicHoliday by Land and region', () => {
  it('closes Bavaria on Epiphany, while Berlin works', () => {
    expect(isPublicHoliday('2026-01-06', 'DE-BY')).toBe(true);
    expect(isPublicHoliday('2026-01-06', 'DE-BE')).toBe(false);
  });

  it('closes Augsburg on its Friedensfest, not the rest of Bavaria', () => {
    expect(isPublicHoliday('2026-08-08', 'DE-BY-A')).toBe(true);
    expect(isPublicHoliday('2026-08-08', 'DE-BY')).toBe(false);
    expect(isPublicHoliday('2026-01-06', 'DE-BY-A')).toBe(true);
  });

  it('counts only statutory days: Mariä Himmelfahrt is one in Augsburg, an observance elsewhere in Bavaria', () => {
    expect(isPublicHoliday('2026-08-15', 'DE-BY-A')).toBe(true);
    expect(isPublicHoliday('2026-08-15', 'DE-BY')).toBe(false);
  });

  it('knows the nationwide days for the country alone', () => {
    expect(isPublicHoliday('2026-10-03', 'DE')).toBe(true);
    expect(isPublicHoliday('2026-03-08', 'DE')).toBe(false);
  });

  it('rejects a date that does not exist, and a region it does not know', () => {
    expect(() => isPublicHoliday('2026-02-30', 'DE-BE')).toThrow(RangeError);
    expect(() => isPublicHoliday('2026-01-06', 'DE-XX')).toThrow(RangeError);
  });
});

describe('isHolidayRegion', () => {
  it.each(['DE', 'DE-BE', 'DE-BY', 'DE-BY-A', 'DE-NW', 'AT-9'])('knows %s', (region) => {
    expect(isHolidayRegion(region)).toBe(true);
  });

  it.each(['', 'de-be', 'DE-', 'DE-XX', 'DE-BY-XX', 'DE-BE-A', 'XX', 'DE-BY-A-1', ' DE-BE', 'DE_BE'])('refuses %j', (region) => {
    expect(isHolidayRegion(region)).toBe(false);
  });
});
