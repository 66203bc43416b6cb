import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/request-context';
import { deferStatement } from '../../platform/statement-batch';

/**
 * Records a change by staff, an admin, an API key or a device, in the transaction of the change.
 * Citizens acting for themselves are not recorded; details never carry contact data, only the
 * actor's address as the trusted proxy reports it. Nothing waits for the entry: inside a statement
 * batch it rides with the transaction's next statement (platform/statement-batch.ts).
 */
export async function audit(em: EntityManager, ctx: RequestContext, action: string, officeId: number | null, details: Record<string, unknown> = {}): Promise<void> {
  const actor = ctx.principal;
  if (actor.kind === 'anonymous') return;
  const [actorId, actorName] = actor.kind === 'staff' ? [actor.accountId, actor.username] : actor.kind === 'apiKey' ? [actor.keyId, actor.name] : [actor.deviceId, actor.name];
  await deferStatement(em, 'insert into audit_entry (at, actor_kind, actor_id, actor_name, action, office_id, details) values (?, ?, ?, ?, ?, ?, ?::jsonb)', [
    ctx.clock.now(),
    actor.kind,
    String(actorId),
    actorName,
    action,
    officeId,
    JSON.stringify({ ...details, clientAddress: ctx.clientAddress }),
  ]);
}
