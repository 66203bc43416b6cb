/** Where a queue entry (a checked-in appointment or a walk-in ticket) stands on its day. */
export enum QueueEntryStatus {
  /** A remote ticket drawn from home: holds its number, is neither called nor counted ahead of anyone until checked in. */
  expected = 'expected',
  waiting = 'waiting',
  called = 'called',
  inService = 'inService',
  parked = 'parked',
  missed = 'missed',
  finished = 'finished',
  redirected = 'redirected',
  cancelled = 'cancelled',
  /** A remote ticket whose citizen never checked in: counted as a no-show. */
  noShow = 'noShow',
}

export type QueueEntryEvent = 'checkIn' | 'call' | 'recall' | 'startService' | 'finish' | 'markMissed' | 'requeue' | 'park' | 'redirect' | 'dayEnded' | 'cancel';

const S = QueueEntryStatus;

/** Which event moves a queue entry from which status to which (SPEC: Queue, Call). */
const transitions: Record<QueueEntryStatus, Partial<Record<QueueEntryEvent, QueueEntryStatus>>> = {
  // A remote ticket not checked in by the day end never came: a no-show, not a missed call.
  [S.expected]: { checkIn: S.waiting, dayEnded: S.noShow, cancel: S.cancelled },
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
  [S.noShow]: {},
};

export function nextEntryStatus(current: QueueEntryStatus, event: QueueEntryEvent): QueueEntryStatus | null {
  return transitions[current][event] ?? null;
}

/** The statuses `event` moves on, e.g. the entries a day end closes. */
export function statusesMovedBy(event: QueueEntryEvent): QueueEntryStatus[] {
  return Object.values(S).filter((status) => nextEntryStatus(status, event) !== null);
}

/** The status of a new entry: a ticket drawn, an appointment checked in, a redirected customer arriving. */
export const newEntryStatus = S.waiting;

/** The status of a remote ticket until its citizen checks in. */
export const remoteEntryStatus = S.expected;

/**
 * Statuses whose ticket number is still taken today. Missed counts: staff may requeue it until
 * the day ends, and numbers are reset each day, so a missed entry never blocks a later day.
 */
export const activeEntryStatuses: readonly QueueEntryStatus[] = [S.expected, S.waiting, S.called, S.inService, S.parked, S.missed];

/** What staff may do with one entry: one value per mutation that does it (the counter's buttons). */
export enum QueueAction {
  checkInRemoteTicket = 'checkInRemoteTicket',
  callEntry = 'callEntry',
  recallEntry = 'recallEntry',
  markMissed = 'markMissed',
  requeueEntry = 'requeueEntry',
  parkEntry = 'parkEntry',
  startService = 'startService',
  finishService = 'finishService',
  redirectEntry = 'redirectEntry',
  setEntryPriority = 'setEntryPriority',
}

/** The event of the table each action asks for; a priority changes no status. */
const eventOfAction: Record<QueueAction, QueueEntryEvent | null> = {
  [QueueAction.checkInRemoteTicket]: 'checkIn',
  [QueueAction.callEntry]: 'call',
  [QueueAction.recallEntry]: 'recall',
  [QueueAction.markMissed]: 'markMissed',
  [QueueAction.requeueEntry]: 'requeue',
  [QueueAction.parkEntry]: 'park',
  [QueueAction.startService]: 'startService',
  [QueueAction.finishService]: 'finish',
  [QueueAction.redirectEntry]: 'redirect',
  [QueueAction.setEntryPriority]: null,
};

/** Whether an entry in `status` allows the action, by the table; the priority of any entry still in the queue may change. */
export function actionAllowed(status: QueueEntryStatus, action: QueueAction): boolean {
  const event = eventOfAction[action];
  return event === null ? activeEntryStatuses.includes(status) : nextEntryStatus(status, event) !== null;
}

export interface ActingCaller {
  /** Works the queue of the entry's office. */
  worksQueue: boolean;
  /** Is signed in at a counter of the entry's office: a chosen entry is called to it. */
  atCounter: boolean;
}

/** The actions the server takes for this caller on an entry in `status`, in the counter's order. */
export function allowedActions(status: QueueEntryStatus, caller: ActingCaller): QueueAction[] {
  if (!caller.worksQueue) return [];
  return Object.values(QueueAction).filter((action) => actionAllowed(status, action) && (action !== QueueAction.callEntry || caller.atCounter));
}
