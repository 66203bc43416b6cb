import { ruleAppliesOn, type CapacityRuleSpec } from './capacity-plan';
import { addDays, formatClockTime, instantAt, localDateOf, type LocalDate } from './local-date';

/** When an office's next appointments become bookable by the public, as its capacity rules set it. */
export interface BookingRelease {
  /** How many days ahead the public booking window reaches. */
  daysAhead: number;
  /** The local time of day, HH:MM, at which each new day enters the window. */
  releaseTime: string;
  /** The next instant at which a new day enters the window. */
  nextReleaseAt: Date;
  /** The day that becomes bookable then. */
  nextReleasedDate: LocalDate;
}

/** Every rule repeats within a year of weeks (capacity-plan's maxRepeatWeeks), so a year and a week find any next release. */
const searchDays = 52 * 7 + 7;

/**
 * The next release of an office's public appointments. A day D enters the window at the daily
 * start of a rule that serves on D, endInDays days before D (as planSlots makes it bookable);
 * the release is the earliest such instant after `now` whose day is open. Null when no rule
 * gives the public a counter on any day ahead, so that there is nothing to wait for.
 */
export function nextBookingRelease(input: { rules: readonly CapacityRuleSpec[]; now: Date; timeZone: string; isClosed: (date: LocalDate) => boolean }): BookingRelease | null {
  const { now, timeZone, isClosed } = input;
  const rules = input.rules.filter((rule) => rule.publicCounters > 0 && rule.internCounters > 0);
  if (rules.length === 0) return null;
  const today = localDateOf(now, timeZone);
  for (let day = today; day <= addDays(today, searchDays); day = addDays(day, 1)) {
    let next: BookingRelease | null = null;
    for (const rule of rules) {
      const released = addDays(day, rule.endInDays);
      if (!ruleAppliesOn(rule, released) || isClosed(released)) continue;
      const at = instantAt(day, rule.startMinute, timeZone);
      if (at <= now || (next !== null && next.nextReleaseAt <= at)) continue;
      next = { daysAhead: rule.endInDays, releaseTime: formatClockTime(rule.startMinute), nextReleaseAt: at, nextReleasedDate: released };
    }
    // Releases of a later day come later still: the first day with one has the next.
    if (next !== null) return next;
  }
  return null;
}
