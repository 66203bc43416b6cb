import type { EntityManager } from '@mikro-orm/postgresql';
import { publishCommitted, withEvents } from './events/event-bus';

const retryableCodes = new Set(['40001', '40P01']); // serialization failure, deadlock detected
const maxAttempts = 6;

/**
 * Runs `work` in one transaction and runs it again when PostgreSQL aborted it for a
 * serialization failure or a deadlock: locks decide races, this only replays the loser. The
 * events `work` emits go out if and only if the transaction commits.
 */
export async function inTransaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { result, events } = await em.fork().transactional((transaction) => withEvents(transaction, () => work(transaction)));
      await publishCommitted(events);
      return result;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= maxAttempts || !code || !retryableCodes.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
