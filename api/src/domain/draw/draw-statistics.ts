import { DrawOfferStatus } from './draw-lifecycle';

/** One offer of a draw, as far as its statistics go. */
export interface OfferOutcome {
  status: DrawOfferStatus;
  /** When the registration that received it was verified (or made, for entries staff registered). */
  registeredAt: Date;
  /** The offered appointment's start. */
  start: Date;
}

export interface DrawStatisticsInput {
  /** Slot chains the draw could hand out on its dates. */
  offerableSlots: number;
  /** Verified registrations that took part. */
  registrations: number;
  offers: readonly OfferOutcome[];
}

export interface DrawStatisticsResult {
  offerableSlots: number;
  registrations: number;
  offersMade: number;
  booked: number;
  declined: number;
  lapsed: number;
  /** booked ÷ offerable (0 when nothing was offerable): how much of the released capacity the draw placed. */
  fillRate: number;
  /** Median days from registering to the booked appointment; null when nothing was booked. */
  medianDaysToAppointment: number | null;
}

const dayMs = 86_400_000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function drawStatistics(input: DrawStatisticsInput): DrawStatisticsResult {
  const count = (status: DrawOfferStatus) => input.offers.filter((offer) => offer.status === status).length;
  const booked = input.offers.filter((offer) => offer.status === DrawOfferStatus.taken);
  const days = median(booked.map((offer) => (offer.start.getTime() - offer.registeredAt.getTime()) / dayMs));
  return {
    offerableSlots: input.offerableSlots,
    registrations: input.registrations,
    offersMade: input.offers.length,
    booked: booked.length,
    declined: count(DrawOfferStatus.declined),
    lapsed: count(DrawOfferStatus.lapsed),
    fillRate: input.offerableSlots > 0 ? booked.length / input.offerableSlots : 0,
    medianDaysToAppointment: days === null ? null : Math.round(days * 10) / 10,
  };
}
