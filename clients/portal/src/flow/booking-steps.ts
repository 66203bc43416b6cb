/** The steps of a booking, in order: forward only by choosing, back to any earlier step until booked. */
export const bookingSteps = ['services', 'office', 'day', 'time', 'contact', 'done'] as const;
export type BookingStep = (typeof bookingSteps)[number];

export function stepIndex(step: BookingStep): number {
  return bookingSteps.indexOf(step);
}

export function canGoBackTo(target: BookingStep, current: BookingStep): boolean {
  return current !== 'done' && stepIndex(target) < stepIndex(current);
}

/** Each step is a page of its own (and an entry of the browser's history); the first is the portal's start. */
export function stepPath(step: BookingStep): string {
  return step === 'services' ? '/' : `/book/${step}`;
}

/** What a booking has got so far, as far as it decides which step may be shown. */
export interface DraftProgress {
  services: number;
  officeChosen: boolean;
  date: string | null;
  /** When the hold of the chosen time ends (ISO); null without one. */
  holdExpiresAt: string | null;
  confirmed: boolean;
}

/**
 * The step to show for a wish to see `wanted`: the wish itself once everything before it is
 * chosen, else the first step that still needs a choice (an old link, a reload after the hold ran
 * out, the browser's Forward past a hold given back).
 */
export function reachableStep(wanted: BookingStep, draft: DraftProgress, now: number = Date.now()): BookingStep {
  if (wanted === 'done') return draft.confirmed ? 'done' : reachableStep('contact', draft, now);
  const needs: [BookingStep, boolean][] = [
    ['services', true],
    ['office', draft.services > 0],
    ['day', draft.officeChosen],
    ['time', draft.date !== null],
    ['contact', draft.holdExpiresAt !== null && Date.parse(draft.holdExpiresAt) > now],
  ];
  let reachable: BookingStep = 'services';
  for (const [step, ready] of needs) {
    if (!ready) break;
    reachable = step;
    if (step === wanted) break;
  }
  return stepIndex(reachable) < stepIndex(wanted) ? reachable : wanted;
}
