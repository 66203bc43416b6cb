import { describe, expect, it } from 'vitest';
import { headsUpDue } from './heads-up-rule';

describe('headsUpDue', () => {
  it.each([
    { case: 'two ahead at the default of two', position: 3, minutes: 20, whenAhead: 2, whenMinutes: 0, due: true },
    { case: 'three ahead at the default of two', position: 4, minutes: 20, whenAhead: 2, whenMinutes: 0, due: false },
    { case: 'next in line', position: 1, minutes: 0, whenAhead: 2, whenMinutes: 0, due: true },
    { case: 'position off: far ahead never counts', position: 1, minutes: 30, whenAhead: 0, whenMinutes: 0, due: false },
    { case: 'estimate below the minutes', position: 9, minutes: 14, whenAhead: 2, whenMinutes: 15, due: true },
    { case: 'estimate at the minutes is not below', position: 9, minutes: 15, whenAhead: 2, whenMinutes: 15, due: false },
    { case: 'minutes alone', position: 20, minutes: 4, whenAhead: 0, whenMinutes: 5, due: true },
    { case: 'no estimate yet', position: 20, minutes: null, whenAhead: 0, whenMinutes: 5, due: false },
    { case: 'called or parked: no place', position: null, minutes: 0, whenAhead: 50, whenMinutes: 240, due: false },
  ])('$case', ({ position, minutes, whenAhead, whenMinutes, due }) => {
    expect(headsUpDue({ position, estimatedWaitMinutes: minutes }, { whenAhead, whenMinutes })).toBe(due);
  });
});
