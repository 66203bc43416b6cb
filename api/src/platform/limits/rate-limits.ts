import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../../domain/accounts/principal';
import type { AppConfig } from '../config';

/** The table the limiters share; created by a migration, keyed by a prefix per limit. */
const tableName = 'rate_limit';

function rateLimited(res: RateLimiterRes, what: string): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new GraphQLError(`Too many ${what}. Try again in ${retryAfterSeconds} s.`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } } });
}

/** IPv6 clients get a /64 each from their provider: one budget per /64, not per address. */
export function addressKey(clientAddress: string | null): string {
  if (!clientAddress) return 'unknown';
  const address = clientAddress.replace(/^::ffff:/, '');
  return address.includes(':') ? `${address.split(':').slice(0, 4).join(':')}::/64` : address;
}

function callerKey(principal: Principal, clientAddress: string | null): string {
  switch (principal.kind) {
    case 'anonymous':
      return `address:${addressKey(clientAddress)}`;
    case 'apiKey':
      return `key:${principal.keyId}`;
    case 'staff':
      return `staff:${principal.accountId}`;
    case 'device':
      return `device:${principal.deviceId}`;
  }
}

function secretKey(number: string | number, principal: Principal, clientAddress: string | null): string {
  return `${number}|${callerKey(principal, clientAddress)}`;
}

/**
 * Request budgets per client address (anonymous callers) and per API key, and a budget of wrong
 * secrets per appointment number, kept in PostgreSQL or Redis so that they hold across API
 * processes. Windows are real time (rate limiting measures load, not the domain's clock).
 */
export class RateLimits {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perApiKey: RateLimiterAbstract;
  private readonly wrongSecrets: RateLimiterAbstract;
  private readonly pool: pg.Pool | null;

  constructor(
    private readonly config: AppConfig['limits'],
    store: { databaseUrl: string } | { redis: Redis },
  ) {
    this.pool = 'databaseUrl' in store ? new pg.Pool({ connectionString: store.databaseUrl, max: 4 }) : null;
    const limiter = (keyPrefix: string, points: number, duration: number, blockDuration = 0) =>
      this.pool
        ? new RateLimiterPostgres({ storeClient: this.pool, storeType: 'pool', tableName, tableCreated: true, keyPrefix, points, duration, blockDuration, clearExpiredByTimeout: false })
        : new RateLimiterRedis({ storeClient: (store as { redis: Redis }).redis, keyPrefix: `zms:${keyPrefix}`, points, duration, blockDuration });
    this.perAddress = limiter('address', config.anonymousPerMinute, 60);
    this.perApiKey = limiter('key', config.apiKeyPerMinute, 60);
    // Guessing secrets is blocked for the rest of the hour, however slowly it goes on.
    this.wrongSecrets = limiter('secret', config.wrongSecretsPerHour, 3600, 3600);
  }

  /** Spends `cost` of the caller's budget; staff and devices are trusted and not limited. */
  async spend(principal: Principal, clientAddress: string | null, cost: number): Promise<void> {
    try {
      if (principal.kind === 'anonymous') await this.perAddress.consume(addressKey(clientAddress), cost);
      else if (principal.kind === 'apiKey' && !this.config.exemptApiKeys.includes(principal.name)) await this.perApiKey.consume(String(principal.keyId), cost);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error, 'requests');
      throw error;
    }
  }

  /**
   * Refuses a caller who guessed secrets of this number wrong too often. Counted per number and
   * caller, so that a guesser locks out only themselves, never the citizen who holds the number.
   */
  async checkSecretAttempts(number: string | number, principal: Principal, clientAddress: string | null): Promise<void> {
    const res = await this.wrongSecrets.get(secretKey(number, principal, clientAddress));
    if (res && res.consumedPoints >= this.config.wrongSecretsPerHour) throw rateLimited(res, 'wrong secrets for this number');
  }

  async recordWrongSecret(number: string | number, principal: Principal, clientAddress: string | null): Promise<void> {
    await this.wrongSecrets.penalty(secretKey(number, principal, clientAddress), 1);
  }

  get activeAppointmentsPerEmail(): number {
    return this.config.activeAppointmentsPerEmail;
  }

  async close(): Promise<void> {
    await this.pool?.end();
  }
}
