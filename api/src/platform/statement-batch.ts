import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Writes whose answer nobody waits for (an audit entry, a job, a slot claim) need not cost a round
 * trip each: inside `withStatementBatch` they are held and sent in front of the transaction's next
 * statement, in the same query text (PostgreSQL runs the statements of one simple query in order,
 * each seeing the ones before it), or at the end of the batch, before the commit. So every later
 * statement of the transaction, read or write, sees them as if they had run at once; the owning
 * module still writes its own table, it only hands its statement to the batch
 * (docs/booking.md#round-trips-per-booking). A deferred statement that fails fails the statement
 * it rode with, inside the same transaction, which then rolls back as it would have.
 */

interface Statement {
  sql: string;
  params: unknown[];
}

const batches = new WeakMap<EntityManager, Statement[]>();

/**
 * Runs `work` with a batch open on the transaction `em`: statements given to `deferStatement`
 * during it ride with the next statement `em.execute` sends; what is left goes out when `work`
 * returns. Nested calls share the outer batch. MikroORM's own queries (entities) do not carry the
 * held statements: code in a batch reads what it deferred through `em.execute`, or not at all.
 */
export async function withStatementBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (batches.has(em)) return work();
  const pending: Statement[] = [];
  batches.set(em, pending);
  const execute = em.execute;
  // Only this transaction's manager sends the held statements first; other managers are untouched.
  em.execute = (async (query: unknown, params: unknown[] = [], method: 'all' | 'get' | 'run' = 'all', loggerContext?: unknown) => {
    if (pending.length === 0 || typeof query !== 'string') {
      if (pending.length > 0) await sendPending(em, execute, pending);
      return execute.call(em, query as string, params, method, loggerContext as never);
    }
    const held = pending.splice(0);
    const results = (await execute.call(em, [...held.map((statement) => statement.sql), query].join(';\n'), [...held.flatMap((statement) => statement.params), ...params], method, loggerContext as never)) as unknown[];
    return results[results.length - 1];
  }) as typeof em.execute;
  try {
    const result = await work();
    await sendPending(em, execute, pending);
    return result;
  } finally {
    em.execute = execute;
    batches.delete(em);
  }
}

async function sendPending(em: EntityManager, execute: EntityManager['execute'], pending: Statement[]): Promise<void> {
  const held = pending.splice(0);
  if (held.length > 0)
    await execute.call(
      em,
      held.map((statement) => statement.sql).join(';\n'),
      held.flatMap((statement) => statement.params),
      'run',
    );
}

/**
 * A write whose result the caller does not need: held by the open batch of `em` (sent with the
 * next statement), or sent at once when no batch is open.
 */
export async function deferStatement(em: EntityManager, sql: string, params: unknown[]): Promise<void> {
  const pending = batches.get(em);
  if (pending) pending.push({ sql, params });
  else await em.execute(sql, params, 'run');
}
