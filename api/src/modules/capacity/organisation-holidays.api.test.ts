import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Friday 25 April 2025, 08:00 in Berlin: 8 May 2025 and 8 March 2026 (a Sunday) lie in a window of
// 365 days. The offices book every day 08:00–08:30, so weekends do not hide a holiday.
const friday = '2025-04-25T06:00:00Z';
const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '08:30', validFrom: '2025-01-01', endInDays: 365 };

let api: TestApi;
/** With two organisations, a public request names its own by path. */
let berlinApi: ApiClient;
let otherApi: ApiClient;
/** Offices of Land Berlin, the installation's first organisation: one keeps Berlin's holidays, one Bavaria's. */
let berlin: OfficeFixture;
let bavaria: OfficeFixture;
/** An office of another organisation, with Berlin's holidays too. */
let elsewhere: OfficeFixture;
let organisationId: string;
let otherOrganisationId: string;
/** Sessions at Land Berlin: the Berlin office's staff and admin, and an admin of the whole organisation. */
let staff: string;
let officeAdmin: string;
let organisationAdmin: string;

const organisationHolidays = graphql(`
  query OrganisationHolidaysList($organisationId: ID!) {
    organisationHolidays(organisationId: $organisationId) {
      __typename
      ... on OrganisationHolidays {
        organisationId
        days {
          id
          day
          name
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const addHoliday = graphql(`
  mutation OrganisationHolidaysAdd($input: AddOrganisationHolidayInput!) {
    addOrganisationHoliday(input: $input) {
      __typename
      ... on OrganisationHolidayChange {
        holiday {
          id
          day
          name
        }
        holidays {
          days {
            day
          }
        }
        affectedAppointments {
          number
          date
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

const removeHoliday = graphql(`
  mutation OrganisationHolidaysRemove($input: RemoveOrganisationHolidayInput!) {
    removeOrganisationHoliday(input: $input) {
      __typename
      ... on OrganisationHolidayChange {
        holiday {
          day
        }
        holidays {
          days {
            day
          }
        }
        affectedAppointments {
          number
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

const createStaffAccount = graphql(`
  mutation OrganisationHolidaysCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      __typename
      ... on ErrorResult {
        message
      }
    }
  }
`);

const organisations = graphql(`
  query OrganisationHolidaysOrganisations {
    organisations {
      id
      roles {
        id
        name
      }
    }
  }
`);

const createOrganisation = graphql(`
  mutation OrganisationHolidaysCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on Organisation {
        id
      }
    }
  }
`);

const setRegion = graphql(`
  mutation OrganisationHolidaysUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
    }
  }
`);

async function days(office: OfficeFixture, from: string, to: string): Promise<string[]> {
  const client = office === elsewhere ? otherApi : berlinApi;
  const { availableDays } = await client.data(op.availableDays, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from, to } });
  return availableDays.map((day) => day.date);
}

async function sql<T>(query: string, parameters: unknown[] = []): Promise<T[]> {
  return api.app.orm.em.fork().execute<T[]>(query, parameters);
}

async function staffToken(username: string, input: { memberships?: { officeId: string; role: 'staff' | 'officeAdmin' }[]; assignments?: { roleId: string }[] }): Promise<string> {
  const password = `${username}-password-123`;
  const { createStaffAccount: created } = await api.admin(createStaffAccount, { input: { username, displayName: username, password, organisationId, ...input } });
  expect(created).toEqual({ __typename: 'StaffAccount' });
  return berlinApi.login(username, password);
}

beforeAll(async () => {
  api = await startTestApi(friday);
  berlinApi = new ApiClient(`${api.url}/o/land-berlin`);
  otherApi = new ApiClient(`${api.url}/o/musterstadt`);
  berlinApi.adminToken = otherApi.adminToken = api.adminToken;
  // The first office founds the installation's organisation, Land Berlin.
  berlin = await createOffice(api, 'Bürgeramt Mitte', everyDay);
  bavaria = await createOffice(api, 'Bürgerbüro Passau', everyDay);
  expect((await api.admin(setRegion, { input: { officeId: bavaria.officeId, holidayRegion: 'DE-BY' } })).updateOfficeSettings.__typename).toBe('Office');
  const {
    organisations: [landBerlin],
  } = await api.admin(organisations);
  organisationId = landBerlin.id;
  staff = await staffToken('feiertage-schalter', { memberships: [{ officeId: berlin.officeId, role: 'staff' }] });
  officeAdmin = await staffToken('feiertage-leitung', { memberships: [{ officeId: berlin.officeId, role: 'officeAdmin' }] });
  organisationAdmin = await staffToken('feiertage-land', { assignments: [{ roleId: landBerlin.roles.find((role) => role.name === 'admin')!.id }] });
  const { createOrganisation: other } = await api.admin(createOrganisation, { input: { name: 'Stadtverwaltung Musterstadt', slug: 'musterstadt' } });
  if (other.__typename !== 'Organisation') throw new Error(`organisation refused: ${JSON.stringify(other)}`);
  otherOrganisationId = other.id;
  elsewhere = await createOffice(otherApi, 'Bürgerbüro Musterstadt', everyDay);
});

afterAll(async () => {
  await api?.stop();
});

describe("an organisation's own public holidays", () => {
  it("needs none for Berlin's 8 May 2025 and Frauentag: the holiday calendar knows both for DE-BE, and Bavaria works them", async () => {
    expect(await api.admin(organisationHolidays, { organisationId })).toEqual({ organisationHolidays: { __typename: 'OrganisationHolidays', organisationId, days: [] } });
    expect(await days(berlin, '2025-05-07', '2025-05-09')).toEqual(['2025-05-07', '2025-05-09']);
    expect(await days(bavaria, '2025-05-07', '2025-05-09')).toEqual(['2025-05-07', '2025-05-08', '2025-05-09']);
    expect(await days(berlin, '2026-03-07', '2026-03-09')).toEqual(['2026-03-07', '2026-03-09']);
    expect(await days(bavaria, '2026-03-07', '2026-03-09')).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
  });

  it("closes every office of the organisation on an added day in the same request, lists its bookings, and leaves another organisation's offices open", async () => {
    const { reserveSlot } = await berlinApi.data(op.reserveSlot, { input: { officeId: berlin.officeId, serviceIds: [berlin.shortServiceId], start: '2025-06-12T06:00:00Z' } });
    const { confirmAppointment } = await berlinApi.data(op.confirmAppointment, { input: { reservationToken: reserveSlot.token, contact: { name: 'Erika Muster', email: 'erika@example.org' } } });
    for (const office of [berlin, bavaria, elsewhere]) expect(await days(office, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-12', '2025-06-13']);

    const { addOrganisationHoliday: added } = await api.admin(addHoliday, { input: { organisationId, day: '2025-06-12', name: '  Jubiläum der Verwaltung  ' } });
    expect(added).toMatchObject({
      __typename: 'OrganisationHolidayChange',
      holiday: { day: '2025-06-12', name: 'Jubiläum der Verwaltung' },
      holidays: { days: [{ day: '2025-06-12' }] },
      affectedAppointments: [{ number: confirmAppointment.appointment.number, date: '2025-06-12' }],
    });
    expect(await days(berlin, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-13']);
    expect(await days(bavaria, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-13']);
    expect(await days(elsewhere, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-12', '2025-06-13']);
    expect(await api.admin(organisationHolidays, { organisationId: otherOrganisationId })).toEqual({ organisationHolidays: { __typename: 'OrganisationHolidays', organisationId: otherOrganisationId, days: [] } });

    // The day outlives the booking window's next step: the window job plans it closed as well.
    await api.runJobs();
    expect(await days(bavaria, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-13']);

    const { removeOrganisationHoliday: removed } = await api.admin(removeHoliday, { input: { holidayId: added.holiday.id } });
    expect(removed).toEqual({ __typename: 'OrganisationHolidayChange', holiday: { day: '2025-06-12' }, holidays: { days: [] }, affectedAppointments: [] });
    for (const office of [berlin, bavaria, elsewhere]) expect(await days(office, '2025-06-11', '2025-06-13')).toEqual(['2025-06-11', '2025-06-12', '2025-06-13']);
    const [{ audited }] = await sql<{ audited: number }>(`select count(*)::int as audited from audit_entry where action in ('addOrganisationHoliday', 'removeOrganisationHoliday')`);
    expect(audited).toBe(4); // each change once per office of the organisation
  });

  it('closes a day the calendar does not know once the organisation adds it, and lists it', async () => {
    const { addOrganisationHoliday: added } = await api.admin(addHoliday, { input: { organisationId: otherOrganisationId, day: '2025-10-31', name: 'Stadtjubiläum' } });
    expect(added.__typename).toBe('OrganisationHolidayChange');
    expect(await days(elsewhere, '2025-10-30', '2025-11-01')).toEqual(['2025-10-30', '2025-11-01']);
    expect(await days(berlin, '2025-10-30', '2025-11-01')).toEqual(['2025-10-30', '2025-10-31', '2025-11-01']);
    expect(await api.admin(organisationHolidays, { organisationId: otherOrganisationId })).toEqual({
      organisationHolidays: { __typename: 'OrganisationHolidays', organisationId: otherOrganisationId, days: [{ id: added.holiday.id, day: '2025-10-31', name: 'Stadtjubiläum' }] },
    });
  });

  it('answers an unknown organisation, a day it has, a past day, an empty name and a date not in the calendar, and adds nothing', async () => {
    const add = async (input: { organisationId: string; day: string; name: string }) => (await api.admin(addHoliday, { input })).addOrganisationHoliday;
    expect(await add({ organisationId: api.publicId(999999), day: '2025-07-01', name: 'Nirgends' })).toMatchObject({ __typename: 'NotFound', code: 'NOT_FOUND', message: 'There is no such organisation.' });
    expect(await add({ organisationId: otherOrganisationId, day: '2025-10-31', name: 'Noch einmal' })).toEqual({
      __typename: 'InvalidInput',
      fieldProblems: [{ field: 'day', message: 'The organisation already has 2025-10-31 as a holiday (Stadtjubiläum).' }],
      code: 'INVALID_INPUT',
      message: 'The organisation already has 2025-10-31 as a holiday (Stadtjubiläum).',
    });
    expect((await add({ organisationId, day: '2025-04-24', name: 'Gestern' })).fieldProblems).toEqual([{ field: 'day', message: 'The day must be today (2025-04-25) or later.' }]);
    expect((await add({ organisationId, day: '2025-07-01', name: ' ' })).fieldProblems).toEqual([{ field: 'name', message: 'The holiday needs a name, e.g. "Tag der Befreiung".' }]);
    const badDate = await api.graphql(addHoliday, { input: { organisationId, day: '2025-02-30', name: 'Nie' } }, api.adminToken);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.admin(removeHoliday, { input: { holidayId: api.publicId(999999) } })).removeOrganisationHoliday).toMatchObject({ __typename: 'NotFound', message: 'There is no such organisation holiday.' });
    expect((await api.admin(organisationHolidays, { organisationId: api.publicId(999999) })).organisationHolidays).toMatchObject({ __typename: 'NotFound' });
    expect((await api.admin(organisationHolidays, { organisationId })).organisationHolidays).toMatchObject({ days: [] });
  });

  it("lets its offices' staff read the days, and only the organisation's admins change them", async () => {
    const [{ id: otherHolidayKey }] = await sql<{ id: number }>('select id from organisation_holiday where organisation_id = ?', [api.databaseKey(otherOrganisationId)]);
    const otherHolidayId = api.publicId(otherHolidayKey);
    const code = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

    for (const token of [staff, officeAdmin, organisationAdmin]) {
      expect((await api.data(organisationHolidays, { organisationId }, token)).organisationHolidays).toMatchObject({ __typename: 'OrganisationHolidays' });
      expect(code(await api.graphql(organisationHolidays, { organisationId: otherOrganisationId }, token))).toBe('FORBIDDEN');
    }
    expect(code(await api.graphql(organisationHolidays, { organisationId }))).toBe('UNAUTHENTICATED');

    // An office's admin holds manageOrganisation at that office only, not for the organisation.
    for (const [token, expected] of [
      [undefined, 'UNAUTHENTICATED'],
      [staff, 'FORBIDDEN'],
      [officeAdmin, 'FORBIDDEN'],
    ] as const) {
      expect(code(await api.graphql(addHoliday, { input: { organisationId, day: '2025-07-01', name: 'Ohne Recht' } }, token))).toBe(expected);
      expect(code(await api.graphql(removeHoliday, { input: { holidayId: otherHolidayId } }, token))).toBe(expected);
    }
    expect(code(await api.graphql(addHoliday, { input: { organisationId: otherOrganisationId, day: '2025-07-01', name: 'Fremd' } }, organisationAdmin))).toBe('FORBIDDEN');
    expect(code(await api.graphql(removeHoliday, { input: { holidayId: otherHolidayId } }, organisationAdmin))).toBe('FORBIDDEN');
    expect(await days(berlin, '2025-06-30', '2025-07-02')).toEqual(['2025-06-30', '2025-07-01', '2025-07-02']);
    expect(await days(elsewhere, '2025-10-30', '2025-11-01')).toEqual(['2025-10-30', '2025-11-01']);

    const { addOrganisationHoliday: added } = await api.data(addHoliday, { input: { organisationId, day: '2025-07-01', name: 'Tag der Verwaltung' } }, organisationAdmin);
    expect(added.__typename).toBe('OrganisationHolidayChange');
    expect(await days(berlin, '2025-06-30', '2025-07-02')).toEqual(['2025-06-30', '2025-07-02']);
    const { removeOrganisationHoliday: removed } = await api.data(removeHoliday, { input: { holidayId: added.holiday.id } }, organisationAdmin);
    expect(removed.__typename).toBe('OrganisationHolidayChange');
    expect(await days(berlin, '2025-06-30', '2025-07-02')).toEqual(['2025-06-30', '2025-07-01', '2025-07-02']);
  });
});
