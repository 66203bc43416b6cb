import { describe, expect, it } from 'vitest';
import { checkInClosed, remoteCheckInUntil } from './remote-tickets';

const at = (time: string) => new Date(`2026-01-15T${time}:00Z`);
const window = (estimatedWaitMinutes: number, closesAt = '18:00') => remoteCheckInUntil({ drawnAt: at('10:00'), estimatedWaitMinutes, travelMinutes: 30, lateMinutes: 15, closesAt: at(closesAt) });

describe('remoteCheckInUntil', () => {
  it('closes late minutes after the turn the citizen was told to expect', () => {
    expect(window(60)).toEqual(at('11:15'));
  });

  it('gives an empty queue the travel time still', () => {
    expect(window(0)).toEqual(at('10:45'));
  });

  it('never runs past closing time', () => {
    expect(window(60, '10:40')).toEqual(at('10:40'));
  });
});

describe('checkInClosed', () => {
  it('is open until the minute, closed on it', () => {
    expect(checkInClosed(at('10:45'), new Date(at('10:45').getTime() - 1))).toBe(false);
    expect(checkInClosed(at('10:45'), at('10:45'))).toBe(true);
  });
});
