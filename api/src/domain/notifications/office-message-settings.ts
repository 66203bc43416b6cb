import { linkAllowed } from './templates';

/** Reminders an office may plan per appointment, and how far ahead (as REMINDER_OFFSETS_MINUTES allows). */
export const reminderLimits = { count: 5, minMinutes: 1, maxMinutes: 30 * 1440 };

/** What an office sets about its messages; null leaves the installation's default or the feature off. */
export interface OfficeMessageSettingsInput {
  reminderOffsetsMinutes: readonly number[] | null;
  copyEmail: string | null;
  surveyUrl: string | null;
}

export interface SettingProblem {
  field: 'reminderOffsetsMinutes' | 'copyEmail' | 'surveyUrl';
  message: string;
  min?: number;
  max?: number;
  /** Set when the survey's host is not an allowed one. */
  foreignHost?: string;
}

const emailPattern = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;

/** Everything wrong with an office's message settings, by field. */
export function officeMessageSettingsProblems(settings: OfficeMessageSettingsInput, allowedHosts: readonly string[]): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const offsets = settings.reminderOffsetsMinutes;
  if (offsets !== null) {
    if (offsets.length > reminderLimits.count) problems.push({ field: 'reminderOffsetsMinutes', message: `At most ${reminderLimits.count} reminders per appointment.`, max: reminderLimits.count });
    if (offsets.some((minutes) => !Number.isInteger(minutes) || minutes < reminderLimits.minMinutes || minutes > reminderLimits.maxMinutes)) {
      problems.push({ field: 'reminderOffsetsMinutes', message: `A reminder goes out 1 minute to 30 days (${reminderLimits.maxMinutes} minutes) before the appointment.`, min: reminderLimits.minMinutes, max: reminderLimits.maxMinutes });
    }
    if (new Set(offsets).size !== offsets.length) problems.push({ field: 'reminderOffsetsMinutes', message: 'Each reminder time once.' });
  }
  if (settings.copyEmail !== null && (settings.copyEmail.length > 254 || !emailPattern.test(settings.copyEmail))) problems.push({ field: 'copyEmail', message: 'The copy goes to one email address, e.g. buergeramt@berlin.example.' });
  if (settings.surveyUrl !== null) {
    let https = false;
    try {
      https = ['https:', 'http:'].includes(new URL(settings.surveyUrl).protocol);
    } catch {
      https = false;
    }
    if (!https || settings.surveyUrl.length > 2000) problems.push({ field: 'surveyUrl', message: 'The survey is a web address (https://…), up to 2000 characters.' });
    else if (!linkAllowed(settings.surveyUrl, allowedHosts)) {
      const foreignHost = new URL(settings.surveyUrl).hostname;
      problems.push({ field: 'surveyUrl', message: `The survey's host ${foreignHost} is not among the hosts messages may link to (${allowedHosts.join(', ')}).`, foreignHost });
    }
  }
  return problems;
}
