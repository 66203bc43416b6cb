import { describe, expect, it } from 'vitest';
import { closureProblems, isClosedOn } from './closures';

const today = '2026-03-02';
const holidays = [{ from: '2026-12-23', until: '2027-01-02' }];

describe('isClosedOn', () => {
  it.each([
    ['2026-12-22', false],
    ['2026-12-23', true],
    ['2026-12-31', true],
    ['2027-01-02', true],
    ['2027-01-03', false],
  ])('%s: %s', (date, closed) => {
    expect(isClosedOn(holidays, date)).toBe(closed);
  });
});

describe('closureProblems', () => {
  it.each([
    ['one day', { from: '2026-03-05', until: '2026-03-05' }],
    ['today', { from: today, until: today }],
    ['a range next to another', { from: '2026-12-20', until: '2026-12-22' }],
    ['366 days', { from: '2027-01-03', until: '2028-01-03' }],
  ])('accepts %s', (_, range) => {
    expect(closureProblems(range, today, holidays)).toEqual([]);
  });

  it.each([
    ['a day in the past', { from: '2026-03-01', until: '2026-03-03' }, { field: 'date', message: 'The first day must be today (2026-03-02) or later.' }],
    ['a reversed range', { from: '2026-03-10', until: '2026-03-09' }, { field: 'until', message: 'The last day must not be before the first day.' }],
    ['more than 366 days', { from: '2026-03-02', until: '2027-03-03' }, { field: 'until', message: 'A closure spans at most 366 days.' }],
    ['an overlap at the end', { from: '2026-12-20', until: '2026-12-23' }, { field: 'date', message: 'The office is already closed from 2026-12-23 to 2027-01-02.' }],
    ['a range inside another', { from: '2026-12-28', until: '2026-12-28' }, { field: 'date', message: 'The office is already closed from 2026-12-23 to 2027-01-02.' }],
    ['a date that does not exist', { from: '2026-02-30', until: '2026-03-01' }, { field: 'date', message: 'The days must be real dates as YYYY-MM-DD.' }],
  ])('refuses %s, naming the field', (_, range, problem) => {
    expect(closureProblems(range, today, holidays)).toEqual([problem]);
  });

  it('names a one-day closure it overlaps by its day', () => {
    expect(closureProblems({ from: '2026-04-01', until: '2026-04-30' }, today, [{ from: '2026-04-10', until: '2026-04-10' }])).toEqual([{ field: 'date', message: 'The office is already closed on 2026-04-10.' }]);
  });
});
