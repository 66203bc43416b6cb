import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';
import * as op from '@zms/test-kit/operations';

// Monday 2 March 2026, 09:00 in Berlin (CET): the next days are inside the public window.
const monday = '2026-03-02T08:00:00Z';
const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`).toISOString();

const reserveForPersons = graphql(`
  mutation ReserveForPersons($input: ReserveSlotInput!) {
    reserveSlot(input: $input) {
      __typename
      ... on Reservation {
        id
        token
        start
        end
        services {
          quantity
          durationSlots
          service {
            id
          }
        }
      }
      ... on InvalidInput {
        problems
        fieldProblems {
          field
          min
          max
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

const appointmentForPersons = graphql(`
  query AppointmentForPersons($input: AppointmentAccessInput!) {
    appointment(input: $input) {
      persons
      start
      end
      services {
        quantity
        durationSlots
        service {
          id
        }
      }
    }
  }
`);

const moveForPersons = graphql(`
  mutation MoveForPersons($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) {
      __typename
      ... on Appointment {
        persons
        start
        end
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const slotsForPersons = graphql(`
  query SlotsForPersons($input: AvailableSlotsInput!) {
    availableSlots(input: $input) {
      startTimes
      office {
        id
      }
    }
  }
`);

let api: TestApi;
let office: OfficeFixture;

async function reserve(input: Record<string, unknown>) {
  const { reserveSlot } = await api.data(reserveForPersons, { input: { officeId: office.officeId, ...input } as never });
  return reserveSlot;
}

async function takenFrom(start: string, count: number): Promise<number[]> {
  const rows = await api.app.orm.em.fork().execute<{ taken: number }[]>('select taken from slot where office_id = ? and start_at >= ? order by start_at limit ?', [api.databaseKey(office.officeId), start, count]);
  return rows.map((row) => row.taken);
}

async function claimsOf(reservationId: string): Promise<number> {
  const [row] = await api.app.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from slot_claim where appointment_id = ?', [api.databaseKey(reservationId)]);
  return row.n;
}

async function starts(date: string, services: { serviceId: string; quantity: number }[]): Promise<string[]> {
  const { availableSlots } = await api.data(slotsForPersons, { input: { services, officeIds: [office.officeId], date } });
  return availableSlots[0]?.startTimes ?? [];
}

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Familie', { publicCounters: 2, internCounters: 3 });
  const { updateOfficeSettings } = await api.admin(`mutation ($input: UpdateOfficeSettingsInput!) { updateOfficeSettings(input: $input) { __typename } }`, { input: { officeId: office.officeId, maxPersonsPerService: 3 } });
  expect(updateOfficeSettings.__typename).toBe('Office');
});

afterAll(async () => {
  await api?.stop();
});

describe('booking one service for several persons', () => {
  it('books a family of three in one appointment that takes three times the slots', async () => {
    const start = at('2026-03-03', '08:00');
    const held = await reserve({ services: [{ serviceId: office.shortServiceId, quantity: 3 }], start });
    expect(held.__typename).toBe('Reservation');
    if (held.__typename !== 'Reservation') return;
    expect(held.end).toBe(at('2026-03-03', '08:30'));
    expect(held.services).toEqual([{ quantity: 3, durationSlots: 3, service: { id: office.shortServiceId } }]);
    expect(await claimsOf(held.id)).toBe(3);
    expect(await takenFrom(start, 4)).toEqual([1, 1, 1, 0]);

    const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: held.token, contact: { name: 'Familie Test', email: 'familie@example.org' } } });
    expect(confirmAppointment.__typename).toBe('ConfirmedAppointment');
    if (confirmAppointment.__typename !== 'ConfirmedAppointment') return;
    const { appointment } = await api.data(appointmentForPersons, { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret } });
    expect(appointment).toMatchObject({ persons: 3, services: [{ quantity: 3, durationSlots: 3 }] });
    const [stored] = await api.app.orm.em.fork().execute<{ quantity: number; duration_slots: number }[]>('select quantity, duration_slots from appointment_service where appointment_id = ?', [api.databaseKey(held.id)]);
    expect(stored).toEqual({ quantity: 3, duration_slots: 3 });

    // A move keeps the persons, and with them the length of the chain.
    const moved = await api.data(moveForPersons, { input: { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret, start: at('2026-03-03', '10:00') } });
    expect(moved.rescheduleAppointment).toMatchObject({ __typename: 'Appointment', persons: 3, end: at('2026-03-03', '10:30') });
    expect(await takenFrom(at('2026-03-03', '10:00'), 4)).toEqual([1, 1, 1, 0]);
  });

  it('multiplies a longer service and adds the others', async () => {
    const start = at('2026-03-04', '08:00');
    const held = await reserve({
      services: [
        { serviceId: office.longServiceId, quantity: 2 },
        { serviceId: office.shortServiceId, quantity: 1 },
      ],
      start,
    });
    expect(held).toMatchObject({ __typename: 'Reservation', end: at('2026-03-04', '08:50') });
    expect(await takenFrom(start, 6)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it("refuses more persons than the office's maximum, and fewer than one, naming the field and the range", async () => {
    const start = at('2026-03-05', '08:00');
    const tooMany = await reserve({ services: [{ serviceId: office.shortServiceId, quantity: 4 }], start });
    expect(tooMany).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'services[0].quantity', min: 1, max: 3 }] });
    const none = await reserve({ services: [{ serviceId: office.shortServiceId, quantity: 0 }], start });
    expect(none).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'services[0].quantity', min: 1 }] });
    expect(await takenFrom(start, 4)).toEqual([0, 0, 0, 0]);
  });

  it('wants either serviceIds or services', async () => {
    const start = at('2026-03-05', '09:00');
    const both = await reserve({ serviceIds: [office.shortServiceId], services: [{ serviceId: office.shortServiceId, quantity: 2 }], start });
    expect(both).toMatchObject({ __typename: 'InvalidInput', fieldProblems: [{ field: 'services' }] });
    const legacy = await reserve({ serviceIds: [office.shortServiceId], start });
    expect(legacy).toMatchObject({ __typename: 'Reservation', services: [{ quantity: 1, durationSlots: 1 }] });
  });

  it('offers for three persons only the starts with room for three times the slots', async () => {
    const day = '2026-03-06';
    // 08:20 full: a chain of three from 08:00 or 08:10 would run through it.
    for (let i = 0; i < 2; i++) expect((await reserve({ serviceIds: [office.shortServiceId], start: at(day, '08:20') })).__typename).toBe('Reservation');
    const forOne = await starts(day, [{ serviceId: office.shortServiceId, quantity: 1 }]);
    const forThree = await starts(day, [{ serviceId: office.shortServiceId, quantity: 3 }]);
    expect(forOne.slice(0, 3)).toEqual([at(day, '08:00'), at(day, '08:10'), at(day, '08:30')]);
    expect(forThree.slice(0, 2)).toEqual([at(day, '08:30'), at(day, '08:40')]);
    // The day ends at 12:00: the last start for three is 11:30.
    expect(forThree.at(-1)).toBe(at(day, '11:30'));
    expect(forOne.at(-1)).toBe(at(day, '11:50'));
    // Above the office's maximum it does not answer at all.
    expect(await starts(day, [{ serviceId: office.shortServiceId, quantity: 4 }])).toEqual([]);

    const refused = await reserve({ services: [{ serviceId: office.shortServiceId, quantity: 3 }], start: at(day, '08:10') });
    expect(refused.__typename).toBe('SlotUnavailable');
  });

  it('shows the counter for how many persons each service of a checked-in appointment was booked', async () => {
    // Today 09:20 in Berlin, inside the lead time: staff book it on site, then check it in.
    const reserved = await api.admin(`mutation ($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ... on Reservation { token } } }`, {
      input: { officeId: office.officeId, services: [{ serviceId: office.shortServiceId, quantity: 2 }], start: at('2026-03-02', '09:20') },
    });
    expect(reserved.reserveSlot.__typename).toBe('Reservation');
    const confirmed = await api.admin(`mutation ($input: ConfirmAppointmentInput!) { confirmAppointment(input: $input) { __typename ... on ConfirmedAppointment { appointment { number } } } }`, {
      input: { reservationToken: reserved.reserveSlot.token, contact: {} },
    });
    const number = confirmed.confirmAppointment.appointment.number;
    const checkedIn = await api.admin(`mutation ($input: CheckInInput!) { checkIn(input: $input) { __typename } }`, { input: { officeId: office.officeId, number } });
    expect(checkedIn.checkIn.__typename).not.toMatch(/Refused|Error|NotFound/);
    const { queue } = await api.admin(`query ($officeId: ID!) { queue(officeId: $officeId) { entries { displayNumber bookedServices { quantity durationSlots } } } }`, { officeId: office.officeId });
    expect(queue.entries).toContainEqual({ displayNumber: String(number), bookedServices: [{ quantity: 2, durationSlots: 2 }] });
  });
});
