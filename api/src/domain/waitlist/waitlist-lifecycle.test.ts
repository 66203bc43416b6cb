import { describe, expect, it } from 'vitest';
import { WaitlistEntryStatus, WaitlistOfferStatus, entryStatusesMovedBy, nextEntryStatus, nextOfferStatus, offerStatusesMovedBy } from './waitlist-lifecycle';

describe('waitlist lifecycle', () => {
  it('lets a waiting citizen book or leave, and nothing after that', () => {
    expect(nextEntryStatus(WaitlistEntryStatus.waiting, 'book')).toBe(WaitlistEntryStatus.booked);
    expect(nextEntryStatus(WaitlistEntryStatus.waiting, 'leave')).toBe(WaitlistEntryStatus.left);
    expect(nextEntryStatus(WaitlistEntryStatus.left, 'book')).toBeNull();
    expect(nextEntryStatus(WaitlistEntryStatus.booked, 'leave')).toBeNull();
    expect(entryStatusesMovedBy('leave')).toEqual([WaitlistEntryStatus.waiting]);
  });

  it('ends an open offer once: taken, declined or lapsed', () => {
    expect(nextOfferStatus(WaitlistOfferStatus.open, 'take')).toBe(WaitlistOfferStatus.taken);
    expect(nextOfferStatus(WaitlistOfferStatus.open, 'decline')).toBe(WaitlistOfferStatus.declined);
    expect(nextOfferStatus(WaitlistOfferStatus.open, 'lapse')).toBe(WaitlistOfferStatus.lapsed);
    expect(nextOfferStatus(WaitlistOfferStatus.lapsed, 'take')).toBeNull();
    expect(nextOfferStatus(WaitlistOfferStatus.taken, 'decline')).toBeNull();
    expect(offerStatusesMovedBy('lapse')).toEqual([WaitlistOfferStatus.open]);
  });
});
