import { describe, expect, it } from 'vitest';
import type { KioskCheckInMutation, KioskIssueTicketMutation } from '../src/gql/graphql';
import { appointmentNumber, checkInScreen, closedNotice, screenTimeoutsMs, ticketAvailability, ticketScreen } from '../src/kiosk-flow';

type CheckInResult = KioskCheckInMutation['checkIn'];
const notFound: CheckInResult = { __typename: 'NotFound', code: 'NOT_FOUND', message: 'No appointment of this office has this number.' };
const checkedIn: CheckInResult = { __typename: 'QueueEntry', id: '7', displayNumber: '4711', position: 3, estimatedWaitMinutes: 12 };

describe('the kiosk flow', () => {
  it('tells before a press whether tickets can be drawn', () => {
    expect(ticketAvailability({ open: true, ticketsLeft: 5 })).toBe('available');
    expect(ticketAvailability({ open: true, ticketsLeft: 0 })).toBe('exhausted');
    expect(ticketAvailability({ open: false, ticketsLeft: 5 })).toBe('closed');
    expect(ticketAvailability({ open: false, ticketsLeft: 0 })).toBe('closed');
  });

  it('shows a ticket, or the typed reason why there is none', () => {
    const ticket: KioskIssueTicketMutation['issueTicket'] = {
      __typename: 'Ticket',
      statusUrl: 'https://termine.example/portal/status#number=A12&secret=s',
      entry: { id: '1', displayNumber: 'A12', position: 2, estimatedWaitMinutes: 10, arrivedAt: '2026-03-02T08:00:00.000Z' },
    };
    expect(ticketScreen(ticket, 'Bürgeramt Mitte', ['Meldebescheinigung'])).toEqual({
      kind: 'ticket',
      number: 'A12',
      services: ['Meldebescheinigung'],
      position: 2,
      estimatedWaitMinutes: 10,
      statusUrl: ticket.statusUrl,
      officeName: 'Bürgeramt Mitte',
      issuedAt: '2026-03-02T08:00:00.000Z',
    });
    expect(ticketScreen({ __typename: 'OfficeClosed', code: 'OFFICE_CLOSED', message: 'closed' }, 'x', [])).toEqual({ kind: 'problem', problem: { key: 'error.OFFICE_CLOSED', params: {}, at: null } });
    expect(ticketScreen({ __typename: 'TicketsExhausted', code: 'TICKETS_EXHAUSTED', message: 'used up' }, 'x', [])).toEqual({ kind: 'problem', problem: { key: 'error.TICKETS_EXHAUSTED', params: {}, at: null } });
  });

  it('checks in at the first office of a group that knows the number', () => {
    expect(checkInScreen([notFound, checkedIn])).toEqual({ kind: 'checkedIn', number: '4711', position: 3, estimatedWaitMinutes: 12 });
    expect(checkInScreen([notFound, notFound])).toEqual({ kind: 'problem', problem: { key: 'kiosk.checkIn.unknown', params: {}, at: null } });
    expect(checkInScreen([])).toEqual({ kind: 'problem', problem: { key: 'kiosk.checkIn.unknown', params: {}, at: null } });
  });

  it('says why a check-in is refused, and for an early one when to come back', () => {
    const refused = (reason: Extract<CheckInResult, { __typename: 'CheckInRefused' }>['reason'], opensAt: string | null = null): CheckInResult => ({ __typename: 'CheckInRefused', code: 'CHECK_IN_REFUSED', message: '', reason, opensAt });
    expect(checkInScreen([notFound, refused('TOO_EARLY', '2026-03-02T09:30:00.000Z')])).toEqual({ kind: 'problem', problem: { key: 'kiosk.checkIn.tooEarly', params: {}, at: '2026-03-02T09:30:00.000Z' } });
    expect(checkInScreen([refused('TOO_LATE')])).toMatchObject({ problem: { key: 'kiosk.checkIn.tooLate', at: null } });
    expect(checkInScreen([refused('NOT_TODAY')])).toMatchObject({ problem: { key: 'kiosk.checkIn.notToday' } });
    expect(checkInScreen([refused('ALREADY_CHECKED_IN')])).toMatchObject({ problem: { key: 'kiosk.checkIn.already' } });
    expect(checkInScreen([refused('NOT_CONFIRMED')])).toMatchObject({ problem: { key: 'kiosk.checkIn.notConfirmed' } });
  });

  it('says when a closed office opens, where it knows', () => {
    expect(closedNotice({ opensAt: '2026-03-03T07:00:00.000Z' })).toEqual({ key: 'kiosk.closedUntil', params: {}, at: '2026-03-03T07:00:00.000Z' });
    expect(closedNotice({ opensAt: null })).toEqual({ key: 'kiosk.closed', params: {}, at: null });
  });

  it('reads an appointment number typed with spaces, and nothing else', () => {
    expect(appointmentNumber(' 12 345 ')).toBe(12345);
    expect(appointmentNumber('12a')).toBeNull();
    expect(appointmentNumber('')).toBeNull();
    expect(appointmentNumber('1234567890')).toBeNull();
  });

  it('returns to the start from every screen but the start and a running request', () => {
    expect(screenTimeoutsMs.start).toBeNull();
    expect(screenTimeoutsMs.busy).toBeNull();
    for (const kind of ['ticket', 'checkedIn', 'problem'] as const) expect(screenTimeoutsMs[kind]).toBeGreaterThan(10_000);
  });
});
