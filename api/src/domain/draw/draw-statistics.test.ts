import { describe, expect, it } from 'vitest';
import { DrawOfferStatus } from './draw-lifecycle';
import { drawStatistics } from './draw-statistics';

const registeredAt = new Date('2027-01-01T10:00:00Z');
const inDays = (days: number) => new Date(registeredAt.getTime() + days * 86_400_000);

describe('draw statistics', () => {
  it('counts offers by outcome, fills booked ÷ offerable and takes the median wait of the booked', () => {
    const result = drawStatistics({
      offerableSlots: 8,
      registrations: 20,
      offers: [
        { status: DrawOfferStatus.taken, registeredAt, start: inDays(3) },
        { status: DrawOfferStatus.taken, registeredAt, start: inDays(10) },
        { status: DrawOfferStatus.taken, registeredAt, start: inDays(5.25) },
        { status: DrawOfferStatus.taken, registeredAt, start: inDays(4) },
        { status: DrawOfferStatus.declined, registeredAt, start: inDays(1) },
        { status: DrawOfferStatus.lapsed, registeredAt, start: inDays(1) },
        { status: DrawOfferStatus.lapsed, registeredAt, start: inDays(2) },
        { status: DrawOfferStatus.open, registeredAt, start: inDays(2) },
      ],
    });
    expect(result).toEqual({
      offerableSlots: 8,
      registrations: 20,
      offersMade: 8,
      booked: 4,
      declined: 1,
      lapsed: 2,
      fillRate: 0.5,
      medianDaysToAppointment: 4.6,
    });
  });

  it('reports nothing booked without dividing by zero', () => {
    expect(drawStatistics({ offerableSlots: 0, registrations: 3, offers: [] })).toMatchObject({ fillRate: 0, medianDaysToAppointment: null, offersMade: 0 });
    const odd = drawStatistics({ offerableSlots: 1, registrations: 1, offers: [{ status: DrawOfferStatus.taken, registeredAt, start: inDays(7) }] });
    expect(odd).toMatchObject({ fillRate: 1, medianDaysToAppointment: 7 });
  });
});
