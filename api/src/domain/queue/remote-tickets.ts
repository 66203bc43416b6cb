const MS_PER_MINUTE = 60_000;

export interface RemoteWindowInput {
  drawnAt: Date;
  /** The wait a walk-in drawing a ticket at `drawnAt` would have. */
  estimatedWaitMinutes: number;
  /** The least time the citizen is given to come, whatever the queue: the office's checkInEarlyMinutes. */
  travelMinutes: number;
  /** How long after their estimated turn they may still check in: the office's checkInLateMinutes. */
  lateMinutes: number;
  /** When the opening hours the ticket was drawn in end. */
  closesAt: Date;
}

/**
 * Until when a remote ticket may check in at the kiosk. It opens when drawn (coming early harms
 * nobody: the ticket then joins as a walk-in of that moment) and closes `lateMinutes` after the
 * turn the citizen was told to expect, but never sooner than `travelMinutes` + `lateMinutes`
 * after drawing (an empty queue still needs the way there) and never after closing time.
 */
export function remoteCheckInUntil(input: RemoteWindowInput): Date {
  const minutes = Math.max(input.estimatedWaitMinutes, input.travelMinutes) + input.lateMinutes;
  return new Date(Math.min(input.drawnAt.getTime() + minutes * MS_PER_MINUTE, input.closesAt.getTime()));
}

/** Whether a remote ticket's check-in window has closed at `now`: on the minute, it has. */
export function checkInClosed(checkInUntil: Date, now: Date): boolean {
  return now.getTime() >= checkInUntil.getTime();
}
