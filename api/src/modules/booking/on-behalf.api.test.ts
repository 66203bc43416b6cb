import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';

// Monday 2 March 2026, 09:00 in Berlin: Tuesday 3 to Monday 16 March are in the public window.
const monday = '2026-03-02T08:00:00Z';
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();

const view = 'id number status start contactName contactEmail contactPhone';
const outcome = `__typename ... on Appointment { ${view} } ... on ErrorResult { code message } ... on InvalidInput { problems }`;
const cancel = `mutation ($input: CancelAppointmentOnBehalfInput!) { cancelAppointmentOnBehalf(input: $input) { ${outcome} } }`;
const reschedule = `mutation ($input: RescheduleAppointmentOnBehalfInput!) { rescheduleAppointmentOnBehalf(input: $input) { ${outcome} } }`;
const correct = `mutation ($input: CorrectAppointmentContactInput!) { correctAppointmentContact(input: $input) { ${outcome} } }`;
const resend = `mutation ($input: ResendAppointmentConfirmationInput!) { resendAppointmentConfirmation(input: $input) { ${outcome} } }`;
const hotline = `query ($input: HotlineAppointmentInput!) { hotlineAppointment(input: $input) { ${view} } }`;

let api: TestApi;
let office: OfficeFixture;
/** Every slot takes one appointment, public or intern: where two want it, one gets it. */
let narrow: OfficeFixture;
/** One public and two intern places a slot: staff fill what the public may no longer. */
let roomy: OfficeFixture;
const tokens = {} as Record<'staff' | 'staffB' | 'publicKey' | 'callcenterKey', string>;

interface Booked {
  id: string;
  number: number;
  secret: string;
  email: string;
}

let counter = 0;
async function book(at: OfficeFixture, start: string, contact: { phone?: string } = {}): Promise<Booked> {
  counter += 1;
  const email = `citizen-${counter}@example.org`;
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: at.officeId, serviceIds: [at.shortServiceId], start } });
  if (reserveSlot.__typename !== 'Reservation') throw new Error(`reserveSlot ${start}: ${JSON.stringify(reserveSlot)}`);
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: `Bürgerin ${counter}`, email, ...contact } } });
  if (confirmAppointment.__typename !== 'ConfirmedAppointment') throw new Error(`confirmAppointment ${start}: ${JSON.stringify(confirmAppointment)}`);
  return { id: confirmAppointment.appointment.id, number: confirmAppointment.appointment.number, secret: confirmAppointment.secret, email };
}

async function staff(name: string, officeIds: string[]): Promise<string> {
  const password = `${name}-password-long-enough`;
  const { createStaffAccount } = await api.admin(`mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { __typename } }`, {
    input: { username: name, password, displayName: name, memberships: officeIds.map((officeId) => ({ officeId, role: 'staff' })) },
  });
  expect(createStaffAccount.__typename).toBe('StaffAccount');
  return api.login(name, password);
}

async function apiKey(level: 'public' | 'callcenter'): Promise<string> {
  const { createApiKey } = await api.admin(`mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreatedApiKey { key } } }`, { input: { name: `115 ${level}`, level } });
  return createApiKey.key as string;
}

/** The messages the citizen was sent, once the mail lane has run. */
async function mails(email: string) {
  await api.runJobs();
  return api.app.orm.em.fork().execute<{ kind: string; status: string; text_body: string }[]>('select kind, status, text_body from outbox_message where recipient = ? order by id', [email]);
}

async function auditOf(action: string) {
  return api.app.orm.em.fork().execute<{ actor_name: string; office_id: number; details: Record<string, unknown> }[]>('select actor_name, office_id, details from audit_entry where action = ? order by id', [action]);
}

/** Numbers are the organisation's, and the tests have one: a number names a row. */
const rowOf = async (booked: Booked) => (await api.app.orm.em.fork().execute<{ status: string; office_id: number; start_at: Date }[]>('select status, office_id, start_at from appointment where number = ?', [booked.number]))[0];
const statusOf = async (booked: Booked) => (await rowOf(booked)).status;

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt im Auftrag');
  narrow = await createOffice(api, 'Bürgeramt Engpass', { publicCounters: 1, internCounters: 1 });
  roomy = await createOffice(api, 'Bürgeramt Innen', { publicCounters: 1, internCounters: 2 });
  tokens.staff = await staff('auftrag', [office.officeId, narrow.officeId, roomy.officeId]);
  tokens.staffB = await staff('andere', [roomy.officeId]);
  tokens.publicKey = await apiKey('public');
  tokens.callcenterKey = await apiKey('callcenter');
});

afterAll(async () => {
  await api?.stop();
});

describe('staff on behalf of the citizen', () => {
  it('cancels with a reason, which the notice the citizen is mailed carries', async () => {
    const booked = await book(office, berlin('2026-03-03', '09:00'));
    const { cancelAppointmentOnBehalf } = await api.data(cancel, { input: { appointment: { id: booked.id }, reason: 'Die Sachbearbeiterin ist erkrankt.' } }, tokens.staff);
    expect(cancelAppointmentOnBehalf).toMatchObject({ __typename: 'Appointment', status: 'cancelled' });
    const notice = (await mails(booked.email)).find((mail) => mail.kind === 'cancelledByOffice');
    expect(notice).toMatchObject({ status: 'sent' });
    expect(notice!.text_body).toContain('Die Sachbearbeiterin ist erkrankt.');
    const [entry] = (await auditOf('cancelAppointmentOnBehalf')).slice(-1);
    expect(entry).toMatchObject({ actor_name: 'auftrag', office_id: (await rowOf(booked)).office_id, details: { number: booked.number } });
    expect(JSON.stringify(entry)).not.toContain('erkrankt');
  });

  it('needs a reason from staff, and the right at the office', async () => {
    const booked = await book(roomy, berlin('2026-03-03', '09:00'));
    const { cancelAppointmentOnBehalf } = await api.data(cancel, { input: { appointment: { id: booked.id } } }, tokens.staff);
    expect(cancelAppointmentOnBehalf.__typename).toBe('InvalidInput');
    const other = await book(office, berlin('2026-03-03', '09:10'));
    const refused = await api.graphql(cancel, { input: { appointment: { id: other.id }, reason: 'Nicht meine Dienststelle.' } }, tokens.staffB);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(other)).toBe('confirmed');
    const partner = await api.graphql(cancel, { input: { appointment: { id: other.id }, reason: 'Ohne Rechte.' } }, tokens.publicKey);
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves onto the intern contingent, which the public and the 115 may not use', async () => {
    const full = berlin('2026-03-04', '10:00');
    await book(roomy, full);
    const moving = await book(roomy, berlin('2026-03-04', '11:00'), { phone: '030 555 0101' });
    const byHotline = await api.data(reschedule, { input: { appointment: { number: moving.number, phone: '+49 30 5550101' }, start: full } }, tokens.callcenterKey);
    expect(byHotline.rescheduleAppointmentOnBehalf.__typename).toBe('SlotUnavailable');
    const byStaff = await api.data(reschedule, { input: { appointment: { id: moving.id }, start: full } }, tokens.staff);
    expect(byStaff.rescheduleAppointmentOnBehalf).toMatchObject({ __typename: 'Appointment', start: full, status: 'confirmed' });
    expect((await mails(moving.email)).map((mail) => mail.kind)).toContain('rescheduled');
    expect((await auditOf('rescheduleAppointmentOnBehalf')).at(-1)).toMatchObject({ actor_name: 'auftrag', details: { number: moving.number } });
  });

  it('gives a slot raced for by parallel moves to exactly one of them', async () => {
    const contested = berlin('2026-03-05', '08:00');
    const movers = await Promise.all(['08:10', '08:20', '08:30', '08:40', '08:50', '09:00'].map((time) => book(narrow, berlin('2026-03-05', time))));
    const results = await Promise.all(movers.map((mover) => api.data(reschedule, { input: { appointment: { id: mover.id }, start: contested } }, tokens.staff)));
    const kinds = results.map((result) => result.rescheduleAppointmentOnBehalf.__typename);
    expect(kinds.filter((kind) => kind === 'Appointment')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'SlotUnavailable')).toHaveLength(5);
    const rows = await Promise.all(movers.map(rowOf));
    const [slot] = await api.app.orm.em.fork().execute<{ taken: number }[]>('select taken from slot where office_id = ? and start_at = ?', [rows[0].office_id, contested]);
    expect(slot.taken).toBe(1);
    // The losers kept their own times.
    expect(rows.filter((row) => new Date(row.start_at).toISOString() !== contested)).toHaveLength(5);
  });

  it('corrects the contact data, and the audit names the fields, not their values', async () => {
    const booked = await book(office, berlin('2026-03-06', '09:00'));
    const { correctAppointmentContact } = await api.data(correct, { input: { appointmentId: booked.id, contact: { name: `Bürgerin ${counter}`, email: 'korrigiert@example.org', phone: '030 99 88 77' } } }, tokens.staff);
    expect(correctAppointmentContact).toMatchObject({ __typename: 'Appointment', contactEmail: 'korrigiert@example.org', contactPhone: '030 99 88 77' });
    const invalid = await api.data(correct, { input: { appointmentId: booked.id, contact: { name: 'Ohne Adresse' } } }, tokens.staff);
    expect(invalid.correctAppointmentContact.__typename).toBe('InvalidInput');
    expect((await auditOf('correctAppointmentContact')).at(-1)).toMatchObject({ details: { number: booked.number, fields: ['email', 'phone'] } });
    expect(JSON.stringify(await auditOf('correctAppointmentContact'))).not.toContain('korrigiert');
    const found = await api.data(hotline, { input: { number: booked.number, phone: '+49 30 998877' } }, tokens.callcenterKey);
    expect(found.hotlineAppointment?.number).toBe(booked.number);
    const byHotline = await api.graphql(correct, { input: { appointmentId: booked.id, contact: { name: 'X', email: 'x@example.org' } } }, tokens.callcenterKey);
    expect(byHotline.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sends the confirmation again with a fresh code that replaces the old one', async () => {
    const booked = await book(office, berlin('2026-03-06', '10:00'));
    const { resendAppointmentConfirmation } = await api.data(resend, { input: { appointment: { id: booked.id } } }, tokens.staff);
    expect(resendAppointmentConfirmation.__typename).toBe('Appointment');
    const confirmations = (await mails(booked.email)).filter((mail) => mail.kind === 'confirmed');
    expect(confirmations).toHaveLength(2);
    const code = /Code ([A-Za-z0-9_-]{22})/.exec(confirmations[1].text_body)?.[1];
    expect(code).toBeDefined();
    expect(code).not.toBe(booked.secret);
    expect((await api.data(op.appointment, { input: { number: booked.number, secret: booked.secret } })).appointment).toBeNull();
    expect((await api.data(op.appointment, { input: { number: booked.number, secret: code! } })).appointment?.number).toBe(booked.number);
    expect((await auditOf('resendAppointmentConfirmation')).at(-1)).toMatchObject({ actor_name: 'auftrag', details: { number: booked.number } });
  });
});

describe('the 115 with a callcenter key', () => {
  it('finds an appointment only by its number with the matching email or phone', async () => {
    const booked = await book(office, berlin('2026-03-09', '09:00'), { phone: '0176 1234 5678' });
    const find = async (input: Record<string, unknown>, token = tokens.callcenterKey) => (await api.data(hotline, { input }, token)).hotlineAppointment;
    expect((await find({ number: booked.number, email: booked.email.toUpperCase() }))?.contactEmail).toBe(booked.email);
    expect((await find({ number: booked.number, phone: '+49 176 12345678' }))?.number).toBe(booked.number);
    expect(await find({ number: booked.number, email: 'someone-else@example.org' })).toBeNull();
    expect(await find({ number: booked.number, phone: '030 1234 5678' })).toBeNull();
    expect(await find({ number: booked.number })).toBeNull();
    expect(await find({ number: booked.number + 1000, email: booked.email })).toBeNull();
    for (const token of [tokens.publicKey, tokens.staff]) expect((await api.graphql(hotline, { input: { number: booked.number, email: booked.email } }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await auditOf('hotlineAppointment')).at(-1)).toMatchObject({ details: { number: booked.number, term: 'phone' } });
  });

  it('cancels and sends the confirmation again with what the caller knows', async () => {
    const booked = await book(office, berlin('2026-03-09', '10:00'));
    const wrong = await api.data(cancel, { input: { appointment: { number: booked.number, email: 'falsch@example.org' } } }, tokens.callcenterKey);
    expect(wrong.cancelAppointmentOnBehalf.__typename).toBe('NotFound');
    const sent = await api.data(resend, { input: { appointment: { number: booked.number, email: booked.email } } }, tokens.callcenterKey);
    expect(sent.resendAppointmentConfirmation.__typename).toBe('Appointment');
    const byId = await api.data(cancel, { input: { appointment: { id: booked.id } } }, tokens.callcenterKey);
    expect(byId.cancelAppointmentOnBehalf.__typename).toBe('InvalidInput');
    const { cancelAppointmentOnBehalf } = await api.data(cancel, { input: { appointment: { number: booked.number, email: booked.email } } }, tokens.callcenterKey);
    expect(cancelAppointmentOnBehalf).toMatchObject({ __typename: 'Appointment', status: 'cancelled' });
    expect((await mails(booked.email)).map((mail) => mail.kind)).toEqual(['confirmed', 'confirmed', 'cancelled']);
    expect((await auditOf('cancelAppointmentOnBehalf')).at(-1)).toMatchObject({ actor_name: '115 callcenter', details: { number: booked.number } });
  });

  it('lets no more wrong guesses through than the budget, however many arrive at once', async () => {
    const booked = await book(office, berlin('2026-03-10', '09:00'));
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, index) => api.graphql(hotline, { input: { number: booked.number, email: `guess-${index}@example.org` } }, tokens.callcenterKey)));
    const limited = guesses.filter((guess) => guess.errors?.[0].extensions?.code === 'RATE_LIMITED');
    const answered = guesses.filter((guess) => !guess.errors && guess.data?.hotlineAppointment === null);
    // RATE_LIMIT_WRONG_SECRETS_PER_HOUR: 10 by default.
    expect(answered).toHaveLength(10);
    expect(limited).toHaveLength(10);
    // Blocked for the hour: now even the right address is refused to this key.
    const right = await api.graphql(hotline, { input: { number: booked.number, email: booked.email } }, tokens.callcenterKey);
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(await statusOf(booked)).toBe('confirmed');
  });
});
