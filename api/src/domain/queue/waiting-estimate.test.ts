import { describe, expect, it } from 'vitest';
import { QueueEntryStatus as S } from './queue-entry-lifecycle';
import type { QueueEntryState } from './queue-order';
import { estimateWaits, learnServiceMinutes, learnShowUpShare, minutesForServices, type CounterAtWork, type FinishedService, type ServiceMinutes, type ShowUpHistory, type UpcomingAppointment } from './waiting-estimate';

const samples = (serviceId: string, ...minutes: number[]): FinishedService[] => minutes.map((m) => ({ serviceId, minutes: m }));

describe('learnServiceMinutes', () => {
  it.each<[string, FinishedService[], number, number, Record<string, number>]>([
    ['no history: the default', [], 10, 10, {}],
    ['the default on the half-minute grid', [], 7.2, 7, {}],
    ['4 samples: overall only', samples('a', 10, 12, 14, 16), 10, 13, {}],
    ['5 samples: a median of its own', samples('a', 1, 2, 3, 4, 5), 10, 3, { a: 3 }],
    ['an outlier barely counts', samples('a', 8, 9, 10, 11, 240), 10, 10, { a: 10 }],
    ['even count: the mean of the middle two', samples('a', 4, 5, 6, 7, 8, 9), 10, 6.5, { a: 6.5 }],
    ['rounded down to the half minute', samples('a', 7.2, 7.2, 7.2, 7.2, 7.2), 10, 7, { a: 7 }],
    ['rounded up to the half minute', samples('a', 7.3, 7.3, 7.3, 7.3, 7.3), 10, 7.5, { a: 7.5 }],
    ['services with few samples fall back to the overall median of all samples', [...samples('a', 10, 10, 10, 10, 10), ...samples('b', 30, 30, 30)], 20, 10, { a: 10 }],
    ['each service its own median', [...samples('a', 5, 6, 5, 6, 5), ...samples('b', 20, 25, 30, 25, 20)], 10, 13, { a: 5, b: 25 }],
    ['broken records are ignored', samples('a', 4, 4, 4, 4, Number.NaN, -3, Number.POSITIVE_INFINITY), 10, 4, {}],
    ['only broken records: the default', samples('a', Number.NaN, -1), 10, 10, {}],
  ])('%s', (_case, history, defaultMinutes, overall, byService) => {
    const learned = learnServiceMinutes(history, defaultMinutes);
    expect(learned.overall).toBe(overall);
    expect(Object.fromEntries(learned.byService)).toEqual(byService);
  });
});

describe('learnShowUpShare', () => {
  it.each<[string, ShowUpHistory, number]>([
    ['no history: the prior, 9 in 10', { booked: 0, came: 0 }, 0.9],
    ['a few days weigh against the prior', { booked: 20, came: 10 }, 0.7],
    ['many days outweigh it', { booked: 980, came: 784 }, 0.802],
    ['everyone came', { booked: 180, came: 180 }, 0.99],
    ['broken counts are bounded', { booked: -5, came: 7 }, 0.9],
  ])('%s', (_case, history, share) => {
    expect(learnShowUpShare(history)).toBeCloseTo(share, 3);
  });
});

describe('minutesForServices', () => {
  const learned: ServiceMinutes = { overall: 9, byService: new Map([['a', 4]]) };
  it.each<[string, string[], number]>([
    ['a learned service', ['a'], 4],
    ['several services add up', ['a', 'a', 'b'], 17],
    ['an unknown service: the overall median', ['b'], 9],
    ['no services: the overall median', [], 9],
  ])('%s', (_case, serviceIds, minutes) => {
    expect(minutesForServices(learned, serviceIds)).toBe(minutes);
  });
});

/** Times of 2026-01-15 in UTC, 'hh:mm'. */
const at = (time: string) => new Date(`2026-01-15T${time}:00Z`);
const now = at('10:00');

function entry(id: string, overrides: Partial<QueueEntryState> = {}): QueueEntryState {
  return {
    id,
    status: S.waiting,
    priority: 3,
    appointmentStart: null,
    arrivedAt: at('09:00'),
    lastCalledAt: null,
    calledCount: 0,
    serviceIds: ['passport'],
    ...overrides,
  };
}
const called = (id: string, time = '09:59') => entry(id, { status: S.called, lastCalledAt: at(time), calledCount: 1 });
const inService = (id: string, since: string, serviceIds = ['passport']) => entry(id, { status: S.inService, lastCalledAt: at(since), calledCount: 1, serviceIds });
const appointment = (id: string, start: string, arrived = '09:30') => entry(id, { priority: 2, appointmentStart: at(start), arrivedAt: at(arrived) });
const upcoming = (id: string, start: string): UpcomingAppointment => ({ id, start: at(start), serviceIds: ['passport'] });

/** Counters at work that serve everything; `serving` names who is at the first ones. */
const counters = (count: number, ...serving: string[]): CounterAtWork[] => Array.from({ length: count }, (_, index) => ({ servedServiceIds: null, servingEntryId: serving[index] ?? null }));
/** Learned minutes per service: passport 10, short 5, long 20. */
const minutesFor = (serviceIds: readonly string[]) => serviceIds.reduce((sum, id) => sum + ({ short: 5, long: 20, odd: 2.5 }[id] ?? 10), 0);

describe('estimateWaits', () => {
  it.each<[string, QueueEntryState[], CounterAtWork[], Record<string, number>]>([
    ['nobody waiting', [], counters(1), {}],
    ['one counter works through the queue', [entry('w1'), entry('w2'), entry('w3')], counters(1), { w1: 0, w2: 10, w3: 20 }],
    ['two counters share it', [entry('w1'), entry('w2'), entry('w3'), entry('w4')], counters(2), { w1: 0, w2: 0, w3: 10, w4: 10 }],
    ['three counters, fewer waits', [entry('w1'), entry('w2'), entry('w3'), entry('w4')], counters(3), { w1: 0, w2: 0, w3: 0, w4: 10 }],
    ['no counter at work counts as one', [entry('w1'), entry('w2')], [], { w1: 0, w2: 10 }],
    ['a called entry has its time ahead from its call', [called('c'), entry('w')], counters(1, 'c'), { w: 9 }],
    ['an entry in service has what is left of its time', [inService('s', '09:55'), entry('w')], counters(1, 's'), { w: 5 }],
    ['an entry in service past its time needs a quarter more', [inService('s', '09:30', ['long']), entry('w')], counters(1, 's'), { w: 5 }],
    ['a second counter is free at once', [inService('s', '09:55'), entry('w1'), entry('w2')], counters(2, 's'), { w1: 0, w2: 5 }],
    ['each entry goes to the counter free first', [inService('s', '09:50', ['long']), called('c', '09:56'), entry('w1'), entry('w2'), entry('w3')], counters(2, 's', 'c'), { w1: 6, w2: 10, w3: 16 }],
    ['everyone at a counter holds one, however many signed in', [called('c1'), called('c2'), entry('w')], counters(1, 'c1'), { w: 9 }],
    ['a counter signed out while serving still serves', [inService('s', '09:55'), entry('w1'), entry('w2')], counters(1), { w1: 0, w2: 5 }],
    ['minutes of each service', [entry('w1', { serviceIds: ['short'] }), entry('w2', { serviceIds: ['long', 'short'] }), entry('w3')], counters(1), { w1: 0, w2: 5, w3: 30 }],
    ['to the nearest minute', [entry('w1', { serviceIds: ['odd'] }), entry('w2', { serviceIds: ['short'] }), entry('w3')], counters(1), { w1: 0, w2: 3, w3: 8 }],
    ['an early appointment fills an idle counter', [appointment('a', '10:30')], counters(1), { a: 0 }],
    ['a due appointment goes first', [entry('w'), appointment('a', '10:02')], counters(1), { a: 0, w: 10 }],
    [
      'an appointment due later overtakes the walk-ins waiting now',
      [inService('s', '09:50', ['long']), entry('w1', { arrivedAt: at('09:40') }), entry('w2', { arrivedAt: at('09:55') }), appointment('a', '10:10')],
      counters(1, 's'),
      { a: 10, w1: 20, w2: 30 },
    ],
    ['appointments due later still wait for those already called', [appointment('a1', '10:05'), appointment('a2', '10:06'), entry('w')], counters(1), { w: 0, a1: 10, a2: 20 }],
    ['a recalled entry alone is called at once: its skip only lets others go first', [entry('r', { lastCalledAt: at('09:57'), calledCount: 1 })], counters(1), { r: 0 }],
    ['a recalled urgent entry goes first again when its skip ends', [entry('r', { priority: 1, lastCalledAt: at('09:58'), calledCount: 1 }), entry('w1'), entry('w2')], counters(1), { w1: 0, r: 10, w2: 20 }],
    ['a recalled entry comes after those waiting when its skip ends', [entry('r', { lastCalledAt: at('09:58'), calledCount: 1 }), entry('w')], counters(1), { w: 0, r: 10 }],
    ['parked after everyone the counters would call, missed and those at counters none', [called('c'), entry('w'), entry('p', { status: S.parked }), entry('m', { status: S.missed })], counters(1, 'c'), { w: 9, p: 19 }],
    ['entries no longer in the queue take no time', [entry('f', { status: S.finished }), entry('w')], counters(1), { w: 0 }],
    [
      'each counter takes only its services',
      [inService('s', '09:50', ['long']), entry('long', { serviceIds: ['passport'] }), entry('short', { serviceIds: ['short'] })],
      [
        { servedServiceIds: null, servingEntryId: 's' },
        { servedServiceIds: ['short'], servingEntryId: null },
      ],
      { long: 10, short: 0 },
    ],
    [
      'what no counter at work serves waits for the first counter free after the rest',
      [entry('w1'), entry('other', { serviceIds: ['tax'] }), entry('w2')],
      [{ servedServiceIds: ['passport'], servingEntryId: null }],
      { w1: 0, w2: 10, other: 20 },
    ],
  ])('%s', (_case, entries, atWork, expected) => {
    const waits = estimateWaits(entries, { now, counters: atWork, minutesFor });
    expect(Object.fromEntries(waits)).toEqual(expected);
  });

  it.each<[string, UpcomingAppointment[], number, Record<string, number>]>([
    ['nobody booked: the walk-ins in turn', [], 1, { w1: 0, w2: 10 }],
    ['a booked citizen who comes at 10:05 is called before the walk-ins waiting then', [upcoming('b', '10:05')], 1, { w1: 0, w2: 20 }],
    ['one in two booked comes: half the time', [upcoming('b', '10:05')], 0.5, { w1: 0, w2: 15 }],
    ['an appointment of the afternoon does not delay the morning', [upcoming('b', '14:00')], 1, { w1: 0, w2: 10 }],
    ['an appointment due while everyone is served waits its turn with the rest', [upcoming('b', '10:25')], 1, { w1: 0, w2: 10 }],
  ])('%s', (_case, booked, showUpShare, expected) => {
    const waits = estimateWaits([entry('w1'), entry('w2')], { now, counters: counters(1), minutesFor, upcoming: booked, showUpShare });
    expect(Object.fromEntries(waits)).toEqual(expected);
  });

  it('follows the calling order of the queue', () => {
    const entries = [entry('w', { arrivedAt: at('09:00') }), appointment('due', '10:00'), entry('urgent', { priority: 1, arrivedAt: at('09:59') })];
    const waits = estimateWaits(entries, { now, counters: counters(1), minutesFor });
    expect(Object.fromEntries(waits)).toEqual({ urgent: 0, due: 10, w: 20 });
  });

  it('counts minutes, not wall-clock hours: the same on the night clocks go forward', () => {
    // 2026-03-29: Berlin skips from 02:00 to 03:00 at 01:00 UTC.
    const beforeChange = new Date('2026-03-29T00:55:00Z');
    const entries = ['w1', 'w2', 'w3'].map((id) => entry(id, { arrivedAt: new Date('2026-03-29T00:50:00Z') }));
    const waits = estimateWaits(entries, { now: beforeChange, counters: counters(1), minutesFor });
    expect(Object.fromEntries(waits)).toEqual({ w1: 0, w2: 10, w3: 20 });
  });
});
