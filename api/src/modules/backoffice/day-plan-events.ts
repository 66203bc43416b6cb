import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEventOf } from '../../domain/events/domain-event';
import { emit } from '../../platform/events/event-bus';
import { Topic } from '../../platform/events/topics';

/**
 * Tells the open day plans of an office that its appointments changed, in the transaction of the
 * change: they hear it if and only if it commits. A reaction, so that booking needs not know the
 * back office exists.
 */
function announce(officeIds: number[]): void {
  for (const officeId of new Set(officeIds)) emit({ topic: Topic.appointmentsChanged, payload: { officeId } });
}

/** The reactions of the day plan, one per fact that changes what it shows. */
export const dayPlanReactions = {
  changed(_em: EntityManager, event: DomainEventOf<'appointmentConfirmed' | 'appointmentCancelled'>): Promise<void> {
    announce([event.officeId]);
    return Promise.resolve();
  },
  moved(_em: EntityManager, event: DomainEventOf<'appointmentRescheduled'>): Promise<void> {
    announce([event.previousOfficeId, event.officeId]);
    return Promise.resolve();
  },
  /** A double-opt-in booking appears as waiting for confirmation, and leaves when the time to confirm runs out. */
  async optIn(em: EntityManager, event: DomainEventOf<'optInRequested' | 'optInExpired'>): Promise<void> {
    const [row] = await em.execute<{ office_id: number }[]>('select office_id from appointment where id = ?', [event.appointmentId]);
    if (row) announce([row.office_id]);
  },
};
