import { describe, expect, it } from 'vitest';
import { chainStarts, findChain, type SlotState } from './slot-chain';

/**
 * A day of 10-minute slots from 08:00Z written as one character each: '.' has room, 'x' is
 * full, '0' has no capacity in the caller's contingent, ' ' is a gap of one slot length.
 */
function day(pattern: string): SlotState[] {
  const base = Date.parse('2026-01-15T08:00:00Z');
  return [...pattern].flatMap((c, i) => {
    if (c === ' ') return [];
    const start = new Date(base + i * 600_000);
    const end = new Date(start.getTime() + 600_000);
    return [{ start, end, capacity: c === '0' ? 0 : 2, taken: c === 'x' ? 2 : c === '0' ? 0 : 1 }];
  });
}

const at = (hhmm: string) => new Date(`2026-01-15T${hhmm}:00Z`);
const hhmm = (date: Date) => date.toISOString().slice(11, 16);

describe('findChain', () => {
  it.each([
    ['one free slot', '....', '08:00', 1, ['08:00']],
    ['whole run', '....', '08:00', 4, ['08:00', '08:10', '08:20', '08:30']],
    ['from the middle', '....', '08:10', 2, ['08:10', '08:20']],
    ['ending at the last slot', '....', '08:20', 2, ['08:20', '08:30']],
    ['longer than what is left', '....', '08:20', 3, null],
    ['start is full', 'x...', '08:00', 1, null],
    ['a full slot inside', '..x.', '08:00', 3, null],
    ['a full slot after the chain does not matter', '..x.', '08:00', 2, ['08:00', '08:10']],
    ['no capacity in the contingent', '.0..', '08:00', 2, null],
    ['a gap breaks the chain', '.. ..', '08:00', 3, null],
    ['after a gap', '.. ..', '08:30', 2, ['08:30', '08:40']],
    ['start inside no slot', '....', '08:05', 1, null],
    ['start before the first slot', '....', '07:50', 1, null],
    ['start in a gap', '.. ..', '08:20', 1, null],
    ['no slots', '', '08:00', 1, null],
  ])('%s', (_case, pattern, start, length, expected) => {
    const chain = findChain(day(pattern), at(start), length);
    expect(chain && chain.map((slot) => hhmm(slot.start))).toEqual(expected);
  });

  it('hands back the slots themselves', () => {
    const slots = day('...');
    expect(findChain(slots, at('08:10'), 2)).toEqual([slots[1], slots[2]]);
    expect(findChain(slots, at('08:10'), 2)![0]).toBe(slots[1]);
  });

  it('follows real instants, not slot positions, across days', () => {
    const evening = day('..');
    const morning = day('..').map((slot) => ({
      ...slot,
      start: new Date(slot.start.getTime() + 86_400_000),
      end: new Date(slot.end.getTime() + 86_400_000),
    }));
    expect(findChain([...evening, ...morning], at('08:10'), 2)).toBeNull();
  });

  it.each([0, -1, 1.5])('rejects length %s', (length) => {
    expect(() => findChain(day('..'), at('08:00'), length)).toThrow(RangeError);
  });
});

describe('chainStarts', () => {
  it.each([
    ['all free, length 1', '....', 1, ['08:00', '08:10', '08:20', '08:30']],
    ['all free, length 3', '....', 3, ['08:00', '08:10']],
    ['all free, longer than the day', '....', 5, []],
    ['full slots split runs', '..x...x.', 2, ['08:00', '08:30', '08:40']],
    ['no contingent capacity splits runs', '...0..', 2, ['08:00', '08:10', '08:40']],
    ['gaps split runs', '... ...', 3, ['08:00', '08:40']],
    ['every slot full', 'xxxx', 1, []],
    ['no slots', '', 1, []],
  ])('%s', (_case, pattern, length, expected) => {
    expect(chainStarts(day(pattern), length).map(hhmm)).toEqual(expected);
  });

  it.each(['..x. ..0...x', '. . .', '....x....', 'x..x..x'])('agrees with findChain on %j', (pattern) => {
    const slots = day(pattern);
    for (let length = 1; length <= 5; length++) {
      const expected = slots.filter((slot) => findChain(slots, slot.start, length)).map((slot) => slot.start);
      expect(chainStarts(slots, length)).toEqual(expected);
    }
  });

  it('rejects length 0', () => {
    expect(() => chainStarts(day('..'), 0)).toThrow(RangeError);
  });
});
