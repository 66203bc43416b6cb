import { describe, expect, it } from 'vitest';
import { QueueEntryStatus as S } from './queue-entry-lifecycle';
import { orderQueue, type QueueEntryState } from './queue-order';
import { estimateWaits, learnServiceMinutes, type FinishedService } from './waiting-estimate';

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
    [
      'services with few samples fall back to the overall median of all samples',
      [...samples('a', 10, 10, 10, 10, 10), ...samples('b', 30, 30, 30)],
      20,
      10,
      { a: 10 },
    ],
    [
      'each service its own median',
      [...samples('a', 5, 6, 5, 6, 5), ...samples('b', 20, 25, 30, 25, 20)],
      10,
      13,
      { a: 5, b: 25 },
    ],
    ['broken records are ignored', samples('a', 4, 4, 4, 4, Number.NaN, -3, Number.POSITIVE_INFINITY), 10, 4, {}],
    ['only broken records: the default', samples('a', Number.NaN, -1), 10, 10, {}],
  ])('%s', (_case, history, defaultMinutes, overall, byService) => {
    const learned = learnServiceMinutes(history, defaultMinutes);
    expect(learned.overall).toBe(overall);
    expect(Object.fromEntries(learned.byService)).toEqual(byService);
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
const called = (id: string) => entry(id, { status: S.called, lastCalledAt: at('09:59'), calledCount: 1 });
const inService = (id: string) => entry(id, { status: S.inService, lastCalledAt: at('09:50'), calledCount: 1 });
const appointment = (id: string, start: string) => entry(id, { priority: 2, appointmentStart: at(start) });

describe('estimateWaits', () => {
  it.each<[string, QueueEntryState[], number, Record<string, number>, Record<string, number>]>([
    ['nobody waiting', [], 1, {}, {}],
    ['one counter works through the queue', [entry('w1'), entry('w2'), entry('w3')], 1, {}, { w1: 0, w2: 10, w3: 20 }],
    ['two counters share it', [entry('w1'), entry('w2'), entry('w3'), entry('w4')], 2, {}, { w1: 0, w2: 0, w3: 10, w4: 10 }],
    ['0 counters count as 1', [entry('w1'), entry('w2')], 0, {}, { w1: 0, w2: 10 }],
    ['a called entry has all its time ahead', [called('c'), entry('w')], 1, {}, { w: 10 }],
    ['an entry in service has half its time left', [inService('s'), entry('w')], 1, {}, { w: 5 }],
    ['a second counter is free at once', [inService('s'), entry('w1'), entry('w2')], 2, {}, { w1: 0, w2: 5 }],
    [
      'each entry goes to the counter free first',
      [inService('s'), called('c'), entry('w1'), entry('w2'), entry('w3')],
      2,
      { s: 20, c: 4 },
      { w1: 4, w2: 10, w3: 14 },
    ],
    ['everyone at a counter holds one, however many were counted', [called('c1'), called('c2'), entry('w')], 1, {}, { w: 10 }],
    ['minutes of each entry', [entry('w1'), entry('w2'), entry('w3')], 1, { w1: 3, w2: 25 }, { w1: 0, w2: 3, w3: 28 }],
    ['rounded up to whole minutes', [entry('w1'), entry('w2'), entry('w3')], 1, { w1: 2.5, w2: 2.5 }, { w1: 0, w2: 3, w3: 5 }],
    ['a not-yet-due appointment waits for its time', [appointment('a', '10:30')], 1, {}, { a: 30 }],
    [
      'a not-yet-due appointment behind the queue waits for the queue',
      [entry('w1'), entry('w2'), appointment('a', '10:05')],
      1,
      {},
      { w1: 0, w2: 10, a: 20 },
    ],
    ['a due appointment is not held to its time', [appointment('a', '10:02')], 1, {}, { a: 0 }],
    [
      'an early appointment may be served early, so those behind it move up',
      [appointment('a', '10:30'), entry('recalled', { lastCalledAt: at('09:58') })],
      1,
      {},
      { a: 30, recalled: 10 },
    ],
    [
      'parked get a wait, missed and those at counters none',
      [called('c'), entry('w'), entry('p', { status: S.parked }), entry('m', { status: S.missed })],
      1,
      {},
      { w: 10, p: 20 },
    ],
    ['entries no longer in the queue take no time', [entry('f', { status: S.finished }), entry('w')], 1, {}, { w: 0 }],
  ])('%s', (_case, ordered, servingCounters, minutes, expected) => {
    const waits = estimateWaits(ordered, { now, servingCounters, minutesFor: (e) => minutes[e.id] ?? 10 });
    expect(Object.fromEntries(waits)).toEqual(expected);
  });

  it('follows the queue order it is given', () => {
    const entries = [
      entry('w', { arrivedAt: at('09:00') }),
      appointment('due', '10:00'),
      entry('urgent', { priority: 1, arrivedAt: at('09:59') }),
    ];
    const waits = estimateWaits(orderQueue(entries, now), { now, servingCounters: 1, minutesFor: () => 10 });
    expect(Object.fromEntries(waits)).toEqual({ urgent: 0, due: 10, w: 20 });
  });
});
