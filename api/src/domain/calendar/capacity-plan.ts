import {
  addDays,
  daysBetween,
  instantAt,
  isLocalDate,
  isoWeekday,
  startOfDay,
  type LocalDate,
} from './local-date';

/** One capacity rule of an office (ZMS availability). */
export interface CapacityRuleSpec {
  id: string;
  weekdays: number[]; // ISO 1 = Monday … 7 = Sunday
  startMinute: number; // daily range, local minutes of day
  endMinute: number; // exclusive; ≤ 1440
  validFrom: LocalDate;
  validUntil: LocalDate | null; // inclusive; null = open-ended
  repeatEveryWeeks: number; // 1 = every week; N = every Nth week counted from the ISO week of validFrom
  slotMinutes: number;
  publicCounters: number; // counters serving in parallel for the public contingent
  internCounters: number; // ≥ publicCounters
  startInDays: number; // lead time: slots of days closer than this are intern-only
  endInDays: number; // booking window end
}

export interface PlannedSlot {
  start: Date;
  end: Date;
  localDate: LocalDate;
  publicCapacity: number;
  internCapacity: number;
  /** The day enters the booking window at the rule's daily start, not at midnight: bots wait for midnight. */
  bookableFrom: Date;
  /** From this instant on the slot is intern-only (lead time). */
  publicUntil: Date;
}

const MS_PER_MINUTE = 60_000;

function isWholeIn(value: number, min: number, max = Number.MAX_SAFE_INTEGER): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Human-readable problems of a rule, for the office admin; empty when the rule is valid. */
export function validateCapacityRule(rule: CapacityRuleSpec): string[] {
  const problems: string[] = [];
  if (rule.weekdays.length === 0) problems.push('at least one weekday is needed');
  if (rule.weekdays.some((day) => !isWholeIn(day, 1, 7))) {
    problems.push('weekdays must be 1 (Monday) to 7 (Sunday)');
  }
  if (!isWholeIn(rule.startMinute, 0, 1439)) problems.push('start time must be a minute of the day');
  if (!isWholeIn(rule.endMinute, 1, 1440)) problems.push('end time must be a minute of the day, at most 24:00');
  if (rule.startMinute >= rule.endMinute) problems.push('start time must be before end time');
  if (!isWholeIn(rule.slotMinutes, 5, 120)) {
    problems.push('slot length must be 5 to 120 minutes');
  } else if ((rule.endMinute - rule.startMinute) % rule.slotMinutes !== 0) {
    problems.push('slot length must divide the daily time range');
  }
  if (!isWholeIn(rule.publicCounters, 0)) problems.push('public counters must be a whole number, 0 or more');
  if (!isWholeIn(rule.internCounters, 0)) problems.push('intern counters must be a whole number, 0 or more');
  if (rule.internCounters < rule.publicCounters) {
    problems.push('intern counters must be at least the public counters');
  }
  if (!isWholeIn(rule.repeatEveryWeeks, 1)) problems.push('repeat every must be a whole number of weeks, 1 or more');
  if (!isWholeIn(rule.startInDays, 0)) problems.push('lead time must be a whole number of days, 0 or more');
  if (!isWholeIn(rule.endInDays, 0, 365)) {
    problems.push('booking window must end within 0 to 365 days');
  } else if (rule.endInDays < rule.startInDays) {
    problems.push('booking window must not end before the lead time');
  }
  const datesValid = isLocalDate(rule.validFrom) && (rule.validUntil === null || isLocalDate(rule.validUntil));
  if (!datesValid) {
    problems.push('validity dates must be real dates as YYYY-MM-DD');
  } else if (rule.validUntil !== null && rule.validUntil < rule.validFrom) {
    problems.push('valid until must not be before valid from');
  }
  return problems;
}

export function ruleAppliesOn(rule: CapacityRuleSpec, date: LocalDate): boolean {
  if (date < rule.validFrom || (rule.validUntil !== null && date > rule.validUntil)) return false;
  const weekday = isoWeekday(date);
  if (!rule.weekdays.includes(weekday)) return false;
  const firstMonday = addDays(rule.validFrom, 1 - isoWeekday(rule.validFrom));
  const weeks = daysBetween(firstMonday, addDays(date, 1 - weekday)) / 7;
  return weeks % rule.repeatEveryWeeks === 0;
}

/**
 * The slots of one office for the days `from`..`to` (inclusive) that are not closed. Slots step
 * in real time, so a rule across a daylight-saving switch yields the hours that really pass.
 * Slots of overlapping rules with the same start and end add their counters (ZMS semantics);
 * the merged slot keeps the widest public window of its rules. Throws on an invalid rule.
 */
export function planSlots(input: {
  timeZone: string;
  rules: CapacityRuleSpec[];
  from: LocalDate;
  to: LocalDate;
  isClosed: (date: LocalDate) => boolean;
}): PlannedSlot[] {
  const { timeZone, rules, from, to, isClosed } = input;
  if (!isLocalDate(from) || !isLocalDate(to)) throw new RangeError(`not a date range: ${from}..${to}`);
  for (const rule of rules) {
    const problems = validateCapacityRule(rule);
    if (problems.length > 0) throw new RangeError(`capacity rule ${rule.id}: ${problems.join('; ')}`);
  }
  const staffed = rules.filter((rule) => rule.internCounters > 0);
  const slots = new Map<string, PlannedSlot>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (isClosed(day)) continue;
    for (const rule of staffed) {
      if (!ruleAppliesOn(rule, day)) continue;
      const bookableFrom = instantAt(addDays(day, -rule.endInDays), rule.startMinute, timeZone);
      const publicUntil = startOfDay(addDays(day, 1 - rule.startInDays), timeZone);
      const step = rule.slotMinutes * MS_PER_MINUTE;
      const limit = instantAt(day, rule.endMinute, timeZone).getTime();
      for (let start = instantAt(day, rule.startMinute, timeZone).getTime(); start + step <= limit; start += step) {
        const key = `${start}/${start + step}`;
        const merged = slots.get(key);
        if (!merged) {
          slots.set(key, {
            start: new Date(start),
            end: new Date(start + step),
            localDate: day,
            publicCapacity: rule.publicCounters,
            internCapacity: rule.internCounters,
            bookableFrom,
            publicUntil,
          });
          continue;
        }
        merged.publicCapacity += rule.publicCounters;
        merged.internCapacity += rule.internCounters;
        if (bookableFrom < merged.bookableFrom) merged.bookableFrom = bookableFrom;
        if (publicUntil > merged.publicUntil) merged.publicUntil = publicUntil;
      }
    }
  }
  return [...slots.values()].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime(),
  );
}
