import { describe, expect, it } from 'vitest';
import { Channel } from './appointment-lifecycle';
import { BookingFieldKind, BookingFieldProblemReason, checkBookingDetails, formProblems, labelIn, RemarksMode, type BookingFieldDraft, type BookingFormDefinition, type GivenFieldValue } from './custom-fields';

const labels = { de: 'Anliegen', en: 'Concern' };
const form: BookingFormDefinition = {
  fields: [
    { id: 1, key: 'reason', kind: BookingFieldKind.text, required: true, labels, options: [], maxLength: 10 },
    {
      id: 2,
      key: 'persons',
      kind: BookingFieldKind.choice,
      required: false,
      labels,
      options: [
        { value: '1', labels: { de: 'eine', en: 'one' } },
        { value: '2', labels: { de: 'zwei', en: 'two' } },
      ],
      maxLength: null,
    },
    { id: 3, key: 'consent', kind: BookingFieldKind.checkbox, required: true, labels, options: [], maxLength: null },
    { id: 4, key: 'wheelchair', kind: BookingFieldKind.checkbox, required: false, labels, options: [], maxLength: null },
  ],
  remarks: RemarksMode.optional,
  remarksMaxLength: 5,
};
const filled: GivenFieldValue[] = [
  { key: 'reason', value: 'Umzug' },
  { key: 'consent', value: 'true' },
];

const reasons = (fields: GivenFieldValue[], remarks: string | null = null, on = form) => checkBookingDetails(on, { fields, remarks }, Channel.PORTAL).problems.map((problem) => [problem.key, problem.reason]);

describe('checkBookingDetails', () => {
  it('keeps the answers by field id, trimmed, in the order of the form; unticked boxes are not kept', () => {
    expect(
      checkBookingDetails(
        form,
        {
          fields: [
            { key: 'wheelchair', value: 'false' },
            { key: 'persons', value: '2' },
            { key: 'consent', value: 'true' },
            { key: 'reason', value: '  Umzug ' },
          ],
          remarks: ' Hund ',
        },
        Channel.HOTLINE,
      ),
    ).toEqual({
      values: [
        { fieldId: 1, value: 'Umzug' },
        { fieldId: 2, value: '2' },
        { fieldId: 3, value: 'true' },
      ],
      remarks: 'Hund',
      problems: [],
    });
  });

  it.each<[string, GivenFieldValue[], string | null, [string, BookingFieldProblemReason][]]>([
    ['a required text missing', [{ key: 'consent', value: 'true' }], null, [['reason', BookingFieldProblemReason.REQUIRED]]],
    [
      'a required text of spaces',
      [
        { key: 'reason', value: '   ' },
        { key: 'consent', value: 'true' },
      ],
      null,
      [['reason', BookingFieldProblemReason.REQUIRED]],
    ],
    [
      'a required box not ticked',
      [
        { key: 'reason', value: 'Umzug' },
        { key: 'consent', value: 'false' },
      ],
      null,
      [['consent', BookingFieldProblemReason.REQUIRED]],
    ],
    ['an unknown field', [...filled, { key: 'shoeSize', value: '44' }], null, [['shoeSize', BookingFieldProblemReason.UNKNOWN_FIELD]]],
    ['a field twice', [...filled, { key: 'reason', value: 'Heirat' }], null, [['reason', BookingFieldProblemReason.DUPLICATE]]],
    ['a text too long', [{ key: 'reason', value: 'Eheschließung' }, filled[1]], null, [['reason', BookingFieldProblemReason.TOO_LONG]]],
    ['a choice not among the options', [...filled, { key: 'persons', value: '3' }], null, [['persons', BookingFieldProblemReason.NOT_AN_OPTION]]],
    ['a checkbox that is no boolean', [filled[0], { key: 'consent', value: 'yes' }], null, [['consent', BookingFieldProblemReason.NOT_A_BOOLEAN]]],
    ['remarks too long', filled, 'zu lang', [['remarks', BookingFieldProblemReason.TOO_LONG]]],
    [
      'nothing at all',
      [],
      null,
      [
        ['reason', BookingFieldProblemReason.REQUIRED],
        ['consent', BookingFieldProblemReason.REQUIRED],
      ],
    ],
  ])('refuses %s', (_, fields, remarks, expected) => {
    expect(reasons(fields, remarks)).toEqual(expected);
  });

  it('counts characters as people do: an umlaut is one', () => {
    expect(reasons([{ key: 'reason', value: 'Änderung' }, filled[1]])).toEqual([]);
    expect(checkBookingDetails(form, { fields: [{ key: 'reason', value: 'Änderungen!' }, filled[1]] }, Channel.PORTAL).problems[0]).toMatchObject({ maxLength: 10, message: 'reason takes at most 10 characters, not 11.' });
  });

  it('names the options a choice allows', () => {
    expect(checkBookingDetails(form, { fields: [...filled, { key: 'persons', value: 'drei' }] }, Channel.PARTNER).problems[0]).toMatchObject({ options: ['1', '2'] });
  });

  it('lets staff on site leave required fields open, and checks what they give', () => {
    expect(checkBookingDetails({ ...form, remarks: RemarksMode.required }, { fields: [] }, Channel.COUNTER)).toEqual({ values: [], remarks: null, problems: [] });
    expect(checkBookingDetails(form, { fields: [{ key: 'persons', value: '3' }] }, Channel.COUNTER).problems.map((problem) => problem.reason)).toEqual([BookingFieldProblemReason.NOT_AN_OPTION]);
  });

  it('takes remarks only where the office asks for them, and needs them where required', () => {
    expect(reasons([], 'Hallo', { ...form, fields: [], remarks: RemarksMode.off })).toEqual([['remarks', BookingFieldProblemReason.NOT_ACCEPTED]]);
    expect(reasons([], '  ', { ...form, fields: [], remarks: RemarksMode.off })).toEqual([]);
    expect(reasons([], null, { ...form, fields: [], remarks: RemarksMode.required })).toEqual([['remarks', BookingFieldProblemReason.REQUIRED]]);
  });
});

describe('formProblems', () => {
  const field = (change: Partial<BookingFieldDraft> = {}): BookingFieldDraft => ({
    key: 'reason',
    kind: BookingFieldKind.text,
    required: true,
    labels: [
      { language: 'de', text: 'Anliegen' },
      { language: 'en', text: 'Concern' },
    ],
    maxLength: 200,
    ...change,
  });
  const fieldsOf = (...fields: BookingFieldDraft[]) => formProblems({ fields, remarks: RemarksMode.optional }).map((problem) => problem.field);

  it('accepts a well-made form', () => {
    expect(
      fieldsOf(field(), field({ key: 'persons', kind: BookingFieldKind.choice, maxLength: null, options: [{ value: '1', labels: field().labels }] }), field({ key: 'consent', kind: BookingFieldKind.checkbox, maxLength: null })),
    ).toEqual([]);
  });

  it.each<[string, BookingFieldDraft[], string[]]>([
    ['a key that is no identifier', [field({ key: 'Grund!' })], ['fields.0.key']],
    ['the key of the remarks', [field({ key: 'remarks' })], ['fields.0.key']],
    ['a key twice', [field(), field()], ['fields.1.key']],
    ['no English label', [field({ labels: [{ language: 'de', text: 'Anliegen' }] })], ['fields.0.labels']],
    [
      'an empty German label',
      [
        field({
          labels: [
            { language: 'de', text: ' ' },
            { language: 'en', text: 'Concern' },
          ],
        }),
      ],
      ['fields.0.labels'],
    ],
    ['a choice without options', [field({ kind: BookingFieldKind.choice, maxLength: null })], ['fields.0.options']],
    ['options of a text', [field({ options: [{ value: 'a', labels: field().labels }] })], ['fields.0.options']],
    [
      'an option twice',
      [
        field({
          kind: BookingFieldKind.choice,
          maxLength: null,
          options: [
            { value: 'a', labels: field().labels },
            { value: 'a ', labels: field().labels },
          ],
        }),
      ],
      ['fields.0.options.1.value'],
    ],
    ['a maximum length out of range', [field({ maxLength: 0 })], ['fields.0.maxLength']],
    ['a maximum length of a checkbox', [field({ kind: BookingFieldKind.checkbox, maxLength: 10 })], ['fields.0.maxLength']],
  ])('refuses %s', (_, fields, expected) => {
    expect(fieldsOf(...fields)).toEqual(expected);
  });

  it('refuses a remarks length out of range and too many fields', () => {
    expect(formProblems({ fields: [], remarks: RemarksMode.optional, remarksMaxLength: 5000 })).toEqual([expect.objectContaining({ field: 'remarksMaxLength', min: 1, max: 2000 })]);
    expect(fieldsOf(...Array.from({ length: 21 }, (_, index) => field({ key: `f${index}` })))).toEqual(['fields']);
  });
});

describe('labelIn', () => {
  it('answers the language asked for, else German', () => {
    expect([labelIn(labels, 'en'), labelIn(labels, 'tr'), labelIn(labels, null)]).toEqual(['Concern', 'Anliegen', 'Anliegen']);
  });
});
