import { describe, expect, it } from 'vitest';
import { applyCall, applyOffice, applySnapshot, callsKept, emptyBoard, freshCallMs, isFresh, rowsThatFit } from '../src/call-board';
import type { DisplayedCallFragment, DisplayedOfficeFragment } from '../src/gql/graphql';

const call = (id: number, version: number, officeId = '1'): DisplayedCallFragment => ({
  id: String(id),
  displayNumber: `A${id}`,
  counterName: 'Schalter 1',
  room: null,
  calledAt: new Date(Date.UTC(2026, 2, 2, 8, 0, id)).toISOString(),
  callCount: 1,
  version,
  office: { id: officeId },
});
const office = (version: number, waitingCount: number, officeId = '1', withdrawnNumbers: string[] = []): DisplayedOfficeFragment => ({
  version,
  waitingCount,
  withdrawnNumbers,
  displayMessage: '',
  estimatedWaitMinutes: waitingCount * 5,
  countersServing: 1,
  office: { id: officeId, name: `Amt ${officeId}`, timeZone: 'Europe/Berlin' },
});

describe('the call board', () => {
  it('puts a new call first and ignores one it already reflects', () => {
    const board = applyCall(applyCall(emptyBoard, call(1, 10)), call(2, 11));
    expect(board.calls.map((shown) => shown.id)).toEqual(['2', '1']);
    expect(applyCall(board, call(1, 10))).toBe(board);
    expect(applyCall(board, call(3, 11))).toBe(board);
  });

  it('orders calls of one instant at one office by the office version, whatever their opaque IDs', () => {
    const instant = '2026-03-02T08:00:00.000Z';
    const first = { ...call(1, 20), id: 'aaaaaaaaaaaaaaaaaaaaaa', calledAt: instant };
    const second = { ...call(2, 21), id: 'zzzzzzzzzzzzzzzzzzzzzz', calledAt: instant };
    expect(applyCall(applyCall(emptyBoard, first), second).calls.map((shown) => shown.displayNumber)).toEqual(['A2', 'A1']);
  });

  it(`keeps no more than ${callsKept} calls however many come`, () => {
    let board = emptyBoard;
    for (let id = 1; id <= 500; id++) board = applyCall(board, call(id, id));
    expect(board.calls).toHaveLength(callsKept);
    expect(board.calls[0].id).toBe('500');
    expect(board.calls[callsKept - 1].id).toBe(String(500 - callsKept + 1));
  });

  it('takes a snapshot after a reconnect and keeps the calls that came after it', () => {
    const before = applyCall(applyCall(emptyBoard, call(1, 10)), call(5, 15));
    const snapshot = { versions: [{ officeId: '1', version: 14 }], calls: [call(4, 14), call(3, 14), call(2, 14), call(1, 14)] };
    const board = applySnapshot(before, snapshot, [office(14, 3)]);
    expect(board.calls.map((shown) => shown.id)).toEqual(['5', '4', '3', '2', '1']);
    expect(board.callVersions).toEqual({ '1': 15 });
    // An event the snapshot already holds changes nothing.
    expect(applyCall(board, call(4, 14))).toBe(board);
  });

  it('lets the newer of snapshot and event win for an office, and forgets offices no longer shown', () => {
    const withEvent = applyOffice(applyOffice(emptyBoard, office(20, 5)), office(3, 1, '9'));
    expect(applySnapshot(withEvent, { versions: [{ officeId: '1', version: 18 }], calls: [] }, [office(18, 4)]).offices).toEqual({ '1': office(20, 5) });
    expect(applySnapshot(withEvent, { versions: [{ officeId: '1', version: 21 }], calls: [] }, [office(21, 2)]).offices).toEqual({ '1': office(21, 2) });
    expect(applyOffice(withEvent, office(19, 7))).toBe(withEvent);
  });

  it('sorts calls of several offices by time', () => {
    const board = applyCall(applyCall(emptyBoard, call(3, 1, '2')), call(2, 1, '1'));
    expect(board.calls.map((shown) => shown.id)).toEqual(['3', '2']);
  });

  it('shows a recalled number once, moved to the top', () => {
    const recall = { ...call(7, 13), displayNumber: 'A1', callCount: 2 };
    const board = applyCall(applyCall(applyCall(emptyBoard, call(1, 10)), call(2, 11)), recall);
    expect(board.calls.map((shown) => [shown.id, shown.displayNumber])).toEqual([
      ['7', 'A1'],
      ['2', 'A2'],
    ]);
    // A snapshot with both calls of the number shows it once too.
    const snapshot = applySnapshot(emptyBoard, { versions: [{ officeId: '1', version: 13 }], calls: [{ ...recall, version: 13 }, call(2, 13), call(1, 13)] }, [office(13, 0)]);
    expect(snapshot.calls.map((shown) => shown.id)).toEqual(['7', '2']);
  });

  it('takes off the calls of numbers withdrawn (parked, missed) since, and keeps a call made after', () => {
    const board = applyCall(applyCall(emptyBoard, call(1, 10)), call(2, 11));
    const parked = applyOffice(board, office(12, 1, '1', ['A1']));
    expect(parked.calls.map((shown) => shown.id)).toEqual(['2']);
    const calledAgain = applyCall(parked, { ...call(3, 13), displayNumber: 'A1' });
    expect(calledAgain.calls.map((shown) => shown.displayNumber)).toEqual(['A1', 'A2']);
    // An office state older than a call withdraws nothing of it.
    expect(applyOffice(applyCall(emptyBoard, call(5, 20)), office(19, 0, '1', ['A5'])).calls.map((shown) => shown.id)).toEqual(['5']);
    const snapshot = applySnapshot(emptyBoard, { versions: [{ officeId: '1', version: 14 }], calls: [call(2, 14), call(1, 14)] }, [office(14, 0, '1', ['A2'])]);
    expect(snapshot.calls.map((shown) => shown.id)).toEqual(['1']);
  });

  it(`counts a call as new for ${freshCallMs / 1000} seconds`, () => {
    const calledAt = Date.parse(call(1, 1).calledAt);
    expect(isFresh(call(1, 1), calledAt + 1_000)).toBe(true);
    expect(isFresh(call(1, 1), calledAt + freshCallMs - 1)).toBe(true);
    expect(isFresh(call(1, 1), calledAt + freshCallMs)).toBe(false);
    expect(isFresh(call(1, 1), calledAt + 9 * 60_000)).toBe(false);
  });

  it('fits whole rows only, and at least one', () => {
    expect(rowsThatFit(500, 70)).toBe(7);
    expect(rowsThatFit(40, 70)).toBe(1);
    expect(rowsThatFit(500, 0)).toBe(1);
  });
});
