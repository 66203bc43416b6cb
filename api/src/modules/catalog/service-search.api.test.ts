import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@zms/test-kit/api';
import { graphql } from '@zms/test-kit/gql';

let api: TestApi;
const ids: Record<string, string> = {};

const search = graphql(`
  query ServiceSearchServices($search: String, $language: MessageLanguage, $first: Int!, $after: String) {
    services(search: $search, language: $language, first: $first, after: $after) {
      edges {
        node {
          id
          name(language: $language)
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

async function names(term: string | null, language: 'de' | 'en' | null = null, first = 20): Promise<string[]> {
  const { services } = await api.data(search, { search: term, language, first });
  return services.edges.map((edge: { node: { name: string } }) => edge.node.name);
}

async function createService(name: string, whatToBring: string | null = null): Promise<string> {
  const { createService: created } = await api.admin(
    graphql(`
      mutation ServiceSearchCreateService($input: CreateServiceInput!) {
        createService(input: $input) {
          ... on Service {
            id
          }
        }
      }
    `),
    { input: { name } },
  );
  if (whatToBring) await setText(created.id, 'de', name, whatToBring);
  return created.id as string;
}

async function setText(serviceId: string, language: 'de' | 'en', name: string, whatToBring: string | null = null) {
  const { setServiceText } = await api.admin(
    graphql(`
      mutation ServiceSearchSetServiceText($input: SetServiceTextInput!) {
        setServiceText(input: $input) {
          __typename
          ... on Service {
            id
          }
          ... on ErrorResult {
            message
          }
        }
      }
    `),
    { input: { serviceId, language, name, whatToBring } },
  );
  expect(setServiceText.__typename).toBe('Service');
}

beforeAll(async () => {
  api = await startTestApi('2026-03-02T08:00:00Z');
  ids.anmeldung = await createService('Anmeldung einer Wohnung', 'Personalausweis oder Reisepass\nWohnungsgeberbestätigung');
  ids.abmeldung = await createService('Abmeldung einer Wohnung');
  ids.ausweis = await createService('Personalausweis beantragen');
  ids.pass = await createService('Reisepass beantragen');
  ids.kinderpass = await createService('Kinderreisepass beantragen');
  ids.fuehrerschein = await createService('Führerschein umschreiben');
  ids.gewerbe = await createService('Gewerbe - Anmeldung');
  ids.archiv = await createService('Archivauskunft');
  // English where the catalogue has it; the passport has no English text and is found by a synonym.
  await setText(ids.anmeldung, 'en', 'Registering a flat', "Identity card or passport\nLandlord's confirmation");
  await setText(ids.ausweis, 'en', 'Applying for an identity card');
  await setText(ids.fuehrerschein, 'en', 'Exchanging a foreign driving licence');
});

afterAll(async () => {
  await api?.stop();
});

describe('names and texts per language', () => {
  it('answers the asked language, German where there is no translation or none was asked for', async () => {
    const query = graphql(`
      query ServiceSearchServices2($language: MessageLanguage) {
        services(first: 50) {
          edges {
            node {
              id
              name(language: $language)
              whatToBring(language: $language)
            }
          }
        }
      }
    `);
    const byId = async (language: 'en' | null) => new Map((await api.data(query, { language })).services.edges.map((edge: { node: { id: string } }) => [edge.node.id, edge.node]));
    const english = await byId('en');
    const german = await byId(null);
    expect(english.get(ids.anmeldung)).toEqual({ id: ids.anmeldung, name: 'Registering a flat', whatToBring: "Identity card or passport\nLandlord's confirmation" });
    expect(german.get(ids.anmeldung)).toEqual({ id: ids.anmeldung, name: 'Anmeldung einer Wohnung', whatToBring: 'Personalausweis oder Reisepass\nWohnungsgeberbestätigung' });
    expect(english.get(ids.pass)).toMatchObject({ name: 'Reisepass beantragen', whatToBring: null });
  });

  it('sorts the catalogue by the names of the language asked for', async () => {
    expect(await names(null, 'en', 3)).toEqual(['Abmeldung einer Wohnung', 'Applying for an identity card', 'Archivauskunft']);
    expect(await names(null, 'de', 3)).toEqual(['Abmeldung einer Wohnung', 'Anmeldung einer Wohnung', 'Archivauskunft']);
  });

  it('lets only platform admins change texts', async () => {
    const setServiceText = graphql(`
      mutation ServiceSearchSetServiceTextAnonymously($input: SetServiceTextInput!) {
        setServiceText(input: $input) {
          __typename
        }
      }
    `);
    const result = await api.graphql(setServiceText, { input: { serviceId: ids.pass, language: 'en', name: 'Passport' } });
    expect(result.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(await names('Passport', 'en')).not.toContain('Passport');
  });
});

describe('the service search', () => {
  it.each([
    ['identity card', 'Personalausweis beantragen'],
    ['registration', 'Anmeldung einer Wohnung'],
    ['passport', 'Reisepass beantragen'],
    ['driving licence', 'Führerschein umschreiben'],
    ['Ummeldung', 'Anmeldung einer Wohnung'],
    ['Wohnung anmelden', 'Anmeldung einer Wohnung'],
    ['Fuhrerschein', 'Führerschein umschreiben'],
    ['fuehrerschein', 'Führerschein umschreiben'],
    ['Führerschien', 'Führerschein umschreiben'],
    ['Persnalausweis', 'Personalausweis beantragen'],
    ['Perso', 'Personalausweis beantragen'],
    ['  PERSONALAUSWEIS  ', 'Personalausweis beantragen'],
  ])('finds "%s" as %s, first', async (term, expected) => {
    expect((await names(term))[0]).toBe(expected);
  });

  it('finds what a word stands for next to what it says: "Pass" finds both passports, "Umzug" both flats', async () => {
    expect(await names('Pass')).toEqual(expect.arrayContaining(['Reisepass beantragen', 'Kinderreisepass beantragen']));
    expect(await names('Umzug')).toEqual(expect.arrayContaining(['Anmeldung einer Wohnung', 'Abmeldung einer Wohnung']));
  });

  it('needs every word and forgives slips only where the word as typed is found nowhere: "Anmeldung" is no "Abmeldung"', async () => {
    expect(await names('Wohnung anmelden')).not.toContain('Abmeldung einer Wohnung');
    expect((await names('Anmeldung')).sort()).toEqual(['Anmeldung einer Wohnung', 'Gewerbe - Anmeldung']);
    expect(await names('Quxzyl')).toEqual([]);
  });

  it('answers the hits in the language asked for', async () => {
    expect((await names('Personalausweis', 'en'))[0]).toBe('Applying for an identity card');
    expect((await names('identity card', 'de'))[0]).toBe('Personalausweis beantragen');
  });

  it('pages through hits with cursors, each hit once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { services }: { services: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await api.data(search, { search: 'Wohnung', first: 1, after });
      seen.push(...services.edges.map((edge) => edge.node.name));
      if (!services.pageInfo.hasNextPage) break;
      after = services.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(['Abmeldung einer Wohnung', 'Anmeldung einer Wohnung']);
  });

  it('refuses a cursor of the other order as bad input', async () => {
    const { services } = await api.data(search, { search: null, first: 1 });
    const result = await api.graphql(search, { search: 'Wohnung', first: 1, after: services.pageInfo.endCursor });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search synonyms', () => {
  const add = graphql(`
    mutation ServiceSearchAddSearchSynonym($input: AddSearchSynonymInput!) {
      addSearchSynonym(input: $input) {
        __typename
        ... on SearchSynonym {
          id
          term
          means
        }
        ... on InvalidInput {
          problems
        }
      }
    }
  `);
  const remove = graphql(`
    mutation ServiceSearchRemoveSearchSynonym($input: RemoveSearchSynonymInput!) {
      removeSearchSynonym(input: $input) {
        __typename
      }
    }
  `);

  it('come seeded well beyond a handful, German and English', async () => {
    const { searchSynonyms } = await api.admin(
      graphql(`
        query ServiceSearchSearchSynonyms {
          searchSynonyms(first: 200) {
            edges {
              node {
                term
                means
              }
            }
          }
        }
      `),
    );
    const terms = new Set(searchSynonyms.edges.map((edge: { node: { term: string } }) => edge.node.term));
    expect(terms.size).toBeGreaterThan(60);
    for (const term of ['Ummeldung', 'Wohnung anmelden', 'Umzug', 'Perso', 'Pass', 'identity card', 'registration', 'passport', 'driving licence']) expect(terms).toContain(term);
  });

  it('are taught and forgotten by admins, and the search follows at once', async () => {
    expect(await names('Nachlassakte')).toEqual([]);
    const { addSearchSynonym } = await api.admin(add, { input: { term: ' Nachlassakte ', means: 'Archivauskunft' } });
    expect(addSearchSynonym).toMatchObject({ __typename: 'SearchSynonym', term: 'Nachlassakte', means: 'Archivauskunft' });
    expect(await names('Nachlassakte')).toEqual(['Archivauskunft']);
    expect((await api.admin(add, { input: { term: 'Nachlassakte', means: 'Archivauskunft' } })).addSearchSynonym.__typename).toBe('InvalidInput');
    expect((await api.admin(remove, { input: { synonymId: addSearchSynonym.id } })).removeSearchSynonym.__typename).toBe('Deleted');
    expect(await names('Nachlassakte')).toEqual([]);
  });

  it('are not for anyone else to read or change', async () => {
    expect(
      (
        await api.graphql(
          graphql(`
            query ServiceSearchSearchSynonyms2 {
              searchSynonyms(first: 1) {
                edges {
                  node {
                    term
                  }
                }
              }
            }
          `),
        )
      ).errors?.[0].extensions?.code,
    ).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect((await api.graphql(add, { input: { term: 'Spam', means: 'Archivauskunft' } })).errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe('where a service is bookable', () => {
  it('says whether some office books it online', async () => {
    const { createOffice } = await api.admin(
      graphql(`
        mutation ServiceSearchCreateOffice {
          createOffice(input: { name: "Bürgeramt Test", address: { street: "Weg", houseNumber: "1", postalCode: "10115" } }) {
            ... on Office {
              id
            }
          }
        }
      `),
    );
    const offer = (serviceId: string, bookableOnline: boolean) =>
      api.admin(
        graphql(`
          mutation ServiceSearchSetOfficeService($input: SetOfficeServiceInput!) {
            setOfficeService(input: $input) {
              __typename
            }
          }
        `),
        { input: { officeId: createOffice.id, serviceId, durationSlots: 1, bookableOnline } },
      );
    await offer(ids.anmeldung, true);
    await offer(ids.gewerbe, false);
    const { services } = await api.data(
      graphql(`
        query ServiceSearchServices3 {
          services(first: 50) {
            edges {
              node {
                id
                bookableOnline
              }
            }
          }
        }
      `),
    );
    const online = new Map(services.edges.map((edge: { node: { id: string; bookableOnline: boolean } }) => [edge.node.id, edge.node.bookableOnline]));
    expect([online.get(ids.anmeldung), online.get(ids.gewerbe), online.get(ids.archiv)]).toEqual([true, false, false]);
    // Only offices where citizens can book every service online, when asked so.
    const offering = async (serviceIds: string[], bookableOnline: boolean | null) =>
      (
        await api.data(
          graphql(`
            query ServiceSearchOffices($serviceIds: [ID!], $bookableOnline: Boolean) {
              offices(serviceIds: $serviceIds, bookableOnline: $bookableOnline, first: 10) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `),
          { serviceIds, bookableOnline },
        )
      ).offices.edges.length;
    expect(await offering([ids.gewerbe], null)).toBe(1);
    expect(await offering([ids.gewerbe], true)).toBe(0);
    expect(await offering([ids.anmeldung], true)).toBe(1);
  });
});
