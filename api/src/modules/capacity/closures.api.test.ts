import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the office books Monday to Friday 08:00–12:00. No SMTP
// settings: mails go to the development mailbox, and the outbox records each.
const monday = '2026-03-02T08:00:00Z';
const berlin = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`).toISOString();
const rule = { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', validFrom: '2026-01-01', publicCounters: 2, internCounters: 3, startInDays: 1, endInDays: 14, slotMinutes: 10 };

const addClosure = graphql(`
  mutation ClosuresAddClosure($input: AddClosureInput!) {
    addClosure(input: $input) {
      __typename
      ... on CapacityChange {
        closure {
          id
          date
          until
          reason
        }
        affectedAppointments {
          id
          number
          date
          status
        }
      }
      ... on InvalidInput {
        problems
        fieldProblems {
          field
          message
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const closures = graphql(`
  query ClosuresOffice($id: ID!) {
    office(id: $id) {
      closures {
        id
        date
        until
        reason
        openAppointments {
          id
          number
        }
        keptAppointments {
          id
          number
        }
      }
    }
  }
`);
const cancelOfficeAppointments = graphql(`
  mutation ClosuresCancelOfficeAppointments($input: CancelOfficeAppointmentsInput!) {
    cancelOfficeAppointments(input: $input) {
      __typename
      ... on CancelledAppointments {
        appointments {
          number
          status
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const keepClosureAppointments = graphql(`
  mutation ClosuresKeepClosureAppointments($input: KeepClosureAppointmentsInput!) {
    keepClosureAppointments(input: $input) {
      __typename
      ... on Closure {
        id
        openAppointments {
          number
        }
        keptAppointments {
          number
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
      }
    }
  }
`);
const updateRule = graphql(`
  mutation ClosuresUpdateCapacityRule($input: UpdateCapacityRuleInput!) {
    updateCapacityRule(input: $input) {
      __typename
      ... on CapacityChange {
        affectedAppointments {
          number
        }
      }
    }
  }
`);

let api: TestApi;
let office: OfficeFixture;

interface Booked {
  id: string;
  number: number;
  email: string;
}

let sequence = 0;
async function book(start: string): Promise<Booked> {
  sequence += 1;
  const email = `buerger${sequence}@example.org`;
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start } });
  expect(reserveSlot.__typename).toBe('Reservation');
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: `Bürger ${sequence}`, email } } });
  return { id: confirmAppointment.appointment.id, number: confirmAppointment.appointment.number, email };
}

const statusOf = async (booked: Booked) => (await api.app.orm.em.fork().execute<{ status: string }[]>('select status from appointment where id = ?', [api.databaseKey(booked.id)]))[0].status;

/** The office's notices to a citizen, as the outbox records them once the mail lane sent them. */
async function sentNotices(email: string) {
  await api.runJobs();
  return api.app.orm.em
    .fork()
    .execute<{ kind: string; status: string; subject: string; text_body: string }[]>(`select kind, status, subject, text_body from outbox_message where recipient = ? and kind = 'cancelledByOffice' order by id`, [email]);
}

let tuesday: Booked;
let wednesday: Booked;
let thursdayEarly: Booked;
let thursdayKept: Booked;
let thursdayLate: Booked;
let fridayLate: Booked;
let closureId: string;

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Betriebsferien', rule);
  tuesday = await book(berlin('2026-03-03', '10:00'));
  wednesday = await book(berlin('2026-03-04', '10:00'));
  thursdayEarly = await book(berlin('2026-03-05', '09:00'));
  thursdayKept = await book(berlin('2026-03-05', '09:10'));
  thursdayLate = await book(berlin('2026-03-05', '11:30'));
  fridayLate = await book(berlin('2026-03-06', '11:30'));
});

afterAll(async () => {
  await api?.stop();
});

describe('closures over days in a row', () => {
  it('closes a range in one step, lists the booked appointments of its days only, and takes the days off the calendar', async () => {
    const { addClosure: change } = await api.admin(addClosure, { input: { officeId: office.officeId, date: '2026-03-04', until: '2026-03-05', reason: 'Umzug' } });
    expect(change.__typename).toBe('CapacityChange');
    closureId = change.closure.id;
    expect(change.closure).toMatchObject({ date: '2026-03-04', until: '2026-03-05', reason: 'Umzug' });
    expect(change.affectedAppointments.map((appointment: { number: number }) => appointment.number)).toEqual([wednesday.number, thursdayEarly.number, thursdayKept.number, thursdayLate.number]);
    const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from: '2026-03-03', to: '2026-03-06' } });
    expect(availableDays.map((day: { date: string }) => day.date)).toEqual(['2026-03-03', '2026-03-06']);
    // Until the office answers, the closure keeps listing them.
    const { office: listed } = await api.admin(closures, { id: office.officeId });
    expect(listed.closures).toEqual([
      { id: closureId, date: '2026-03-04', until: '2026-03-05', reason: 'Umzug', openAppointments: [wednesday, thursdayEarly, thursdayKept, thursdayLate].map(({ id, number }) => ({ id, number })), keptAppointments: [] },
    ]);
  });

  it('closes one day when no last day is given', async () => {
    const { addClosure: change } = await api.admin(addClosure, { input: { officeId: office.officeId, date: '2026-03-10', reason: 'Betriebsausflug' } });
    expect(change.closure).toMatchObject({ date: '2026-03-10', until: '2026-03-10' });
    expect(change.affectedAppointments).toEqual([]);
  });

  it.each([
    ['an overlap', { date: '2026-03-05', until: '2026-03-09' }, { field: 'date', message: 'The office is already closed from 2026-03-04 to 2026-03-05.' }],
    ['a last day before the first', { date: '2026-03-20', until: '2026-03-19' }, { field: 'until', message: 'The last day must not be before the first day.' }],
    ['a first day in the past', { date: '2026-03-01' }, { field: 'date', message: 'The first day must be today (2026-03-02) or later.' }],
    ['more than 366 days', { date: '2026-03-20', until: '2027-03-21' }, { field: 'until', message: 'A closure spans at most 366 days.' }],
  ])('refuses %s with the field named, and adds nothing', async (_, range, problem) => {
    const count = async () => Number((await api.app.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from closure'))[0].n);
    const before = await count();
    const { addClosure: refused } = await api.admin(addClosure, { input: { officeId: office.officeId, reason: 'x', ...range } });
    expect(refused).toEqual({ __typename: 'InvalidInput', code: 'INVALID_INPUT', problems: [problem.message], fieldProblems: [problem] });
    expect(await count()).toBe(before);
  });

  it('cancels the appointments the office cannot keep, with a notice to each citizen that invites a new booking', async () => {
    const { cancelOfficeAppointments: cancelled } = await api.admin(cancelOfficeAppointments, {
      input: { officeId: office.officeId, appointmentIds: [wednesday.id, thursdayEarly.id], reason: 'Der Standort zieht um und ist am 4. und 5. März geschlossen.' },
    });
    expect(cancelled).toEqual({
      __typename: 'CancelledAppointments',
      appointments: [
        { number: wednesday.number, status: 'cancelled' },
        { number: thursdayEarly.number, status: 'cancelled' },
      ],
    });
    for (const booked of [wednesday, thursdayEarly]) {
      await expect.poll(async () => (await sentNotices(booked.email)).map((notice) => notice.status), { timeout: 10_000 }).toEqual(['sent']);
      const [notice] = await sentNotices(booked.email);
      expect(notice.subject).toBe('Ihr Termin muss leider entfallen');
      expect(notice.text_body).toContain('Grund: Der Standort zieht um und ist am 4. und 5. März geschlossen.');
      expect(notice.text_body).toContain('Neuen Termin buchen');
    }
    expect(await sentNotices(thursdayKept.email)).toEqual([]);
  });

  it('keeps an appointment the admin keeps, lists it as kept, and refuses one that is not on the closed days', async () => {
    const { keepClosureAppointments: kept } = await api.admin(keepClosureAppointments, { input: { closureId, appointmentIds: [thursdayKept.id] } });
    expect(kept).toEqual({ __typename: 'Closure', id: closureId, openAppointments: [{ number: thursdayLate.number }], keptAppointments: [{ number: thursdayKept.number }] });
    expect(await statusOf(thursdayKept)).toBe('confirmed');
    // A second click changes nothing.
    expect((await api.admin(keepClosureAppointments, { input: { closureId, appointmentIds: [thursdayKept.id] } })).keepClosureAppointments.keptAppointments).toEqual([{ number: thursdayKept.number }]);
    const { keepClosureAppointments: refused } = await api.admin(keepClosureAppointments, { input: { closureId, appointmentIds: [fridayLate.id] } });
    expect(refused).toEqual({ __typename: 'InvalidInput', code: 'INVALID_INPUT', fieldProblems: [{ field: 'appointmentIds', message: 'appointmentIds[0] is not an open booking on the closed days.' }] });
    const { keepClosureAppointments: unknown } = await api.admin(keepClosureAppointments, { input: { closureId: api.publicId(999999), appointmentIds: [thursdayKept.id] } });
    expect(unknown.__typename).toBe('NotFound');
  });

  it('leaves no confirmed appointment on the closed days but those kept, once the last one is cancelled', async () => {
    await api.admin(cancelOfficeAppointments, { input: { officeId: office.officeId, appointmentIds: [thursdayLate.id], reason: 'Der Standort ist wegen eines Umzugs geschlossen.' } });
    const [{ numbers }] = await api.app.orm.em
      .fork()
      .execute<{ numbers: number[] | null }[]>(`select array_agg(number order by number) as numbers from appointment where office_id = ? and local_date between '2026-03-04' and '2026-03-05' and status in ('confirmed', 'preconfirmed')`, [
        api.databaseKey(office.officeId),
      ]);
    expect(numbers).toEqual([thursdayKept.number]);
    const { office: listed } = await api.admin(closures, { id: office.officeId });
    expect(listed.closures[0]).toMatchObject({ openAppointments: [], keptAppointments: [{ number: thursdayKept.number }] });
    expect(await statusOf(tuesday)).toBe('confirmed');
  });

  it('lets a later rule change list only what it hits itself: not the cancelled, kept or closed-day appointments', async () => {
    const { updateCapacityRule } = await api.admin(updateRule, { input: { ruleId: office.ruleId, ...rule, endTime: '11:00' } });
    expect(updateCapacityRule.affectedAppointments).toEqual([{ number: fridayLate.number }]);
    const preview = await api.admin(
      graphql(`
        query ClosuresCapacityPreview($input: CapacityPreviewInput!) {
          capacityPreview(input: $input) {
            ... on CapacityPreview {
              affectedAppointments {
                number
              }
            }
          }
        }
      `),
      {
        input: { officeId: office.officeId, weekOf: '2026-03-02', ruleId: office.ruleId, rule: { ...rule, endTime: '10:30' } },
      },
    );
    expect(preview.capacityPreview.affectedAppointments).toEqual([{ number: fridayLate.number }]);
  });

  it('reopens the days in one step, the kept appointment with them', async () => {
    const { removeClosure } = await api.admin(
      graphql(`
        mutation ClosuresRemoveClosure($input: RemoveClosureInput!) {
          removeClosure(input: $input) {
            __typename
          }
        }
      `),
      { input: { closureId } },
    );
    expect(removeClosure.__typename).toBe('CapacityChange');
    const { office: listed } = await api.admin(closures, { id: office.officeId });
    expect(listed.closures.map((closure: { date: string }) => closure.date)).toEqual(['2026-03-10']);
    expect(await statusOf(thursdayKept)).toBe('confirmed');
  });

  it('shows the appointments of a closure to the office only', async () => {
    await api.admin(
      graphql(`
        mutation ClosuresCreateStaffAccount($input: CreateStaffAccountInput!) {
          createStaffAccount(input: $input) {
            __typename
          }
        }
      `),
      {
        input: { username: 'anderes-amt', displayName: 'Anderes Amt', password: 'anderes-amt-password', memberships: [{ officeId: (await createOffice(api, 'Bürgeramt Anderswo', rule)).officeId, role: 'officeAdmin' }] },
      },
    );
    const stranger = await api.login('anderes-amt', 'anderes-amt-password');
    const refused = await api.graphql(closures, { id: office.officeId }, stranger);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
