import type { ProblemDescription } from '@zms/ui';
import type { KioskCheckInMutation, KioskIssueTicketMutation, KioskOfficeStateFragment } from './gql/graphql';

/** What the kiosk shows: the start screen, a drawn ticket, a check-in, or why not. */
export type KioskScreen =
  | { kind: 'start' }
  | { kind: 'busy' }
  | { kind: 'ticket'; number: string; position: number | null; estimatedWaitMinutes: number | null; statusUrl: string; officeName: string; issuedAt: string }
  | { kind: 'checkedIn'; number: string; position: number | null; estimatedWaitMinutes: number | null }
  | { kind: 'problem'; problem: ProblemDescription };

/** Long enough to read, take the paper and scan the code; then the next citizen finds the start screen. */
export const screenTimeoutsMs: Record<KioskScreen['kind'], number | null> = {
  start: null,
  busy: null,
  ticket: 45_000,
  checkedIn: 30_000,
  problem: 20_000,
};

/** A half-typed number or another language left on the start screen is cleared after this long. */
export const startIdleMs = 60_000;

/** Whether a walk-in can draw a ticket at an office now, known before anyone presses a button. */
export function ticketAvailability(office: Pick<KioskOfficeStateFragment, 'open' | 'ticketsLeft'>): 'available' | 'closed' | 'exhausted' {
  if (!office.open) return 'closed';
  return office.ticketsLeft > 0 ? 'available' : 'exhausted';
}

/** The message of a result union's error member; its code names the common text. */
function typedProblem(result: { code: string }): ProblemDescription {
  return { key: `error.${result.code}` as ProblemDescription['key'], params: {} };
}

export function ticketScreen(result: KioskIssueTicketMutation['issueTicket'], officeName: string): KioskScreen {
  if (result.__typename !== 'Ticket') return { kind: 'problem', problem: typedProblem(result) };
  return {
    kind: 'ticket',
    number: result.entry.displayNumber,
    position: result.entry.position,
    estimatedWaitMinutes: result.entry.estimatedWaitMinutes,
    statusUrl: result.statusUrl,
    officeName,
    issuedAt: result.entry.arrivedAt,
  };
}

/**
 * A kiosk of a group checks the number in at each office in turn: the citizen need not know
 * which office of the house the appointment is at. NotFound at one office means "try the next".
 */
export function checkInScreen(results: KioskCheckInMutation['checkIn'][]): KioskScreen {
  const found = results.find((result) => result.__typename !== 'NotFound') ?? results[results.length - 1];
  if (!found) return { kind: 'problem', problem: typedProblem({ code: 'NOT_FOUND' }) };
  if (found.__typename === 'QueueEntry') return { kind: 'checkedIn', number: found.displayNumber, position: found.position, estimatedWaitMinutes: found.estimatedWaitMinutes };
  return { kind: 'problem', problem: typedProblem(found) };
}

/** An appointment number as typed on a touch screen: digits only, at most 9. */
export function appointmentNumber(text: string): number | null {
  const digits = text.replace(/\s/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}
