import { describe, expect, it } from 'vitest';
import { AppointmentStatus as S, Channel, Contingent, contingentOf, nextStatus, type AppointmentEvent } from './appointment-lifecycle';

describe('appointment lifecycle', () => {
  it.each<[S, AppointmentEvent, S | null]>([
    [S.reserved, 'confirm', S.confirmed],
    [S.reserved, 'optInRequested', S.preconfirmed],
    [S.preconfirmed, 'confirm', S.confirmed],
    [S.reserved, 'expire', S.expired],
    [S.preconfirmed, 'expire', S.expired],
    [S.confirmed, 'cancel', S.cancelled],
    [S.confirmed, 'reschedule', S.confirmed],
    [S.confirmed, 'dayEnded', S.noShow],
    [S.confirmed, 'checkIn', S.checkedIn],
    [S.called, 'miss', S.missed],
    [S.missed, 'requeue', S.checkedIn],
    [S.confirmed, 'expire', null],
    [S.cancelled, 'cancel', null],
    [S.cancelled, 'reschedule', null],
    [S.expired, 'confirm', null],
    [S.finished, 'cancel', null],
    [S.reserved, 'reschedule', null],
  ])('%s --%s--> %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it.each([
    [Channel.PORTAL, Contingent.public],
    [Channel.PARTNER, Contingent.public],
    [Channel.HOTLINE, Contingent.public],
    [Channel.COUNTER, Contingent.intern],
    [Channel.KIOSK, Contingent.intern],
  ])('%s books on the %s contingent', (channel, contingent) => {
    expect(contingentOf(channel)).toBe(contingent);
  });
});
