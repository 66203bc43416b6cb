import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { createOffice, type OfficeFixture } from '@zms/test-kit/office-fixture';

let api: TestApi;
let office: OfficeFixture;
let organisationId: string;

const legalInformation =
  '{ legalInformation { organisationName imprintUrl privacyUrl accessibilityContactEmail accessibilityConformance accessibilityKnownBarriers accessibilityPreparedOn accessibilityEnforcementBody accessibilityEnforcementUrl } }';
const setLegal = `mutation ($input: SetOrganisationLegalSettingsInput!) { setOrganisationLegalSettings(input: $input) { __typename ... on Organisation { legalSettings { imprintUrl privacyUrl } } ... on InvalidInput { fieldProblems { field } } } }`;

beforeAll(async () => {
  // Citizens' documents here are the test's own text.
  api = await startTestApi('2026-03-02T06:00:00Z', {
    TRUSTED_DOCUMENTS_ONLY_FOR: 'none',
    LEGAL_IMPRINT_URL: 'https://www.berlin.de/impressum/',
    LEGAL_PRIVACY_URL: 'https://www.berlin.de/datenschutz/',
    ACCESSIBILITY_CONTACT_EMAIL: 'barrierefreiheit@example.org',
    ACCESSIBILITY_KNOWN_BARRIERS: 'Die Karte der Standorte ist nicht barrierefrei. | PDF-Formulare sind nicht barrierefrei.',
    ACCESSIBILITY_STATEMENT_PREPARED_ON: '2026-01-15',
  });
  office = await createOffice(api, 'Bürgeramt Recht', { startTime: '08:00', endInDays: 60 });
  const { organisations } = await api.admin('{ organisations { id } }');
  organisationId = organisations[0].id;
});

afterAll(async () => {
  await api?.stop();
});

it("answers the installation's settings where the organisation sets none, and the organisation's own over them", async () => {
  expect((await api.data(legalInformation)).legalInformation).toEqual({
    organisationName: 'Land Berlin',
    imprintUrl: 'https://www.berlin.de/impressum/',
    privacyUrl: 'https://www.berlin.de/datenschutz/',
    accessibilityContactEmail: 'barrierefreiheit@example.org',
    accessibilityConformance: 'PARTIAL',
    accessibilityKnownBarriers: ['Die Karte der Standorte ist nicht barrierefrei.', 'PDF-Formulare sind nicht barrierefrei.'],
    accessibilityPreparedOn: '2026-01-15',
    accessibilityEnforcementBody: 'Landesbeauftragte für digitale Barrierefreiheit Berlin',
    accessibilityEnforcementUrl: null,
  });

  const { setOrganisationLegalSettings } = await api.admin(setLegal, { input: { organisationId, imprintUrl: 'https://bezirk.example.org/impressum', privacyUrl: '  ', accessibilityConformance: 'FULL', accessibilityKnownBarriers: '' } });
  expect(setOrganisationLegalSettings).toEqual({ __typename: 'Organisation', legalSettings: { imprintUrl: 'https://bezirk.example.org/impressum', privacyUrl: null } });
  const { legalInformation: overridden } = await api.data(legalInformation);
  expect(overridden).toMatchObject({ imprintUrl: 'https://bezirk.example.org/impressum', privacyUrl: 'https://www.berlin.de/datenschutz/', accessibilityConformance: 'FULL' });
  // An empty list of barriers is no setting of its own: the installation's stays.
  expect(overridden.accessibilityKnownBarriers).toHaveLength(2);
});

it('takes only web addresses, a plausible email and a review after preparation', async () => {
  const { setOrganisationLegalSettings } = await api.admin(setLegal, {
    input: { organisationId, imprintUrl: 'javascript:alert(1)', accessibilityContactEmail: 'nobody', accessibilityPreparedOn: '2026-02-01', accessibilityReviewedOn: '2026-01-01' },
  });
  expect(setOrganisationLegalSettings).toEqual({ __typename: 'InvalidInput', fieldProblems: [{ field: 'imprintUrl' }, { field: 'accessibilityContactEmail' }, { field: 'accessibilityReviewedOn' }] });
  expect((await api.data(legalInformation)).legalInformation.imprintUrl).toBe('https://bezirk.example.org/impressum');
});

it("shows an organisation's own settings to its admins only, and lets only them change them", async () => {
  const { organisations } = await api.data('{ organisations { legalSettings { imprintUrl } } }');
  expect(organisations).toEqual([{ legalSettings: null }]);
  const refused = await api.graphql(setLegal, { input: { organisationId, imprintUrl: 'https://evil.example.org' } });
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

it('tells when new appointments are released, from the capacity rules', async () => {
  // Monday 2 March, 07:00 in Berlin: the fixture's rule (Mon–Fri from 08:00, 60 days ahead) would
  // release Friday 1 May at 08:00, a public holiday; the next days ahead are a weekend, so Thursday's
  // release brings in Monday 4 May.
  const { offices } = await api.data('{ offices(first: 5) { edges { node { name release { daysAhead releaseTime nextReleaseAt nextReleasedDate } } } } }');
  expect(offices.edges).toEqual([{ node: { name: 'Bürgeramt Recht', release: { daysAhead: 60, releaseTime: '08:00', nextReleaseAt: '2026-03-05T07:00:00.000Z', nextReleasedDate: '2026-05-04' } } }]);
  expect(office.officeId).toBeTruthy();
});
