/**
 * Matching in draw order (random serial dictatorship): each entry in turn takes the earliest free
 * start that fits what it accepts. An entry's outcome depends only on the entries before it, so
 * stating one's true preferences is the best strategy: narrowing them never gains a better slot.
 */

/** A time-of-day window in the office's time zone, "HH:MM", from inclusive, to exclusive. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** What a registration accepts: offices, local dates (inclusive, ISO) and times of day. */
export interface DrawPreference {
  officeIds: number[];
  dateFrom: string;
  dateTo: string;
  /** Empty: any time of day. */
  windows: TimeWindow[];
}

/** A start that could be offered, with its local date and time at its office. */
export interface CandidateStart {
  officeId: number;
  start: Date;
  localDate: string;
  /** "HH:MM" */
  localTime: string;
}

export function fitsPreference(preference: DrawPreference, candidate: CandidateStart): boolean {
  if (!preference.officeIds.includes(candidate.officeId)) return false;
  // ISO dates and zero-padded times compare as strings in the order they denote.
  if (candidate.localDate < preference.dateFrom || candidate.localDate > preference.dateTo) return false;
  if (preference.windows.length === 0) return true;
  return preference.windows.some((window) => window.from <= candidate.localTime && candidate.localTime < window.to);
}

/** Before `b`: an earlier start, or at the same instant an office the citizen listed earlier. */
function preferred(preference: DrawPreference, a: CandidateStart, b: CandidateStart): boolean {
  const difference = a.start.getTime() - b.start.getTime();
  if (difference !== 0) return difference < 0;
  return preference.officeIds.indexOf(a.officeId) < preference.officeIds.indexOf(b.officeId);
}

/** The earliest fitting start; of equal starts the one at the office listed first. */
export function earliestFitting<C extends CandidateStart>(preference: DrawPreference, candidates: readonly C[]): C | null {
  let best: C | null = null;
  for (const candidate of candidates) {
    if (fitsPreference(preference, candidate) && (best === null || preferred(preference, candidate, best))) best = candidate;
  }
  return best;
}

/**
 * The whole matching over unit slots (`capacity` entries can start at each), in order: what the
 * draw job does chain by chain against the slot ledger, for the simulation and for tests. An entry
 * without a fitting free slot is absent from the result.
 */
export function matchInOrder<T>(ordered: readonly { id: T; preference: DrawPreference }[], slots: readonly (CandidateStart & { capacity: number })[]): Map<T, CandidateStart> {
  const free = slots.filter((slot) => slot.capacity > 0).map((slot) => ({ ...slot, left: slot.capacity }));
  const matched = new Map<T, CandidateStart>();
  for (const entry of ordered) {
    if (free.length === 0) break;
    const taken = earliestFitting(entry.preference, free);
    if (taken === null) continue;
    const { officeId, start, localDate, localTime } = taken;
    matched.set(entry.id, { officeId, start, localDate, localTime });
    if (--taken.left === 0) free.splice(free.indexOf(taken), 1);
  }
  return matched;
}
