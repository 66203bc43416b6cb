/**
 * Issue 18, item 5: an office's booking form (extra fields and remarks), defined by its office
 * admins, answered when the booking is confirmed, kept through a move, erased with the contact data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TypedDocumentString } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin: Tuesday 3 March is inside the public window.
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();

let api: TestApi;
let office: OfficeFixture;
let otherOffice: OfficeFixture;

const updateForm = graphql(`
  mutation CustomFieldsUpdateBookingForm($input: UpdateBookingFormInput!) {
    updateBookingForm(input: $input) {
      __typename
      ... on BookingForm {
        remarks
        remarksMaxLength
        fields {
          id
          key
          kind
          required
          maxLength
          label(language: en)
          labels {
            language
            text
          }
          options {
            value
            label
          }
        }
      }
      ... on InvalidInput {
        fieldProblems {
          field
          message
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const readForm = graphql(`
  query CustomFieldsBookingForm($id: ID!) {
    office(id: $id) {
      bookingForm {
        remarks
        fields {
          key
          required
          label(language: en)
          options {
            value
            label(language: en)
          }
        }
      }
    }
  }
`);
const confirm = graphql(`
  mutation CustomFieldsConfirmAppointment($input: ConfirmAppointmentInput!) {
    confirmAppointment(input: $input) {
      __typename
      ... on ConfirmedAppointment {
        secret
        appointment {
          id
          number
          remarks
          fields {
            key
            value
            label
            optionLabel(language: en)
          }
        }
      }
      ... on InvalidBookingFields {
        code
        message
        refusedFields {
          key
          reason
          message
          maxLength
          options
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const read = graphql(`
  query CustomFieldsAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      id
      start
      remarks
      fields {
        key
        value
        label(language: en)
        optionLabel
      }
    }
  }
`);
const reschedule = graphql(`
  mutation CustomFieldsRescheduleAppointment($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      __typename
      ... on Appointment {
        start
        remarks
        fields {
          key
          value
        }
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);

const reserveDocument = graphql(`
  mutation CustomFieldsReserveSlot($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        token
      }
    }
  }
`);

const labels = (de: string, en: string) => [
  { language: 'de' as const, text: de },
  { language: 'en' as const, text: en },
];
type FormInput = Omit<(typeof updateForm extends TypedDocumentString<unknown, infer Variables> ? Variables : never)['input'], 'officeId'>;
const form: FormInput = {
  fields: [
    { key: 'reason', kind: 'text', required: true, labels: labels('Anliegen', 'Concern'), maxLength: 20 },
    {
      key: 'persons',
      kind: 'choice',
      required: false,
      labels: labels('Personen', 'Persons'),
      options: [
        { value: '1', labels: labels('eine', 'one') },
        { value: '2', labels: labels('zwei', 'two') },
      ],
    },
    { key: 'consent', kind: 'checkbox', required: true, labels: labels('Einwilligung', 'Consent') },
  ],
  remarks: 'optional',
  remarksMaxLength: 50,
};

async function reserve(start: string, fixture = office): Promise<string> {
  const { reserveSlot } = await api.data(reserveDocument, {
    input: { officeId: fixture.officeId, serviceIds: [fixture.shortServiceId], start },
  });
  expect(reserveSlot.__typename).toBe('Reservation');
  return reserveSlot.token as string;
}

const contact = { name: 'Ada Lovelace', email: 'ada@example.org' };
const answers = [
  { key: 'reason', value: ' Ummeldung ' },
  { key: 'persons', value: '2' },
  { key: 'consent', value: 'true' },
];

async function staffToken(username: string, officeId: string, role: 'staff' | 'officeAdmin'): Promise<string> {
  const password = `${username}-password-long-enough`;
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, password, displayName: username, memberships: [{ officeId, role }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(username, password);
}

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Formular');
  otherOffice = await createOffice(api, 'Bürgeramt Nebenan');
});

afterAll(async () => {
  await api?.stop();
});

describe('defining the form', () => {
  it('is its office admins’ to save, and everyone’s to read', async () => {
    const counterStaff = await staffToken('schalter-a', office.officeId, 'staff');
    const otherAdmin = await staffToken('admin-b', otherOffice.officeId, 'officeAdmin');
    const ownAdmin = await staffToken('admin-a', office.officeId, 'officeAdmin');
    for (const token of [counterStaff, otherAdmin]) {
      const refused = await api.graphql(updateForm, { input: { officeId: office.officeId, ...form } }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.graphql(updateForm, { input: { officeId: office.officeId, ...form } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const { updateBookingForm } = await api.data(updateForm, { input: { officeId: office.officeId, ...form } }, ownAdmin);
    expect(updateBookingForm).toMatchObject({ __typename: 'BookingForm', remarks: 'optional', remarksMaxLength: 50 });
    expect(updateBookingForm.fields.map((field: { key: string; label: string }) => [field.key, field.label])).toEqual([
      ['reason', 'Concern'],
      ['persons', 'Persons'],
      ['consent', 'Consent'],
    ]);
    expect(updateBookingForm.fields[0]).toMatchObject({
      kind: 'text',
      required: true,
      maxLength: 20,
      labels: [
        { language: 'de', text: 'Anliegen' },
        { language: 'en', text: 'Concern' },
      ],
    });

    const { office: anonymousView } = await api.data(readForm, { id: office.officeId });
    expect(anonymousView.bookingForm).toEqual({
      remarks: 'optional',
      fields: [
        { key: 'reason', required: true, label: 'Concern', options: [] },
        {
          key: 'persons',
          required: false,
          label: 'Persons',
          options: [
            { value: '1', label: 'one' },
            { value: '2', label: 'two' },
          ],
        },
        { key: 'consent', required: true, label: 'Consent', options: [] },
      ],
    });
    const { office: neighbour } = await api.data(readForm, { id: otherOffice.officeId });
    expect(neighbour.bookingForm).toEqual({ remarks: 'off', fields: [] });
  });

  it('refuses a badly made form, naming each field', async () => {
    const { updateBookingForm } = await api.admin(updateForm, {
      input: {
        officeId: office.officeId,
        remarks: 'optional',
        remarksMaxLength: 0,
        fields: [
          { key: 'Reason!', kind: 'text', required: true, labels: labels('Anliegen', 'Concern') },
          { key: 'persons', kind: 'choice', required: false, labels: [{ language: 'de', text: 'Personen' }] },
        ],
      },
    });
    expect(updateBookingForm.__typename).toBe('InvalidInput');
    expect(updateBookingForm.fieldProblems.map((problem: { field: string }) => problem.field)).toEqual(['remarksMaxLength', 'fields.0.key', 'fields.1.labels', 'fields.1.options']);
    expect((await api.data(readForm, { id: office.officeId })).office.bookingForm.fields).toHaveLength(3);
  });
});

describe('booking with the form', () => {
  it('refuses a booking without the required answers, naming them, and keeps the hold', async () => {
    const token = await reserve(tuesdayAt('08:00'));
    const { confirmAppointment } = await api.data(confirm, { input: { reservationToken: token, contact, fields: [{ key: 'persons', value: '1' }] } });
    expect(confirmAppointment).toMatchObject({ __typename: 'InvalidBookingFields', code: 'INVALID_BOOKING_FIELDS' });
    expect(confirmAppointment.refusedFields).toEqual([
      { key: 'reason', reason: 'REQUIRED', message: 'reason is required.', maxLength: null, options: null },
      { key: 'consent', reason: 'REQUIRED', message: 'consent is required.', maxLength: null, options: null },
    ]);
    const [row] = await api.app.orm.em.fork().execute<{ status: string }[]>('select status from appointment where office_id = ? and start_at = ?', [api.databaseKey(office.officeId), tuesdayAt('08:00')]);
    expect(row.status).toBe('reserved');
    const { confirmAppointment: confirmed } = await api.data(confirm, { input: { reservationToken: token, contact, fields: answers } });
    expect(confirmed.__typename).toBe('ConfirmedAppointment');
  });

  it('refuses unknown fields, answers too long, choices not offered and remarks too long, each with its reason', async () => {
    const token = await reserve(tuesdayAt('08:10'));
    const { confirmAppointment } = await api.data(confirm, {
      input: {
        reservationToken: token,
        contact,
        fields: [
          { key: 'reason', value: 'Eine sehr lange Geschichte' },
          { key: 'persons', value: '3' },
          { key: 'consent', value: 'true' },
          { key: 'shoeSize', value: '44' },
        ],
        remarks: 'x'.repeat(51),
      },
    });
    expect(confirmAppointment.__typename).toBe('InvalidBookingFields');
    expect(confirmAppointment.refusedFields.map((problem: { key: string; reason: string }) => [problem.key, problem.reason])).toEqual([
      ['shoeSize', 'UNKNOWN_FIELD'],
      ['reason', 'TOO_LONG'],
      ['persons', 'NOT_AN_OPTION'],
      ['remarks', 'TOO_LONG'],
    ]);
    expect(confirmAppointment.refusedFields[1].maxLength).toBe(20);
    expect(confirmAppointment.refusedFields[2].options).toEqual(['1', '2']);
  });

  it('keeps the answers with the appointment, through a move, until retention erases them with the contact data', async () => {
    const token = await reserve(tuesdayAt('08:20'));
    const { confirmAppointment } = await api.data(confirm, { input: { reservationToken: token, contact, fields: answers, remarks: '  Mit Rollstuhl ' } });
    expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
    const { number } = confirmAppointment.appointment;
    const { secret } = confirmAppointment;
    const expected = [
      { key: 'reason', value: 'Ummeldung', label: 'Concern', optionLabel: null },
      { key: 'persons', value: '2', label: 'Persons', optionLabel: 'zwei' },
      { key: 'consent', value: 'true', label: 'Consent', optionLabel: null },
    ];
    expect((await api.data(read, { input: { number, secret } })).appointment).toMatchObject({ remarks: 'Mit Rollstuhl', fields: expected });

    const { rescheduleAppointment } = await api.data(reschedule, { input: { number, secret, start: tuesdayAt('10:00') } });
    expect(rescheduleAppointment).toMatchObject({ __typename: 'Appointment', start: tuesdayAt('10:00'), remarks: 'Mit Rollstuhl' });
    expect(rescheduleAppointment.fields.map((field: { key: string; value: string }) => field.value)).toEqual(['Ummeldung', '2', 'true']);

    // The field leaves the form: bookings no longer answer it, but this one keeps its label.
    await api.admin(updateForm, { input: { officeId: office.officeId, ...form, fields: form.fields.filter((field) => field.key !== 'persons') } });
    expect((await api.data(read, { input: { number, secret } })).appointment.fields[1]).toEqual({ key: 'persons', value: '2', label: 'Persons', optionLabel: 'zwei' });
    const refused = await api.data(confirm, { input: { reservationToken: await reserve(tuesdayAt('08:30')), contact, fields: answers } });
    expect(refused.confirmAppointment.refusedFields.map((problem: { key: string; reason: string }) => [problem.key, problem.reason])).toEqual([['persons', 'UNKNOWN_FIELD']]);

    // Default retention: 30 days after the appointment ended (10:10 Berlin, 3 March).
    await api.setClock('2026-04-02T08:00:00Z');
    await api.runJobs();
    expect((await api.data(read, { input: { number, secret } })).appointment).toMatchObject({ remarks: 'Mit Rollstuhl', fields: expect.arrayContaining([expect.objectContaining({ key: 'reason' })]) });
    await api.setClock('2026-04-03T08:00:00Z');
    await api.runJobs();
    const erased = (await api.data(read, { input: { number, secret } })).appointment;
    expect(erased).toMatchObject({ remarks: null, fields: [] });
    const [{ count }] = await api.app.orm.em.fork().execute<{ count: string }[]>('select count(*) from appointment_detail where appointment_id = ?', [api.databaseKey(erased.id)]);
    expect(Number(count)).toBe(0);
  });
});
