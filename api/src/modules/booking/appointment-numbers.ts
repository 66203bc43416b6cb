import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Each organisation counts its appointment numbers with a sequence of its own: numbers stay short
 * enough to read out on the phone, and drawing one never waits for another booking.
 */
export async function createNumberSequence(em: EntityManager, organisationId: number): Promise<void> {
  if (!Number.isSafeInteger(organisationId)) throw new Error('An organisation id is an integer.');
  await em.execute(`create sequence if not exists "appointment_number_${organisationId}" start 100001`);
}
