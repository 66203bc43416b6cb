import { describe, expect, it } from 'vitest';
import {
  DrawOfferStatus,
  DrawRegistrationStatus as R,
  DrawStatus,
  drawOfferStatusesMovedBy,
  drawStatusesMovedBy,
  nextDrawOfferStatus,
  nextDrawStatus,
  nextRegistrationStatus,
  openVerifiedRegistrationStatuses,
  registrationStatusesMovedBy,
} from './draw-lifecycle';

describe('draw lifecycle', () => {
  it('runs scheduled → open → drawn → released, and cancels only before the draw', () => {
    expect(nextDrawStatus(DrawStatus.scheduled, 'open')).toBe(DrawStatus.open);
    expect(nextDrawStatus(DrawStatus.open, 'draw')).toBe(DrawStatus.drawn);
    expect(nextDrawStatus(DrawStatus.drawn, 'release')).toBe(DrawStatus.released);
    expect(nextDrawStatus(DrawStatus.scheduled, 'draw')).toBeNull();
    // A draw runs once: a drawn draw is not drawn again.
    expect(nextDrawStatus(DrawStatus.drawn, 'draw')).toBeNull();
    expect(drawStatusesMovedBy('draw')).toEqual([DrawStatus.open]);
    expect(drawStatusesMovedBy('cancel')).toEqual([DrawStatus.scheduled, DrawStatus.open]);
    expect(nextDrawStatus(DrawStatus.released, 'cancel')).toBeNull();
  });

  it.each<[R, Parameters<typeof nextRegistrationStatus>[1], R | null]>([
    [R.unverified, 'verify', R.registered],
    [R.unverified, 'refuseDuplicate', R.refusedDuplicate],
    [R.registered, 'refuseDuplicate', null],
    [R.unverified, 'offer', null],
    [R.registered, 'offer', R.offered],
    [R.offered, 'offer', null],
    [R.offered, 'book', R.booked],
    [R.offered, 'forfeit', R.withdrawn],
    [R.registered, 'leaveUnmatched', R.unmatched],
    [R.registered, 'rollOver', R.rolledOver],
    [R.rolledOver, 'join', R.registered],
    [R.offered, 'rollOver', null],
    [R.booked, 'withdraw', null],
    [R.rolledOver, 'withdraw', R.withdrawn],
    [R.refusedDuplicate, 'verify', null],
  ])('moves a registration from %s on %s to %s', (from, event, to) => {
    expect(nextRegistrationStatus(from, event)).toBe(to);
  });

  it('counts only verified entries in play for the duplicate rule', () => {
    expect(openVerifiedRegistrationStatuses).toEqual([R.registered, R.offered, R.rolledOver]);
    expect(registrationStatusesMovedBy('withdraw')).toEqual([R.unverified, R.registered, R.offered, R.rolledOver]);
  });

  it('ends an open offer once: taken, declined or lapsed', () => {
    expect(nextDrawOfferStatus(DrawOfferStatus.open, 'take')).toBe(DrawOfferStatus.taken);
    expect(nextDrawOfferStatus(DrawOfferStatus.open, 'decline')).toBe(DrawOfferStatus.declined);
    expect(nextDrawOfferStatus(DrawOfferStatus.open, 'lapse')).toBe(DrawOfferStatus.lapsed);
    expect(nextDrawOfferStatus(DrawOfferStatus.taken, 'decline')).toBeNull();
    expect(drawOfferStatusesMovedBy('lapse')).toEqual([DrawOfferStatus.open]);
  });
});
