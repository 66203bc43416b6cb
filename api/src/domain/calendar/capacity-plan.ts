import { addDays, daysBetween, instantAt, isLocalDate, isoWeekday, startOfDay, type LocalDate } from './local-date';

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

/** The fields of a capacity rule as the admin enters them (times as HH:MM). */
export type CapacityRuleField = 'weekdays' | 'startTime' | 'endTime' | 'validFrom' | 'validUntil' | 'repeatEveryWeeks' | 'slotMinutes' | 'publicCounters' | 'internCounters' | 'startInDays' | 'endInDays';

/** One broken rule of a capacity rule: the field it concerns, a sentence, and the range allowed where there is one. */
export interface CapacityRuleProblem {
  field: CapacityRuleField;
  message: string;
  min?: number;
  max?: number;
}

/** Most counters one rule may add in parallel, and most weeks between its repeats. */
export const maxCounters = 1000;
export const maxRepeatWeeks = 52;
export const maxWindowDays = 365;

/** Problems of a rule, for the office admin, each naming its field; empty when the rule is valid. */
export function validateCapacityRule(rule: CapacityRuleSpec): CapacityRuleProblem[] {
  const problems: CapacityRuleProblem[] = [];
  const range = (field: CapacityRuleField, value: number, min: number, max: number, message: string) => {
    if (!isWholeIn(value, min, max)) problems.push({ field, message, min, max });
  };
  if (rule.weekdays.length === 0) problems.push({ field: 'weekdays', message: 'at least one weekday is needed' });
  if (rule.weekdays.some((day) => !isWholeIn(day, 1, 7))) {
    problems.push({ field: 'weekdays', message: 'weekdays must be 1 (Monday) to 7 (Sunday)', min: 1, max: 7 });
  }
  if (!isWholeIn(rule.startMinute, 0, 1439)) problems.push({ field: 'startTime', message: 'start time must be a minute of the day' });
  if (!isWholeIn(rule.endMinute, 1, 1440)) problems.push({ field: 'endTime', message: 'end time must be a minute of the day, at most 24:00' });
  if (rule.startMinute >= rule.endMinute) problems.push({ field: 'endTime', message: 'start time must be before end time' });
  if (!isWholeIn(rule.slotMinutes, 5, 120)) {
    problems.push({ field: 'slotMinutes', message: 'slot length must be 5 to 120 minutes', min: 5, max: 120 });
  } else if ((rule.endMinute - rule.startMinute) % rule.slotMinutes !== 0) {
    problems.push({ field: 'slotMinutes', message: 'slot length must divide the daily time range' });
  }
  range('publicCounters', rule.publicCounters, 0, maxCounters, `public counters must be a whole number from 0 to ${maxCounters}`);
  range('internCounters', rule.internCounters, 0, maxCounters, `intern counters must be a whole number from 0 to ${maxCounters}`);
  if (isWholeIn(rule.internCounters, 0, maxCounters) && rule.internCounters < rule.publicCounters) {
    problems.push({ field: 'internCounters', message: 'intern counters must be at least the public counters', min: Math.max(0, rule.publicCounters), max: maxCounters });
  }
  range('repeatEveryWeeks', rule.repeatEveryWeeks, 1, maxRepeatWeeks, `repeat every must be a whole number of weeks from 1 to ${maxRepeatWeeks}`);
  range('startInDays', rule.startInDays, 0, maxWindowDays, `lead time must be a whole number of days from 0 to ${maxWindowDays}`);
  if (!isWholeIn(rule.endInDays, 0, maxWindowDays)) {
    problems.push({ field: 'endInDays', message: `booking window must end within 0 to ${maxWindowDays} days`, min: 0, max: maxWindowDays });
  } else if (rule.endInDays < rule.startInDays) {
    problems.push({ field: 'endInDays', message: 'booking window must not end before the lead time', min: Math.max(0, rule.startInDays), max: maxWindowDays });
  }
  if (!isLocalDate(rule.validFrom)) problems.push({ field: 'validFrom', message: 'validity dates must be real dates as YYYY-MM-DD' });
  if (rule.validUntil !== null && !isLocalDate(rule.validUntil)) problems.push({ field: 'validUntil', message: 'validity dates must be real dates as YYYY-MM-DD' });
  else if (rule.validUntil !== null && isLocalDate(rule.validFrom) && rule.validUntil < rule.validFrom) {
    problems.push({ field: 'validUntil', message: 'valid until must not be before valid from' });
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
export function planSlots(input: { timeZone: string; rules: CapacityRuleSpec[]; from: LocalDate; to: LocalDate; isClosed: (date: LocalDate) => boolean }): PlannedSlot[] {
  const { timeZone, rules, from, to, isClosed } = input;
  if (!isLocalDate(from) || !isLocalDate(to)) throw new RangeError(`not a date range: ${from}..${to}`);
  for (const rule of rules) {
    const problems = validateCapacityRule(rule);
    if (problems.length > 0) throw new RangeError(`capacity rule ${rule.id}: ${problems.map((problem) => problem.message).join('; ')}`);
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
  return [...slots.values()].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}
