import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Monday 2 March 2026, 09:00 in Berlin; the office books Monday to Friday 08:00–12:00 in 10-minute slots.
const monday = '2026-03-02T08:00:00Z';
const preview = graphql(`
  query CapacityPreviewCapacityPreview($input: CapacityPreviewInput!) {
    capacityPreview(input: $input) {
      __typename
      ... on CapacityPreview {
        weekStart
        office {
          id
        }
        slots {
          start
          end
          date
          publicCapacity
          internCapacity
          taken
        }
        affectedAppointments {
          number
          start
        }
      }
      ... on InvalidInput {
        problems
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const rule = { weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '12:00', validFrom: '2026-01-01', publicCounters: 2, internCounters: 3, startInDays: 1, endInDays: 14, slotMinutes: 10 };

let api: TestApi;
let office: OfficeFixture;
let booked: { number: number; secret: string };

beforeAll(async () => {
  api = await startTestApi(monday);
  office = await createOffice(api, 'Bürgeramt Vorschau', rule);
  const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office.officeId, serviceIds: [office.shortServiceId], start: '2026-03-04T10:30:00Z' } });
  const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Erika Muster', email: 'erika@example.org' } } });
  booked = { number: confirmAppointment.appointment.number, secret: confirmAppointment.secret };
});

afterAll(async () => {
  await api?.stop();
});

const slotsPerDay = (slots: { date: string }[]) => slots.reduce<Record<string, number>>((days, slot) => ({ ...days, [slot.date]: (days[slot.date] ?? 0) + 1 }), {});

describe('capacityPreview', () => {
  it('shows the slots of the saved rules for a week, with what is taken', async () => {
    const { capacityPreview } = await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-06' } });
    expect(capacityPreview).toMatchObject({ __typename: 'CapacityPreview', weekStart: '2026-03-02', affectedAppointments: [] });
    expect(slotsPerDay(capacityPreview.slots)).toEqual({ '2026-03-02': 24, '2026-03-03': 24, '2026-03-04': 24, '2026-03-05': 24, '2026-03-06': 24 });
    expect(capacityPreview.slots[0]).toEqual({ start: '2026-03-02T07:00:00.000Z', end: '2026-03-02T07:10:00.000Z', date: '2026-03-02', publicCapacity: 2, internCapacity: 3, taken: 0 });
    expect(capacityPreview.slots.find((slot: { start: string }) => slot.start === '2026-03-04T10:30:00.000Z')!.taken).toBe(1);
  });

  it('shows an edited rule and the appointments it would hit, and saves nothing', async () => {
    const versionBefore = (
      await api.admin(
        graphql(`
          query CapacityPreviewOffice($id: ID!) {
            office(id: $id) {
              version
            }
          }
        `),
        { id: office.officeId },
      )
    ).office.version;
    const { capacityPreview } = await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02', ruleId: office.ruleId, rule: { ...rule, endTime: '11:00', weekdays: [1, 2, 3] } } });
    expect(slotsPerDay(capacityPreview.slots)).toEqual({ '2026-03-02': 18, '2026-03-03': 18, '2026-03-04': 18 });
    expect(capacityPreview.affectedAppointments).toEqual([{ number: booked.number, start: '2026-03-04T10:30:00.000Z' }]);

    const { office: after } = await api.admin(
      graphql(`
        query CapacityPreviewOffice2($id: ID!) {
          office(id: $id) {
            version
            capacityRules {
              endTime
              weekdays
            }
          }
        }
      `),
      { id: office.officeId },
    );
    expect(after).toEqual({ version: versionBefore, capacityRules: [{ endTime: '12:00', weekdays: [1, 2, 3, 4, 5] }] });
    const { availableSlots } = await api.data(op.availableSlots, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], date: '2026-03-05' } });
    expect(availableSlots[0].startTimes).toContain('2026-03-05T10:50:00.000Z');
  });

  it('shows a new rule added to the saved ones, and a rule left out', async () => {
    const saturday = { ...rule, weekdays: [6], startTime: '09:00', endTime: '10:00' };
    const added = (await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02', rule: saturday } })).capacityPreview;
    expect(slotsPerDay(added.slots)['2026-03-07']).toBe(6);
    const removed = (await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02', ruleId: office.ruleId } })).capacityPreview;
    expect(removed.slots).toEqual([]);
    expect(removed.affectedAppointments.map((appointment: { number: number }) => appointment.number)).toEqual([booked.number]);
  });

  it('answers InvalidInput for a broken rule and NotFound for a rule of another office', async () => {
    const broken = (await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02', rule: { ...rule, startTime: '12:00', endTime: '08:00' } } })).capacityPreview;
    expect(broken.__typename).toBe('InvalidInput');
    const other = await createOffice(api, 'Bürgeramt Anderswo', rule);
    const foreign = (await api.admin(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02', ruleId: other.ruleId } })).capacityPreview;
    expect(foreign.__typename).toBe('NotFound');
  });

  it('lets a closure list the booked appointments of its own day only', async () => {
    const office2 = await createOffice(api, 'Bürgeramt Schließtag', rule);
    const book = async (start: string) => {
      const { reserveSlot } = await api.data(op.reserveSlot, { input: { officeId: office2.officeId, serviceIds: [office2.shortServiceId], start } });
      const { confirmAppointment } = await api.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Erika Muster', email: 'erika@example.org' } } });
      return confirmAppointment.appointment.number as number;
    };
    const wednesday = await book('2026-03-04T10:30:00Z');
    const thursday = await book('2026-03-05T08:00:00Z');
    // The shorter day leaves Wednesday's 11:30 without room; closing Thursday does not list it again.
    const { updateCapacityRule } = await api.admin(op.updateCapacityRule, { input: { ruleId: office2.ruleId, ...rule, endTime: '11:00' } });
    expect(updateCapacityRule.affectedAppointments).toEqual([{ number: wednesday }]);
    const { addClosure } = await api.admin(op.addClosure, { input: { officeId: office2.officeId, date: '2026-03-05', reason: 'Betriebsausflug' } });
    expect(addClosure.affectedAppointments.map((appointment: { number: number }) => appointment.number)).toEqual([thursday]);
  });

  it('is for the office admins only', async () => {
    await api.admin(
      graphql(`
        mutation CapacityPreviewCreateStaffAccount($input: CreateStaffAccountInput!) {
          createStaffAccount(input: $input) {
            __typename
          }
        }
      `),
      {
        input: { username: 'vorschau-schalter', displayName: 'Schalter', password: 'vorschau-password-123', memberships: [{ officeId: office.officeId, role: 'staff' }] },
      },
    );
    const staff = await api.login('vorschau-schalter', 'vorschau-password-123');
    const refused = await api.graphql(preview, { input: { officeId: office.officeId, weekOf: '2026-03-02' } }, staff);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
