/** Where a citizen's place on the waitlist stands. */
export enum WaitlistEntryStatus {
  waiting = 'waiting',
  booked = 'booked',
  left = 'left',
}

/** Where an offer of a held slot stands. */
export enum WaitlistOfferStatus {
  open = 'open',
  taken = 'taken',
  declined = 'declined',
  lapsed = 'lapsed',
}

export type WaitlistEntryEvent = 'book' | 'leave';
export type WaitlistOfferEvent = 'take' | 'decline' | 'lapse';

const entryTransitions: Record<WaitlistEntryStatus, Partial<Record<WaitlistEntryEvent, WaitlistEntryStatus>>> = {
  [WaitlistEntryStatus.waiting]: { book: WaitlistEntryStatus.booked, leave: WaitlistEntryStatus.left },
  [WaitlistEntryStatus.booked]: {},
  [WaitlistEntryStatus.left]: {},
};

const offerTransitions: Record<WaitlistOfferStatus, Partial<Record<WaitlistOfferEvent, WaitlistOfferStatus>>> = {
  [WaitlistOfferStatus.open]: { take: WaitlistOfferStatus.taken, decline: WaitlistOfferStatus.declined, lapse: WaitlistOfferStatus.lapsed },
  [WaitlistOfferStatus.taken]: {},
  [WaitlistOfferStatus.declined]: {},
  [WaitlistOfferStatus.lapsed]: {},
};

export function nextEntryStatus(current: WaitlistEntryStatus, event: WaitlistEntryEvent): WaitlistEntryStatus | null {
  return entryTransitions[current][event] ?? null;
}

export function nextOfferStatus(current: WaitlistOfferStatus, event: WaitlistOfferEvent): WaitlistOfferStatus | null {
  return offerTransitions[current][event] ?? null;
}

/** The statuses `event` moves an entry out of: what a bulk step may select. */
export function entryStatusesMovedBy(event: WaitlistEntryEvent): WaitlistEntryStatus[] {
  return Object.values(WaitlistEntryStatus).filter((status) => nextEntryStatus(status, event) !== null);
}

export function offerStatusesMovedBy(event: WaitlistOfferEvent): WaitlistOfferStatus[] {
  return Object.values(WaitlistOfferStatus).filter((status) => nextOfferStatus(status, event) !== null);
}
