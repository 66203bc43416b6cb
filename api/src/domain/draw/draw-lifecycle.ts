/** Where a draw stands: registration, the draw itself, then offering until its release. */
export enum DrawStatus {
  /** Published with its commitment; registration has not opened yet. */
  scheduled = 'scheduled',
  /** Registration is open (or closed, waiting for the draw moment). */
  open = 'open',
  /** The seed is revealed and the order stored; offers are being made. */
  drawn = 'drawn',
  /** Offering has ended; what is left is the waitlist's, then first-come. */
  released = 'released',
  cancelled = 'cancelled',
}

/** Where one registration stands. */
export enum DrawRegistrationStatus {
  /** Neither the mail link nor the SMS code used yet: the entry does not count and blocks nobody. */
  unverified = 'unverified',
  /** Verified: in the draw (before it) or waiting for a freed slot in draw order (after it). */
  registered = 'registered',
  offered = 'offered',
  booked = 'booked',
  /** The draw was released without a slot for this entry. */
  unmatched = 'unmatched',
  /** Released without a slot, and the citizen asked to stay in: waiting for the next draw to be scheduled. */
  rolledOver = 'rolledOver',
  withdrawn = 'withdrawn',
  /** At verification another verified open registration of the same person and service was found. */
  refusedDuplicate = 'refusedDuplicate',
}

/** Where an offer of a held slot to a registration stands. */
export enum DrawOfferStatus {
  open = 'open',
  taken = 'taken',
  declined = 'declined',
  lapsed = 'lapsed',
}

export type DrawEvent = 'open' | 'draw' | 'release' | 'cancel';
/**
 * `forfeit`: the registration's offer was declined or lapsed; the slot passes on and the entry is
 * out (one offer per entry, or declining would be a free second draw). `join`: a rolled-over entry
 * is taken into a newly scheduled draw (one moved into a draw that already exists stays `registered`).
 */
export type DrawRegistrationEvent = 'verify' | 'refuseDuplicate' | 'offer' | 'book' | 'forfeit' | 'leaveUnmatched' | 'rollOver' | 'join' | 'withdraw';
export type DrawOfferEvent = 'take' | 'decline' | 'lapse';

const drawTransitions: Record<DrawStatus, Partial<Record<DrawEvent, DrawStatus>>> = {
  [DrawStatus.scheduled]: { open: DrawStatus.open, cancel: DrawStatus.cancelled },
  [DrawStatus.open]: { draw: DrawStatus.drawn, cancel: DrawStatus.cancelled },
  [DrawStatus.drawn]: { release: DrawStatus.released },
  [DrawStatus.released]: {},
  [DrawStatus.cancelled]: {},
};

const registrationTransitions: Record<DrawRegistrationStatus, Partial<Record<DrawRegistrationEvent, DrawRegistrationStatus>>> = {
  [DrawRegistrationStatus.unverified]: {
    verify: DrawRegistrationStatus.registered,
    refuseDuplicate: DrawRegistrationStatus.refusedDuplicate,
    withdraw: DrawRegistrationStatus.withdrawn,
  },
  [DrawRegistrationStatus.registered]: {
    offer: DrawRegistrationStatus.offered,
    leaveUnmatched: DrawRegistrationStatus.unmatched,
    rollOver: DrawRegistrationStatus.rolledOver,
    withdraw: DrawRegistrationStatus.withdrawn,
  },
  [DrawRegistrationStatus.offered]: { book: DrawRegistrationStatus.booked, forfeit: DrawRegistrationStatus.withdrawn, withdraw: DrawRegistrationStatus.withdrawn },
  [DrawRegistrationStatus.booked]: {},
  [DrawRegistrationStatus.unmatched]: {},
  [DrawRegistrationStatus.rolledOver]: { join: DrawRegistrationStatus.registered, withdraw: DrawRegistrationStatus.withdrawn },
  [DrawRegistrationStatus.withdrawn]: {},
  [DrawRegistrationStatus.refusedDuplicate]: {},
};

const offerTransitions: Record<DrawOfferStatus, Partial<Record<DrawOfferEvent, DrawOfferStatus>>> = {
  [DrawOfferStatus.open]: { take: DrawOfferStatus.taken, decline: DrawOfferStatus.declined, lapse: DrawOfferStatus.lapsed },
  [DrawOfferStatus.taken]: {},
  [DrawOfferStatus.declined]: {},
  [DrawOfferStatus.lapsed]: {},
};

/**
 * The verified registrations still in play, one per person and service (the partial unique
 * indexes on the email and phone digests cover these). A booked entry is done: the person may
 * register again for a later appointment, and a refused, withdrawn or unmatched one blocks nobody.
 */
export const openVerifiedRegistrationStatuses: readonly DrawRegistrationStatus[] = [DrawRegistrationStatus.registered, DrawRegistrationStatus.offered, DrawRegistrationStatus.rolledOver];

export function nextDrawStatus(current: DrawStatus, event: DrawEvent): DrawStatus | null {
  return drawTransitions[current][event] ?? null;
}

export function nextRegistrationStatus(current: DrawRegistrationStatus, event: DrawRegistrationEvent): DrawRegistrationStatus | null {
  return registrationTransitions[current][event] ?? null;
}

export function nextDrawOfferStatus(current: DrawOfferStatus, event: DrawOfferEvent): DrawOfferStatus | null {
  return offerTransitions[current][event] ?? null;
}

/** The statuses `event` moves a draw out of: what a guarded update may select. */
export function drawStatusesMovedBy(event: DrawEvent): DrawStatus[] {
  return Object.values(DrawStatus).filter((status) => nextDrawStatus(status, event) !== null);
}

export function registrationStatusesMovedBy(event: DrawRegistrationEvent): DrawRegistrationStatus[] {
  return Object.values(DrawRegistrationStatus).filter((status) => nextRegistrationStatus(status, event) !== null);
}

export function drawOfferStatusesMovedBy(event: DrawOfferEvent): DrawOfferStatus[] {
  return Object.values(DrawOfferStatus).filter((status) => nextDrawOfferStatus(status, event) !== null);
}
