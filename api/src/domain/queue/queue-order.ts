import { QueueEntryStatus } from './queue-entry-lifecycle';

export interface QueueEntryState {
  id: string;
  status: QueueEntryStatus;
  priority: 1 | 2 | 3; // 1 urgent (staff), 2 with appointment, 3 walk-in (defaults)
  appointmentStart: Date | null; // null for walk-ins
  arrivedAt: Date; // check-in or ticket time
  lastCalledAt: Date | null; // for the recall skip
  calledCount: number;
  serviceIds: string[];
}

/** An appointment becomes due this long before its time (as the original). */
export const dueBeforeMinutes = 2;
/** A recalled or requeued entry stands behind everyone else waiting for this long after its last call. */
export const recallSkipMinutes = 5;

const MS_PER_MINUTE = 60_000;

/** Whether an appointment's time has come; a walk-in never becomes due, it fills the gaps. */
export function isDue(entry: Pick<QueueEntryState, 'appointmentStart'>, now: Date): boolean {
  return entry.appointmentStart !== null && entry.appointmentStart.getTime() - dueBeforeMinutes * MS_PER_MINUTE <= now.getTime();
}

/** When the recall skip of an entry called before ends (it may lie in the past); null if never called. */
export function recallSkipEnd(entry: Pick<QueueEntryState, 'lastCalledAt'>): Date | null {
  return entry.lastCalledAt === null ? null : new Date(entry.lastCalledAt.getTime() + recallSkipMinutes * MS_PER_MINUTE);
}

/** Whether an entry was called less than recallSkipMinutes ago: 4:59 is inside, 5:00 is not. */
export function inRecallSkip(entry: Pick<QueueEntryState, 'lastCalledAt'>, now: Date): boolean {
  const end = recallSkipEnd(entry);
  return end !== null && now.getTime() < end.getTime();
}

enum Band {
  serving,
  urgent,
  dueAppointment,
  walkIn,
  earlyAppointment,
  recallSkipped,
  parked,
  missed,
  /** Remote tickets not checked in: shown to staff, never called, ahead of nobody. */
  expected,
}

/** An entry's band in the order and the instant it is sorted by inside the band; null when it left the queue. */
function placeOf(entry: QueueEntryState, now: Date): { band: Band; key: Date } | null {
  switch (entry.status) {
    case QueueEntryStatus.called:
    case QueueEntryStatus.inService:
      return { band: Band.serving, key: entry.lastCalledAt ?? entry.arrivedAt };
    case QueueEntryStatus.parked:
      return { band: Band.parked, key: entry.arrivedAt };
    case QueueEntryStatus.missed:
      return { band: Band.missed, key: entry.arrivedAt };
    case QueueEntryStatus.expected:
      return { band: Band.expected, key: entry.arrivedAt };
    case QueueEntryStatus.waiting:
      // The skip comes before priority: an urgent entry that did not answer is skipped as well.
      if (inRecallSkip(entry, now)) return { band: Band.recallSkipped, key: entry.lastCalledAt! };
      if (entry.priority === 1) return { band: Band.urgent, key: entry.arrivedAt };
      if (entry.appointmentStart === null) return { band: Band.walkIn, key: entry.arrivedAt };
      return { band: isDue(entry, now) ? Band.dueAppointment : Band.earlyAppointment, key: entry.appointmentStart };
    default:
      return null;
  }
}

const textOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const prefixAndNumber = /^(.*?)(\d*)$/;

/**
 * Ids are database ids (or a prefix and one, as in `appointment:12`): their numbers compare as
 * numbers, so that entry 2 comes before entry 10.
 */
export function compareIds(a: string, b: string): number {
  const [, prefixA, numberA] = prefixAndNumber.exec(a)!;
  const [, prefixB, numberB] = prefixAndNumber.exec(b)!;
  return textOrder(prefixA, prefixB) || numberA.length - numberB.length || textOrder(numberA, numberB);
}

/** The office's queue as staff and displays see it; finished, redirected and cancelled entries are left out. */
export function orderQueue(entries: QueueEntryState[], now: Date): QueueEntryState[] {
  return entries
    .flatMap((entry) => {
      const place = placeOf(entry, now);
      return place ? [{ entry, ...place }] : [];
    })
    .sort((a, b) => a.band - b.band || a.key.getTime() - b.key.getTime() || a.entry.arrivedAt.getTime() - b.entry.arrivedAt.getTime() || compareIds(a.entry.id, b.entry.id))
    .map(({ entry }) => entry);
}

/** Whether a counter serving these services (null: every service) serves the entry: it shares one of them. */
export function serves(servedServiceIds: readonly string[] | null, entry: Pick<QueueEntryState, 'serviceIds'>): boolean {
  return servedServiceIds === null || entry.serviceIds.some((id) => servedServiceIds.includes(id));
}

/**
 * The waiting entries a counter serving these services (null: all) would call, in the order it
 * calls them now: the first is the one nextToCall answers, so a place shown from this order is
 * the calling order. Entries in their recall skip are in it, behind the others waiting.
 */
export function callingOrder(entries: QueueEntryState[], now: Date, servedServiceIds: readonly string[] | null): QueueEntryState[] {
  return orderQueue(entries, now).filter((entry) => entry.status === QueueEntryStatus.waiting && serves(servedServiceIds, entry));
}

/**
 * The entry a counter calls next: the first of its calling order. An entry in its recall skip is
 * skipped while anyone else waits, not refused: alone, it is called (a counter told "nobody
 * waits" while the queue shows someone at place 1 is the contradiction this rules out).
 */
export function nextToCall(entries: QueueEntryState[], now: Date, servedServiceIds: readonly string[] | null): QueueEntryState | null {
  return callingOrder(entries, now, servedServiceIds)[0] ?? null;
}

/**
 * The next instant after `now` at which the order changes by itself, with no change to the
 * queue: a waiting appointment becomes due or a recall skip ends. Null when nothing waits for
 * such a moment. Clients showing places ask again then.
 */
export function nextOrderChange(entries: QueueEntryState[], now: Date): Date | null {
  const moments = entries
    .filter((entry) => entry.status === QueueEntryStatus.waiting)
    .flatMap((entry) => [...(entry.appointmentStart ? [entry.appointmentStart.getTime() - dueBeforeMinutes * MS_PER_MINUTE] : []), ...(entry.lastCalledAt ? [recallSkipEnd(entry)!.getTime()] : [])])
    .filter((moment) => moment > now.getTime());
  return moments.length > 0 ? new Date(Math.min(...moments)) : null;
}
