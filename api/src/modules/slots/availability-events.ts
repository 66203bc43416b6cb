import type { EntityManager } from '@mikro-orm/postgresql';
import { emit } from '../../platform/events/event-bus';
import { Topic, type AvailabilityChangedPayload } from '../../platform/events/topics';
import { bumpOfficeVersion } from '../catalog/office-version';

/**
 * Raises the office's version and announces the change of its free capacity, both in the
 * caller's transaction: subscribers hear of it if and only if it commits.
 */
export async function announceAvailability(em: EntityManager, officeId: number, reason: AvailabilityChangedPayload['reason'], dates: string[] = []): Promise<number> {
  const version = await bumpOfficeVersion(em, officeId);
  emit({ topic: Topic.availabilityChanged, payload: { officeId, version, serviceIds: [], dates, reason } });
  return version;
}
