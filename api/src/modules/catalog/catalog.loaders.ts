import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Office } from './office.entity';
import { OfficeService, Service } from './service.entity';

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
    officeServices: new DataLoader<number, OfficeService[]>(async (officeIds) => {
      const rows = await em.find(OfficeService, { office: { $in: [...officeIds] } }, { populate: ['service'], orderBy: { service: { name: 'asc' } } });
      return officeIds.map((officeId) => rows.filter((row) => row.office.id === officeId));
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
