/**
 * Issue 18, item 5: staff's internal notes about appointments and walk-ins. Only the office's
 * staff read and write them; the citizen, public and callcenter keys never see them, nor does
 * any message; they go with the contact data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type Operation, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin.
const monday = '2026-03-02T08:00:00Z';
const tuesdayAt = (time: string) => new Date(`2026-03-03T${time}:00+01:00`).toISOString();
const secretNote = 'Braucht Dolmetscher, GEHEIM-4711';

let api: TestApi;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const tokens = {} as Record<'staffA' | 'staffB' | 'adminA' | 'partner' | 'callcenter', string>;
let booked: { id: string; number: number; secret: string };

const addNote = graphql(`
  mutation NotesAddInternalNote($input: AddInternalNoteInput!) {
    addInternalNote(input: $input) {
      __typename
      ... on InternalNote {
        id
        appointmentId
        queueEntryId
        author
        text
        createdAt
      }
      ... on InvalidInput {
        fieldProblems {
          field
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const readNotes = graphql(`
  query NotesInternalNotes($input: InternalNotesInput!) {
    internalNotes(input: $input) {
      appointmentId
      author
      text
    }
  }
`);
const queue = graphql(`
  query NotesQueue($officeId: ID!) {
    queue(officeId: $officeId) {
      entries {
        id
        displayNumber
        notes {
          text
          appointmentId
          queueEntryId
        }
        remarks
        bookingFields {
          key
          value
        }
      }
    }
  }
`);

const reserveDocument = graphql(`
  mutation NotesReserveSlot($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        token
      }
      ... on ErrorResult {
        message
      }
    }
  }
`);
const confirmDocument = graphql(`
  mutation NotesConfirmAppointment($input: ConfirmAppointmentInput!) {
    confirmAppointment(input: $input) {
      __typename
      ... on ConfirmedAppointment {
        secret
        appointment {
          id
          number
        }
      }
    }
  }
`);
const appointmentDocument = graphql(`
  query NotesAppointment($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      number
    }
  }
`);
const rescheduleDocument = graphql(`
  mutation NotesRescheduleAppointment($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      __typename
    }
  }
`);

async function createStaff(username: string, officeId: string, role: 'staff' | 'officeAdmin'): Promise<string> {
  const password = `${username}-password-long-enough`;
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username, password, displayName: `${username} (Anzeige)`, memberships: [{ officeId, role }] },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(username, password);
}

async function apiKey(level: 'public' | 'callcenter'): Promise<string> {
  const { createApiKey } = await api.admin(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }`, { input: { name: `Schlüssel ${level}`, level } });
  return createApiKey.key as string;
}

async function book(start: string, token?: string, contact: Record<string, string> = { name: 'Ada Lovelace', email: 'ada@example.org' }) {
  const { reserveSlot } = await api.data(
    reserveDocument,
    {
      input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId], start },
    },
    token,
  );
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(
    confirmDocument,
    {
      input: { reservationToken: reserveSlot.token, contact },
    },
    token,
  );
  expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
  return { id: confirmAppointment.appointment.id as string, number: confirmAppointment.appointment.number as number, secret: confirmAppointment.secret as string };
}

/** The GraphQL error code a call was refused with, or the result's typename when it got through. */
async function outcome(query: Operation, variables: Record<string, unknown>, token?: string): Promise<string> {
  const response = await api.graphql(query as string, variables, token);
  if (response.errors?.length) return String(response.errors[0].extensions?.code);
  return String((Object.values(response.data ?? {})[0] as { __typename?: string } | null)?.__typename ?? 'ok');
}

beforeAll(async () => {
  api = await startTestApi(monday);
  officeA = await createOffice(api, 'Bürgeramt Notizen');
  officeB = await createOffice(api, 'Bürgeramt Anderswo');
  tokens.staffA = await createStaff('notiz-a', officeA.officeId, 'staff');
  tokens.adminA = await createStaff('leitung-a', officeA.officeId, 'officeAdmin');
  tokens.staffB = await createStaff('notiz-b', officeB.officeId, 'staff');
  tokens.partner = await apiKey('public');
  tokens.callcenter = await apiKey('callcenter');
  booked = await book(tuesdayAt('08:00'));
});

afterAll(async () => {
  await api?.stop();
});

describe('notes about an appointment', () => {
  it('are kept with their author and time by the office’s staff', async () => {
    const { addInternalNote } = await api.data(addNote, { input: { appointmentId: booked.id, text: `  ${secretNote} ` } }, tokens.staffA);
    expect(addInternalNote).toMatchObject({ __typename: 'InternalNote', appointmentId: booked.id, queueEntryId: null, author: 'notiz-a (Anzeige)', text: secretNote, createdAt: monday.replace('Z', '.000Z') });
    await api.data(addNote, { input: { appointmentId: booked.id, text: 'Unterlagen vollständig' } }, tokens.adminA);
    const { internalNotes } = await api.data(readNotes, { input: { appointmentIds: [booked.id] } }, tokens.staffA);
    expect(internalNotes).toEqual([
      { appointmentId: booked.id, author: 'notiz-a (Anzeige)', text: secretNote },
      { appointmentId: booked.id, author: 'leitung-a (Anzeige)', text: 'Unterlagen vollständig' },
    ]);
    // Who wrote about which appointment is audited; what the note says is not.
    const [entry] = await api.app.orm.em.fork().execute<{ details: Record<string, unknown> }[]>(`select details from audit_entry where action = 'addInternalNote' order by id limit 1`);
    expect(entry.details).toMatchObject({ number: booked.number });
    expect(JSON.stringify(entry.details)).not.toContain('GEHEIM');
  });

  it('are refused to staff of another office, to keys, to devices and to the citizen', async () => {
    const input = { input: { appointmentId: booked.id, text: 'fremd' } };
    expect(await outcome(addNote, input, tokens.staffB)).toBe('FORBIDDEN');
    expect(await outcome(readNotes, { input: { appointmentIds: [booked.id] } }, tokens.staffB)).toBe('FORBIDDEN');
    for (const token of [tokens.partner, tokens.callcenter]) {
      expect(await outcome(addNote, input, token)).toBe('FORBIDDEN');
      expect(await outcome(readNotes, { input: { appointmentIds: [booked.id] } }, token)).toBe('FORBIDDEN');
    }
    expect(await outcome(addNote, input)).toBe('UNAUTHENTICATED');
    expect(await outcome(readNotes, { input: { appointmentIds: [booked.id] } })).toBe('UNAUTHENTICATED');
    const [{ count }] = await api.app.orm.em.fork().execute<{ count: string }[]>(`select count(*) from internal_note where text = 'fremd'`);
    expect(Number(count)).toBe(0);
  });

  it('never reach the citizen: not in the appointment they read, nor in any citizen-facing type, nor in a mail', async () => {
    const { appointment } = await api.data(appointmentDocument, { input: { number: booked.number, secret: booked.secret } });
    expect(appointment.number).toBe(booked.number);
    const { __schema } = await api.admin(`{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`);
    const types = __schema.types as { name: string; fields: { name: string; type: unknown }[] | null }[];
    const noteTypeUsers = types.filter((type) => (type.fields ?? []).some((field) => JSON.stringify(field.type).includes('"InternalNote"'))).map((type) => type.name);
    // Staff-only: the queue entry (refused to others, as the citizen's name is) and the root operations.
    expect(noteTypeUsers.sort()).toEqual(['Query', 'QueueEntry']);
    for (const citizenType of ['Appointment', 'ConfirmedAppointment', 'QueueStatus', 'Ticket', 'Reservation']) {
      expect(types.find((type) => type.name === citizenType)?.fields?.map((field) => field.name) ?? [], citizenType).not.toContain('notes');
    }
    // The citizen moves the appointment: the notice mail says nothing of the note.
    const { rescheduleAppointment } = await api.data(rescheduleDocument, {
      input: { number: booked.number, secret: booked.secret, start: tuesdayAt('09:00') },
    });
    expect(rescheduleAppointment.__typename).toBe('Appointment');
    await api.runJobs();
    const messages = await api.app.orm.em.fork().execute<{ row: string }[]>(`select to_jsonb(m)::text as row from outbox_message m`);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.row).not.toContain('GEHEIM');
  });
});

describe('notes at the counter', () => {
  it('go on a walk-in’s entry, and on the appointment of a checked-in one, and the counter sees them', async () => {
    const { issueTicket } = await api.admin(`mutation ($input: IssueTicketInput!) { issueTicket(input: $input) { __typename ... on Ticket { entry { id displayNumber } } } }`, {
      input: { officeId: officeA.officeId, serviceIds: [officeA.shortServiceId] },
    });
    expect(issueTicket.__typename).toBe('Ticket');
    const walkIn = issueTicket.entry.id as string;
    const { addInternalNote: walkInNote } = await api.data(addNote, { input: { queueEntryId: walkIn, text: 'Kommt mit Kinderwagen' } }, tokens.staffA);
    expect(walkInNote).toMatchObject({ __typename: 'InternalNote', appointmentId: null, queueEntryId: walkIn });

    // Booked on site for today and checked in: a note on its entry is the appointment's.
    const today = await book(new Date('2026-03-02T09:10:00+01:00').toISOString(), tokens.staffA, {});
    const { checkIn } = await api.data(
      `mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename ... on QueueEntry { id } ... on ErrorResult { message } } }`,
      { input: { officeId: officeA.officeId, number: today.number } },
      tokens.staffA,
    );
    expect(checkIn.__typename).toBe('QueueEntry');
    const { addInternalNote: entryNote } = await api.data(addNote, { input: { queueEntryId: checkIn.id, text: 'Termin bestätigt am Tresen' } }, tokens.staffA);
    expect(entryNote).toMatchObject({ appointmentId: today.id, queueEntryId: null });

    const { queue: snapshot } = await api.data(queue, { officeId: officeA.officeId }, tokens.staffA);
    const byId = new Map((snapshot.entries as { id: string; notes: { text: string }[]; remarks: string | null; bookingFields: unknown[] }[]).map((entry) => [entry.id, entry]));
    expect(byId.get(walkIn)).toMatchObject({ notes: [{ text: 'Kommt mit Kinderwagen' }], remarks: null, bookingFields: [] });
    expect(byId.get(checkIn.id)?.notes.map((note) => note.text)).toEqual(['Termin bestätigt am Tresen']);

    // Staff of office B learn nothing of office A's entries.
    expect(await outcome(addNote, { input: { queueEntryId: walkIn, text: 'fremd' } }, tokens.staffB)).toBe('FORBIDDEN');
  });

  it('go with the contact data: by the office’s retention after the appointment or the walk-in’s day', async () => {
    const count = async () => Number((await api.app.orm.em.fork().execute<{ count: string }[]>('select count(*) from internal_note'))[0].count);
    expect(await count()).toBe(4);
    // 30 days after Monday: the walk-in's note and the checked-in appointment's go; Tuesday's (moved to end at 09:10 Berlin) stay a day longer.
    await api.setClock('2026-04-02T07:00:00Z');
    await api.runJobs();
    expect(await count()).toBe(2);
    await api.setClock('2026-04-03T07:00:00Z');
    await api.runJobs();
    expect(await count()).toBe(0);
  });
});
