import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sqlArray } from '../../platform/sql';
import { Office } from './office.entity';
import { OfficeService, Service, ServiceTranslation } from './service.entity';

/** Batches the catalogue look-ups of one request; made anew per request, never shared. */
export function createCatalogLoaders(em: EntityManager) {
  return {
    office: new DataLoader<number, Office | null>(async (ids) => {
      const offices = await em.find(Office, { id: { $in: [...ids] } });
      const byId = new Map(offices.map((office) => [office.id, office]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    service: new DataLoader<number, Service | null>(async (ids) => {
      const services = await em.find(Service, { id: { $in: [...ids] } });
      const byId = new Map(services.map((service) => [service.id, service]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** A service's texts in one language other than German, keyed "serviceId|language". */
    serviceTranslation: new DataLoader<string, ServiceTranslation | null>(async (keys) => {
      const wanted = keys.map((key) => key.split('|'));
      const rows = await em.find(ServiceTranslation, { $or: wanted.map(([service, language]) => ({ service: Number(service), language })) });
      const byKey = new Map(rows.map((row) => [`${row.service.id}|${row.language}`, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    /** Whether some office offers the service for online booking. */
    serviceBookableOnline: new DataLoader<number, boolean>(async (serviceIds) => {
      const rows = await em.execute<{ service_id: number }[]>('select distinct service_id from office_service where bookable_online and service_id = any(?::bigint[])', [sqlArray([...serviceIds])]);
      const online = new Set(rows.map((row) => row.service_id));
      return serviceIds.map((id) => online.has(id));
    }),
    officeServices: new DataLoader<number, OfficeService[]>(async (officeIds) => {
      const rows = await em.find(OfficeService, { office: { $in: [...officeIds] } }, { populate: ['service'], orderBy: { service: { name: 'asc' } } });
      return officeIds.map((officeId) => rows.filter((row) => row.office.id === officeId));
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;

declare module '../../platform/request-context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the catalogue's loaders, merged into every request's
  interface RequestLoaders extends CatalogLoaders {}
}
