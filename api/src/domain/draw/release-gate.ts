/** How newly released capacity of a service at an office is handed out. */
export enum ReleaseMode {
  /** Bookable by whoever asks first: the behaviour before draws existed. */
  firstCome = 'firstCome',
  /** Allocated by draws; first-come only on dates a draw has released. */
  draw = 'draw',
}

/**
 * Whether first-come booking (availability, reserving, booking on behalf, moves, waitlist offers)
 * may use a slot on `localDate` (ISO, the office's calendar). In draw mode only dates up to the
 * last released draw's, or up to today where none has been released yet, are open: later
 * capacity is what the next draw hands out, and booking it directly would let the fastest poller
 * take it first.
 */
export function firstComeOpen(mode: ReleaseMode, releasedUntil: string | null, localDate: string, today: string): boolean {
  if (mode === ReleaseMode.firstCome) return true;
  return localDate <= (releasedUntil ?? today);
}
