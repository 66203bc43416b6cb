import { access, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDldbLocations, readDldbFolder } from './dldb-import';

const sampleFolder = path.resolve(import.meta.dirname, 'dldb-sample');
// Read in place: the real export's licence keeps it out of this repository.
const realExportFolder = path.resolve(import.meta.dirname, '../../../../../shared/data/zms-fixtures');
const hasRealExport = await access(realExportFolder).then(
  () => true,
  () => false,
);

describe('readDldbFolder on the sample', () => {
  it('keeps every service, offered or not, with trimmed names', async () => {
    const catalog = await readDldbFolder(sampleFolder);
    expect(catalog.organisation).toBe('Land Berlin');
    expect(catalog.services).toEqual([
      {
        externalId: '800001',
        name: 'Wohnsitz anmelden',
        description: null,
        whatToBring: 'Personalausweis oder Reisepass\nWohnungsgeberbestätigung',
        url: 'https://example.org/dienstleistung/800001/',
        translations: { en: { name: 'Registering a residence', description: null, whatToBring: "Identity card or passport\nLandlord's confirmation" } },
      },
      {
        externalId: '800002',
        name: 'Ausweis beantragen',
        description: null,
        whatToBring: null,
        url: 'https://example.org/dienstleistung/800002/',
        translations: { en: { name: 'Applying for an identity card', description: null, whatToBring: null } },
      },
      ...[
        ['800003', 'Beglaubigung'],
        ['800004', 'Fahrzeug ummelden'],
        ['800005', 'Eheschließung anmelden'],
        ['800006', 'Archivauskunft'],
      ].map(([externalId, name]) => ({ externalId, name, description: null, whatToBring: null, url: `https://example.org/dienstleistung/${externalId}/`, translations: {} })),
    ]);
  });

  it('reads the English export only where there is one, and only for services the German one lists', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dldb-german-only-'));
    try {
      for (const name of ['services_de.json', 'locations_de.json']) await copyFile(path.join(sampleFolder, name), path.join(folder, name));
      const german = await readDldbFolder(folder);
      expect(german.services.every((service) => Object.keys(service.translations ?? {}).length === 0)).toBe(true);
      const both = await readDldbFolder(sampleFolder);
      expect(both.services.map((service) => service.externalId)).not.toContain('899999');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('takes capacity and opening hours from the rules valid on the latest start date', async () => {
    const catalog = await readDldbFolder(sampleFolder);
    expect(catalog.offices[0]).toEqual({
      externalId: '900101',
      name: 'Bürgeramt Probestraße',
      street: 'Probestr.',
      houseNumber: '7',
      postalCode: '10115',
      city: 'Berlin',
      url: 'https://example.org/standort/900101/',
      services: [
        { serviceExternalId: '800001', slots: 1, bookableOnline: true },
        { serviceExternalId: '800002', slots: 2, bookableOnline: true },
        { serviceExternalId: '800003', slots: 1, bookableOnline: false },
      ],
      openingHours: [{ weekdays: [2, 4], open: '07:30', close: '13:00' }],
      capacity: [
        {
          weekdays: [2, 4],
          start: '08:00',
          end: '12:45',
          slotMinutes: 15,
          publicCounters: 2,
          internCounters: 3,
          startInDays: 1,
          endInDays: 42,
        },
      ],
      counters: 3,
    });
  });

  it('trims padded addresses, reads numeric ids and leaves unknown schedules null', async () => {
    const catalog = await readDldbFolder(sampleFolder);
    expect(catalog.offices.slice(1)).toEqual([
      {
        externalId: '900102',
        name: 'Bürgeramt Testallee',
        street: 'Testallee',
        houseNumber: '12 a',
        postalCode: '12043',
        city: 'Berlin',
        url: 'https://example.org/standort/900102/',
        services: [
          { serviceExternalId: '800001', slots: 1, bookableOnline: true },
          { serviceExternalId: '800004', slots: 3, bookableOnline: true },
        ],
        openingHours: null,
        capacity: null,
        counters: 1,
      },
      {
        externalId: '900103',
        name: 'Standesamt Versuchsweg',
        street: 'Versuchsweg',
        houseNumber: '1-3',
        postalCode: '13347',
        city: 'Berlin',
        url: 'https://example.org/standort/900103/',
        services: [{ serviceExternalId: '800005', slots: 2, bookableOnline: true }],
        openingHours: null,
        capacity: null,
        counters: 1,
      },
      {
        externalId: '900104',
        name: 'Beratungsstelle Musterhof',
        street: 'Musterhof',
        houseNumber: '5',
        postalCode: '10967',
        city: 'Berlin',
        url: 'https://example.org/standort/900104/',
        services: [],
        openingHours: null,
        capacity: null,
        counters: 1,
      },
    ]);
  });
});

describe('readDldbFolder errors', () => {
  let folder: string | undefined;
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('names a missing file', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dldb-'));
    await copyFile(path.join(sampleFolder, 'services_de.json'), path.join(folder, 'services_de.json'));
    await expect(readDldbFolder(folder)).rejects.toThrow(`missing file ${path.join(folder, 'locations_de.json')}`);
  });

  it('names a file that is not JSON', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dldb-'));
    await writeFile(path.join(folder, 'services_de.json'), '{ "data": [');
    await expect(readDldbFolder(folder)).rejects.toThrow(`${path.join(folder, 'services_de.json')} is not valid JSON`);
  });

  it('names the file and the field of a malformed entry', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dldb-'));
    await copyFile(path.join(sampleFolder, 'services_de.json'), path.join(folder, 'services_de.json'));
    await writeFile(path.join(folder, 'locations_de.json'), JSON.stringify({ data: [{ id: '1' }] }));
    await expect(readDldbFolder(folder)).rejects.toThrow(`${path.join(folder, 'locations_de.json')}: data[0].address: expected an object`);
  });

  it('rejects a slots value that is not a number', () => {
    const location = {
      id: '1',
      name: 'Amt',
      address: { city: 'Berlin', postal_code: '10115', street: 'Weg', house_number: '1' },
      services: [{ service: '2', appointment: { slots: 'viele', allowed: true } }],
    };
    expect(() => parseDldbLocations({ data: [location] })).toThrow('data[0].services[0].appointment.slots: expected an integer');
  });
});

describe('readDldbFolder on the real Berlin export', () => {
  it.skipIf(!hasRealExport)('reads every office and service', async () => {
    const catalog = await readDldbFolder(realExportFolder);
    expect(catalog.offices).toHaveLength(537);
    expect(catalog.services).toHaveLength(653);
    expect(catalog.offices.filter((o) => o.services.some((s) => s.bookableOnline))).toHaveLength(114);
    expect(new Set(catalog.offices.map((o) => o.city))).toEqual(new Set(['Berlin']));
    const serviceIds = new Set(catalog.services.map((s) => s.externalId));
    for (const office of catalog.offices) {
      for (const relation of office.services) {
        expect(serviceIds.has(relation.serviceExternalId)).toBe(true);
        expect(relation.slots).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it.skipIf(!hasRealExport)('gives Bürgeramt Heerstraße its current availability rules', async () => {
    const catalog = await readDldbFolder(realExportFolder);
    const withCapacity = catalog.offices.filter((o) => o.capacity !== null);
    expect(withCapacity.map((o) => o.externalId)).toEqual(['122217']);
    const heerstrasse = withCapacity[0];
    expect(heerstrasse.name).toBe('Bürgeramt Heerstraße');
    expect(heerstrasse.counters).toBe(2);
    const window = (weekday: number) => heerstrasse.capacity?.find((c) => c.weekdays.includes(weekday));
    expect(heerstrasse.capacity).toHaveLength(5);
    expect(window(3)).toEqual({
      weekdays: [3],
      start: '08:00',
      end: '12:50',
      slotMinutes: 10,
      publicCounters: 2,
      internCounters: 2,
      startInDays: 0,
      endInDays: 60,
    });
    expect([1, 2, 4, 5].map((day) => [window(day)?.start, window(day)?.end])).toEqual([
      ['08:00', '15:50'],
      ['11:00', '17:50'],
      ['10:00', '17:50'],
      ['08:00', '13:50'],
    ]);
    expect(heerstrasse.openingHours?.find((h) => h.weekdays.includes(3))).toEqual({
      weekdays: [3],
      open: '08:00',
      close: '13:00',
    });
  });
});
