import type { KioskCheckInMutation, KioskIssueTicketMutation, KioskOfficeStateFragment } from './gql/graphql';
import type { MessageKey } from './i18n';

/** A text to show, its parameters, and the instant its `{date}` and `{time}` stand for (shown in the office's time zone). */
export interface KioskProblem {
  key: MessageKey;
  params: Record<string, string | number>;
  at: string | null;
}

/** What the kiosk shows: the start screen, a drawn ticket, a check-in, or why not. */
export type KioskScreen =
  | { kind: 'start' }
  | { kind: 'busy' }
  | { kind: 'ticket'; number: string; services: string[]; position: number | null; estimatedWaitMinutes: number | null; statusUrl: string; officeName: string; issuedAt: string }
  | { kind: 'checkedIn'; number: string; position: number | null; estimatedWaitMinutes: number | null }
  | { kind: 'problem'; problem: KioskProblem };

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

/** What a closed office says: when it opens next, if it knows. */
export function closedNotice(office: Pick<KioskOfficeStateFragment, 'opensAt'>): KioskProblem {
  return office.opensAt ? { key: 'kiosk.closedUntil', params: {}, at: office.opensAt } : { key: 'kiosk.closed', params: {}, at: null };
}

/** The message of a result union's error member; its code names the common text. */
function typedProblem(result: { code: string }): KioskProblem {
  return { key: `error.${result.code}` as MessageKey, params: {}, at: null };
}

export function ticketScreen(result: KioskIssueTicketMutation['issueTicket'], officeName: string, services: string[]): KioskScreen {
  if (result.__typename !== 'Ticket') return { kind: 'problem', problem: typedProblem(result) };
  return {
    kind: 'ticket',
    number: result.entry.displayNumber,
    services,
    position: result.entry.position,
    estimatedWaitMinutes: result.entry.estimatedWaitMinutes,
    statusUrl: result.statusUrl,
    officeName,
    issuedAt: result.entry.arrivedAt,
  };
}

type CheckInResult = KioskCheckInMutation['checkIn'];
type Refusal = Extract<CheckInResult, { __typename: 'CheckInRefused' }>;

/** Each refusal in the citizen's terms; the kiosk asks for the appointment number only, never for a code. */
const refusalTexts: Record<Refusal['reason'], MessageKey> = {
  TOO_EARLY: 'kiosk.checkIn.tooEarly',
  TOO_LATE: 'kiosk.checkIn.tooLate',
  NOT_TODAY: 'kiosk.checkIn.notToday',
  ALREADY_CHECKED_IN: 'kiosk.checkIn.already',
  NOT_CONFIRMED: 'kiosk.checkIn.notConfirmed',
};

/**
 * A kiosk of a group checks the number in at each office in turn: the citizen need not know
 * which office of the house the appointment is at. NotFound at one office means "try the next".
 */
export function checkInScreen(results: CheckInResult[]): KioskScreen {
  const found = results.find((result) => result.__typename !== 'NotFound');
  if (!found) return { kind: 'problem', problem: { key: 'kiosk.checkIn.unknown', params: {}, at: null } };
  if (found.__typename === 'QueueEntry') return { kind: 'checkedIn', number: found.displayNumber, position: found.position, estimatedWaitMinutes: found.estimatedWaitMinutes };
  if (found.__typename === 'CheckInRefused') return { kind: 'problem', problem: { key: refusalTexts[found.reason], params: {}, at: found.reason === 'TOO_EARLY' ? found.opensAt : null } };
  return { kind: 'problem', problem: typedProblem(found) };
}

/** An appointment number as typed on a touch screen: digits only, at most 9. */
export function appointmentNumber(text: string): number | null {
  const digits = text.replace(/\s/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}
