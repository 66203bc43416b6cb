import { describe, expect, it } from 'vitest';
import { nextTicketNumber } from './ticket-numbers';

describe('nextTicketNumber', () => {
  it.each<[string, number, number, number | null, number[], number | null]>([
    ['day start: the first number', 1, 10, null, [], 1],
    ['day start with a range not from 1', 100, 199, null, [], 100],
    ['the one after the last issued', 1, 10, 4, [4], 5],
    ['done tickets do not hold their numbers', 1, 10, 4, [], 5],
    ['skips numbers in use', 1, 10, 4, [4, 5, 6], 7],
    ['wraps after the last number', 1, 10, 10, [10], 1],
    ['wraps and skips', 1, 10, 9, [9, 10, 1, 2], 3],
    ['skips up to the last issued number itself when that one is done', 1, 3, 2, [1, 3], 2],
    ['day start skips numbers in use', 1, 10, null, [1, 2], 3],
    ['full range: the day is full', 1, 3, 2, [1, 2, 3], null],
    ['full range at day start', 1, 3, null, [1, 2, 3], null],
    ['range of size 1 at day start', 5, 5, null, [], 5],
    ['range of size 1, its ticket done', 5, 5, 5, [], 5],
    ['range of size 1, its ticket active', 5, 5, 5, [5], null],
    ['numbers outside the range in use do not matter', 1, 2, null, [0, 3], 1],
    ['last issued below a changed range: start over', 100, 199, 42, [], 100],
    ['last issued above a changed range: start over', 100, 199, 250, [100], 101],
  ])('%s', (_case, firstNumber, lastNumber, lastIssued, inUse, expected) => {
    expect(nextTicketNumber({ firstNumber, lastNumber, lastIssued, inUse: new Set(inUse) })).toBe(expected);
  });

  it.each([
    ['first after last', 10, 1],
    ['not whole numbers', 1.5, 10],
  ])('rejects a range with %s', (_case, firstNumber, lastNumber) => {
    expect(() => nextTicketNumber({ firstNumber, lastNumber, lastIssued: null, inUse: new Set() })).toThrow(RangeError);
  });
});
