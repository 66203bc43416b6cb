/**
 * The day plan (issue 18, item 2): an office's appointments for a day or a week, for its staff,
 * in the office's days and times across the change from summer time (Sunday 25 October 2026 in
 * Berlin), live, and exported to CSV and XLSX with the export audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type ApiClient, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { collect, socketClient } from '@zms/test-kit/subscriptions';
import { graphql } from '@zms/test-kit/gql';

// Monday 19 October 2026, 10:00 in Berlin (CEST); on Sunday the 25th clocks go back to CET.
const monday = '2026-10-19T08:00:00Z';
const formulaName = '=HYPERLINK("http://evil.example","Klick")';

const dayPlanQuery = graphql(`
  query DayPlanOfOffice($officeId: ID!, $from: LocalDate!, $days: Int!) {
    dayPlan(officeId: $officeId, from: $from, days: $days) {
      from
      to
      timeZone
      version
      office {
        id
        name
      }
      days {
        date
        appointments {
          id
          number
          start
          status
          channel
          contactName
          contactEmail
          contactPhone
          remarks
          fields {
            key
            value
          }
          services {
            service {
              name
            }
          }
        }
      }
    }
  }
`);

const exportMutation = graphql(`
  mutation DayPlanExport($input: ExportDayPlanInput!) {
    exportDayPlan(input: $input) {
      __typename
      ... on DayPlanFile {
        fileName
        mediaType
        content
        appointments
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const changedSubscription = graphql(`
  subscription DayPlanChanged($officeId: ID!) {
    dayPlanChanged(officeId: $officeId) {
      officeId
      version
    }
  }
`);

let api: TestApi;
let officeA: OfficeFixture;
let officeB: OfficeFixture;
const tokens = {} as Record<'staffA' | 'staffB' | 'publicKey' | 'callcenterKey', string>;
const booked = {} as Record<'thursday' | 'saturday' | 'sunday' | 'mondayNight' | 'mondayCancelled' | 'nextThursday' | 'officeB', { id: string; number: number; secret: string }>;

async function book(
  client: ApiClient,
  office: OfficeFixture,
  start: string,
  contact: { name: string; email: string; phone?: string },
  serviceIds = [office.shortServiceId],
  answers: { fields?: { key: string; value: string }[]; remarks?: string } = {},
) {
  const { reserveSlot } = await client.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds, start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot ${start}: ${JSON.stringify(reserveSlot)}`);
  const { confirmAppointment } = await client.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact, ...answers } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment ${start}: ${JSON.stringify(confirmAppointment)}`);
  return { id: confirmAppointment.appointment.id, number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
}

async function staff(name: string, officeId: string): Promise<string> {
  const password = `${name}-password-long-enough`;
  const { createStaffAccount } = await api.admin(
    graphql(`
      mutation DayPlanCreateStaff($input: CreateStaffAccountInput!) {
        createStaffAccount(input: $input) {
          __typename
        }
      }
    `),
    { input: { username: name, password, displayName: name, memberships: [{ officeId, role: 'staff' }] } },
  );
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(name, password);
}

async function apiKey(level: 'public' | 'callcenter'): Promise<string> {
  const { createApiKey } = await api.admin(
    graphql(`
      mutation DayPlanCreateApiKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          ... on CreatedApiKey {
            key
          }
        }
      }
    `),
    { input: { name: `Schlüssel ${level}`, level } },
  );
  return createApiKey.key;
}

async function auditEntries(action: string) {
  return api.app.orm.em
    .fork()
    .execute<{ action: string; office_id: number | string; actor_name: string; details: Record<string, unknown> }[]>('select action, office_id, actor_name, details from audit_entry where action = ? order by id', [action]);
}

beforeAll(async () => {
  api = await startTestApi(monday);
  const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '12:00', validFrom: '2026-10-01' };
  officeA = await createOffice(api, 'Bürgeramt Tagesplan', everyDay);
  officeB = await createOffice(api, 'Bürgeramt Nachbar', everyDay);
  // Monday nights too, so that an appointment lies on a day whose UTC date is the day before.
  const { createCapacityRule } = await api.admin(
    graphql(`
      mutation DayPlanNightRule($input: CreateCapacityRuleInput!) {
        createCapacityRule(input: $input) {
          __typename
        }
      }
    `),
    { input: { officeId: officeA.officeId, weekdays: [1], startTime: '00:00', endTime: '01:00', validFrom: '2026-10-01', publicCounters: 1, internCounters: 1, startInDays: 1, endInDays: 14, slotMinutes: 10 } },
  );
  expect(createCapacityRule.__typename).toBe('CapacityChange');
  // Office A asks for a language and takes remarks (item 5's booking form); staff add notes.
  const { updateBookingForm } = await api.admin(
    graphql(`
      mutation DayPlanBookingForm($input: UpdateBookingFormInput!) {
        updateBookingForm(input: $input) {
          __typename
        }
      }
    `),
    {
      input: {
        officeId: officeA.officeId,
        remarks: 'optional',
        fields: [
          {
            key: 'sprache',
            kind: 'choice',
            required: false,
            labels: [
              { language: 'de', text: 'Sprache' },
              { language: 'en', text: 'Language' },
            ],
            options: [
              {
                value: 'tr',
                labels: [
                  { language: 'de', text: 'Türkisch' },
                  { language: 'en', text: 'Turkish' },
                ],
              },
            ],
          },
        ],
      },
    },
  );
  expect(updateBookingForm.__typename).toBe('BookingForm');
  tokens.staffA = await staff('tagesplan-a', officeA.officeId);
  tokens.staffB = await staff('tagesplan-b', officeB.officeId);
  tokens.publicKey = await apiKey('public');
  tokens.callcenterKey = await apiKey('callcenter');
  // 09:00 in Berlin is 07:00Z in summer time and 08:00Z after the change.
  booked.thursday = await book(api, officeA, '2026-10-22T07:00:00Z', { name: formulaName, email: 'formel@example.org' });
  booked.saturday = await book(api, officeA, '2026-10-24T07:00:00Z', { name: 'Jürgen Weiß', email: 'juergen@example.org' }, [officeA.shortServiceId, officeA.longServiceId], {
    fields: [{ key: 'sprache', value: 'tr' }],
    remarks: 'Rollstuhl',
  });
  const { addInternalNote } = await api.data(
    graphql(`
      mutation DayPlanAddNote($input: AddInternalNoteInput!) {
        addInternalNote(input: $input) {
          __typename
        }
      }
    `),
    { input: { appointmentId: booked.saturday.id, text: 'Unterlagen fehlen' } },
    tokens.staffA,
  );
  expect(addInternalNote.__typename).toBe('InternalNote');
  booked.sunday = await book(api, officeA, '2026-10-25T08:00:00Z', { name: 'Ada, Countess "Lovelace"', email: 'ada@example.org' });
  booked.mondayNight = await book(api, officeA, '2026-10-25T23:10:00Z', { name: 'Nachteule', email: 'eule@example.org' });
  booked.mondayCancelled = await book(api, officeA, '2026-10-26T08:00:00Z', { name: 'Storno', email: 'storno@example.org' });
  booked.nextThursday = await book(api, officeA, '2026-10-29T08:00:00Z', { name: 'Später', email: 'spaeter@example.org' });
  booked.officeB = await book(api, officeB, '2026-10-24T07:00:00Z', { name: 'Nebenan', email: 'nebenan@example.org' });
  const { cancelAppointment } = await api.data(op.cancelAppointment, { input: { number: booked.mondayCancelled.number, secret: booked.mondayCancelled.secret } });
  expect(cancelAppointment.__typename).toBe('Appointment');
});

afterAll(async () => {
  await api?.stop();
});

describe('the plan of a week across the end of summer time', () => {
  it("lists each day of the office's calendar with its appointments at their local times", async () => {
    const { dayPlan } = await api.data(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-22', days: 7 }, tokens.staffA);
    expect(dayPlan).toMatchObject({ from: '2026-10-22', to: '2026-10-28', timeZone: 'Europe/Berlin', office: { id: officeA.officeId, name: 'Bürgeramt Tagesplan' } });
    const berlin = (instant: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
    expect(dayPlan.days.map((day) => [day.date, day.appointments.map((appointment) => [appointment.number, berlin(appointment.start)])])).toEqual([
      ['2026-10-22', [[booked.thursday.number, '09:00']]],
      ['2026-10-23', []],
      ['2026-10-24', [[booked.saturday.number, '09:00']]],
      ['2026-10-25', [[booked.sunday.number, '09:00']]],
      ['2026-10-26', [[booked.mondayNight.number, '00:10']]],
      ['2026-10-27', []],
      ['2026-10-28', []],
    ]);
    const saturday = dayPlan.days[2].appointments[0];
    expect(saturday).toMatchObject({ status: 'confirmed', channel: 'PORTAL', contactName: 'Jürgen Weiß', contactEmail: 'juergen@example.org', remarks: 'Rollstuhl', fields: [{ key: 'sprache', value: 'tr' }] });
    expect(saturday.services.map((booked) => booked.service.name)).toEqual(['Bürgeramt Tagesplan: Anmeldung', 'Bürgeramt Tagesplan: Reisepass']);
  });

  it('plans one day, leaving out the cancelled appointment and what lies outside', async () => {
    const { dayPlan } = await api.data(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-26', days: 1 }, tokens.staffA);
    expect(dayPlan.days).toHaveLength(1);
    expect(dayPlan.days[0].appointments.map((appointment) => appointment.number)).toEqual([booked.mondayNight.number]);
  });

  it.each([0, 8])('refuses a plan of %i days', async (days) => {
    const { errors } = await api.graphql(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-22', days }, tokens.staffA);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('who sees a plan', () => {
  it("shows office B's staff their own plan, never office A's", async () => {
    const own = await api.data(dayPlanQuery, { officeId: officeB.officeId, from: '2026-10-22', days: 7 }, tokens.staffB);
    expect(own.dayPlan.days.flatMap((day) => day.appointments.map((appointment) => appointment.number))).toEqual([booked.officeB.number]);
    const other = await api.graphql(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-22', days: 7 }, tokens.staffB);
    expect(other.data).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = await api.graphql(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 7, format: 'CSV' } }, tokens.staffB);
    expect(exported.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['publicKey', 'callcenterKey'] as const)('refuses a %s, and anonymous callers', async (key) => {
    const withKey = await api.graphql(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-22', days: 1 }, tokens[key]);
    expect(withKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = await api.graphql(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 1, format: 'XLSX' } }, tokens[key]);
    expect(exported.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-22', days: 1 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the subscription to staff of another office', async () => {
    const client = socketClient(api.url, tokens.staffB);
    const events = collect(client, changedSubscription, { officeId: officeA.officeId });
    await events.waitFor(1, 2000);
    expect(JSON.stringify(events.errors)).toContain('FORBIDDEN');
    events.dispose();
    await client.dispose();
  });
});

describe('the export', () => {
  it('writes CSV as UTF-8 with a BOM, the rows of the plan, formula cells defused, and audits it without contact data', async () => {
    const before = (await auditEntries('exportDayPlan')).length;
    const { exportDayPlan } = await api.data(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 7, format: 'CSV' } }, tokens.staffA);
    if (exportDayPlan.__typename !== 'DayPlanFile') throw new Error(JSON.stringify(exportDayPlan));
    expect(exportDayPlan).toMatchObject({ fileName: 'tagesplan-2026-10-22-2026-10-28.csv', mediaType: 'text/csv; charset=utf-8', appointments: 4 });
    const bytes = Buffer.from(exportDayPlan.content, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')).toEqual([
      'Datum,Beginn,Ende,Nummer,Dienstleistungen,Status,Kanal,Name,E-Mail,Telefon,Bemerkungen,Angaben,Notizen',
      `2026-10-22,09:00,09:10,${booked.thursday.number},Bürgeramt Tagesplan: Anmeldung,gebucht,Portal,"'=HYPERLINK(""http://evil.example"",""Klick"")",formel@example.org,,,,`,
      `2026-10-24,09:00,09:30,${booked.saturday.number},"Bürgeramt Tagesplan: Anmeldung, Bürgeramt Tagesplan: Reisepass",gebucht,Portal,Jürgen Weiß,juergen@example.org,,Rollstuhl,Sprache: Türkisch,tagesplan-a: Unterlagen fehlen`,
      `2026-10-25,09:00,09:10,${booked.sunday.number},Bürgeramt Tagesplan: Anmeldung,gebucht,Portal,"Ada, Countess ""Lovelace""",ada@example.org,,,,`,
      `2026-10-26,00:10,00:20,${booked.mondayNight.number},Bürgeramt Tagesplan: Anmeldung,gebucht,Portal,Nachteule,eule@example.org,,,,`,
      '',
    ]);
    const entries = await auditEntries('exportDayPlan');
    expect(entries).toHaveLength(before + 1);
    const entry = entries[entries.length - 1];
    const [office] = await api.app.orm.em.fork().execute<{ id: string }[]>('select id from office where name = ?', ['Bürgeramt Tagesplan']);
    expect(String(entry.office_id)).toBe(String(office.id));
    expect(entry).toMatchObject({ actor_name: 'tagesplan-a', details: { from: '2026-10-22', to: '2026-10-28', format: 'CSV', appointments: 4 } });
    const recorded = JSON.stringify(entry);
    for (const contact of ['Jürgen', 'juergen@example.org', 'HYPERLINK', 'Nachteule', 'eule@example.org', 'Rollstuhl', 'Unterlagen']) expect(recorded).not.toContain(contact);
  });

  it('writes XLSX with the same rows, text kept as text, never as a formula', async () => {
    const csv = await api.data(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 7, format: 'CSV', language: 'en' } }, tokens.staffA);
    const { exportDayPlan } = await api.data(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 7, format: 'XLSX', language: 'en' } }, tokens.staffA);
    if (exportDayPlan.__typename !== 'DayPlanFile' || csv.exportDayPlan.__typename !== 'DayPlanFile') throw new Error(JSON.stringify(exportDayPlan));
    expect(exportDayPlan).toMatchObject({ fileName: 'day-plan-2026-10-22-2026-10-28.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', appointments: 4 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exportDayPlan.content, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    expect(cells[0]).toEqual(['Date', 'Start', 'End', 'Number', 'Services', 'Status', 'Channel', 'Name', 'Email', 'Phone', 'Remarks', 'Booking details', 'Notes']);
    expect(cells[2].slice(10)).toEqual(['Rollstuhl', 'Language: Turkish', 'tagesplan-a: Unterlagen fehlen']);
    expect(cells.map((row) => row[3])).toEqual(['Number', ...[booked.thursday, booked.saturday, booked.sunday, booked.mondayNight].map((appointment) => String(appointment.number))]);
    const nameCell = sheet.getRow(2).getCell(8);
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.value).toBe(formulaName);
    // The CSV of the same plan holds the same cells, its formula defused.
    const csvRows = Buffer.from(csv.exportDayPlan.content, 'base64').toString('utf8').slice(1).trim().split('\r\n');
    expect(csvRows).toHaveLength(cells.length);
    expect(csvRows[2]).toContain(cells[2][7]);
  });

  it('answers InvalidInput for more than a week', async () => {
    const { exportDayPlan } = await api.data(exportMutation, { input: { officeId: officeA.officeId, from: '2026-10-22', days: 8, format: 'CSV' } }, tokens.staffA);
    expect(exportDayPlan).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT' });
  });
});

describe('live', () => {
  it('tells an open plan of a booking and of a cancellation, with versions newer than its snapshot', async () => {
    const client = socketClient(api.url, tokens.staffA);
    const events = collect(client, changedSubscription, { officeId: officeA.officeId });
    // Subscribe, then query the snapshot: the house pattern.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const snapshot = (await api.data(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-27', days: 1 }, tokens.staffA)).dayPlan;
    expect(snapshot.days[0].appointments).toEqual([]);

    const tuesday = await book(api, officeA, '2026-10-27T09:00:00Z', { name: 'Live', email: 'live@example.org' });
    const afterBooking = await events.waitUntil((event) => event.dayPlanChanged.version > snapshot.version);
    expect(afterBooking?.dayPlanChanged.officeId).toBe(officeA.officeId);
    const refreshed = (await api.data(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-27', days: 1 }, tokens.staffA)).dayPlan;
    expect(refreshed.days[0].appointments.map((appointment) => appointment.number)).toEqual([tuesday.number]);
    expect(refreshed.version).toBeGreaterThanOrEqual(afterBooking!.dayPlanChanged.version);

    await api.data(op.cancelAppointment, { input: { number: tuesday.number, secret: tuesday.secret } });
    const afterCancel = await events.waitUntil((event) => event.dayPlanChanged.version > refreshed.version);
    expect(afterCancel).toBeDefined();
    const emptied = (await api.data(dayPlanQuery, { officeId: officeA.officeId, from: '2026-10-27', days: 1 }, tokens.staffA)).dayPlan;
    expect(emptied.days[0].appointments).toEqual([]);
    expect(events.errors).toEqual([]);
    events.dispose();
    await client.dispose();
  });
});
