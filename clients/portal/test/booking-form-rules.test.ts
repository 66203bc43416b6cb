import { describe, expect, it } from 'vitest';
import { answersInput, serverProblems, validateAnswers, type OfficeForm } from '../src/flow/booking-form';

const form: OfficeForm = {
  remarks: 'optional',
  remarksMaxLength: 10,
  fields: [
    { key: 'reason', kind: 'text', required: true, maxLength: 5, label: 'Anliegen', options: [] },
    { key: 'persons', kind: 'choice', required: false, maxLength: null, label: 'Personen', options: [{ value: '2', label: 'zwei' }] },
    { key: 'consent', kind: 'checkbox', required: true, maxLength: null, label: 'Einwilligung', options: [] },
  ],
};

describe('the booking form in the portal', () => {
  it('finds what the API would refuse before sending', () => {
    expect(validateAnswers(form, {})).toEqual({ reason: 'required', consent: 'required' });
    expect(validateAnswers(form, { reason: '  ', consent: false })).toEqual({ reason: 'required', consent: 'required' });
    expect(validateAnswers(form, { reason: 'Umzüge', consent: true, remarks: 'viel zu lang' })).toEqual({ reason: 'tooLong', remarks: 'tooLong' });
    expect(validateAnswers(form, { reason: 'Umzug', consent: true })).toEqual({});
    expect(validateAnswers({ ...form, fields: [], remarks: 'required' }, { remarks: ' ' })).toEqual({ remarks: 'required' });
  });

  it('sends the answers by key, checkboxes as "true"/"false", empty ones left out', () => {
    expect(answersInput(form, { reason: ' Umzug ', persons: '', consent: true, remarks: '  ' })).toEqual({
      fields: [
        { key: 'reason', value: 'Umzug' },
        { key: 'consent', value: 'true' },
      ],
      remarks: null,
    });
    expect(answersInput({ ...form, remarks: 'off' }, { remarks: 'Hallo' }).remarks).toBeNull();
  });

  it('shows the server’s refusals at their fields', () => {
    expect(
      serverProblems([
        { key: 'reason', reason: 'TOO_LONG' },
        { key: 'persons', reason: 'NOT_AN_OPTION' },
        { key: 'consent', reason: 'REQUIRED' },
      ]),
    ).toEqual({ reason: 'tooLong', persons: 'notAnOption', consent: 'required' });
  });
});
