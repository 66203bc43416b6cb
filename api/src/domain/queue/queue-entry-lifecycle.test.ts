import { describe, expect, it } from 'vitest';
import { activeEntryStatuses, allowedActions, nextEntryStatus, QueueAction as A, QueueEntryStatus as S, statusesMovedBy, type QueueEntryEvent } from './queue-entry-lifecycle';

const statuses = Object.values(S);
const events: QueueEntryEvent[] = ['checkIn', 'call', 'recall', 'startService', 'finish', 'markMissed', 'requeue', 'park', 'redirect', 'dayEnded', 'cancel'];

/** Every transition the brief allows; every other status × event pair must be refused. */
const allowed: [S, QueueEntryEvent, S][] = [
  [S.expected, 'checkIn', S.waiting],
  [S.expected, 'dayEnded', S.noShow],
  [S.expected, 'cancel', S.cancelled],
  [S.waiting, 'call', S.called],
  [S.called, 'recall', S.called],
  [S.called, 'startService', S.inService],
  [S.called, 'markMissed', S.missed],
  [S.missed, 'requeue', S.waiting],
  [S.parked, 'requeue', S.waiting],
  [S.waiting, 'park', S.parked],
  [S.called, 'park', S.parked],
  [S.inService, 'finish', S.finished],
  [S.waiting, 'redirect', S.redirected],
  [S.called, 'redirect', S.redirected],
  [S.inService, 'redirect', S.redirected],
  [S.parked, 'redirect', S.redirected],
  [S.waiting, 'dayEnded', S.missed],
  [S.called, 'dayEnded', S.missed],
  [S.parked, 'dayEnded', S.missed],
  [S.missed, 'dayEnded', S.missed],
  [S.waiting, 'cancel', S.cancelled],
];

const everyPair = statuses.flatMap((from) => events.map((event): [S, QueueEntryEvent, S | null] => [from, event, allowed.find(([f, e]) => f === from && e === event)?.[2] ?? null]));

describe('queue entry lifecycle', () => {
  it('covers every status and event', () => {
    expect(everyPair).toHaveLength(10 * 11);
  });

  it.each(everyPair)('%s --%s--> %s', (from, event, to) => {
    expect(nextEntryStatus(from, event)).toBe(to);
  });

  it.each<[S, boolean]>([
    [S.expected, true],
    [S.waiting, true],
    [S.called, true],
    [S.inService, true],
    [S.parked, true],
    [S.missed, true],
    [S.finished, false],
    [S.redirected, false],
    [S.cancelled, false],
    [S.noShow, false],
  ])('%s keeps its ticket number in use: %s', (status, active) => {
    expect(activeEntryStatuses.includes(status)).toBe(active);
  });

  it('closes expected, waiting, called, parked and missed entries at day end, never one in service', () => {
    expect(statusesMovedBy('dayEnded')).toEqual([S.expected, S.waiting, S.called, S.parked, S.missed]);
  });
});

describe('allowed actions', () => {
  const atCounter = { worksQueue: true, atCounter: true };

  it.each<[S, A[]]>([
    [S.expected, [A.checkInRemoteTicket, A.setEntryPriority]],
    [S.waiting, [A.callEntry, A.parkEntry, A.redirectEntry, A.setEntryPriority]],
    [S.called, [A.recallEntry, A.markMissed, A.parkEntry, A.startService, A.redirectEntry, A.setEntryPriority]],
    [S.inService, [A.finishService, A.redirectEntry, A.setEntryPriority]],
    // The counter app offered a call and hid the redirect here: the table says otherwise.
    [S.parked, [A.requeueEntry, A.redirectEntry, A.setEntryPriority]],
    [S.missed, [A.requeueEntry, A.setEntryPriority]],
    [S.finished, []],
    [S.redirected, []],
    [S.cancelled, []],
    [S.noShow, []],
  ])('%s allows %j', (status, actions) => {
    expect(allowedActions(status, atCounter)).toEqual(actions);
  });

  it('never offers a call of a parked or missed entry', () => {
    for (const status of [S.parked, S.missed]) expect(allowedActions(status, atCounter)).not.toContain(A.callEntry);
  });

  it('calls a chosen entry only to a counter of its office, and offers nothing to callers who do not work the queue', () => {
    expect(allowedActions(S.waiting, { worksQueue: true, atCounter: false })).toEqual([A.parkEntry, A.redirectEntry, A.setEntryPriority]);
    for (const status of Object.values(S)) expect(allowedActions(status, { worksQueue: false, atCounter: true })).toEqual([]);
  });
});
