import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Every committed change of an office raises its version (SPEC rule 3). Taken last in a
 * transaction, after the slot rows, so that every writer locks in the same order.
 */
export async function bumpOfficeVersion(em: EntityManager, officeId: number): Promise<number> {
  const [row] = await em.execute<{ version: number }[]>('update office set version = version + 1 where id = ? returning version', [officeId]);
  return row.version;
}
