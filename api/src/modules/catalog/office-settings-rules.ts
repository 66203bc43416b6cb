import { isHolidayRegion } from '../../domain/calendar/holidays';
import type { FieldProblemSpec } from '../../platform/graphql/errors';

interface SettingRange {
  min: number;
  max: number;
  /** What the number counts, for the sentence of a problem; empty for a plain number. */
  unit: string;
}

/**
 * The allowed range of each whole-number office setting: updateOfficeSettings checks these (and
 * the schema describes them from here), so that a value out of range is answered with the field
 * and its range rather than a bare BAD_USER_INPUT.
 */
export const settingRanges = {
  reservationMinutes: { min: 1, max: 240, unit: 'minutes' },
  releaseDelayMinutes: { min: 0, max: 1440, unit: 'minutes' },
  maxServicesPerAppointment: { min: 1, max: 10, unit: 'services' },
  contactRetentionDays: { min: 1, max: 3650, unit: 'days' },
  noShowLimit: { min: 0, max: 20, unit: 'open bookings' },
  ticketFirstNumber: { min: 1, max: 99_999, unit: '' },
  ticketLastNumber: { min: 1, max: 99_999, unit: '' },
  ticketDailyContingent: { min: 0, max: 99_999, unit: 'tickets' },
  checkInEarlyMinutes: { min: 0, max: 240, unit: 'minutes' },
  checkInLateMinutes: { min: 0, max: 240, unit: 'minutes' },
  maxCalls: { min: 1, max: 10, unit: 'calls' },
  waitAlertMinutes: { min: 0, max: 600, unit: 'minutes' },
  maxPersonsPerService: { min: 1, max: 10, unit: 'persons' },
  headsUpWhenAhead: { min: 0, max: 50, unit: 'waiting ahead' },
  headsUpWhenMinutes: { min: 0, max: 240, unit: 'minutes' },
} as const satisfies Record<string, SettingRange>;

export type RangedSetting = keyof typeof settingRanges;

/** "1..240", as the schema's descriptions give a range. */
export function rangeText(name: RangedSetting): string {
  return `${settingRanges[name].min}..${settingRanges[name].max}`;
}

function outOfRange(field: string, value: number, { min, max, unit }: SettingRange): FieldProblemSpec | null {
  if (Number.isInteger(value) && value >= min && value <= max) return null;
  return { field, message: `${field} must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}, not ${value}.`, min, max };
}

/**
 * The problems of a change to an office's settings, each naming its field and what it allows:
 * `changes` are the settings given, `merged` all settings as they would be after the change.
 */
export function settingProblems(changes: Partial<Record<RangedSetting, number | null>> & { holidayRegion?: string | null }, merged: Record<RangedSetting, number>): FieldProblemSpec[] {
  const problems: FieldProblemSpec[] = [];
  for (const name of Object.keys(settingRanges) as RangedSetting[]) {
    const value = changes[name];
    if (value === null || value === undefined) continue;
    const problem = outOfRange(name, value, settingRanges[name]);
    if (problem) problems.push(problem);
  }
  const { holidayRegion } = changes;
  if (holidayRegion !== null && holidayRegion !== undefined && !isHolidayRegion(holidayRegion)) {
    problems.push({ field: 'holidayRegion', message: `holidayRegion must be a holiday region such as DE-BE (Berlin), DE-BY (Bavaria) or DE-BY-A (Augsburg), not ${JSON.stringify(holidayRegion)}.` });
  }
  const { ticketFirstNumber: first, ticketLastNumber: last } = merged;
  if (problems.length === 0 && first > last) {
    // Named on the end the change moved, with the range the other end leaves it.
    problems.push(
      changes.ticketFirstNumber !== undefined && changes.ticketFirstNumber !== null
        ? { field: 'ticketFirstNumber', message: `ticketFirstNumber must not be above ticketLastNumber (${last}).`, min: settingRanges.ticketFirstNumber.min, max: last }
        : { field: 'ticketLastNumber', message: `ticketLastNumber must not be below ticketFirstNumber (${first}).`, min: first, max: settingRanges.ticketLastNumber.max },
    );
  }
  return problems;
}
