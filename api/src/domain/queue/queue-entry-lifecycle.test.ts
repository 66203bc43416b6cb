import { describe, expect, it } from 'vitest';
import { activeEntryStatuses, nextEntryStatus, QueueEntryStatus as S, type QueueEntryEvent } from './queue-entry-lifecycle';

const statuses = Object.values(S);
const events: QueueEntryEvent[] = [
  'call',
  'recall',
  'startService',
  'finish',
  'markMissed',
  'requeue',
  'park',
  'redirect',
  'dayEnded',
  'cancel',
];

/** Every transition the brief allows; every other status × event pair must be refused. */
const allowed: [S, QueueEntryEvent, S][] = [
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

const everyPair = statuses.flatMap((from) =>
  events.map((event): [S, QueueEntryEvent, S | null] => [
    from,
    event,
    allowed.find(([f, e]) => f === from && e === event)?.[2] ?? null,
  ]),
);

describe('queue entry lifecycle', () => {
  it('covers every status and event', () => {
    expect(everyPair).toHaveLength(8 * 10);
  });

  it.each(everyPair)('%s --%s--> %s', (from, event, to) => {
    expect(nextEntryStatus(from, event)).toBe(to);
  });

  it.each<[S, boolean]>([
    [S.waiting, true],
    [S.called, true],
    [S.inService, true],
    [S.parked, true],
    [S.missed, true],
    [S.finished, false],
    [S.redirected, false],
    [S.cancelled, false],
  ])('%s keeps its ticket number in use: %s', (status, active) => {
    expect(activeEntryStatuses.includes(status)).toBe(active);
  });
});
