import { access } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { openOrm } from '../platform/database';
import { inTransaction } from '../platform/transaction';
import { loadCatalog, loadDemoCatalogIfEmpty, templateCapacity } from './catalog-loader';
import type { Catalog } from '../modules/catalog/dldb-catalog';
import { readDldbFolder } from '../modules/catalog/dldb-import';
import { demoCatalog } from '../modules/catalog/demo-catalog';
import { entities } from './entities';

// Monday 2 March 2026, 10:00 in Berlin: the window then runs into early May, over Easter.
const now = new Date('2026-03-02T09:00:00Z');
const template = templateCapacity({ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '15:00', counters: 2 });

const sampleFolder = path.resolve(import.meta.dirname, '../modules/catalog/dldb-sample');
// Read in place: the real export's licence keeps it out of this repository.
const realExportFolder = path.resolve(import.meta.dirname, '../../../../shared/data/zms-fixtures');
const hasRealExport = await access(realExportFolder).then(
  () => true,
  () => false,
);

interface Counts {
  organisation: number;
  office: number;
  service: number;
  office_service: number;
  capacity_rule: number;
  counter: number;
  slot: number;
}

/** A database of the block's own, so that each block counts rows exactly, and helpers on it. */
function useDatabase() {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await openOrm(db.url, entities);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => orm.em.fork().execute<T[]>(sql, params);

  return {
    orm: () => orm,
    query,
    load: (catalog: Catalog) => inTransaction(orm.em, (em) => loadCatalog(em, catalog, { now, template })),
    async counts(): Promise<Counts> {
      const tables = ['organisation', 'office', 'service', 'office_service', 'capacity_rule', 'counter', 'slot'] as const;
      const [row] = await query<Record<string, string>>(`select ${tables.map((table) => `(select count(*) from ${table}) as ${table}`).join(', ')}`);
      return Object.fromEntries(tables.map((table) => [table, Number(row[table])])) as unknown as Counts;
    },
    async officeId(externalId: string): Promise<number> {
      const [row] = await query<{ id: number }>('select id from office where external_id = ?', [externalId]);
      return row.id;
    },
    async slotsOn(externalId: string, date: string) {
      const rows = await query<{ start_at: string; public_capacity: number; intern_capacity: number }>(
        `select s.start_at, s.public_capacity, s.intern_capacity from slot s join office o on o.id = s.office_id
         where o.external_id = ? and s.local_date = ? order by s.start_at`,
        [externalId, date],
      );
      return rows.map((row) => ({ ...row, start_at: new Date(row.start_at) }));
    },
  };
}

describe('templateCapacity', () => {
  it('gives every counter to both contingents, in 10-minute slots, 1 to 60 days ahead', () => {
    expect(templateCapacity({ weekdays: [1, 3], start: '09:00', end: '12:00', counters: 3 })).toEqual([
      { weekdays: [1, 3], start: '09:00', end: '12:00', slotMinutes: 10, publicCounters: 3, internCounters: 3, startInDays: 1, endInDays: 60 },
    ]);
  });
});

describe('loading the demo catalogue', () => {
  const db = useDatabase();
  const counterTotal = demoCatalog.offices.reduce((sum, office) => sum + office.counters, 0);
  const ruleTotal = demoCatalog.offices.reduce((sum, office) => sum + (office.capacity ?? []).length, 0);

  it('loads into an empty database, and only there', async () => {
    expect(await inTransaction(db.orm().em, (em) => loadDemoCatalogIfEmpty(em, { now, template }))).toBe(true);
    expect(await db.counts()).toMatchObject({ organisation: 1, office: demoCatalog.offices.length, service: 16, capacity_rule: ruleTotal, counter: counterTotal });
    expect((await db.counts()).slot).toBeGreaterThan(0);
    expect(await inTransaction(db.orm().em, (em) => loadDemoCatalogIfEmpty(em, { now, template }))).toBe(false);
  });

  it('stores offices with address, time zone and opening hours, and their services', async () => {
    const [office] = await db.query<Record<string, unknown>>('select * from office where external_id = ?', ['demo-office-1']);
    expect(office).toMatchObject({
      name: 'Bürgeramt Mitte',
      address_street: 'Rathausstraße',
      address_house_number: '27',
      address_postal_code: '10178',
      address_city: 'Berlin',
      time_zone: 'Europe/Berlin',
      opening_hours: [
        { weekdays: [1, 2, 4], open: '07:30', close: '18:30' },
        { weekdays: [3, 5], open: '07:30', close: '13:30' },
      ],
    });
    const services = await db.query<{ external_id: string; duration_slots: number; bookable_online: boolean }>(
      `select s.external_id, os.duration_slots, os.bookable_online from office_service os join service s on s.id = os.service_id
       where os.office_id = ? order by s.id`,
      [office.id],
    );
    expect(services).toHaveLength(9);
    expect(services.find((row) => row.external_id === 'demo-service-2')).toEqual({ external_id: 'demo-service-2', duration_slots: 1, bookable_online: false });
    expect(services.find((row) => row.external_id === 'demo-service-3')).toEqual({ external_id: 'demo-service-3', duration_slots: 2, bookable_online: true });
    const counters = await db.query<{ name: string }>('select name from counter where office_id = ? order by id', [office.id]);
    expect(counters.map((row) => row.name)).toEqual(['Schalter 1', 'Schalter 2', 'Schalter 3', 'Schalter 4', 'Schalter 5', 'Schalter 6', 'Schalter 7', 'Schalter 8']);
  });

  it('gives its capacity rules, valid from the day of loading', async () => {
    const rules = await db.query<Record<string, unknown>>(
      'select weekdays, start_time, end_time, valid_from, valid_until, slot_minutes, public_counters, intern_counters, start_in_days, end_in_days from capacity_rule where office_id = ? order by id',
      [await db.officeId('demo-office-1')],
    );
    expect(rules).toEqual([
      { weekdays: [1, 2, 4], start_time: '08:00', end_time: '18:00', valid_from: '2026-03-02', valid_until: null, slot_minutes: 10, public_counters: 6, intern_counters: 8, start_in_days: 1, end_in_days: 60 },
      { weekdays: [3, 5], start_time: '08:00', end_time: '13:00', valid_from: '2026-03-02', valid_until: null, slot_minutes: 10, public_counters: 5, intern_counters: 7, start_in_days: 1, end_in_days: 60 },
    ]);
  });

  it('materialises slots on working days, none on Sundays or public holidays', async () => {
    // Monday 9 March: 08:00–18:00 in 10-minute slots, 6 counters for the public, 8 for staff.
    const monday = await db.slotsOn('demo-office-1', '2026-03-09');
    expect(monday).toHaveLength(60);
    expect(monday[0]).toEqual({ start_at: new Date('2026-03-09T07:00:00Z'), public_capacity: 6, intern_capacity: 8 });
    expect(monday.at(-1)?.start_at).toEqual(new Date('2026-03-09T16:50:00Z'));
    // Friday 10 April, after the switch to summer time: 08:00 is 06:00Z.
    expect((await db.slotsOn('demo-office-1', '2026-04-10'))[0]).toEqual({ start_at: new Date('2026-04-10T06:00:00Z'), public_capacity: 5, intern_capacity: 7 });
    expect(await db.slotsOn('demo-office-1', '2026-03-08')).toEqual([]); // Sunday
    expect(await db.slotsOn('demo-office-1', '2026-04-03')).toEqual([]); // Good Friday
    expect(await db.slotsOn('demo-office-1', '2026-04-06')).toEqual([]); // Easter Monday
    // Saturdays only where a rule has them.
    expect(await db.slotsOn('demo-office-1', '2026-03-14')).toEqual([]);
    expect(await db.slotsOn('demo-office-3', '2026-03-14')).toHaveLength(24);
  });

  it('stores every service in English too', async () => {
    const [row] = await db.query<{ services: string; english: string }>(`select (select count(*) from service) as services, (select count(*) from service_translation where language = 'en') as english`);
    expect(Number(row.english)).toBe(Number(row.services));
    const [anmeldung] = await db.query<{ name: string }>(`select t.name from service_translation t join service s on s.id = t.service_id where s.external_id = 'demo-service-1'`);
    expect(anmeldung.name).toBe('Registering a flat');
  });

  it('answers the counts it stored', async () => {
    const before = await db.counts();
    expect(await db.load(demoCatalog)).toEqual({ offices: demoCatalog.offices.length, services: 16, slots: before.slot });
  });

  it('changes no counts when loaded again', async () => {
    const before = await db.counts();
    const [{ sum: versionsBefore }] = await db.query<{ sum: string }>('select sum(version) from office');
    expect(await db.load(demoCatalog)).toEqual({ offices: demoCatalog.offices.length, services: 16, slots: before.slot });
    expect(await db.counts()).toEqual(before);
    // Every loaded office was rebuilt, which the office version announces.
    const [{ sum: versionsAfter }] = await db.query<{ sum: string }>('select sum(version) from office');
    expect(Number(versionsAfter) - Number(versionsBefore)).toBe(demoCatalog.offices.length);
  });

  it('keeps what an admin changed in rules and counters, and restores catalogue data', async () => {
    const id = await db.officeId('demo-office-1');
    await db.query('update capacity_rule set public_counters = 1, end_time = ? where office_id = ? and start_time = ? and end_time = ?', ['12:00', id, '08:00', '18:00']);
    await db.query('update counter set room = ? where office_id = ? and name = ?', ['Raum 104', id, 'Schalter 1']);
    await db.query('update office set name = ? where id = ?', ['Umbenannt', id]);
    await db.query('update service set name = ? where external_id = ?', ['Umbenannt', 'demo-service-1']);
    const { slot: _, ...before } = await db.counts();

    await db.load(demoCatalog);

    expect(await db.counts()).toMatchObject(before);
    const [rule] = await db.query<{ public_counters: number; end_time: string }>('select public_counters, end_time from capacity_rule where office_id = ? and start_time = ? and weekdays = ?::jsonb', [id, '08:00', '[1,2,4]']);
    expect(rule).toEqual({ public_counters: 1, end_time: '12:00' });
    const monday = await db.slotsOn('demo-office-1', '2026-03-09');
    expect(monday).toHaveLength(24);
    expect(monday[0]).toMatchObject({ public_capacity: 1, intern_capacity: 8 });
    expect(await db.query('select room from counter where office_id = ? and name = ?', [id, 'Schalter 1'])).toEqual([{ room: 'Raum 104' }]);
    expect(await db.query('select name from office where id = ?', [id])).toEqual([{ name: 'Bürgeramt Mitte' }]);
    expect(await db.query('select name from service where external_id = ?', ['demo-service-1'])).toEqual([{ name: 'Anmeldung einer Wohnung' }]);
  });

  it('rolls back a catalogue that offers an unknown service', async () => {
    const before = await db.counts();
    const broken: Catalog = {
      ...demoCatalog,
      offices: [{ ...demoCatalog.offices[0], externalId: 'demo-office-99', services: [{ serviceExternalId: 'nowhere', slots: 1, bookableOnline: true }] }],
    };
    await expect(db.load(broken)).rejects.toThrow('Office demo-office-99 offers unknown services: nowhere');
    expect(await db.counts()).toEqual(before);
  });
});

describe('loading the DLDB sample', () => {
  const db = useDatabase();

  it('stores every office, service and offer', async () => {
    // Slots: Probestraße has Tuesdays and Thursdays 08:00–12:45 in 15 minutes (19 slots) up to
    // 42 days ahead: 13 days to 14 April. Two others book online and have the template, Monday
    // to Friday 08:00–15:00 in 10 minutes (42 slots) up to 60 days ahead: 45 weekdays to 1 May
    // less Good Friday, Easter Monday and 1 May. The fourth offers nothing online and gets no
    // capacity. 13 × 19 + 2 × 42 × 42 = 3,775.
    expect(await db.load(await readDldbFolder(sampleFolder))).toEqual({ offices: 4, services: 6, slots: 3775 });
    expect(await db.counts()).toEqual({ organisation: 1, office: 4, service: 6, office_service: 6, capacity_rule: 3, counter: 6, slot: 3775 });
    const relations = await db.query<{ office: string; service: string; duration_slots: number; bookable_online: boolean }>(
      `select o.external_id as office, s.external_id as service, os.duration_slots, os.bookable_online
       from office_service os join office o on o.id = os.office_id join service s on s.id = os.service_id order by 1, 2`,
    );
    expect(relations).toEqual([
      { office: '900101', service: '800001', duration_slots: 1, bookable_online: true },
      { office: '900101', service: '800002', duration_slots: 2, bookable_online: true },
      { office: '900101', service: '800003', duration_slots: 1, bookable_online: false },
      { office: '900102', service: '800001', duration_slots: 1, bookable_online: true },
      { office: '900102', service: '800004', duration_slots: 3, bookable_online: true },
      { office: '900103', service: '800005', duration_slots: 2, bookable_online: true },
    ]);
  });

  it('stores what to bring and the English texts of the export', async () => {
    const rows = await db.query<{ external_id: string; what_to_bring: string | null; english: string | null; english_bring: string | null }>(
      `select s.external_id, s.what_to_bring, t.name as english, t.what_to_bring as english_bring
         from service s left join service_translation t on t.service_id = s.id and t.language = 'en' where s.external_id in ('800001', '800003') order by 1`,
    );
    expect(rows).toEqual([
      { external_id: '800001', what_to_bring: 'Personalausweis oder Reisepass\nWohnungsgeberbestätigung', english: 'Registering a residence', english_bring: "Identity card or passport\nLandlord's confirmation" },
      { external_id: '800003', what_to_bring: null, english: null, english_bring: null },
    ]);
  });

  it('uses the recorded availability where there is one, the template for other offices that book online', async () => {
    const rules = await db.query<Record<string, unknown>>(
      `select o.external_id, r.weekdays, r.start_time, r.end_time, r.slot_minutes, r.public_counters, r.intern_counters, r.start_in_days, r.end_in_days
       from capacity_rule r join office o on o.id = r.office_id order by o.external_id`,
    );
    const templateRule = { weekdays: [1, 2, 3, 4, 5], start_time: '08:00', end_time: '15:00', slot_minutes: 10, public_counters: 2, intern_counters: 2, start_in_days: 1, end_in_days: 60 };
    expect(rules).toEqual([
      { external_id: '900101', weekdays: [2, 4], start_time: '08:00', end_time: '12:45', slot_minutes: 15, public_counters: 2, intern_counters: 3, start_in_days: 1, end_in_days: 42 },
      { external_id: '900102', ...templateRule },
      { external_id: '900103', ...templateRule },
    ]);
    expect(await db.slotsOn('900101', '2026-03-03')).toHaveLength(19);
    expect((await db.slotsOn('900102', '2026-03-09'))[0]).toEqual({ start_at: new Date('2026-03-09T07:00:00Z'), public_capacity: 2, intern_capacity: 2 });
  });

  it('takes opening hours from the recorded availability, else from the capacity windows', async () => {
    const offices = await db.query<{ external_id: string; name: string; address_house_number: string; opening_hours: unknown }>('select external_id, name, address_house_number, opening_hours from office order by external_id');
    expect(offices.slice(0, 2)).toEqual([
      { external_id: '900101', name: 'Bürgeramt Probestraße', address_house_number: '7', opening_hours: [{ weekdays: [2, 4], open: '07:30', close: '13:00' }] },
      { external_id: '900102', name: 'Bürgeramt Testallee', address_house_number: '12 a', opening_hours: [{ weekdays: [1, 2, 3, 4, 5], open: '08:00', close: '15:00' }] },
    ]);
  });

  it('keeps opening hours an admin set where the export has none', async () => {
    const hours = JSON.stringify([{ weekdays: [1], open: '09:00', close: '12:00' }]);
    await db.query('update office set opening_hours = ?::jsonb where external_id = ?', [hours, '900102']);
    await db.load(await readDldbFolder(sampleFolder));
    expect(await db.query('select opening_hours from office where external_id = ?', ['900102'])).toEqual([{ opening_hours: JSON.parse(hours) }]);
  });
});

describe('loading the real Berlin export', () => {
  const db = useDatabase();

  // About 200,000 slots for the 114 offices that book online: most of the time goes to materialising them.
  it.skipIf(!hasRealExport)(
    'stores 537 offices and 653 services',
    async () => {
      const catalog = await readDldbFolder(realExportFolder);
      const result = await db.load(catalog);
      const stored = await db.counts();
      expect(result).toEqual({ offices: 537, services: 653, slots: stored.slot });
      expect(stored).toMatchObject({
        office: 537,
        service: 653,
        office_service: catalog.offices.reduce((sum, office) => sum + office.services.length, 0),
        // Heerstraße's five recorded windows, one template rule for each other office that books online.
        capacity_rule: 5 + catalog.offices.filter((office) => office.externalId !== '122217' && office.services.some((relation) => relation.bookableOnline)).length,
        counter: 2 + 536,
      });
      const heerstrasse = await db.query<{ start_time: string; end_time: string; start_in_days: number }>(
        `select r.start_time, r.end_time, r.start_in_days from capacity_rule r join office o on o.id = r.office_id
         where o.external_id = ? and r.weekdays = ?::jsonb`,
        ['122217', '[3]'],
      );
      expect(heerstrasse).toEqual([{ start_time: '08:00', end_time: '12:50', start_in_days: 0 }]);
    },
    300_000,
  );
});
