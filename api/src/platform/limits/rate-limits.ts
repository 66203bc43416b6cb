import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Counter } from 'prom-client';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../../domain/accounts/principal';
import type { AppConfig } from '../config';
import { errorSummary } from '../safe-error';

/** The table the limiters share; created by a migration, keyed by a prefix per limit. */
const tableName = 'rate_limit';
/** A Redis that answers nothing at all fails a request's budget over to memory this soon. */
const redisCommandTimeoutMs = 500;
/** While the store fails, the fallback is logged at most this often (it is counted every time). */
const fallbackReportIntervalMs = 60_000;

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

/** Decides request budgets in this process while their store fails, and reports each decision. */
class MemoryInsurance extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(key: string | number, points?: number, options?: { [key: string]: unknown }): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }
}

export interface RateLimitReporting {
  warn(message: string): void;
  /** Request budgets decided in memory because the store failed, by limit. */
  fallbacks: Counter<'limit'>;
}

/**
 * Request budgets per client address (anonymous callers) and per API key, and a budget of wrong
 * secrets per appointment number, kept so that they hold across API processes. Request budgets
 * live in Redis when there is one, else in PostgreSQL; when that store fails, each process keeps
 * them in its own memory until it is back, so that a store outage slows no request. Wrong secrets
 * live in PostgreSQL always: a guesser must not get a fresh budget from a Redis outage or from
 * another process. Windows are real time (rate limiting measures load, not the domain's clock).
 */
export class RateLimits {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perApiKey: RateLimiterAbstract;
  private readonly wrongSecrets: RateLimiterAbstract;
  // A pool of its own, not the ORM's: secrets are charged from inside transactions, which would
  // otherwise wait for a second connection of the pool they hold, until none is left.
  private readonly pool: pg.Pool;
  private readonly redis: Redis | null;
  private redisReachable = true;
  private lastFallbackReport = 0;

  constructor(
    private readonly config: AppConfig['limits'],
    /** `databaseUrl` reaches PostgreSQL directly: the limiter names its prepared statements and the pool sets a session option, neither of which PgBouncer's transaction mode keeps. */
    stores: { databaseUrl: string; poolMax: number; redisUrl: string | null },
    private readonly reporting: RateLimitReporting,
  ) {
    // Budgets are counters: a database crash may lose their last fraction of a second, while a
    // commit that waits for the disk costs each charge a flush (a right secret costs two).
    this.pool = new pg.Pool({ connectionString: stores.databaseUrl, max: stores.poolMax, options: '-c synchronous_commit=off' });
    // An idle connection that PostgreSQL drops (a restart) is reported here; the pool connects anew on next use.
    this.pool.on('error', (error) => reporting.warn(`rate limits lost an idle database connection: ${errorSummary(error)}`));
    this.redis = stores.redisUrl ? this.connectRedis(stores.redisUrl) : null;
    const inPostgres = (options: { keyPrefix: string; points: number; duration: number; blockDuration?: number; insuranceLimiter?: RateLimiterMemory }) =>
      new RateLimiterPostgres({ ...options, storeClient: this.pool, storeType: 'pool', tableName, tableCreated: true, clearExpiredByTimeout: false });
    const requestBudget = (keyPrefix: string, points: number) => {
      const insuranceLimiter = new MemoryInsurance({ keyPrefix, points, duration: 60 }, () => this.fellBack(keyPrefix));
      return this.redis
        ? new RateLimiterRedis({ storeClient: this.redis, rejectIfRedisNotReady: true, keyPrefix: `zms:${keyPrefix}`, points, duration: 60, insuranceLimiter })
        : inPostgres({ keyPrefix, points, duration: 60, insuranceLimiter });
    };
    this.perAddress = requestBudget('address', config.anonymousPerMinute);
    this.perApiKey = requestBudget('key', config.apiKeyPerMinute);
    // Guessing secrets is blocked for the rest of the hour, however slowly it goes on.
    this.wrongSecrets = inPostgres({ keyPrefix: 'secret', points: config.wrongSecretsPerHour, duration: 3600, blockDuration: 3600 });
  }

  /** No offline queue and a command timeout: while Redis is away, budgets fail over at once instead of waiting. */
  private connectRedis(redisUrl: string): Redis {
    const redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: redisCommandTimeoutMs });
    // ioredis reconnects by itself; an error event without a listener would end the process.
    redis.on('error', (error) => {
      if (this.redisReachable) this.reporting.warn(`rate limits lost Redis, request budgets are kept in memory until it is back: ${errorSummary(error)}`);
      this.redisReachable = false;
    });
    redis.on('ready', () => {
      if (!this.redisReachable) this.reporting.warn('rate limits reach Redis again');
      this.redisReachable = true;
    });
    return redis;
  }

  private fellBack(limit: string): void {
    this.reporting.fallbacks.inc({ limit });
    const now = Date.now();
    if (now - this.lastFallbackReport < fallbackReportIntervalMs) return;
    this.lastFallbackReport = now;
    this.reporting.warn(`the store of request budgets failed: ${limit} budgets are decided in this process's memory`);
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
   * Runs `lookUp`, which compares a secret of this number and answers null when it was wrong, as
   * one attempt of the caller's budget. The attempt is charged before the comparison and taken
   * back when the secret was right: however many guesses arrive at once, in however many
   * processes, no more than the budget are compared. Counted per number and caller, so that a
   * guesser locks out only themselves, never the citizen who holds the number.
   */
  async secretAttempt<T>(number: string | number, principal: Principal, clientAddress: string | null, lookUp: () => Promise<T | null>): Promise<T | null> {
    const key = secretKey(number, principal, clientAddress);
    try {
      await this.wrongSecrets.consume(key, 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error, 'wrong secrets for this number');
      throw error;
    }
    const found = await lookUp();
    if (found !== null) await this.wrongSecrets.reward(key, 1);
    return found;
  }

  get activeAppointmentsPerEmail(): number {
    return this.config.activeAppointmentsPerEmail;
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
    await this.pool.end();
  }
}
