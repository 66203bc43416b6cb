import { describe, expect, it } from 'vitest';
import { QueueEntryStatus as S } from './queue-entry-lifecycle';
import { callingOrder, compareIds, inRecallSkip, isDue, nextOrderChange, nextToCall, orderQueue, serves, type QueueEntryState } from './queue-order';

/** Times of 2026-01-15 in UTC, 'hh:mm' or 'hh:mm:ss'. */
const at = (time: string) => new Date(`2026-01-15T${time.length === 5 ? `${time}:00` : time}Z`);
const now = at('10:00');

function entry(id: string, overrides: Partial<QueueEntryState>): QueueEntryState {
  return {
    id,
    status: S.waiting,
    priority: 3,
    appointmentStart: null,
    arrivedAt: at('08:00'),
    lastCalledAt: null,
    calledCount: 0,
    serviceIds: ['passport'],
    ...overrides,
  };
}
const walkIn = (id: string, arrived: string, overrides: Partial<QueueEntryState> = {}) => entry(id, { arrivedAt: at(arrived), ...overrides });
const appointment = (id: string, start: string, overrides: Partial<QueueEntryState> = {}) => entry(id, { priority: 2, appointmentStart: at(start), ...overrides });
const serving = (id: string, status: S, calledAt: string) => walkIn(id, '08:00', { status, lastCalledAt: at(calledAt), calledCount: 1 });
const recalled = (id: string, calledAt: string, overrides: Partial<QueueEntryState> = {}) => walkIn(id, '08:00', { lastCalledAt: at(calledAt), calledCount: 1, ...overrides });

const ids = (entries: QueueEntryState[]) => entries.map((e) => e.id);

describe('isDue', () => {
  it.each([
    ['walk-in', null, false],
    ['long before its time', '10:30', false],
    ['2:01 before its time', '10:02:01', false],
    ['2:00 before its time', '10:02', true],
    ['at its time', '10:00', true],
    ['late', '09:40', true],
  ])('%s', (_case, start, due) => {
    expect(isDue({ appointmentStart: start === null ? null : at(start) }, now)).toBe(due);
  });
});

describe('inRecallSkip', () => {
  it.each([
    ['never called', null, false],
    ['called just now', '10:00', true],
    ['called 4:59 ago', '09:55:01', true],
    ['called 5:00 ago', '09:55', false],
    ['called long ago', '09:00', false],
  ])('%s', (_case, calledAt, skipped) => {
    expect(inRecallSkip({ lastCalledAt: calledAt === null ? null : at(calledAt) }, now)).toBe(skipped);
  });
});

describe('orderQueue', () => {
  it.each<[string, QueueEntryState[], string[]]>([
    ['empty', [], []],
    ['called and in service first, by call time', [walkIn('w', '07:00'), serving('called', S.called, '09:58'), serving('serving', S.inService, '09:50')], ['serving', 'called', 'w']],
    ['priority 1 jumps ahead of due appointments and earlier walk-ins', [appointment('due', '10:00'), walkIn('w', '09:00'), walkIn('urgent', '09:59', { priority: 1 })], ['urgent', 'due', 'w']],
    ['urgent entries by arrival, with or without an appointment', [walkIn('u2', '09:40', { priority: 1 }), appointment('u1', '11:00', { priority: 1, arrivedAt: at('09:30') })], ['u1', 'u2']],
    ['due appointments by their time, not by arrival', [appointment('a1', '09:50', { arrivedAt: at('09:30') }), appointment('a2', '09:40', { arrivedAt: at('09:45') })], ['a2', 'a1']],
    ['due appointments before walk-ins who came earlier', [walkIn('w', '08:00'), appointment('a', '09:55')], ['a', 'w']],
    ['an appointment is due 2 minutes before its time', [appointment('in3', '10:03'), walkIn('w', '09:00'), appointment('in2', '10:02')], ['in2', 'w', 'in3']],
    ['no appointment due: walk-ins fill the gap, by arrival', [appointment('a', '10:30'), walkIn('w1', '09:10'), walkIn('w2', '09:05')], ['w2', 'w1', 'a']],
    ['not-yet-due appointments by their time', [appointment('later', '11:00', { arrivedAt: at('09:00') }), appointment('sooner', '10:30', { arrivedAt: at('09:50') })], ['sooner', 'later']],
    ['recalled 4:59 ago: skipped behind everyone waiting', [recalled('r', '09:55:01'), appointment('a', '10:30'), walkIn('w', '09:00')], ['w', 'a', 'r']],
    ['recalled 5:00 ago: back in its place', [recalled('r', '09:55'), appointment('a', '10:30'), walkIn('w', '09:00')], ['r', 'w', 'a']],
    ['recall-skipped entries by last call', [recalled('r1', '09:58'), recalled('r2', '09:57')], ['r2', 'r1']],
    ['the recall skip holds for urgent entries too', [recalled('urgent', '09:58', { priority: 1 }), walkIn('w', '09:00')], ['w', 'urgent']],
    [
      'parked, then missed, last',
      [walkIn('missed', '07:00', { status: S.missed }), walkIn('parked', '07:30', { status: S.parked }), recalled('r', '09:59'), appointment('early', '11:00'), walkIn('w', '09:00')],
      ['w', 'early', 'r', 'parked', 'missed'],
    ],
    [
      'parked and missed each by arrival',
      [walkIn('m2', '09:00', { status: S.missed }), walkIn('m1', '08:00', { status: S.missed }), walkIn('p2', '09:00', { status: S.parked }), walkIn('p1', '08:00', { status: S.parked })],
      ['p1', 'p2', 'm1', 'm2'],
    ],
    [
      'finished, redirected and cancelled are not in the queue',
      [walkIn('finished', '08:00', { status: S.finished }), walkIn('redirected', '08:00', { status: S.redirected }), walkIn('cancelled', '08:00', { status: S.cancelled }), walkIn('w', '09:00')],
      ['w'],
    ],
    ['ties broken by id', [walkIn('b', '09:00'), walkIn('c', '09:00'), walkIn('a', '09:00')], ['a', 'b', 'c']],
    [
      'appointments at the same time by arrival, then by id',
      [appointment('3', '09:50', { arrivedAt: at('09:40') }), appointment('2', '09:50', { arrivedAt: at('09:45') }), appointment('1', '09:50', { arrivedAt: at('09:45') })],
      ['3', '1', '2'],
    ],
    [
      'a whole morning',
      [
        walkIn('missed', '07:00', { status: S.missed }),
        appointment('at1030', '10:30', { arrivedAt: at('09:40') }),
        walkIn('w0915', '09:15'),
        serving('calling', S.called, '09:59'),
        appointment('at0950', '09:50', { arrivedAt: at('09:45') }),
        recalled('again', '09:57'),
        walkIn('urgent', '09:58', { priority: 1 }),
        walkIn('parked', '08:00', { status: S.parked }),
        walkIn('w0900', '09:00'),
        appointment('at1001', '10:01', { arrivedAt: at('09:55') }),
        serving('serving', S.inService, '09:45'),
        walkIn('done', '08:00', { status: S.finished }),
      ],
      ['serving', 'calling', 'urgent', 'at0950', 'at1001', 'w0900', 'w0915', 'at1030', 'again', 'parked', 'missed'],
    ],
  ])('%s', (_case, entries, expected) => {
    expect(ids(orderQueue(entries, now))).toEqual(expected);
  });

  it('breaks ties by the number of the id, not its text: 2 before 10', () => {
    const numbers = Array.from({ length: 20 }, (_, index) => String(index + 1));
    const shuffled = [...numbers].sort((a, b) => (a < b ? -1 : 1)).reverse();
    expect(
      ids(
        orderQueue(
          shuffled.map((id) => walkIn(id, '09:00')),
          now,
        ),
      ),
    ).toEqual(numbers);
  });

  it.each([
    ['2', '10'],
    ['9', '19'],
    ['appointment:9', 'appointment:10'],
    ['12', 'appointment:3'],
    ['12', '~newcomer'],
    ['a', 'b'],
  ])('puts id %s before %s', (first, second) => {
    expect(compareIds(first, second)).toBeLessThan(0);
    expect(compareIds(second, first)).toBeGreaterThan(0);
    expect(compareIds(first, first)).toBe(0);
  });

  it('leaves its input as it was', () => {
    const entries = [walkIn('b', '09:10'), walkIn('a', '09:00')];
    orderQueue(entries, now);
    expect(ids(entries)).toEqual(['b', 'a']);
  });

  it('does not depend on the input order', () => {
    const entries = [appointment('a', '09:59'), walkIn('w', '09:00'), recalled('r', '09:58'), walkIn('u', '09:30', { priority: 1 })];
    const expected = ids(orderQueue(entries, now));
    expect(ids(orderQueue([...entries].reverse(), now))).toEqual(expected);
  });
});

describe('nextToCall', () => {
  const passport = walkIn('passport', '09:00', { serviceIds: ['passport'] });
  const registration = walkIn('registration', '09:10', { serviceIds: ['registration'] });
  const both = walkIn('both', '09:20', { serviceIds: ['passport', 'registration'] });

  it.each<[string, QueueEntryState[], readonly string[] | null, string | null]>([
    ['nobody there', [], null, null],
    ['only entries at counters', [serving('c', S.called, '09:59'), serving('s', S.inService, '09:50')], null, null],
    ['the first one waiting, past those at counters', [serving('c', S.called, '09:59'), walkIn('w', '09:00')], null, 'w'],
    ['priority 1 jumps ahead', [appointment('due', '09:58'), walkIn('urgent', '09:59', { priority: 1 })], null, 'urgent'],
    ['a due appointment before walk-ins', [walkIn('w', '08:00'), appointment('due', '10:02')], null, 'due'],
    ['walk-ins in the gap before the next appointment', [appointment('a', '10:03'), walkIn('w', '09:59')], null, 'w'],
    ['a not-yet-due appointment when nobody else waits', [appointment('a', '11:00')], null, 'a'],
    ['recalled 4:59 ago and alone: called, the skip only lets others go first', [recalled('r', '09:55:01')], null, 'r'],
    ['recalled 5:00 ago: eligible again', [recalled('r', '09:55')], null, 'r'],
    ['recalled 4:59 ago: the next one is called', [recalled('r', '09:55:01'), walkIn('w', '09:30')], null, 'w'],
    ['urgent but recalled 4:59 ago', [recalled('urgent', '09:55:01', { priority: 1 }), walkIn('w', '09:30')], null, 'w'],
    ['parked and missed are never called by the order', [walkIn('p', '08:00', { status: S.parked }), walkIn('m', '08:00', { status: S.missed })], null, null],
    ['a counter serving everything', [both, registration, passport], null, 'passport'],
    ['a counter serving one service', [both, registration, passport], ['registration'], 'registration'],
    ['an entry matches on any of its services', [both, passport], ['registration'], 'both'],
    ['a counter serving several services', [both, registration, passport], ['registration', 'passport'], 'passport'],
    ['a counter serving none of the services waiting', [registration, passport], ['id-card'], null],
    ['a counter serving nothing', [passport], [], null],
    ['an entry without services needs a counter serving everything', [walkIn('none', '09:00', { serviceIds: [] })], ['passport'], null],
  ])('%s', (_case, entries, served, expected) => {
    expect(nextToCall(entries, now, served)?.id ?? null).toBe(expected);
  });
});

describe('callingOrder', () => {
  const morning = [
    walkIn('missed', '07:00', { status: S.missed }),
    appointment('at1030', '10:30', { arrivedAt: at('09:40'), serviceIds: ['registration'] }),
    walkIn('w0915', '09:15', { serviceIds: ['registration'] }),
    serving('calling', S.called, '09:59'),
    appointment('at0950', '09:50', { arrivedAt: at('09:45') }),
    recalled('again', '09:57'),
    recalled('urgentAgain', '09:58', { priority: 1 }),
    walkIn('urgent', '09:58', { priority: 1, serviceIds: ['registration'] }),
    walkIn('parked', '08:00', { status: S.parked }),
    walkIn('w0900', '09:00'),
  ];

  it.each<[string, readonly string[] | null, string[]]>([
    ['a counter serving everything: every waiting entry, in the office order', null, ['urgent', 'at0950', 'w0900', 'w0915', 'at1030', 'again', 'urgentAgain']],
    ['a counter serving one service: only its entries, in the same order', ['registration'], ['urgent', 'w0915', 'at1030']],
    ['a counter serving what nobody waits for: nobody', ['id-card'], []],
  ])('%s', (_case, served, expected) => {
    expect(ids(callingOrder(morning, now, served))).toEqual(expected);
  });

  it.each<[string, readonly string[] | null]>([
    ['serving everything', null],
    ['serving registration', ['registration']],
    ['serving passports', ['passport']],
  ])('is the order of successive calls at one instant, at a counter %s', (_case, served) => {
    const called: string[] = [];
    let queue = morning;
    for (let next = nextToCall(queue, now, served); next; next = nextToCall(queue, now, served)) {
      called.push(next.id);
      queue = queue.map((candidate) => (candidate === next ? { ...candidate, status: S.called, lastCalledAt: now } : candidate));
    }
    expect(called).toEqual(ids(callingOrder(morning, now, served)));
  });

  it('puts in the first place whom nextToCall calls, for any counter', () => {
    for (const served of [null, ['passport'], ['registration'], ['passport', 'registration'], ['id-card']]) {
      expect(callingOrder(morning, now, served)[0] ?? null).toBe(nextToCall(morning, now, served));
    }
  });
});

describe('serves', () => {
  it.each<[string, readonly string[] | null, string[], boolean]>([
    ['a counter serving everything', null, ['passport'], true],
    ['a shared service', ['registration', 'passport'], ['passport'], true],
    ['no shared service', ['registration'], ['passport'], false],
    ['an entry without services at a counter of some', ['registration'], [], false],
  ])('%s', (_case, served, serviceIds, expected) => {
    expect(serves(served, { serviceIds })).toBe(expected);
  });
});

describe('nextOrderChange', () => {
  it.each<[string, QueueEntryState[], string | null]>([
    ['nobody waiting', [], null],
    ['walk-ins only: the order never changes by itself', [walkIn('w1', '09:00'), walkIn('w2', '09:30')], null],
    ['an appointment becomes due 2 minutes before its time', [appointment('a', '10:30'), walkIn('w', '09:00')], '10:28'],
    ['a recall skip ends 5 minutes after the last call', [recalled('r', '09:58'), appointment('a', '10:30')], '10:03'],
    ['due appointments and ended skips change nothing more', [appointment('due', '09:50'), recalled('r', '09:50')], null],
    ['those not waiting change no place', [appointment('parked', '10:10', { status: S.parked }), serving('c', S.called, '09:59')], null],
  ])('%s', (_case, entries, expected) => {
    expect(nextOrderChange(entries, now)?.toISOString() ?? null).toBe(expected === null ? null : at(expected).toISOString());
  });

  it('is when the order really changes: just before it, the order is the old one', () => {
    const entries = [walkIn('w', '09:00'), appointment('a', '10:30')];
    const change = nextOrderChange(entries, now)!;
    expect(ids(orderQueue(entries, new Date(change.getTime() - 1)))).toEqual(['w', 'a']);
    expect(ids(orderQueue(entries, change))).toEqual(['a', 'w']);
  });
});

describe('remote tickets', () => {
  it('are neither called nor placed ahead of anyone before check-in: a walk-in who drew later is called first', () => {
    const remote = walkIn('1', '08:00', { status: S.expected });
    const present = walkIn('2', '09:30');
    expect(nextToCall([remote, present], now, null)?.id).toBe('2');
    expect(ids(callingOrder([remote, present], now, null))).toEqual(['2']);
    expect(ids(orderQueue([remote, present], now))).toEqual(['2', '1']);
  });

  it('alone, leave the queue empty for a counter', () => {
    expect(nextToCall([walkIn('1', '08:00', { status: S.expected })], now, null)).toBeNull();
  });

  it('checked in, are ordered as a walk-in of that moment', () => {
    const earlier = walkIn('1', '09:00');
    const checkedIn = walkIn('3', '09:45');
    const later = walkIn('2', '09:50');
    expect(ids(callingOrder([later, checkedIn, earlier], now, null))).toEqual(['1', '3', '2']);
  });

  it('never change the order by themselves', () => {
    expect(nextOrderChange([walkIn('1', '08:00', { status: S.expected })], now)).toBeNull();
  });
});
