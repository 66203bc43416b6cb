import { describe, expect, it } from 'vitest';
import { type DrawForRegistration, type RegistrationInput, maxTimeWindows, normaliseEmail, normalisePhone, registrationProblems, registrationWindowOpen } from './registration-rules';

const draw: DrawForRegistration = {
  officeIds: [1, 2, 3],
  slotsFrom: '2027-01-04',
  slotsTo: '2027-01-15',
  registrationOpensAt: new Date('2026-12-28T08:00:00Z'),
  registrationClosesAt: new Date('2026-12-31T08:00:00Z'),
};
const now = new Date('2026-12-29T12:00:00Z');
const valid: RegistrationInput = { officeIds: [2, 1], dateFrom: '2027-01-04', dateTo: '2027-01-15', timeWindows: [{ from: '08:00', to: '12:00' }], persons: 2 };

describe('registration rules', () => {
  it('spells one mailbox and one phone number one way', () => {
    expect(normaliseEmail('  Anna.M+draw@Example.ORG ')).toBe('anna.m@example.org');
    expect(normaliseEmail('anna.m@example.org')).toBe('anna.m@example.org');
    expect(normalisePhone('030 / 123 45-67')).toBe('+49301234567');
    expect(normalisePhone('+49 (0)30 1234567')).toBe('+49301234567');
    expect(normalisePhone('01 23', '49')).toBeNull();
    expect(normalisePhone(null)).toBeNull();
  });

  it('is open from the window opening up to, not including, its close', () => {
    expect(registrationWindowOpen(draw, draw.registrationOpensAt)).toBe(true);
    expect(registrationWindowOpen(draw, new Date(draw.registrationOpensAt.getTime() - 1))).toBe(false);
    expect(registrationWindowOpen(draw, draw.registrationClosesAt)).toBe(false);
  });

  it('accepts a registration inside the draw', () => {
    expect(registrationProblems(valid, draw, 3, now)).toEqual([]);
    expect(registrationProblems({ ...valid, timeWindows: [] }, draw, 3, now)).toEqual([]);
  });

  it.each<[string, Partial<RegistrationInput>, number, string]>([
    ['no office', { officeIds: [] }, 3, 'Choose at least one office.'],
    ['an office outside the draw', { officeIds: [1, 9] }, 3, 'An office chosen does not take part in this draw.'],
    ['an office twice', { officeIds: [1, 1] }, 3, 'An office is chosen twice.'],
    ['a malformed date', { dateFrom: '4.1.2027' }, 3, 'Dates are written YYYY-MM-DD.'],
    ['dates the wrong way round', { dateFrom: '2027-01-10', dateTo: '2027-01-05' }, 3, 'The first date comes after the last.'],
    ['a date before the draw', { dateFrom: '2027-01-03' }, 3, 'The dates must lie between 2027-01-04 and 2027-01-15.'],
    ['a date after the draw', { dateTo: '2027-01-16' }, 3, 'The dates must lie between 2027-01-04 and 2027-01-15.'],
    ['too many windows', { timeWindows: Array.from({ length: maxTimeWindows + 1 }, () => ({ from: '08:00', to: '09:00' })) }, 3, `At most ${maxTimeWindows} time windows.`],
    ['a malformed time', { timeWindows: [{ from: '8:00', to: '12:00' }] }, 3, 'Times are written HH:MM.'],
    ['an impossible time', { timeWindows: [{ from: '08:00', to: '24:00' }] }, 3, 'Times are written HH:MM.'],
    ['an empty window', { timeWindows: [{ from: '12:00', to: '12:00' }] }, 3, 'A time window ends before it starts.'],
    ['no persons', { persons: 0 }, 3, 'Between 1 and 3 persons.'],
    ['too many persons', { persons: 4 }, 3, 'Between 1 and 3 persons.'],
    ['a fraction of a person', { persons: 1.5 }, 3, 'Between 1 and 3 persons.'],
    ['two where one is allowed', { persons: 2 }, 1, 'This office books for one person only.'],
  ])('refuses %s', (_, change, maxPersons, problem) => {
    expect(registrationProblems({ ...valid, ...change }, draw, maxPersons, now)).toEqual([problem]);
  });

  it('refuses registering outside the window', () => {
    expect(registrationProblems(valid, draw, 3, draw.registrationClosesAt)).toEqual(['Registration for this draw is not open.']);
  });
});
