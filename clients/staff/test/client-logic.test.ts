import { describe, expect, it } from 'vitest';
import { mondayOf, weekOverview } from '../src/admin/week-preview';
import { actionForKey, shortcutKeys } from '../src/counter/shortcuts';
import { valueAxis } from '../src/statistics/chart-axis';
import { statisticsCsv, type StatisticsFigures } from '../src/statistics/csv';

const press = (key: string, fields: Partial<Parameters<typeof actionForKey>[0]> = {}) => actionForKey({ key, ctrlKey: false, metaKey: false, altKey: false, targetTag: 'BODY', targetEditable: false, ...fields });

describe('counter shortcuts', () => {
  it('gives every action its own key', () => {
    const keys = Object.values(shortcutKeys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['n', 'callNext'],
    ['N', 'callNext'],
    ['f', 'finish'],
    ['z', 'requeue'],
    ['x', null],
    ['Enter', null],
  ])('maps %s to %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('acts on a chosen queue entry: radios and checkboxes take no letters', () => {
    expect(press('z', { targetTag: 'INPUT', targetType: 'radio' })).toBe('requeue');
    expect(press('f', { targetTag: 'INPUT', targetType: 'checkbox' })).toBe('finish');
  });

  it('never acts while typing or with a modifier', () => {
    expect(press('n', { targetTag: 'INPUT' })).toBeNull();
    expect(press('n', { targetTag: 'INPUT', targetType: 'number' })).toBeNull();
    expect(press('n', { targetTag: 'select' })).toBeNull();
    expect(press('n', { targetEditable: true })).toBeNull();
    expect(press('n', { ctrlKey: true })).toBeNull();
    expect(press('n', { altKey: true })).toBeNull();
  });
});

describe('week overview of a capacity preview', () => {
  const slot = (start: string, end: string, date: string, publicCapacity = 2, internCapacity = 3, taken = 0) => ({ start, end, date, publicCapacity, internCapacity, taken });

  it('finds the Monday of any day', () => {
    expect(['2026-03-02', '2026-03-04', '2026-03-08'].map(mondayOf)).toEqual(['2026-03-02', '2026-03-02', '2026-03-02']);
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
  });

  it('merges consecutive slots of equal capacity into runs, day by day', () => {
    const days = weekOverview('2026-03-02', [
      slot('2026-03-02T07:10:00Z', '2026-03-02T07:20:00Z', '2026-03-02', 2, 3, 1),
      slot('2026-03-02T07:00:00Z', '2026-03-02T07:10:00Z', '2026-03-02'),
      slot('2026-03-02T07:20:00Z', '2026-03-02T07:30:00Z', '2026-03-02', 0, 3),
      slot('2026-03-02T09:00:00Z', '2026-03-02T09:10:00Z', '2026-03-02', 0, 3),
      slot('2026-03-04T07:00:00Z', '2026-03-04T07:10:00Z', '2026-03-04'),
    ]);
    expect(days.map((day) => day.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(days[0].runs).toEqual([
      { start: '2026-03-02T07:00:00Z', end: '2026-03-02T07:20:00Z', slots: 2, publicCapacity: 2, internCapacity: 3, taken: 1 },
      { start: '2026-03-02T07:20:00Z', end: '2026-03-02T07:30:00Z', slots: 1, publicCapacity: 0, internCapacity: 3, taken: 0 },
      { start: '2026-03-02T09:00:00Z', end: '2026-03-02T09:10:00Z', slots: 1, publicCapacity: 0, internCapacity: 3, taken: 0 },
    ]);
    expect(days[1].runs).toEqual([]);
    expect(days[2].runs).toHaveLength(1);
  });
});

describe('statistics CSV and chart axis', () => {
  const figures: StatisticsFigures = {
    from: '2026-03-02',
    to: '2026-03-02',
    offices: [{ id: '7', name: 'Bürgeramt "Mitte", Haus 1' }],
    appointments: 4,
    cancelled: 1,
    noShows: 1,
    walkIns: 3,
    served: 5,
    missed: 1,
    appointmentsByChannel: [{ channel: 'PORTAL', appointments: 2 }],
    waitingByHour: [{ hour: 8, customers: 2, meanMinutes: 17.5, p90Minutes: 25 }],
    serviceTimes: [{ service: { id: '1', name: 'Anmeldung' }, customers: 3, meanMinutes: 10.7 }],
    utilisation: [{ date: '2026-03-02', offered: 72, booked: 4 }],
  };

  it('writes every figure as a row, quoting what needs quotes', () => {
    const lines = statisticsCsv(figures).split('\r\n');
    expect(lines).toContain('office,7,"Bürgeramt ""Mitte"", Haus 1"');
    expect(lines).toContain('totals,walkIns,3');
    expect(lines).toContain('appointmentsByChannel,PORTAL,2');
    expect(lines).toContain('waitingByHour,8,2,17.5,25');
    expect(lines).toContain('serviceTimes,Anmeldung,3,10.7');
    expect(lines).toContain('utilisation,2026-03-02,72,4');
    expect(lines.at(-1)).toBe('');
  });

  it.each([
    [0, 1, [0, 1]],
    [4, 4, [0, 1, 2, 3, 4]],
    [72, 80, [0, 20, 40, 60, 80]],
    [17.5, 20, [0, 5, 10, 15, 20]],
    [3, 3, [0, 1, 2, 3]],
  ])('puts a maximum of %d on an axis up to %d', (maximum, max, ticks) => {
    expect(valueAxis(maximum)).toEqual({ max, ticks });
  });

  it('gives counts whole-number ticks', () => {
    expect(valueAxis(2)).toEqual({ max: 2, ticks: [0, 0.5, 1, 1.5, 2] });
    expect(valueAxis(2, true)).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(valueAxis(9, true)).toEqual({ max: 10, ticks: [0, 5, 10] });
  });
});
