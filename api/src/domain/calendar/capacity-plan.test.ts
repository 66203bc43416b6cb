import { describe, expect, it } from 'vitest';
import { planSlots, ruleAppliesOn, validateCapacityRule, type CapacityRuleProblem, type CapacityRuleSpec } from './capacity-plan';
import { isPublicHoliday } from './holidays';
import type { LocalDate } from './local-date';

const BERLIN = 'Europe/Berlin';
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function rule(overrides: Partial<CapacityRuleSpec> = {}): CapacityRuleSpec {
  return {
    id: 'r1',
    weekdays: EVERY_DAY,
    startMinute: 8 * 60,
    endMinute: 12 * 60,
    validFrom: '2026-01-01',
    validUntil: null,
    repeatEveryWeeks: 1,
    slotMinutes: 10,
    publicCounters: 2,
    internCounters: 3,
    startInDays: 1,
    endInDays: 60,
    ...overrides,
  };
}

function plan(rules: CapacityRuleSpec[], from: LocalDate, to: LocalDate, isClosed = (_: LocalDate) => false) {
  return planSlots({ timeZone: BERLIN, rules, from, to, isClosed });
}

const iso = (date: Date) => date.toISOString().replace(':00.000Z', 'Z');

describe('planSlots across daylight saving in Europe/Berlin', () => {
  it.each([
    ['winter', '2026-01-15', '2026-01-15T07:00Z'],
    ['Saturday before spring forward', '2026-03-28', '2026-03-28T07:00Z'],
    ['spring forward', '2026-03-29', '2026-03-29T06:00Z'],
    ['summer', '2026-07-15', '2026-07-15T06:00Z'],
    ['Saturday before fall back', '2026-10-24', '2026-10-24T06:00Z'],
    ['fall back', '2026-10-25', '2026-10-25T07:00Z'],
  ])('%s: 08:00 local starts at %s', (_case, day, firstStart) => {
    const slots = plan([rule()], day, day);
    expect(iso(slots[0].start)).toBe(firstStart);
    expect(slots).toHaveLength(24);
    expect(slots.every((slot) => slot.localDate === day)).toBe(true);
  });

  it.each([
    ['01:00–04:00 before spring forward', '2026-03-28', 60, 240, 10, 18, '2026-03-28T03:00Z'],
    ['01:00–04:00 on spring forward: 2 real hours', '2026-03-29', 60, 240, 10, 12, '2026-03-29T02:00Z'],
    ['01:00–04:00 on fall back: 4 real hours', '2026-10-25', 60, 240, 10, 24, '2026-10-25T03:00Z'],
    ['02:00–03:00 on spring forward: never on the clock', '2026-03-29', 120, 180, 10, 0, null],
    ['whole day on spring forward', '2026-03-29', 0, 1440, 60, 23, '2026-03-29T22:00Z'],
    ['whole day on fall back', '2026-10-25', 0, 1440, 60, 25, '2026-10-25T23:00Z'],
    ['until 24:00 on fall back', '2026-10-25', 1380, 1440, 30, 2, '2026-10-25T23:00Z'],
  ])('%s', (_case, day, startMinute, endMinute, slotMinutes, count, lastEnd) => {
    const slots = plan([rule({ startMinute, endMinute, slotMinutes })], day, day);
    expect(slots).toHaveLength(count);
    expect(slots.at(-1) ? iso(slots.at(-1)!.end) : null).toBe(lastEnd);
    slots.slice(1).forEach((slot, i) => expect(slot.start).toEqual(slots[i].end));
  });
});

describe('planSlots: days', () => {
  const closures = new Set<LocalDate>(['2026-04-08']);
  it.each([
    ['no closures', () => false, ['2026-04-02', '2026-04-03', '2026-04-06', '2026-04-07', '2026-04-08']],
    ['Berlin holidays (Karfreitag, Ostermontag)', (date: LocalDate) => isPublicHoliday(date, 'DE-BE'), ['2026-04-02', '2026-04-07', '2026-04-08']],
    ['holidays and an office closure', (date: LocalDate) => isPublicHoliday(date, 'DE-BE') || closures.has(date), ['2026-04-02', '2026-04-07']],
  ])('%s', (_case, isClosed, days) => {
    const slots = plan([rule({ weekdays: [1, 2, 3, 4, 5] })], '2026-04-02', '2026-04-08', isClosed);
    expect([...new Set(slots.map((slot) => slot.localDate))]).toEqual(days);
  });

  it('yields nothing for an empty range', () => {
    expect(plan([rule()], '2026-04-08', '2026-04-07')).toEqual([]);
  });

  it('asks about closures only for the days in range', () => {
    const asked: LocalDate[] = [];
    plan([rule()], '2026-04-06', '2026-04-08', (date) => (asked.push(date), false));
    expect(asked).toEqual(['2026-04-06', '2026-04-07', '2026-04-08']);
  });
});

describe('ruleAppliesOn', () => {
  // validFrom is a Wednesday; its ISO week starts on Monday 2026-03-02.
  const fortnightly = rule({ weekdays: [1, 3], validFrom: '2026-03-04', repeatEveryWeeks: 2 });
  const bounded = rule({ weekdays: [1, 2, 3, 4, 5], validFrom: '2026-03-10', validUntil: '2026-03-12' });
  const openEnded = rule({ validFrom: '2026-03-10' });
  const thirdWeek = rule({ weekdays: [7], validFrom: '2026-03-01', repeatEveryWeeks: 3 });
  it.each([
    ['every 2 weeks: Monday of the first week is before validFrom', fortnightly, '2026-03-02', false],
    ['every 2 weeks: first Wednesday', fortnightly, '2026-03-04', true],
    ['every 2 weeks: first week, Friday is no weekday of the rule', fortnightly, '2026-03-06', false],
    ['every 2 weeks: second week off', fortnightly, '2026-03-09', false],
    ['every 2 weeks: second week off, Wednesday', fortnightly, '2026-03-11', false],
    ['every 2 weeks: third week Monday', fortnightly, '2026-03-16', true],
    ['every 2 weeks: third week Wednesday', fortnightly, '2026-03-18', true],
    ['every 2 weeks: fourth week off', fortnightly, '2026-03-23', false],
    ['every 2 weeks: across the spring switch', fortnightly, '2026-03-30', true],
    ['every 2 weeks: across the new year, week 44 on', fortnightly, '2027-01-04', true],
    ['every 2 weeks: across the new year, week 45 off', fortnightly, '2027-01-11', false],
    ['every 3 weeks from a Sunday: first', thirdWeek, '2026-03-01', true],
    ['every 3 weeks from a Sunday: next', thirdWeek, '2026-03-08', false],
    ['every 3 weeks from a Sunday: third', thirdWeek, '2026-03-22', true],
    ['bounded: day before validFrom', bounded, '2026-03-09', false],
    ['bounded: validFrom', bounded, '2026-03-10', true],
    ['bounded: validUntil is inclusive', bounded, '2026-03-12', true],
    ['bounded: day after validUntil', bounded, '2026-03-13', false],
    ['open-ended: years later', openEnded, '2030-01-01', true],
    ['open-ended: before validFrom', openEnded, '2026-03-09', false],
  ])('%s', (_case, spec, date, expected) => {
    expect(ruleAppliesOn(spec, date)).toBe(expected);
  });
});

describe('planSlots: counters', () => {
  const hourly = { slotMinutes: 60, publicCounters: 1, internCounters: 1 };
  const early = rule({ ...hourly, id: 'early', startMinute: 480, endMinute: 600, publicCounters: 2, internCounters: 3 });
  const late = rule({ ...hourly, id: 'late', startMinute: 540, endMinute: 660, startInDays: 0, endInDays: 30 });
  const halfHours = rule({ ...hourly, id: 'half', startMinute: 480, endMinute: 540, slotMinutes: 30 });
  it.each([
    ['one rule', [early], ['07:00Z 2/3', '08:00Z 2/3']],
    ['overlapping rules add where slots coincide', [early, late], ['07:00Z 2/3', '08:00Z 3/4', '09:00Z 1/1']],
    ['the order of rules does not matter', [late, early], ['07:00Z 2/3', '08:00Z 3/4', '09:00Z 1/1']],
    ['the same rule twice doubles', [early, early], ['07:00Z 4/6', '08:00Z 4/6']],
    ['no counters yield nothing', [rule({ publicCounters: 0, internCounters: 0 })], []],
    ['intern counters only', [rule({ endMinute: 500, publicCounters: 0, internCounters: 2 })], ['07:00Z 0/2', '07:10Z 0/2']],
    ['slots of another length stay apart', [early, halfHours], ['07:00Z 1/1', '07:00Z 2/3', '07:30Z 1/1', '08:00Z 2/3']],
  ])('%s', (_case, rules, expected) => {
    const slots = plan(rules, '2026-01-15', '2026-01-15');
    const summary = slots.map((s) => `${iso(s.start).slice(11)} ${s.publicCapacity}/${s.internCapacity}`);
    expect(summary).toEqual(expected);
  });

  it('merges windows: earliest bookableFrom, latest publicUntil', () => {
    const [first, shared, last] = plan([early, late], '2026-05-20', '2026-05-20');
    expect([first, shared, last].map((s) => [iso(s.bookableFrom), iso(s.publicUntil)])).toEqual([
      ['2026-03-21T07:00Z', '2026-05-19T22:00Z'],
      ['2026-03-21T07:00Z', '2026-05-20T22:00Z'],
      ['2026-04-20T07:00Z', '2026-05-20T22:00Z'],
    ]);
  });

  it('sorts the slots of several days and rules by start', () => {
    const slots = plan([late, early], '2026-01-15', '2026-01-16');
    const starts = slots.map((s) => s.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(slots).toHaveLength(6);
  });
});

describe('planSlots: booking window', () => {
  it.each([
    // 2026-03-21 is before the spring switch (08:00 CET), 2026-05-20 after it.
    ['lead time 0: the whole day stays public', 0, 60, '2026-05-20', '2026-03-21T07:00Z', '2026-05-20T22:00Z'],
    ["lead time 1: the day's own slots are intern-only", 1, 60, '2026-05-20', '2026-03-21T07:00Z', '2026-05-19T22:00Z'],
    ['lead time 3', 3, 60, '2026-05-20', '2026-03-21T07:00Z', '2026-05-17T22:00Z'],
    ['window of 14 days across the spring switch', 1, 14, '2026-04-10', '2026-03-27T07:00Z', '2026-04-09T22:00Z'],
    ['window of 0 days: bookable from its own start', 0, 0, '2026-05-20', '2026-05-20T06:00Z', '2026-05-20T22:00Z'],
    ['day before fall back: public until its end', 0, 1, '2026-10-24', '2026-10-23T06:00Z', '2026-10-24T22:00Z'],
  ])('%s', (_case, startInDays, endInDays, day, bookableFrom, publicUntil) => {
    const slots = plan([rule({ startInDays, endInDays })], day, day);
    expect(new Set(slots.map((s) => `${iso(s.bookableFrom)} ${iso(s.publicUntil)}`))).toEqual(new Set([`${bookableFrom} ${publicUntil}`]));
  });
});

describe('planSlots: bad input', () => {
  it('refuses an invalid rule, naming it', () => {
    expect(() => plan([rule({ id: 'broken', slotMinutes: 0 })], '2026-01-15', '2026-01-15')).toThrow(/broken/);
  });

  it('refuses a range of dates that do not exist', () => {
    expect(() => plan([rule()], '2026-01-15', '2026-02-30')).toThrow(RangeError);
  });
});

describe('validateCapacityRule', () => {
  it('accepts a usual rule', () => {
    expect(validateCapacityRule(rule())).toEqual([]);
  });

  it.each([
    ['no weekdays', { weekdays: [] }, { field: 'weekdays', message: 'at least one weekday is needed' }],
    ['weekday 0', { weekdays: [0, 1] }, { field: 'weekdays', message: 'weekdays must be 1 (Monday) to 7 (Sunday)', min: 1, max: 7 }],
    ['weekday 8', { weekdays: [8] }, { field: 'weekdays', message: 'weekdays must be 1 (Monday) to 7 (Sunday)', min: 1, max: 7 }],
    ['start after end', { startMinute: 720, endMinute: 480 }, { field: 'endTime', message: 'start time must be before end time' }],
    ['start equals end', { startMinute: 480, endMinute: 480 }, { field: 'endTime', message: 'start time must be before end time' }],
    ['end after 24:00', { endMinute: 1450 }, { field: 'endTime', message: 'end time must be a minute of the day, at most 24:00' }],
    ['negative start', { startMinute: -10 }, { field: 'startTime', message: 'start time must be a minute of the day' }],
    ['slot of 4 minutes', { slotMinutes: 4 }, { field: 'slotMinutes', message: 'slot length must be 5 to 120 minutes', min: 5, max: 120 }],
    ['slot of 121 minutes', { slotMinutes: 121 }, { field: 'slotMinutes', message: 'slot length must be 5 to 120 minutes', min: 5, max: 120 }],
    ['slot not dividing the range', { slotMinutes: 25 }, { field: 'slotMinutes', message: 'slot length must divide the daily time range' }],
    ['intern below public', { publicCounters: 3, internCounters: 2 }, { field: 'internCounters', message: 'intern counters must be at least the public counters', min: 3, max: 1000 }],
    ['negative public', { publicCounters: -1 }, { field: 'publicCounters', message: 'public counters must be a whole number from 0 to 1000', min: 0, max: 1000 }],
    ['negative intern', { publicCounters: -2, internCounters: -1 }, { field: 'internCounters', message: 'intern counters must be a whole number from 0 to 1000', min: 0, max: 1000 }],
    ['1001 counters', { publicCounters: 1, internCounters: 1001 }, { field: 'internCounters', message: 'intern counters must be a whole number from 0 to 1000', min: 0, max: 1000 }],
    ['repeat 0 weeks', { repeatEveryWeeks: 0 }, { field: 'repeatEveryWeeks', message: 'repeat every must be a whole number of weeks from 1 to 52', min: 1, max: 52 }],
    ['repeat 53 weeks', { repeatEveryWeeks: 53 }, { field: 'repeatEveryWeeks', message: 'repeat every must be a whole number of weeks from 1 to 52', min: 1, max: 52 }],
    ['negative lead time', { startInDays: -1 }, { field: 'startInDays', message: 'lead time must be a whole number of days from 0 to 365', min: 0, max: 365 }],
    ['window ends before lead time', { startInDays: 5, endInDays: 4 }, { field: 'endInDays', message: 'booking window must not end before the lead time', min: 5, max: 365 }],
    ['window beyond a year', { endInDays: 366 }, { field: 'endInDays', message: 'booking window must end within 0 to 365 days', min: 0, max: 365 }],
    ['validUntil before validFrom', { validUntil: '2025-12-31' }, { field: 'validUntil', message: 'valid until must not be before valid from' }],
    ['date that does not exist', { validFrom: '2026-02-30' }, { field: 'validFrom', message: 'validity dates must be real dates as YYYY-MM-DD' }],
  ] as Array<[string, Partial<CapacityRuleSpec>, CapacityRuleProblem]>)('%s names the field and what it allows', (_case, overrides, problem) => {
    expect(validateCapacityRule(rule(overrides))).toContainEqual(problem);
  });

  it.each([
    ['a whole day', { startMinute: 0, endMinute: 1440, slotMinutes: 120 }],
    ['a one-day window', { validFrom: '2026-03-10', validUntil: '2026-03-10' }],
    ['window of exactly a year, no lead time', { startInDays: 0, endInDays: 365 }],
    ['no public counters', { publicCounters: 0, internCounters: 1 }],
  ] as Array<[string, Partial<CapacityRuleSpec>]>)('accepts %s', (_case, overrides) => {
    expect(validateCapacityRule(rule(overrides))).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(validateCapacityRule(rule({ weekdays: [], repeatEveryWeeks: 0, endInDays: 400 }))).toHaveLength(3);
  });
});
