import { describe, expect, it } from 'vitest';
import type { KioskCheckInMutation, KioskIssueTicketMutation } from '../src/gql/graphql';
import { appointmentNumber, checkInScreen, screenTimeoutsMs, ticketAvailability, ticketScreen } from '../src/kiosk-flow';

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
    expect(ticketScreen(ticket, 'Bürgeramt Mitte')).toEqual({
      kind: 'ticket',
      number: 'A12',
      position: 2,
      estimatedWaitMinutes: 10,
      statusUrl: ticket.statusUrl,
      officeName: 'Bürgeramt Mitte',
      issuedAt: '2026-03-02T08:00:00.000Z',
    });
    expect(ticketScreen({ __typename: 'OfficeClosed', code: 'OFFICE_CLOSED', message: 'closed' }, 'x')).toEqual({ kind: 'problem', problem: { key: 'error.OFFICE_CLOSED', params: {} } });
    expect(ticketScreen({ __typename: 'TicketsExhausted', code: 'TICKETS_EXHAUSTED', message: 'used up' }, 'x')).toEqual({ kind: 'problem', problem: { key: 'error.TICKETS_EXHAUSTED', params: {} } });
  });

  it('checks in at the first office of a group that knows the number', () => {
    expect(checkInScreen([notFound, checkedIn])).toEqual({ kind: 'checkedIn', number: '4711', position: 3, estimatedWaitMinutes: 12 });
    expect(checkInScreen([notFound, notFound])).toEqual({ kind: 'problem', problem: { key: 'error.NOT_FOUND', params: {} } });
    expect(checkInScreen([{ __typename: 'CheckInRefused', code: 'CHECK_IN_REFUSED', message: 'too early' }])).toEqual({ kind: 'problem', problem: { key: 'error.CHECK_IN_REFUSED', params: {} } });
    expect(checkInScreen([])).toEqual({ kind: 'problem', problem: { key: 'error.NOT_FOUND', params: {} } });
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
