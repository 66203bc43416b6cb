/** What a waiting citizen asked for, as far as the time of a slot goes. */
export interface WaitingCitizen {
  /** The start of the appointment they hold, if any: only earlier slots are worth offering. */
  appointmentStart: Date | null;
  /** The latest start they asked for, if any. */
  startsBefore: Date | null;
}

/** Whether a freed slot chain starting at `start` is what the citizen waits for. */
export function wantsSlot(citizen: WaitingCitizen, start: Date, now: Date): boolean {
  if (start <= now) return false;
  if (citizen.appointmentStart !== null && start >= citizen.appointmentStart) return false;
  return citizen.startsBefore === null || start < citizen.startsBefore;
}

/** An offer is held for its citizen for `holdMinutes`, but never past the slot's own start. */
export function offerHoldUntil(now: Date, holdMinutes: number, start: Date): Date {
  return new Date(Math.min(now.getTime() + holdMinutes * 60_000, start.getTime()));
}

/** Links to a waitlist entry stay good while it can matter, at most this long. */
export const waitlistLinkDays = 92;

export function waitlistLinkExpiry(citizen: WaitingCitizen, now: Date): Date {
  const longest = now.getTime() + waitlistLinkDays * 86_400_000;
  const bound = Math.min(citizen.appointmentStart?.getTime() ?? longest, citizen.startsBefore?.getTime() ?? longest, longest);
  return new Date(Math.max(bound, now.getTime() + 60_000));
}

/** At most this many offices per entry, so that one citizen cannot wait everywhere at once. */
export const maxWaitlistOffices = 5;
