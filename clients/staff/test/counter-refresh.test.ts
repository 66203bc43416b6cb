import { describe, expect, it } from 'vitest';
import { placesAtCounter, refreshAtLatestMs, refreshDelayMs } from '../src/counter/refresh';

const computedAt = '2026-03-02T08:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(computedAt) + ms).toISOString();

describe('when a counter asks for its queue again, with no event', () => {
  it.each<[string, string | null, number]>([
    ['nothing changes by itself: after a minute, for the estimates', null, refreshAtLatestMs],
    ['the order changes in 20 s: just after it', later(20_000), 21_000],
    ['the order changes in 5 minutes: after a minute all the same', later(300_000), refreshAtLatestMs],
    ['the change is due now: a second later, not in a loop', computedAt, 1_000],
    ['a change already past (a slow answer): a second later', later(-5_000), 1_000],
    ['an instant that does not parse: after a minute', 'soon', refreshAtLatestMs],
  ])('%s', (_case, nextChangeAt, delay) => {
    expect(refreshDelayMs({ computedAt, nextChangeAt })).toBe(delay);
  });

  it('counts only the difference of the server instants, whatever the browser clock says', () => {
    const farAhead = { computedAt: '2031-01-01T00:00:00.000Z', nextChangeAt: '2031-01-01T00:00:30.000Z' };
    expect(refreshDelayMs(farAhead)).toBe(31_000);
  });
});

describe('places at a counter', () => {
  it('numbers the counter calling order from 1, and leaves out what it does not serve', () => {
    const places = placesAtCounter(['7', '3', '12']);
    expect([...places]).toEqual([
      ['7', 1],
      ['3', 2],
      ['12', 3],
    ]);
    expect(places.get('5')).toBeUndefined();
  });
});
