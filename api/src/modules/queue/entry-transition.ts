import type { EntityManager } from '@mikro-orm/postgresql';
import { nextEntryStatus, type QueueEntryEvent, type QueueEntryStatus } from '../../domain/queue/queue-entry-lifecycle';
import { InvalidTransition, NotFound } from '../../platform/graphql/errors';

export interface EntryStep {
  from: QueueEntryStatus;
  to: QueueEntryStatus;
}

/** A refused step of an entry, named for staff: which entry, where it stands, what it cannot do. */
export function refusedStep(entry: { display_number: string; status: QueueEntryStatus }, step: string): InstanceType<typeof InvalidTransition> {
  return new InvalidTransition(`Entry ${entry.display_number} is ${entry.status}: it cannot ${step}.`);
}

/**
 * The one place a queue entry's status changes: locks the entry, lets the lifecycle table decide
 * where `event` takes it, and writes that status, in the caller's transaction. Every other write
 * of the queue module leaves the status alone, so no path can skip the table.
 */
export async function transitionEntry(em: EntityManager, entryId: number, event: QueueEntryEvent): Promise<EntryStep | InstanceType<typeof InvalidTransition> | NotFound> {
  const [entry] = await em.execute<{ status: QueueEntryStatus; display_number: string }[]>('select status, display_number from queue_entry where id = ? for update', [entryId]);
  if (!entry) return new NotFound('There is no such queue entry.');
  const to = nextEntryStatus(entry.status, event);
  if (to === null) return refusedStep(entry, event);
  await em.execute('update queue_entry set status = ? where id = ?', [to, entryId]);
  return { from: entry.status, to };
}
