import { describe, expect, it } from 'vitest';
import { ReleaseMode, firstComeOpen } from './release-gate';

describe('release gate', () => {
  it.each<[string, ReleaseMode, string | null, string, boolean]>([
    ['first-come is open on any date', ReleaseMode.firstCome, null, '2027-06-30', true],
    ['first-come ignores a released date', ReleaseMode.firstCome, '2027-01-01', '2027-06-30', true],
    ['a draw-mode service without a released draw is open today', ReleaseMode.draw, null, '2027-01-04', true],
    ['…and not tomorrow', ReleaseMode.draw, null, '2027-01-05', false],
    ['a released draw opens up to its last date', ReleaseMode.draw, '2027-01-15', '2027-01-15', true],
    ['…and not beyond it', ReleaseMode.draw, '2027-01-15', '2027-01-16', false],
  ])('%s', (_, mode, releasedUntil, localDate, open) => {
    expect(firstComeOpen(mode, releasedUntil, localDate, '2027-01-04')).toBe(open);
  });
});
