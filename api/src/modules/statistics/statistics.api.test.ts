import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice } from '@zms/test-kit/office-fixture';
import { simulateOfficeDay, simulatedDayFigures, type SimulatedDay } from '@zms/test-kit/simulated-day';
import { graphql } from '@zms/test-kit/gql';

const date = '2026-03-02';
const statisticsQuery = graphql(`
  query StatisticsStatistics($input: StatisticsInput!) {
    statistics(input: $input) {
      from
      to
      offices {
        id
      }
      appointments
      cancelled
      noShows
      walkIns
      served
      missed
      appointmentsByChannel {
        channel
        appointments
      }
      waitingByHour {
        hour
        customers
        meanMinutes
        p90Minutes
      }
      serviceTimes {
        service {
          id
        }
        customers
        meanMinutes
      }
      utilisation {
        date
        offered
        booked
      }
    }
  }
`);

let api: TestApi;
let day: SimulatedDay;

beforeAll(async () => {
  api = await startTestApi('2026-02-27T08:00:00Z');
  day = await simulateOfficeDay(api, date);
}, 60_000);

afterAll(async () => {
  await api?.stop();
});

async function createAccount(username: string, officeId: string, role: 'staff' | 'officeAdmin'): Promise<string> {
  await api.admin(
    graphql(`
      mutation StatisticsCreateStaffAccount($input: CreateStaffAccountInput!) {
        createStaffAccount(input: $input) {
          __typename
        }
      }
    `),
    {
      input: { username, displayName: username, password: `${username}-password-123`, memberships: [{ officeId, role }] },
    },
  );
  return api.login(username, `${username}-password-123`);
}

describe('statistics', () => {
  it('gives the figures the records of a simulated day give', async () => {
    const { statistics } = await api.admin(statisticsQuery, { input: { officeId: day.office.officeId, from: date, to: date } });
    const figures = simulatedDayFigures;
    expect(statistics).toMatchObject({
      from: date,
      to: date,
      offices: [{ id: day.office.officeId }],
      appointments: figures.appointments,
      cancelled: figures.cancelled,
      noShows: figures.noShows,
      walkIns: figures.walkIns,
      served: figures.served,
      missed: figures.missed,
    });
    expect(Object.fromEntries(statistics.appointmentsByChannel.map((count: { channel: string; appointments: number }) => [count.channel, count.appointments]))).toEqual(figures.byChannel);
    expect(statistics.waitingByHour).toEqual(figures.waitingByHour);
    expect(statistics.serviceTimes).toEqual([
      { service: { id: day.office.shortServiceId }, ...figures.serviceTimes.short },
      { service: { id: day.office.longServiceId }, ...figures.serviceTimes.long },
    ]);
    expect(statistics.utilisation).toEqual([{ date, ...figures.utilisation }]);
  });

  it('counts nothing outside the range, and a group as its offices together', async () => {
    const { statistics: before } = await api.admin(statisticsQuery, { input: { officeId: day.office.officeId, from: '2026-02-01', to: '2026-02-28' } });
    expect(before).toMatchObject({ appointments: 0, walkIns: 0, waitingByHour: [], serviceTimes: [] });

    const other = await createOffice(api, 'Bürgeramt Leer');
    const { createOfficeGroup } = await api.admin(
      graphql(`
        mutation StatisticsCreateOfficeGroup($input: OfficeGroupInput!) {
          createOfficeGroup(input: $input) {
            ... on OfficeGroup {
              id
            }
          }
        }
      `),
      { input: { name: 'Bezirk Statistik', officeIds: [day.office.officeId, other.officeId] } },
    );
    const { statistics } = await api.admin(statisticsQuery, { input: { groupId: createOfficeGroup.id, from: date, to: date } });
    expect(statistics.offices.map((office: { id: string }) => office.id).sort()).toEqual([day.office.officeId, other.officeId].sort());
    expect(statistics).toMatchObject({ appointments: simulatedDayFigures.appointments, walkIns: simulatedDayFigures.walkIns });
  });

  it('is for office admins of the office (of each office of a group) and admins only', async () => {
    const other = await createOffice(api, 'Bürgeramt Nachbar');
    const ownAdmin = await createAccount('statistik-chefin', day.office.officeId, 'officeAdmin');
    const staff = await createAccount('statistik-schalter', day.office.officeId, 'staff');
    const otherAdmin = await createAccount('nachbar-chef', other.officeId, 'officeAdmin');
    const input = { officeId: day.office.officeId, from: date, to: date };
    expect((await api.data(statisticsQuery, { input }, ownAdmin)).statistics.walkIns).toBe(simulatedDayFigures.walkIns);
    expect((await api.graphql(statisticsQuery, { input }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(statisticsQuery, { input }, otherAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.graphql(statisticsQuery, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { createOfficeGroup } = await api.admin(
      graphql(`
        mutation StatisticsCreateOfficeGroup2($input: OfficeGroupInput!) {
          createOfficeGroup(input: $input) {
            ... on OfficeGroup {
              id
            }
          }
        }
      `),
      { input: { name: 'Bezirk Halb', officeIds: [day.office.officeId, other.officeId] } },
    );
    expect((await api.graphql(statisticsQuery, { input: { groupId: createOfficeGroup.id, from: date, to: date } }, ownAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a reversed or overlong range and an unknown office as bad input', async () => {
    for (const input of [
      { officeId: day.office.officeId, from: date, to: '2026-03-01' },
      { officeId: day.office.officeId, from: '2025-01-01', to: '2026-03-02' },
      { officeId: api.publicId(999999), from: date, to: date },
      { from: date, to: date },
      { officeId: day.office.officeId, groupId: api.publicId(1), from: date, to: date },
    ]) {
      expect((await api.graphql(statisticsQuery, { input }, api.adminToken)).errors?.[0].extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
  });
});
