import { describe, expect, it } from 'vitest';
import { officeMessageSettingsProblems } from './office-message-settings';

const hosts = ['termine.berlin.example', 'umfrage.berlin.de'];
const none = { reminderOffsetsMinutes: null, copyEmail: null, surveyUrl: null };

describe('office message settings', () => {
  it('take nothing set, and good values', () => {
    expect(officeMessageSettingsProblems(none, hosts)).toEqual([]);
    expect(officeMessageSettingsProblems({ reminderOffsetsMinutes: [2880, 60], copyEmail: 'amt@berlin.example', surveyUrl: 'https://umfrage.berlin.de/zms?x=1' }, hosts)).toEqual([]);
  });

  it.each([
    [{ reminderOffsetsMinutes: [0] }, 'reminderOffsetsMinutes'],
    [{ reminderOffsetsMinutes: [60, 60] }, 'reminderOffsetsMinutes'],
    [{ reminderOffsetsMinutes: [1, 2, 3, 4, 5, 6] }, 'reminderOffsetsMinutes'],
    [{ reminderOffsetsMinutes: [30 * 1440 + 1] }, 'reminderOffsetsMinutes'],
    [{ copyEmail: 'not an address' }, 'copyEmail'],
    [{ surveyUrl: 'javascript:alert(1)' }, 'surveyUrl'],
    [{ surveyUrl: 'https://survey.evil.example/' }, 'surveyUrl'],
  ])('refuse %j', (change, field) => {
    expect(officeMessageSettingsProblems({ ...none, ...change }, hosts).map((problem) => problem.field)).toEqual([field]);
  });
});
