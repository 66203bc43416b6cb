import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog, CatalogLanguage, CatalogOffice, CatalogOfficeService, CatalogService, WeeklyCapacity } from './dldb-catalog';

// Reads Berlin's DLDB export (services_de.json, locations_de.json) and, where present, the
// English export of the services (services_en.json, as service.berlin.de publishes it) and
// recorded zmsapi availability responses (GET_scope_<n>_availability.json) into a Catalog.

type JsonObject = Record<string, unknown>;

/** One availability entity of a zmsapi response, reduced to what the catalog needs. */
export interface ScopeAvailability {
  providerId: string;
  type: string;
  weekdays: number[];
  start: string;
  end: string;
  /** Unix seconds. */
  startDate: number;
  endDate: number;
  slotMinutes: number;
  publicCounters: number;
  internCounters: number;
  startInDays: number;
  endInDays: number;
}

const AVAILABILITY_FILE = /^GET_scope_\d+_availability\.json$/;

// ZMS stores each weekday field as its own bit value (wednesday "8") or "0" when unset.
const ZMS_WEEKDAYS = [
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
] as const;

function record(value: unknown, at: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${at}: expected an object`);
  }
  return value as JsonObject;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${at}: expected an array`);
  return value;
}

// The export pads some strings with spaces and writes ids sometimes as numbers.
function text(value: unknown, at: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value.trim();
  throw new Error(`${at}: expected a string`);
}

function optionalText(value: unknown, at: string): string | null {
  if (value === undefined || value === null) return null;
  return text(value, at) || null;
}

function integer(value: unknown, at: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new Error(`${at}: expected an integer`);
  return n;
}

function clock(value: unknown, at: string): string {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text(value, at));
  if (!match || Number(match[1]) > 24 || Number(match[2]) > 59) {
    throw new Error(`${at}: expected a time of day`);
  }
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

function dataArray(json: unknown): unknown[] {
  return list(record(json, 'root').data, 'data');
}

/**
 * What to bring, from the export's `requirements` (entries with a `name`, or plain strings), one
 * item a line; exports without them leave it unknown.
 */
function requirements(value: unknown, at: string): string | null {
  if (value === undefined || value === null) return null;
  const items = list(value, at).map((raw, i) => (typeof raw === 'string' ? raw.trim() : text(record(raw, `${at}[${i}]`).name, `${at}[${i}].name`)));
  return items.filter(Boolean).join('\n') || null;
}

export function parseDldbServices(json: unknown): CatalogService[] {
  return dataArray(json).map((raw, i) => {
    const at = `data[${i}]`;
    const service = record(raw, at);
    const meta = service.meta === undefined ? {} : record(service.meta, `${at}.meta`);
    return {
      externalId: text(service.id, `${at}.id`),
      name: text(service.name, `${at}.name`),
      description: optionalText(service.description, `${at}.description`),
      whatToBring: requirements(service.requirements, `${at}.requirements`),
      url: optionalText(meta.url, `${at}.meta.url`),
      translations: {},
    };
  });
}

/** The German services with the texts of the same DLDB ids in another language's export. */
export function withTranslations(services: CatalogService[], language: CatalogLanguage, translated: CatalogService[]): CatalogService[] {
  const byId = new Map(translated.map((service) => [service.externalId, service]));
  return services.map((service) => {
    const other = byId.get(service.externalId);
    return other ? { ...service, translations: { ...service.translations, [language]: { name: other.name, description: other.description, whatToBring: other.whatToBring } } } : service;
  });
}

function parseRelations(value: unknown, at: string): CatalogOfficeService[] {
  // A few locations list one service twice with differing flags; the office offers it once.
  const byService = new Map<string, CatalogOfficeService>();
  list(value ?? [], at).forEach((raw, i) => {
    const relation = record(raw, `${at}[${i}]`);
    const appointment = record(relation.appointment, `${at}[${i}].appointment`);
    const serviceExternalId = text(relation.service, `${at}[${i}].service`);
    const slots = Math.max(1, integer(appointment.slots, `${at}[${i}].appointment.slots`));
    const bookableOnline = appointment.allowed === true;
    const known = byService.get(serviceExternalId);
    byService.set(
      serviceExternalId,
      known
        ? {
            serviceExternalId,
            slots: Math.max(known.slots, slots),
            bookableOnline: known.bookableOnline || bookableOnline,
          }
        : { serviceExternalId, slots, bookableOnline },
    );
  });
  return [...byService.values()];
}

export function parseDldbLocations(json: unknown): CatalogOffice[] {
  return dataArray(json).map((raw, i) => {
    const at = `data[${i}]`;
    const location = record(raw, at);
    const address = record(location.address, `${at}.address`);
    const meta = location.meta === undefined ? {} : record(location.meta, `${at}.meta`);
    return {
      externalId: text(location.id, `${at}.id`),
      name: text(location.name, `${at}.name`),
      street: text(address.street, `${at}.address.street`),
      houseNumber: text(address.house_number, `${at}.address.house_number`),
      postalCode: text(address.postal_code, `${at}.address.postal_code`),
      city: text(address.city, `${at}.address.city`),
      url: optionalText(meta.url, `${at}.meta.url`),
      services: parseRelations(location.services, `${at}.services`),
      openingHours: null,
      capacity: null,
      counters: 1,
    };
  });
}

/** Parses a zmsapi availability response; `data` is keyed "0", "1", … rather than an array. */
export function parseScopeAvailability(json: unknown): ScopeAvailability[] {
  const data = record(json, 'root').data;
  const entries = Array.isArray(data) ? data : Object.values(record(data, 'data'));
  return entries.map((raw, i) => {
    const at = `data[${i}]`;
    const entry = record(raw, at);
    const weekday = record(entry.weekday, `${at}.weekday`);
    const bookable = record(entry.bookable, `${at}.bookable`);
    const workstations = record(entry.workstationCount, `${at}.workstationCount`);
    const provider = record(record(entry.scope, `${at}.scope`).provider, `${at}.scope.provider`);
    return {
      providerId: text(provider.id, `${at}.scope.provider.id`),
      type: text(entry.type, `${at}.type`),
      weekdays: ZMS_WEEKDAYS.filter(([name]) => integer(weekday[name] ?? 0, `${at}.weekday.${name}`) !== 0).map(([, iso]) => iso),
      start: clock(entry.startTime, `${at}.startTime`),
      end: clock(entry.endTime, `${at}.endTime`),
      startDate: integer(entry.startDate, `${at}.startDate`),
      endDate: integer(entry.endDate, `${at}.endDate`),
      slotMinutes: integer(entry.slotTimeInMinutes ?? 10, `${at}.slotTimeInMinutes`),
      publicCounters: integer(workstations.public, `${at}.workstationCount.public`),
      internCounters: integer(workstations.intern, `${at}.workstationCount.intern`),
      startInDays: integer(bookable.startInDays, `${at}.bookable.startInDays`),
      endInDays: integer(bookable.endInDays, `${at}.bookable.endInDays`),
    };
  });
}

// A recorded response mixes past and current rules; the current ones are those valid on the
// latest start date it mentions.
function currentEntries(entries: ScopeAvailability[], type: string): ScopeAvailability[] | null {
  const ofType = entries.filter((entry) => entry.type === type);
  if (ofType.length === 0) return null;
  const latest = Math.max(...ofType.map((entry) => entry.startDate));
  return ofType.filter((entry) => entry.startDate <= latest && latest <= entry.endDate);
}

function withAvailability(office: CatalogOffice, entries: ScopeAvailability[]): CatalogOffice {
  const capacity: WeeklyCapacity[] | null =
    currentEntries(entries, 'appointment')?.map((entry) => ({
      weekdays: entry.weekdays,
      start: entry.start,
      end: entry.end,
      slotMinutes: entry.slotMinutes,
      publicCounters: entry.publicCounters,
      internCounters: entry.internCounters,
      startInDays: entry.startInDays,
      endInDays: entry.endInDays,
    })) ?? null;
  const openingHours =
    currentEntries(entries, 'openinghours')?.map((entry) => ({
      weekdays: entry.weekdays,
      open: entry.start,
      close: entry.end,
    })) ?? null;
  const counters = Math.max(1, ...(capacity ?? []).map((window) => window.internCounters));
  return { ...office, openingHours, capacity, counters };
}

async function readJsonFile<T>(file: string, parse: (json: unknown) => T): Promise<T> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(`DLDB import: ${missing ? 'missing file' : 'cannot read'} ${file}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (cause) {
    throw new Error(`DLDB import: ${file} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  try {
    return parse(json);
  } catch (cause) {
    throw new Error(`DLDB import: ${file}: ${(cause as Error).message}`, { cause });
  }
}

/** Languages whose service export (services_<language>.json) is read where the folder has one. */
const TRANSLATED_LANGUAGES: CatalogLanguage[] = ['en'];

export async function readDldbFolder(folder: string): Promise<Catalog> {
  let services = await readJsonFile(path.join(folder, 'services_de.json'), parseDldbServices);
  const offices = await readJsonFile(path.join(folder, 'locations_de.json'), parseDldbLocations);

  const files = await readdir(folder);
  for (const language of TRANSLATED_LANGUAGES) {
    const file = `services_${language}.json`;
    if (files.includes(file)) services = withTranslations(services, language, await readJsonFile(path.join(folder, file), parseDldbServices));
  }
  const availabilityFiles = files.filter((name) => AVAILABILITY_FILE.test(name)).sort();
  const byProvider = new Map<string, ScopeAvailability[]>();
  for (const name of availabilityFiles) {
    for (const entry of await readJsonFile(path.join(folder, name), parseScopeAvailability)) {
      byProvider.set(entry.providerId, [...(byProvider.get(entry.providerId) ?? []), entry]);
    }
  }

  return {
    organisation: 'Land Berlin',
    services,
    offices: offices.map((office) => {
      const entries = byProvider.get(office.externalId);
      return entries ? withAvailability(office, entries) : office;
    }),
  };
}
