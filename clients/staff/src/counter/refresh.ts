/** Estimates move each minute: a counter asks for its queue again at least this often. */
export const refreshAtLatestMs = 60_000;
/** Asked right at a change, the server may still answer a moment before it: ask a little after. */
const afterChangeMs = 1_000;

/**
 * How long after a snapshot arrived to ask for the next one when no event comes: just after the
 * moment its order changes by itself (an appointment becomes due, a recall skip ends), and after
 * a minute at the latest, since estimates move with the clock. Both instants are the server's, so
 * only their difference counts and a browser clock that is off does not matter.
 */
export function refreshDelayMs(snapshot: { computedAt: string; nextChangeAt?: string | null }): number {
  if (!snapshot.nextChangeAt) return refreshAtLatestMs;
  const untilChange = Date.parse(snapshot.nextChangeAt) - Date.parse(snapshot.computedAt);
  if (!Number.isFinite(untilChange)) return refreshAtLatestMs;
  return Math.min(refreshAtLatestMs, Math.max(0, untilChange) + afterChangeMs);
}

/** The place of each waiting entry at the caller's counter: its index in the counter's calling order, from 1. */
export function placesAtCounter(callingOrder: readonly string[]): Map<string, number> {
  return new Map(callingOrder.map((entryId, index) => [entryId, index + 1]));
}
