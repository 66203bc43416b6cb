import { describe, expect, it } from 'vitest';
import { computeStatistics, percentile, type QueueRecord } from './office-statistics';

const channels = ['PORTAL', 'HOTLINE', 'COUNTER'];
const entry = (fields: Partial<QueueRecord>): QueueRecord => ({ withAppointment: false, status: 'finished', arrivalHour: 9, waitingMinutes: null, serviceMinutes: null, serviceIds: ['1'], ...fields });

describe('percentile (nearest rank)', () => {
  it.each([
    [[5], 90, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11], 90, 10],
    [[3, 1, 2], 50, 2],
    [[4, 8], 100, 8],
  ])('%j at %i is %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => percentile([], 90)).toThrow(RangeError);
  });
});

describe('computeStatistics', () => {
  it('counts booked appointments by channel, leaving out holds, expiries and cancellations', () => {
    const result = computeStatistics({
      channels,
      appointments: [
        { channel: 'PORTAL', status: 'finished' },
        { channel: 'PORTAL', status: 'noShow' },
        { channel: 'HOTLINE', status: 'confirmed' },
        { channel: 'PORTAL', status: 'reserved' },
        { channel: 'PORTAL', status: 'expired' },
        { channel: 'COUNTER', status: 'cancelled' },
      ],
      entries: [],
      slots: [],
    });
    expect(result.appointments).toBe(3);
    expect(result.appointmentsByChannel).toEqual([
      { channel: 'PORTAL', appointments: 2 },
      { channel: 'HOTLINE', appointments: 1 },
      { channel: 'COUNTER', appointments: 0 },
    ]);
    expect(result.cancelled).toBe(1);
    expect(result.noShows).toBe(1);
  });

  it('counts walk-ins, served and missed customers once, also when redirected', () => {
    const result = computeStatistics({
      channels,
      appointments: [],
      entries: [entry({ status: 'redirected' }), entry({ status: 'finished' }), entry({ status: 'missed' }), entry({ status: 'finished', withAppointment: true })],
      slots: [],
    });
    expect(result).toMatchObject({ walkIns: 2, served: 2, missed: 1 });
  });

  it('gives mean and 90th percentile of the waiting time per hour of arrival', () => {
    const nine = [2, 4, 6, 8, 10, 12, 14, 16, 18, 40].map((waitingMinutes) => entry({ arrivalHour: 9, waitingMinutes }));
    const result = computeStatistics({ channels, appointments: [], entries: [...nine, entry({ arrivalHour: 11, waitingMinutes: 7 }), entry({ arrivalHour: 8, waitingMinutes: null, status: 'missed' })], slots: [] });
    expect(result.waitingByHour).toEqual([
      { hour: 9, customers: 10, meanMinutes: 13, p90Minutes: 18 },
      { hour: 11, customers: 1, meanMinutes: 7, p90Minutes: 7 },
    ]);
  });

  it('splits the time of a visit for several services evenly between them', () => {
    const result = computeStatistics({
      channels,
      appointments: [],
      entries: [entry({ serviceIds: ['1'], serviceMinutes: 10 }), entry({ serviceIds: ['1', '2'], serviceMinutes: 20 }), entry({ serviceIds: ['2'], serviceMinutes: 5, status: 'missed' })],
      slots: [],
    });
    expect(result.serviceTimes).toEqual([
      { serviceId: '1', customers: 2, meanMinutes: 10 },
      { serviceId: '2', customers: 1, meanMinutes: 10 },
    ]);
  });

  it('adds offered and booked slots per day', () => {
    const result = computeStatistics({
      channels,
      appointments: [],
      entries: [],
      slots: [
        { date: '2026-03-03', offered: 3, booked: 1 },
        { date: '2026-03-02', offered: 3, booked: 3 },
        { date: '2026-03-03', offered: 3, booked: 0 },
      ],
    });
    expect(result.utilisation).toEqual([
      { date: '2026-03-02', offered: 3, booked: 3 },
      { date: '2026-03-03', offered: 6, booked: 1 },
    ]);
  });
});
