/** Which availability events make the times of a shown day stale. */

export interface AvailabilityEventLike {
  office: { id: string };
  dates: readonly string[];
  version: number;
}

/**
 * True when the event is newer than the snapshot of its office and concerns the day (an event
 * without dates concerns every day). Older events are already in the snapshot.
 */
export function makesDayStale(event: AvailabilityEventLike, snapshotVersions: ReadonlyMap<string, number>, date: string): boolean {
  const known = snapshotVersions.get(event.office.id);
  if (known !== undefined && event.version <= known) return false;
  return event.dates.length === 0 || event.dates.includes(date);
}

export interface OfficeTimes {
  officeId: string;
  startTimes: readonly string[];
}

/** Times that were shown before and are gone now, per office: to tell the citizen what changed. */
export function vanishedTimes(before: readonly OfficeTimes[], after: readonly OfficeTimes[]): number {
  const now = new Map(after.map((office) => [office.officeId, new Set(office.startTimes)]));
  return before.reduce((count, office) => count + office.startTimes.filter((time) => !now.get(office.officeId)?.has(time)).length, 0);
}

/** Offices in the order of their first free time, each with its times in order: the earliest on top; at the same time, by name (IDs are opaque and tell no order). */
export function inTimeOrder<Office extends OfficeTimes & { name: string }>(offices: readonly Office[]): Office[] {
  return offices
    .map((office) => ({ ...office, startTimes: [...office.startTimes].sort() }))
    .sort((a, b) => (a.startTimes[0] ?? '').localeCompare(b.startTimes[0] ?? '') || a.name.localeCompare(b.name, 'de') || a.officeId.localeCompare(b.officeId));
}
