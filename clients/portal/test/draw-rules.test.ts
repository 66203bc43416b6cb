import { describe, expect, it } from 'vitest';
import { drawFormProblems, drawPhase, drawResultUrl, orderDraws, percent, timeWindowsInput } from '../src/flow/draw';

const draw = { slotsFrom: '2026-12-07', slotsTo: '2026-12-11' };
const wishes = { officeIds: ['o1'], dateFrom: '2026-12-07', dateTo: '2026-12-11', windows: [] };

describe("the draw's registration form in the portal", () => {
  it("finds what the API would refuse before sending: no office, days outside the draw's or reversed, a window that is not a span", () => {
    expect(drawFormProblems(wishes, draw)).toEqual([]);
    expect(drawFormProblems({ ...wishes, officeIds: [] }, draw)).toEqual([{ field: 'offices' }]);
    expect(drawFormProblems({ ...wishes, dateFrom: '2026-12-06' }, draw)).toEqual([{ field: 'dates' }]);
    expect(drawFormProblems({ ...wishes, dateTo: '2026-12-12' }, draw)).toEqual([{ field: 'dates' }]);
    expect(drawFormProblems({ ...wishes, dateFrom: '2026-12-10', dateTo: '2026-12-08' }, draw)).toEqual([{ field: 'dates' }]);
    expect(drawFormProblems({ ...wishes, dateFrom: '' }, draw)).toEqual([{ field: 'dates' }]);
    const windows = [
      { from: '08:00', to: '12:00' },
      { from: '12:00', to: '12:00' },
      { from: '', to: '' },
      { from: '14:00', to: '' },
      { from: '24:00', to: '25:00' },
    ];
    expect(drawFormProblems({ ...wishes, windows }, draw)).toEqual([
      { field: 'window', index: 1 },
      { field: 'window', index: 3 },
      { field: 'window', index: 4 },
    ]);
  });

  it('sends the windows filled in, and none for any time', () => {
    expect(timeWindowsInput([{ from: '', to: '' }])).toEqual([]);
    expect(
      timeWindowsInput([
        { from: '08:00', to: '10:00' },
        { from: ' ', to: '' },
      ]),
    ).toEqual([{ from: '08:00', to: '10:00' }]);
  });
});

describe("a draw's public page", () => {
  const times = { registrationOpensAt: '2026-12-01T08:00:00Z', registrationClosesAt: '2026-12-04T08:00:00Z' };

  it('says where a draw stands by its window until it is drawn, then by its status', () => {
    expect(drawPhase({ status: 'scheduled', ...times }, Date.parse('2026-12-01T07:59:59Z'))).toBe('upcoming');
    // The job that opens it may come a moment late: the window counts.
    expect(drawPhase({ status: 'scheduled', ...times }, Date.parse('2026-12-01T08:00:00Z'))).toBe('registering');
    expect(drawPhase({ status: 'open', ...times }, Date.parse('2026-12-04T08:00:00Z'))).toBe('closed');
    expect(drawPhase({ status: 'drawn', ...times }, Date.parse('2026-12-02T00:00:00Z'))).toBe('drawn');
    expect(drawPhase({ status: 'released', ...times }, 0)).toBe('released');
    expect(drawPhase({ status: 'cancelled', ...times }, Date.parse('2026-12-02T00:00:00Z'))).toBe('cancelled');
  });

  it('lists the next draw first and the latest drawn first, without the cancelled', () => {
    const draws = [
      { id: 'late', status: 'scheduled', drawAt: '2026-12-20T08:00:00Z' },
      { id: 'old', status: 'released', drawAt: '2026-11-01T08:00:00Z' },
      { id: 'next', status: 'open', drawAt: '2026-12-04T08:00:00Z' },
      { id: 'gone', status: 'cancelled', drawAt: '2026-12-05T08:00:00Z' },
      { id: 'recent', status: 'drawn', drawAt: '2026-11-20T08:00:00Z' },
    ];
    const { upcoming, past } = orderDraws(draws);
    expect(upcoming.map((item) => item.id)).toEqual(['next', 'late']);
    expect(past.map((item) => item.id)).toEqual(['recent', 'old']);
  });

  it('links the published result on the API and writes the fill rate in whole percent', () => {
    expect(drawResultUrl('https://termine.example.org', 'ab/c')).toBe('https://termine.example.org/draws/ab%2Fc/result.json');
    expect(percent(0.876)).toBe(88);
    expect(percent(0)).toBe(0);
  });
});
