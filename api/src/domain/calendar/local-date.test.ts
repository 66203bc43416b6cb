import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatClockTime, instantAt, isLocalDate, isoWeekday, localDateOf, parseClockTime, startOfDay } from './local-date';

const BERLIN = 'Europe/Berlin';

describe('isLocalDate', () => {
  it.each([
    ['2026-03-29', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0050-01-01', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2026-01-01', -60, '2025-11-02'],
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-03-30', '2026-03-28', -2],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-05-10', '2026-05-10', 0],
  ])('%s → %s = %d', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('isoWeekday', () => {
  it.each([
    ['2026-03-23', 1],
    ['2026-03-26', 4],
    ['2026-03-29', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
    ['2000-01-01', 6],
  ])('%s → %d', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});

describe('localDateOf', () => {
  it.each([
    ['2026-01-15T22:59:59Z', BERLIN, '2026-01-15'],
    ['2026-01-15T23:00:00Z', BERLIN, '2026-01-16'],
    ['2026-07-15T21:59:59Z', BERLIN, '2026-07-15'],
    ['2026-07-15T22:00:00Z', BERLIN, '2026-07-16'],
    ['2026-07-15T22:00:00Z', 'UTC', '2026-07-15'],
    ['2026-07-15T03:00:00Z', 'America/New_York', '2026-07-14'],
  ])('%s in %s → %s', (instant, timeZone, expected) => {
    expect(localDateOf(new Date(instant), timeZone)).toBe(expected);
  });

  it('rejects an unknown time zone', () => {
    expect(() => localDateOf(new Date(), 'Europe/Nowhere')).toThrow(RangeError);
  });
});

describe('instantAt', () => {
  it.each([
    ['winter', '2026-01-15', 8 * 60, BERLIN, '2026-01-15T07:00:00.000Z'],
    ['summer', '2026-07-15', 8 * 60, BERLIN, '2026-07-15T06:00:00.000Z'],
    ['spring day, before the gap', '2026-03-29', 60, BERLIN, '2026-03-29T00:00:00.000Z'],
    ['spring day, gap start 02:00 → 03:00 CEST', '2026-03-29', 120, BERLIN, '2026-03-29T01:00:00.000Z'],
    ['spring day, in the gap 02:30 → 03:30 CEST', '2026-03-29', 150, BERLIN, '2026-03-29T01:30:00.000Z'],
    ['spring day, after the gap', '2026-03-29', 180, BERLIN, '2026-03-29T01:00:00.000Z'],
    ['spring day, 08:00 CEST', '2026-03-29', 8 * 60, BERLIN, '2026-03-29T06:00:00.000Z'],
    ['autumn day, 01:59 CEST', '2026-10-25', 119, BERLIN, '2026-10-24T23:59:00.000Z'],
    ['autumn day, repeated 02:00 → first, CEST', '2026-10-25', 120, BERLIN, '2026-10-25T00:00:00.000Z'],
    ['autumn day, repeated 02:30 → first, CEST', '2026-10-25', 150, BERLIN, '2026-10-25T00:30:00.000Z'],
    ['autumn day, 03:00 CET', '2026-10-25', 180, BERLIN, '2026-10-25T02:00:00.000Z'],
    ['autumn day, 08:00 CET', '2026-10-25', 8 * 60, BERLIN, '2026-10-25T07:00:00.000Z'],
    ['24:00 is the next midnight', '2026-03-28', 1440, BERLIN, '2026-03-28T23:00:00.000Z'],
    ['24:00 on the spring day', '2026-03-29', 1440, BERLIN, '2026-03-29T22:00:00.000Z'],
    ['repeated 23:30 in Santiago → first', '2026-04-04', 23 * 60 + 30, 'America/Santiago', '2026-04-05T02:30:00.000Z'],
    ['missing midnight in Santiago → 01:00', '2026-09-06', 0, 'America/Santiago', '2026-09-06T04:00:00.000Z'],
  ])('%s', (_case, date, minute, timeZone, expected) => {
    expect(instantAt(date, minute, timeZone).toISOString()).toBe(expected);
  });

  it.each([-1, 1441, 1.5, Number.NaN])('rejects minute %s', (minute) => {
    expect(() => instantAt('2026-01-15', minute, BERLIN)).toThrow(RangeError);
  });

  it('agrees with localDateOf for every minute of both switch days', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let minute = 0; minute < 1440; minute++) {
        expect(localDateOf(instantAt(date, minute, BERLIN), BERLIN)).toBe(date);
      }
    }
  });
});

describe('startOfDay', () => {
  it.each([
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s → %s', (date, expected) => {
    expect(startOfDay(date, BERLIN).toISOString()).toBe(expected);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['08:05', 485],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', null],
    ['25:00', null],
    ['12:60', null],
    ['8:00', null],
    ['08:00:00', null],
    ['0800', null],
    ['', null],
  ])('%j → %s', (value, expected) => {
    expect(parseClockTime(value)).toBe(expected);
  });
});

describe('formatClockTime', () => {
  it.each([
    [0, '00:00'],
    [485, '08:05'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('%d → %s', (minutes, expected) => {
    expect(formatClockTime(minutes)).toBe(expected);
    expect(parseClockTime(expected)).toBe(minutes);
  });

  it.each([-1, 1441, 10.5])('rejects %s', (minutes) => {
    expect(() => formatClockTime(minutes)).toThrow(RangeError);
  });
});
