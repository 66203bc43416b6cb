/** Where a queue entry (a checked-in appointment or a walk-in ticket) stands on its day. */
export enum QueueEntryStatus {
  waiting = 'waiting',
  called = 'called',
  inService = 'inService',
  parked = 'parked',
  missed = 'missed',
  finished = 'finished',
  redirected = 'redirected',
  cancelled = 'cancelled',
}

export type QueueEntryEvent =
  | 'call'
  | 'recall'
  | 'startService'
  | 'finish'
  | 'markMissed'
  | 'requeue'
  | 'park'
  | 'redirect'
  | 'dayEnded'
  | 'cancel';

const S = QueueEntryStatus;

/** Which event moves a queue entry from which status to which (SPEC: Queue, Call). */
const transitions: Record<QueueEntryStatus, Partial<Record<QueueEntryEvent, QueueEntryStatus>>> = {
  [S.waiting]: { call: S.called, park: S.parked, redirect: S.redirected, dayEnded: S.missed, cancel: S.cancelled },
  [S.called]: {
    recall: S.called,
    startService: S.inService,
    markMissed: S.missed,
    park: S.parked,
    redirect: S.redirected,
    dayEnded: S.missed,
  },
  // No dayEnded: a service under way is closed by staff with finish, not booked as a no-answer.
  [S.inService]: { finish: S.finished, redirect: S.redirected },
  [S.parked]: { requeue: S.waiting, redirect: S.redirected, dayEnded: S.missed },
  // dayEnded keeps missed so that the day-end job can send one event to every open entry.
  [S.missed]: { requeue: S.waiting, dayEnded: S.missed },
  [S.finished]: {},
  // The redirect target gets a new entry that keeps the shown number; this one is done.
  [S.redirected]: {},
  [S.cancelled]: {},
};

export function nextEntryStatus(current: QueueEntryStatus, event: QueueEntryEvent): QueueEntryStatus | null {
  return transitions[current][event] ?? null;
}

/**
 * Statuses whose ticket number is still taken today. Missed counts: staff may requeue it until
 * the day ends, and numbers are reset each day, so a missed entry never blocks a later day.
 */
export const activeEntryStatuses: readonly QueueEntryStatus[] = [S.waiting, S.called, S.inService, S.parked, S.missed];
