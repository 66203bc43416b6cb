/** The steps of a booking, in order: forward only by choosing, back to any earlier step until booked. */
export const bookingSteps = ['services', 'office', 'day', 'time', 'contact', 'done'] as const;
export type BookingStep = (typeof bookingSteps)[number];

export function stepIndex(step: BookingStep): number {
  return bookingSteps.indexOf(step);
}

export function canGoBackTo(target: BookingStep, current: BookingStep): boolean {
  return current !== 'done' && stepIndex(target) < stepIndex(current);
}
