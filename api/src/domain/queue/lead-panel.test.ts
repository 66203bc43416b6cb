import { describe, expect, it } from 'vitest';
import { computeLeadPanel, isNoShowBy, waitingSince, type PanelEntry, type PanelInput } from './lead-panel';
import { QueueEntryStatus } from './queue-entry-lifecycle';

const at = (time: string) => new Date(`2026-03-02T${time}:00Z`);
const entry = (fields: Partial<PanelEntry> & { id: string }): PanelEntry => ({
  displayNumber: fields.id,
  status: QueueEntryStatus.waiting,
  serviceIds: ['short'],
  arrivedAt: at('09:00'),
  appointmentStart: null,
  counterId: null,
  lastCalledAt: null,
  serviceStartedAt: null,
  ...fields,
});
const input = (fields: Partial<PanelInput>): PanelInput => ({ now: at('09:40'), entries: [], counters: [], appointments: [], checkInLateMinutes: 15, waitAlertMinutes: 30, ...fields });

describe('waitingSince', () => {
  it.each([
    ['a walk-in, from arrival', null, '09:00', '09:00'],
    ['an appointment checked in early, from its time', '09:20', '09:00', '09:20'],
    ['an appointment checked in late, from arrival', '09:00', '09:10', '09:10'],
  ])('%s', (_name, start, arrived, since) => {
    expect(waitingSince({ arrivedAt: at(arrived), appointmentStart: start ? at(start) : null })).toEqual(at(since));
  });
});

describe('isNoShowBy', () => {
  it.each([
    ['confirmed, window still open', 'confirmed', '09:30', false],
    ['confirmed, window closed', 'confirmed', '09:24', true],
    ['checked in', 'checkedIn', '08:00', false],
    ['booked a no-show by the day end, window closed', 'noShow', '09:20', true],
    ['booked a no-show by the day end, window not closed at that time of day', 'noShow', '09:39', false],
  ])('%s', (_name, status, start, expected) => {
    expect(isNoShowBy({ status, start: at(start) }, 15, at('09:40'))).toBe(expected);
  });
});

describe('computeLeadPanel', () => {
  it('tells whom each counter serves since when, and nobody at an idle one', () => {
    const figures = computeLeadPanel(
      input({
        entries: [
          entry({ id: '1', status: QueueEntryStatus.inService, counterId: 'c1', lastCalledAt: at('09:30'), serviceStartedAt: at('09:32') }),
          entry({ id: '2', status: QueueEntryStatus.finished, counterId: 'c2', lastCalledAt: at('09:10') }),
          entry({ id: '3', status: QueueEntryStatus.called, counterId: 'c3', lastCalledAt: at('09:38') }),
        ],
        counters: ['c1', 'c2', 'c3'].map((counterId) => ({ counterId, counterName: counterId, room: null, staffName: 'S', signedInAt: at('08:00'), serviceIds: null })),
      }),
    );
    expect(figures.counters.map((counter) => counter.serving)).toEqual([
      { entryId: '1', displayNumber: '1', status: QueueEntryStatus.inService, since: at('09:32') },
      null,
      { entryId: '3', displayNumber: '3', status: QueueEntryStatus.called, since: at('09:38') },
    ]);
  });

  it('counts the waiting per service (an entry of two services for each), the longest first, and the longest wait', () => {
    const figures = computeLeadPanel(
      input({
        entries: [
          entry({ id: '1', serviceIds: ['short'], arrivedAt: at('09:05') }),
          entry({ id: '2', serviceIds: ['short', 'long'], arrivedAt: at('09:20') }),
          entry({ id: '3', serviceIds: ['long'], arrivedAt: at('09:00'), appointmentStart: at('09:30') }),
          entry({ id: '4', status: QueueEntryStatus.parked, arrivedAt: at('08:00') }),
        ],
      }),
    );
    expect(figures.waiting).toBe(3);
    expect(figures.waitingByService).toEqual([
      { serviceId: 'short', waiting: 2, longestWaitMinutes: 35 },
      { serviceId: 'long', waiting: 2, longestWaitMinutes: 20 },
    ]);
    expect(figures.longestWaitMinutes).toBe(35);
  });

  it.each([
    ['passed: on since the threshold was reached', 30, '09:05', true, '09:35'],
    ['not yet: off, and says when', 45, '09:05', false, '09:50'],
    ['no threshold: none', 0, '09:05', false, null],
  ])('alerts when the longest wait passes the threshold: %s', (_name, threshold, arrived, alert, alertAt) => {
    const figures = computeLeadPanel(input({ waitAlertMinutes: threshold, entries: [entry({ id: '1', arrivedAt: at(arrived) })] }));
    expect(figures.alert).toBe(alert);
    expect(figures.alertAt).toEqual(alertAt ? at(alertAt) : null);
  });

  it('raises no alert with nobody waiting', () => {
    const figures = computeLeadPanel(input({ entries: [entry({ id: '1', status: QueueEntryStatus.called, arrivedAt: at('08:00') })] }));
    expect([figures.alert, figures.alertAt, figures.longestWaitMinutes]).toEqual([false, null, null]);
  });

  it('sets appointments due against those checked in, and counts no-shows and missed calls so far', () => {
    const figures = computeLeadPanel(
      input({
        appointments: [
          { status: 'finished', start: at('09:00') },
          { status: 'confirmed', start: at('09:10') },
          { status: 'confirmed', start: at('09:30') },
          { status: 'checkedIn', start: at('10:00') },
          { status: 'confirmed', start: at('11:00') },
        ],
        entries: [entry({ id: '1', status: QueueEntryStatus.missed }), entry({ id: '2', status: QueueEntryStatus.finished })],
      }),
    );
    expect(figures.appointments).toEqual({ booked: 5, due: 3, checkedIn: 1, noShows: 1 });
    expect(figures.missed).toBe(1);
  });
});
