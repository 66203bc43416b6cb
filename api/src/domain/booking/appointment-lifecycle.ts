export enum AppointmentStatus {
  reserved = 'reserved',
  preconfirmed = 'preconfirmed',
  confirmed = 'confirmed',
  checkedIn = 'checkedIn',
  called = 'called',
  inService = 'inService',
  finished = 'finished',
  expired = 'expired',
  cancelled = 'cancelled',
  noShow = 'noShow',
  missed = 'missed',
}

export enum Channel {
  PORTAL = 'PORTAL',
  PARTNER = 'PARTNER',
  HOTLINE = 'HOTLINE',
  COUNTER = 'COUNTER',
  KIOSK = 'KIOSK',
}

/** The two limits on one count of what a slot has taken (SPEC: contingents). */
export enum Contingent {
  public = 'public',
  intern = 'intern',
}

export type AppointmentEvent = 'optInRequested' | 'confirm' | 'expire' | 'cancel' | 'reschedule' | 'checkIn' | 'call' | 'startService' | 'finish' | 'miss' | 'requeue' | 'dayEnded';

const S = AppointmentStatus;

/** Which event moves an appointment from which status to which (SPEC lifecycle). */
const transitions: Record<AppointmentStatus, Partial<Record<AppointmentEvent, AppointmentStatus>>> = {
  [S.reserved]: { optInRequested: S.preconfirmed, confirm: S.confirmed, expire: S.expired, cancel: S.cancelled },
  [S.preconfirmed]: { confirm: S.confirmed, expire: S.expired, cancel: S.cancelled, reschedule: S.preconfirmed },
  [S.confirmed]: { cancel: S.cancelled, reschedule: S.confirmed, checkIn: S.checkedIn, dayEnded: S.noShow },
  // A citizen who came but was not served by the day's end missed the turn, as the queue entry
  // did: not a noShow, which means never checked in and counts against the contact's bookings.
  [S.checkedIn]: { call: S.called, dayEnded: S.missed },
  [S.called]: { call: S.called, startService: S.inService, miss: S.missed, dayEnded: S.missed },
  [S.inService]: { finish: S.finished },
  [S.missed]: { requeue: S.checkedIn },
  [S.finished]: {},
  [S.expired]: {},
  [S.cancelled]: {},
  [S.noShow]: {},
};

export function nextStatus(current: AppointmentStatus, event: AppointmentEvent): AppointmentStatus | null {
  return transitions[current][event] ?? null;
}

/** Statuses whose appointment still holds its slots. */
export const holdingStatuses: readonly AppointmentStatus[] = [S.reserved, S.preconfirmed, S.confirmed, S.checkedIn, S.called, S.inService];

/** The channel a booking gets is the caller's, never an argument. */
export function contingentOf(channel: Channel): Contingent {
  return channel === Channel.COUNTER || channel === Channel.KIOSK ? Contingent.intern : Contingent.public;
}
