import type { DisplayedCallFragment, DisplayedOfficeFragment } from './gql/graphql';

/** recentCalls answers at most 20: more than any screen shows, and the bound of what a display keeps. */
export const callsKept = 20;
/** A call counts as new, highlighted and announced, for this long after it was made. */
export const freshCallMs = 30_000;

/** What the display shows: the latest call of each number, newest first, and the offices' figures. */
export interface CallBoard {
  calls: DisplayedCallFragment[];
  /** Per office, the version the calls reflect: events at or below it are already in. */
  callVersions: Record<string, number>;
  offices: Record<string, DisplayedOfficeFragment>;
}

export const emptyBoard: CallBoard = { calls: [], callVersions: {}, offices: {} };

/**
 * Negative when `a` was called after `b`. Calls of the same instant at one office follow the
 * version an event carries; otherwise they keep the order they came in (the sort is stable, and a
 * snapshot comes newest first): IDs are opaque and tell no order.
 */
export function newestFirst(a: DisplayedCallFragment, b: DisplayedCallFragment): number {
  return b.calledAt.localeCompare(a.calledAt) || (a.office.id === b.office.id ? b.version - a.version : 0);
}

/** Whether a call is recent enough to be highlighted as new, by the clock at `now`. */
export function isFresh(call: Pick<DisplayedCallFragment, 'calledAt'>, now: number): boolean {
  const age = now - Date.parse(call.calledAt);
  return age < freshCallMs && age > -freshCallMs;
}

/**
 * One row per number, its latest call: a recall moves the number to the top. Numbers are unique
 * on a display (offices sharing one carry prefixes), and a number handed on to another office of
 * the group is the same person.
 */
function keep(calls: DisplayedCallFragment[]): DisplayedCallFragment[] {
  const seen = new Set<string>();
  return [...calls]
    .sort(newestFirst)
    .filter((call) => !seen.has(call.displayNumber) && seen.add(call.displayNumber))
    .slice(0, callsKept);
}

/** Takes off the calls of numbers their office has withdrawn (parked, missed, requeued) since the call. */
function withoutWithdrawn(calls: DisplayedCallFragment[], offices: Record<string, DisplayedOfficeFragment>): DisplayedCallFragment[] {
  const kept = calls.filter((call) => {
    const office = offices[call.office.id];
    return !office || call.version > office.version || !office.withdrawnNumbers.includes(call.displayNumber);
  });
  return kept.length === calls.length ? calls : kept;
}

/** A call event; ignored when the board already reflects its office's version. */
export function applyCall(board: CallBoard, call: DisplayedCallFragment): CallBoard {
  if (call.version <= (board.callVersions[call.office.id] ?? -1)) return board;
  return { ...board, calls: keep([call, ...board.calls]), callVersions: { ...board.callVersions, [call.office.id]: call.version } };
}

/** A new state of an office; ignored when older than the one shown. */
export function applyOffice(board: CallBoard, office: DisplayedOfficeFragment): CallBoard {
  if (office.version <= (board.offices[office.office.id]?.version ?? -1)) return board;
  const offices = { ...board.offices, [office.office.id]: office };
  return { ...board, calls: withoutWithdrawn(board.calls, offices), offices };
}

/**
 * A snapshot (at start and after every reconnect) replaces what it covers; calls that arrived
 * by event after the snapshot was taken (a newer version of their office) stay.
 */
export function applySnapshot(board: CallBoard, snapshot: { versions: { officeId: string; version: number }[]; calls: DisplayedCallFragment[] }, offices: DisplayedOfficeFragment[]): CallBoard {
  const snapshotVersions = Object.fromEntries(snapshot.versions.map((entry) => [entry.officeId, entry.version]));
  const later = board.calls.filter((call) => call.version > (snapshotVersions[call.office.id] ?? Infinity));
  const callVersions = { ...snapshotVersions };
  for (const call of later) callVersions[call.office.id] = Math.max(callVersions[call.office.id], call.version);
  const withOffices = offices.reduce(applyOffice, { ...board, offices: Object.fromEntries(Object.entries(board.offices).filter(([id]) => id in snapshotVersions)) });
  return { calls: withoutWithdrawn(keep([...later, ...snapshot.calls]), withOffices.offices), callVersions, offices: withOffices.offices };
}

/** How many rows of `rowHeight` fit into `height`, at least one. */
export function rowsThatFit(height: number, rowHeight: number): number {
  return rowHeight > 0 ? Math.max(1, Math.floor(height / rowHeight)) : 1;
}
