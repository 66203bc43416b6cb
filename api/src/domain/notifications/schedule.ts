/** One reminder before an appointment: how long before, and when it is due. */
export interface PlannedReminder {
  offsetMinutes: number;
  dueAt: Date;
}

/**
 * The reminders an appointment at `start` still gets when booked or moved at `now`: one per
 * offset whose time has not passed (a booking for this afternoon gets no day-before reminder).
 */
export function remindersFor(start: Date, offsetsMinutes: readonly number[], now: Date): PlannedReminder[] {
  return offsetsMinutes
    .map((offsetMinutes) => ({ offsetMinutes, dueAt: new Date(start.getTime() - offsetMinutes * 60_000) }))
    .filter((reminder) => reminder.dueAt > now)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Delivery attempts before a message is given up as failed (about a day with the backoff below). */
export const maxDeliveryAttempts = 10;

/**
 * When to try a failed delivery again: 1, 2, 4 … minutes, at most an hour apart; null once
 * `attempts` failures used up the budget.
 */
export function retryDelayMinutes(attempts: number): number | null {
  if (attempts >= maxDeliveryAttempts) return null;
  return Math.min(2 ** Math.max(0, attempts - 1), 60);
}

const dayMs = 86_400_000;

/**
 * Records older than `retentionDays` at `now` are erased: appointments that ended before the
 * cut-off lose their contact data, messages created before it are deleted.
 */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * dayMs);
}

/** No-shows within this many days count against a contact's open bookings. */
export const noShowWindowDays = 180;

export function noShowWindowStart(now: Date): Date {
  return new Date(now.getTime() - noShowWindowDays * dayMs);
}

/**
 * Whether a contact may hold another open booking: contacts without recent no-shows are not
 * limited here; with some, at most `limit` open bookings (0 means the office sets no limit).
 */
export function mayBookDespiteNoShows(recentNoShows: number, openBookings: number, limit: number): boolean {
  if (limit === 0 || recentNoShows === 0) return true;
  return openBookings < limit;
}
