import 'reflect-metadata';
import pg from 'pg';
import { loadCatalog } from '../../api/src/app/catalog-loader';
import { entities } from '../../api/src/app/entities';
import type { Catalog, CatalogOffice, CatalogService, WeeklyCapacity } from '../../api/src/modules/catalog/dldb-catalog';
import { readDldbFolder } from '../../api/src/modules/catalog/dldb-import';
import { migrate, openOrm } from '../../api/src/platform/database';
import { inTransaction } from '../../api/src/platform/transaction';

// Berlin-sized data sets for the benchmarks: every office of a DLDB export that books online,
// with its real services and slot counts, 2 to 8 counters, 10-minute slots over a 60-day window,
// at 1× or 10× the offices, a share of the capacity already booked. Stored through the API's own
// catalogue loader and slot materialiser; the bookings are written with set-based SQL.

export interface DatasetOptions {
  /** A DLDB export (locations_de.json, services_de.json); null builds a synthetic one of the same shape. */
  dldbFolder: string | null;
  /** Copies of every office: 1 or 10. */
  scale: number;
  /** Share of the public capacity of the window already booked, 0..1. */
  bookedShare: number;
  /** Offices of the synthetic catalogue (ignored with a DLDB export). */
  syntheticOffices?: number;
  now: Date;
}

export interface DatasetStats {
  offices: number;
  services: number;
  slots: number;
  appointments: number;
  seconds: number;
}

/** Days at the end of the window left without bookings: the booking rush releases them. */
export const freeDaysAtEnd = 3;

// Berlin's Bürgerämter open for appointments on weekdays with hours that differ per day
// (the recorded scope 141 of the export: Mo 8-16, Tu 11-18, We 8-13, Th 10-18, Fr 8-14).
const weeklyHours: [number, string, string][] = [
  [1, '08:00', '15:50'],
  [2, '11:00', '17:50'],
  [3, '08:00', '12:50'],
  [4, '10:00', '17:50'],
  [5, '08:00', '13:50'],
];

/** A deterministic number in 0..1 from a text: the same export gives the same data set. */
function unitHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

function benchCapacity(counters: number): WeeklyCapacity[] {
  return weeklyHours.map(([weekday, start, end]) => ({ weekdays: [weekday], start, end, slotMinutes: 10, publicCounters: counters, internCounters: counters, startInDays: 1, endInDays: 60 }));
}

/** A catalogue shaped like Berlin's export: a few services offered almost everywhere, a long tail. */
export function syntheticCatalog(offices: number): Catalog {
  const services: CatalogService[] = Array.from({ length: 600 }, (_, i) => ({ externalId: `S${i + 1}`, name: `Dienstleistung ${i + 1}`, description: null, url: null }));
  return {
    organisation: 'Land Berlin',
    services,
    offices: Array.from({ length: offices }, (_, i) => {
      const externalId = `L${i + 1}`;
      const offered = services.filter((service, rank) => unitHash(`${externalId}/${service.externalId}`) < 0.9 / (1 + rank / 8));
      return {
        externalId,
        name: `Bürgeramt ${i + 1}`,
        street: 'Musterstraße',
        houseNumber: String(i + 1),
        postalCode: String(10115 + i),
        city: 'Berlin',
        url: null,
        services: offered.map((service) => ({ serviceExternalId: service.externalId, slots: 1 + Math.floor(unitHash(`${externalId}:${service.externalId}`) * 2.2), bookableOnline: true })),
        openingHours: null,
        capacity: null,
        counters: 1,
      };
    }),
  };
}

/**
 * The offices that book online, each with 2..8 counters and the bench's weekly hours, copied
 * `scale` times (copies get their own external ids and names).
 */
export function benchCatalog(source: Catalog, scale: number): Catalog {
  const bookable = source.offices.filter((office) => office.services.some((relation) => relation.bookableOnline));
  const offices: CatalogOffice[] = [];
  for (let copy = 1; copy <= scale; copy++) {
    for (const office of bookable) {
      const externalId = copy === 1 ? office.externalId : `${office.externalId}-${copy}`;
      const counters = 2 + Math.floor(unitHash(externalId) * 7);
      offices.push({ ...office, externalId, name: copy === 1 ? office.name : `${office.name} (${copy})`, openingHours: null, capacity: benchCapacity(counters), counters });
    }
  }
  return { organisation: source.organisation, services: source.services, offices };
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return onServer(serverUrl, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** A fresh copy of a data set (PostgreSQL copies the files): every scenario starts from the same data. */
export async function copyDatabase(serverUrl: string, template: string, name: string): Promise<string> {
  await onServer(serverUrl, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name} template ${template}`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
}

/**
 * Books `share` of every slot's public capacity, each booked unit one confirmed appointment of a
 * one-slot service of its office with its claim, leaving the last days of the window free.
 */
async function bookShare(client: pg.Client, share: number, now: Date): Promise<number> {
  await client.query('select setseed(0.42)');
  await client.query(
    `create temporary table booked on commit drop as
     select s.id as slot_id, s.office_id, s.start_at, s.end_at, s.local_date,
            (select min(os.service_id) from office_service os where os.office_id = s.office_id and os.duration_slots = 1) as service_id
       from slot s cross join lateral generate_series(1, s.public_capacity) as unit
      where s.start_at > $2 and s.local_date <= (select max(local_date) - $3::int from slot) and random() < $1`,
    [share, now, freeDaysAtEnd],
  );
  await client.query('delete from booked where service_id is null');
  await client.query('alter table booked add column appointment_id int');
  await client.query(`update booked set appointment_id = nextval(pg_get_serial_sequence('appointment', 'id'))`);
  const { rowCount } = await client.query(
    `insert into appointment (id, organisation_id, number, office_id, status, channel, contingent, start_at, end_at, local_date, secret_digest, contact_email, created_at, updated_at)
     select b.appointment_id, o.organisation_id, nextval(format('appointment_number_%s', o.organisation_id)::regclass), b.office_id, 'confirmed', 'PORTAL', 'public', b.start_at, b.end_at, b.local_date,
            md5(b.appointment_id::text), 'bench-' || b.appointment_id || '@example.org', $1, $1
       from booked b join office o on o.id = b.office_id`,
    [now],
  );
  await client.query(`insert into appointment_service (appointment_id, position, service_id, duration_slots) select appointment_id, 0, service_id, 1 from booked`);
  await client.query('insert into slot_claim (slot_id, appointment_id) select slot_id, appointment_id from booked');
  await client.query('update slot set taken = b.units from (select slot_id, count(*)::int as units from booked group by slot_id) b where slot.id = b.slot_id');
  return rowCount ?? 0;
}

/** Builds a data set into a new database `name` on the server of `serverUrl`; answers its size. */
export async function createDataset(serverUrl: string, name: string, options: DatasetOptions): Promise<DatasetStats> {
  const started = performance.now();
  const source = options.dldbFolder ? await readDldbFolder(options.dldbFolder) : syntheticCatalog(options.syntheticOffices ?? 114);
  const catalog = benchCatalog(source, options.scale);
  const building = `${name}_building`;
  await dropDatabase(serverUrl, building);
  await onServer(serverUrl, (client) => client.query(`create database ${building}`));
  const url = databaseUrl(serverUrl, building);
  await migrate(url, entities);
  const orm = await openOrm(url, entities);
  let loaded: { offices: number; services: number; slots: number };
  try {
    loaded = await inTransaction(orm.em.fork(), (em) => loadCatalog(em, catalog, { now: options.now, template: [] }));
  } finally {
    await orm.close();
  }
  const appointments = await onServer(url, async (client) => {
    await client.query('begin');
    const count = await bookShare(client, options.bookedShare, options.now);
    await client.query('commit');
    await client.query('vacuum analyze');
    return count;
  });
  await onServer(serverUrl, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`alter database ${building} rename to ${name}`);
  });
  return { ...loaded, appointments, seconds: (performance.now() - started) / 1000 };
}
