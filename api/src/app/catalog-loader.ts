import { createBuiltInRoles } from '../modules/accounts/roles';
import { createNumberSequence } from '../modules/booking/appointment-numbers';
import { ensureOrganisation } from '../modules/catalog/organisations.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localDateOf } from '../domain/calendar/local-date';
import { JobKind, scheduleJob } from '../platform/jobs/job-queue';
import { sqlArray } from '../platform/sql';
import { materializeSlots } from '../modules/slots/slot-materializer';
import type { Catalog, CatalogOffice, WeeklyCapacity } from '../modules/catalog/dldb-catalog';
import { demoCatalog } from '../modules/catalog/demo-catalog';

// Stores a Catalog (DLDB export or demo data) with one statement per table, whatever its size:
// Berlin's export has 537 offices and 6,514 office-service relations. Rows are matched by
// external id, so loading again updates them in place; new rows get ids in catalogue order.
// The caller owns the transaction. It fills the catalogue, gives offices capacity and counters and
// has the slot ledger materialise their slots: work across modules, so it sits in the composition root.

const TIME_ZONE = 'Europe/Berlin';

export interface LoadCatalogOptions {
  /** Decides the first day of new capacity rules and the slot window. */
  now: Date;
  /** Capacity of offices whose catalog entry has none. */
  template: WeeklyCapacity[];
}

export interface LoadCatalogResult {
  offices: number;
  services: number;
  /** Slot rows of the loaded offices after materialising their booking windows. */
  slots: number;
}

/** The weekly capacity config.importTemplate describes, for offices that come without one. */
export function templateCapacity(template: { weekdays: number[]; start: string; end: string; counters: number }): WeeklyCapacity[] {
  return [
    {
      weekdays: [...template.weekdays],
      start: template.start,
      end: template.end,
      slotMinutes: 10,
      publicCounters: template.counters,
      internCounters: template.counters,
      startInDays: 1,
      endInDays: 60,
    },
  ];
}

function checkCatalog(catalog: Catalog): void {
  const duplicates = (ids: string[]) => [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  const serviceDuplicates = duplicates(catalog.services.map((service) => service.externalId));
  if (serviceDuplicates.length > 0) throw new Error(`Catalog lists services more than once: ${serviceDuplicates.join(', ')}`);
  const officeDuplicates = duplicates(catalog.offices.map((office) => office.externalId));
  if (officeDuplicates.length > 0) throw new Error(`Catalog lists offices more than once: ${officeDuplicates.join(', ')}`);
  const known = new Set(catalog.services.map((service) => service.externalId));
  for (const office of catalog.offices) {
    const unknown = office.services.filter((relation) => !known.has(relation.serviceExternalId));
    if (unknown.length > 0) {
      throw new Error(`Office ${office.externalId} offers unknown services: ${unknown.map((relation) => relation.serviceExternalId).join(', ')}`);
    }
  }
}

/**
 * Offices whose services are all closed to online booking do not book appointments through
 * ZMS (most of Berlin's 537 DLDB locations): without capacity of their own they get none.
 */
function capacityOf(office: CatalogOffice, template: WeeklyCapacity[]): WeeklyCapacity[] {
  if (office.capacity) return office.capacity;
  return office.services.some((relation) => relation.bookableOnline) ? template : [];
}

async function upsertOffices(em: EntityManager, organisationId: number, offices: CatalogOffice[], template: WeeklyCapacity[], hoursKnown: boolean): Promise<void> {
  if (offices.length === 0) return;
  // Unknown opening hours do not overwrite what is stored (an admin may have set them); a new
  // office starts with its capacity windows as opening hours.
  const hours = offices.map((office) => JSON.stringify(office.openingHours ?? capacityOf(office, template).map((window) => ({ weekdays: window.weekdays, open: window.start, close: window.end }))));
  await em.execute(
    `insert into office (organisation_id, department_id, external_id, name, address_street, address_house_number, address_postal_code, address_city, url, opening_hours, time_zone)
     select ?, (select min(id) from department where organisation_id = ?), r.external_id, r.name, r.street, r.house_number, r.postal_code, r.city, r.url, r.opening_hours::jsonb, ?
     from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality
       as r(external_id, name, street, house_number, postal_code, city, url, opening_hours, position)
     order by r.position
     on conflict (organisation_id, external_id) do update set
       name = excluded.name,
       address_street = excluded.address_street, address_house_number = excluded.address_house_number,
       address_postal_code = excluded.address_postal_code, address_city = excluded.address_city,
       url = excluded.url${hoursKnown ? ', opening_hours = excluded.opening_hours' : ''}`,
    [
      organisationId,
      organisationId,
      TIME_ZONE,
      sqlArray(offices.map((office) => office.externalId)),
      sqlArray(offices.map((office) => office.name)),
      sqlArray(offices.map((office) => office.street)),
      sqlArray(offices.map((office) => office.houseNumber)),
      sqlArray(offices.map((office) => office.postalCode)),
      sqlArray(offices.map((office) => office.city)),
      sqlArray(offices.map((office) => office.url)),
      sqlArray(hours),
    ],
  );
}

/**
 * Upserts the catalog's organisation, services, offices and their services; gives offices
 * without capacity rules their catalog capacity (or the template) and offices without counters
 * "Schalter 1".."Schalter n"; then materialises every loaded office's slots. Rules and counters
 * that exist are left alone, so an admin's changes survive a re-import.
 */
export async function loadCatalog(em: EntityManager, catalog: Catalog, options: LoadCatalogOptions): Promise<LoadCatalogResult> {
  checkCatalog(catalog);
  const { offices, services } = catalog;

  const organisation = await ensureOrganisation(em, catalog.organisation);
  // What the organisationCreated reactions do (app/reactions.ts), for a load that runs without the services.
  if (organisation.created) {
    await createBuiltInRoles(em, organisation.id);
    await createNumberSequence(em, organisation.id);
  }

  if (services.length > 0) {
    await em.execute(
      `insert into service (external_id, name, description, what_to_bring, url)
       select external_id, name, description, what_to_bring, url
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as r(external_id, name, description, what_to_bring, url, position)
       order by position
       on conflict (external_id) do update set name = excluded.name, description = excluded.description, what_to_bring = excluded.what_to_bring, url = excluded.url`,
      [
        sqlArray(services.map((service) => service.externalId)),
        sqlArray(services.map((service) => service.name)),
        sqlArray(services.map((service) => service.description)),
        sqlArray(services.map((service) => service.whatToBring ?? null)),
        sqlArray(services.map((service) => service.url)),
      ],
    );
  }

  // Translations the catalogue brings replace the stored ones of their language; others stay.
  const translations = services.flatMap((service) => Object.entries(service.translations ?? {}).map(([language, text]) => ({ externalId: service.externalId, language, ...text })));
  if (translations.length > 0) {
    await em.execute(
      `insert into service_translation (service_id, language, name, description, what_to_bring)
       select s.id, r.language, r.name, r.description, r.what_to_bring
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as r(external_id, language, name, description, what_to_bring, position)
       join service s on s.external_id = r.external_id
       order by r.position
       on conflict (service_id, language) do update set name = excluded.name, description = excluded.description, what_to_bring = excluded.what_to_bring`,
      [
        sqlArray(translations.map((text) => text.externalId)),
        sqlArray(translations.map((text) => text.language)),
        sqlArray(translations.map((text) => text.name)),
        sqlArray(translations.map((text) => text.description)),
        sqlArray(translations.map((text) => text.whatToBring ?? null)),
      ],
    );
  }

  await upsertOffices(
    em,
    organisation.id,
    offices.filter((office) => office.openingHours !== null),
    options.template,
    true,
  );
  await upsertOffices(
    em,
    organisation.id,
    offices.filter((office) => office.openingHours === null),
    options.template,
    false,
  );

  const relations = offices.flatMap((office) => office.services.map((relation) => ({ office: office.externalId, ...relation })));
  if (relations.length > 0) {
    await em.execute(
      `insert into office_service (office_id, service_id, duration_slots, bookable_online)
       select o.id, s.id, r.slots, r.bookable_online
       from unnest(?::text[], ?::text[], ?::int[], ?::boolean[]) with ordinality as r(office_external_id, service_external_id, slots, bookable_online, position)
       join office o on o.external_id = r.office_external_id and o.organisation_id = ?
       join service s on s.external_id = r.service_external_id
       order by r.position
       on conflict (office_id, service_id) do update set duration_slots = excluded.duration_slots, bookable_online = excluded.bookable_online`,
      [sqlArray(relations.map((r) => r.office)), sqlArray(relations.map((r) => r.serviceExternalId)), sqlArray(relations.map((r) => r.slots)), sqlArray(relations.map((r) => r.bookableOnline)), organisation.id],
    );
  }

  // One statement: its "not exists" sees the rules from before it, so an office gets all its windows.
  const validFrom = localDateOf(options.now, TIME_ZONE);
  const rules = offices.flatMap((office) => capacityOf(office, options.template).map((window) => ({ office: office.externalId, ...window })));
  if (rules.length > 0) {
    await em.execute(
      `insert into capacity_rule (office_id, weekdays, start_time, end_time, valid_from, slot_minutes, public_counters, intern_counters, start_in_days, end_in_days)
       select o.id, r.weekdays::jsonb, r.start_time, r.end_time, ?::date, r.slot_minutes, r.public_counters, r.intern_counters, r.start_in_days, r.end_in_days
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[]) with ordinality
         as r(office_external_id, weekdays, start_time, end_time, slot_minutes, public_counters, intern_counters, start_in_days, end_in_days, position)
       join office o on o.external_id = r.office_external_id and o.organisation_id = ?
       where not exists (select 1 from capacity_rule c where c.office_id = o.id)
       order by r.position`,
      [
        validFrom,
        sqlArray(rules.map((r) => r.office)),
        sqlArray(rules.map((r) => JSON.stringify(r.weekdays))),
        sqlArray(rules.map((r) => r.start)),
        sqlArray(rules.map((r) => r.end)),
        sqlArray(rules.map((r) => r.slotMinutes)),
        sqlArray(rules.map((r) => r.publicCounters)),
        sqlArray(rules.map((r) => r.internCounters)),
        sqlArray(rules.map((r) => r.startInDays)),
        sqlArray(rules.map((r) => r.endInDays)),
        organisation.id,
      ],
    );
  }

  if (offices.length > 0) {
    await em.execute(
      `insert into counter (office_id, name)
       select o.id, 'Schalter ' || n
       from unnest(?::text[], ?::int[]) with ordinality as r(office_external_id, counters, position)
       join office o on o.external_id = r.office_external_id and o.organisation_id = ?
       cross join lateral generate_series(1, r.counters) as n
       where not exists (select 1 from counter c where c.office_id = o.id)
       order by r.position, n`,
      [sqlArray(offices.map((office) => office.externalId)), sqlArray(offices.map((office) => office.counters)), organisation.id],
    );
  }

  const loaded = await em.execute<{ id: number }[]>('select id from office where external_id = any(?::text[]) and organisation_id = ? order by id', [sqlArray(offices.map((office) => office.externalId)), organisation.id]);
  for (const { id } of loaded) {
    const { nextExtensionAt } = await materializeSlots(em, id, options.now);
    await scheduleJob(em, JobKind.extendWindow, String(id), nextExtensionAt);
  }
  const [{ count }] = await em.execute<{ count: string }[]>('select count(*) from slot where office_id = any(?::bigint[])', [sqlArray(loaded.map((row) => row.id))]);

  return { offices: loaded.length, services: services.length, slots: Number(count) };
}

/** Loads the demo offices into a database without offices; answers whether it did. */
export async function loadDemoCatalogIfEmpty(em: EntityManager, options: LoadCatalogOptions): Promise<boolean> {
  const [{ empty }] = await em.execute<{ empty: boolean }[]>('select not exists (select 1 from office) as empty');
  if (!empty) return false;
  await loadCatalog(em, demoCatalog, options);
  return true;
}
