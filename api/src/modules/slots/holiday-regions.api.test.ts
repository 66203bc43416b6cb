import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';
import * as op from '@zms/test-kit/operations';
import { graphql } from '@zms/test-kit/gql';

// Friday 2 January 2026, 08:00 in Berlin: Tuesday 6 January (Epiphany) lies inside the window.
const newYear = '2026-01-02T07:00:00Z';
let api: TestApi;
let berlin: OfficeFixture;
let munich: OfficeFixture;

const updateSettings = graphql(`
  mutation HolidayRegionsUpdateOfficeSettings($input: UpdateOfficeSettingsInput!) {
    updateOfficeSettings(input: $input) {
      __typename
      ... on Office {
        settings {
          holidayRegion
        }
      }
      ... on InvalidInput {
        fieldProblems {
          field
          message
        }
      }
    }
  }
`);

async function setRegion(office: OfficeFixture, holidayRegion: string) {
  return (await api.admin(updateSettings, { input: { officeId: office.officeId, holidayRegion } })).updateOfficeSettings;
}

async function days(office: OfficeFixture, from: string, to: string): Promise<string[]> {
  const { availableDays } = await api.data(op.availableDays, { input: { serviceIds: [office.shortServiceId], officeIds: [office.officeId], from, to } });
  return availableDays.map((day) => day.date);
}

async function savedRegion(office: OfficeFixture): Promise<string> {
  return (
    await api.admin(
      graphql(`
        query HolidayRegionsOffice($id: ID!) {
          office(id: $id) {
            settings {
              holidayRegion
            }
          }
        }
      `),
      { id: office.officeId },
    )
  ).office.settings.holidayRegion;
}

beforeAll(async () => {
  api = await startTestApi(newYear);
  berlin = await createOffice(api, 'Bürgeramt Mitte');
  munich = await createOffice(api, 'Bürgerbüro München');
});

afterAll(async () => {
  await api?.stop();
});

describe('holiday regions', () => {
  it("keeps Berlin's holidays for an office that names none", async () => {
    expect(await savedRegion(berlin)).toBe('DE-BE');
    expect(await days(berlin, '2026-01-05', '2026-01-07')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
  });

  it('rebuilds the slots in the request that moves an office to Bavaria: none on 6 January, as in Berlin again when it moves back', async () => {
    expect(await days(munich, '2026-01-05', '2026-01-07')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
    expect(await setRegion(munich, 'DE-BY')).toEqual({ __typename: 'Office', settings: { holidayRegion: 'DE-BY' } });
    expect(await days(munich, '2026-01-05', '2026-01-07')).toEqual(['2026-01-05', '2026-01-07']);
    expect(await days(berlin, '2026-01-05', '2026-01-07')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);

    await setRegion(munich, 'DE-BE');
    expect(await days(munich, '2026-01-05', '2026-01-07')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07']);
  });

  it('closes an office in Augsburg on its Friedensfest, 8 August, which the rest of Bavaria works', async () => {
    const everyDay = { weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '08:00', endTime: '08:30', endInDays: 240 };
    const augsburg = await createOffice(api, 'Bürgeramt Augsburg', everyDay);
    const nuremberg = await createOffice(api, 'Bürgeramt Nürnberg', everyDay);
    await setRegion(augsburg, 'DE-BY-A');
    await setRegion(nuremberg, 'DE-BY');
    expect(await days(augsburg, '2026-08-07', '2026-08-09')).toEqual(['2026-08-07', '2026-08-09']);
    expect(await days(nuremberg, '2026-08-07', '2026-08-09')).toEqual(['2026-08-07', '2026-08-08', '2026-08-09']);
  });

  it('answers a region it does not know with the field, and saves nothing', async () => {
    expect(await setRegion(berlin, 'DE-XY')).toEqual({
      __typename: 'InvalidInput',
      fieldProblems: [{ field: 'holidayRegion', message: 'holidayRegion must be a holiday region such as DE-BE (Berlin), DE-BY (Bavaria) or DE-BY-A (Augsburg), not "DE-XY".' }],
    });
    expect(await savedRegion(berlin)).toBe('DE-BE');
  });
});
