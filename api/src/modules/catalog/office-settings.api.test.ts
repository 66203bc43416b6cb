import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import { graphql } from '@zms/test-kit/gql';

const updateSettings = graphql(`
  mutation OfficeSettingsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
      ... on Office {
        settings {
          reservationMinutes
          displayMessage
          noShowLimit
          contactRetentionDays
          ticketFirstNumber
          ticketLastNumber
        }
      }
      ... on InvalidInput {
        problems
        fieldProblems {
          field
          message
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
const setHours = graphql(`
  mutation OfficeSettingsSetOpeningHours($input: SetOpeningHoursInput!) {
    setOpeningHours(input: $input) {
      __typename
      ... on Office {
        openingHours {
          weekdays
          open
          close
        }
      }
      ... on InvalidInput {
        fieldProblems {
          field
          message
          min
          max
        }
      }
    }
  }
`);
const createRule = graphql(`
  mutation OfficeSettingsCreateCapacityRule($input: CreateCapacityRuleInput!) {
    createCapacityRule(input: $input) {
      __typename
      ... on InvalidInput {
        fieldProblems {
          field
          message
          min
          max
        }
      }
    }
  }
`);

let api: TestApi;
let office: OfficeFixture;

const savedSettings = async () =>
  (
    await api.admin(
      graphql(`
        query OfficeSettingsOffice($id: ID!) {
          office(id: $id) {
            settings {
              reservationMinutes
              displayMessage
              noShowLimit
              contactRetentionDays
              ticketFirstNumber
              ticketLastNumber
            }
          }
        }
      `),
      { id: office.officeId },
    )
  ).office.settings;

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  office = await createOffice(api, 'Bürgeramt Formulare');
});

afterAll(async () => {
  await api?.stop();
});

describe('updateOfficeSettings', () => {
  it('sets the display message, the no-show limit and the retention days', async () => {
    const { updateOfficeSettings } = await api.admin(updateSettings, { input: { officeId: office.officeId, displayMessage: 'Heute nur Abholungen.', noShowLimit: 2, contactRetentionDays: 90 } });
    expect(updateOfficeSettings.settings).toMatchObject({ displayMessage: 'Heute nur Abholungen.', noShowLimit: 2, contactRetentionDays: 90 });
  });

  it('answers a value out of range with the field and its range, not a bare BAD_USER_INPUT, and saves nothing', async () => {
    const before = await savedSettings();
    const { updateOfficeSettings } = await api.admin(updateSettings, { input: { officeId: office.officeId, reservationMinutes: 0, contactRetentionDays: 4000, noShowLimit: 3 } });
    expect(updateOfficeSettings).toEqual({
      __typename: 'InvalidInput',
      code: 'INVALID_INPUT',
      problems: ['reservationMinutes must be a whole number from 1 to 240 minutes, not 0.', 'contactRetentionDays must be a whole number from 1 to 3650 days, not 4000.'],
      fieldProblems: [
        { field: 'reservationMinutes', message: 'reservationMinutes must be a whole number from 1 to 240 minutes, not 0.', min: 1, max: 240 },
        { field: 'contactRetentionDays', message: 'contactRetentionDays must be a whole number from 1 to 3650 days, not 4000.', min: 1, max: 3650 },
      ],
    });
    expect(await savedSettings()).toEqual(before);
  });

  it('names the first ticket number when it would lie above the last', async () => {
    const { updateOfficeSettings } = await api.admin(updateSettings, { input: { officeId: office.officeId, ticketFirstNumber: 1000 } });
    expect(updateOfficeSettings.fieldProblems).toEqual([{ field: 'ticketFirstNumber', message: 'ticketFirstNumber must not be above ticketLastNumber (999).', min: 1, max: 999 }]);
  });
});

describe('setOpeningHours', () => {
  it('names the block and field of each problem', async () => {
    const { setOpeningHours } = await api.admin(setHours, {
      input: {
        officeId: office.officeId,
        hours: [
          { weekdays: [1, 2, 3], open: '08:00', close: '16:00' },
          { weekdays: [], open: '14:00', close: '12:00' },
        ],
      },
    });
    expect(setOpeningHours).toEqual({
      __typename: 'InvalidInput',
      fieldProblems: [
        { field: 'hours.1.close', message: 'Block 2 must close after it opens (14:00–12:00).', min: null, max: null },
        { field: 'hours.1.weekdays', message: 'Block 2 needs weekdays from 1 (Monday) to 7 (Sunday).', min: 1, max: 7 },
      ],
    });
  });
});

describe('createCapacityRule', () => {
  it.each([
    ['repeatEveryWeeks', { repeatEveryWeeks: 53 }, { field: 'repeatEveryWeeks', message: 'repeat every must be a whole number of weeks from 1 to 52', min: 1, max: 52 }],
    ['internCounters', { publicCounters: 1, internCounters: 1001 }, { field: 'internCounters', message: 'intern counters must be a whole number from 0 to 1000', min: 0, max: 1000 }],
    ['weekdays', { weekdays: [] }, { field: 'weekdays', message: 'at least one weekday is needed', min: null, max: null }],
  ])('answers %s out of range with the field and its range', async (_, override, problem) => {
    const { createCapacityRule } = await api.admin(createRule, {
      input: { officeId: office.officeId, weekdays: [6], startTime: '08:00', endTime: '12:00', validFrom: '2026-03-01', publicCounters: 1, internCounters: 1, ...override },
    });
    expect(createCapacityRule).toEqual({ __typename: 'InvalidInput', fieldProblems: [problem] });
  });
});
