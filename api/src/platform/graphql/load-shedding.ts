import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, OperationDefinitionNode } from 'graphql';
import type { Principal } from '../../domain/accounts/principal';
import { serviceUnavailable } from './service-gate';

/**
 * Public reads (bots polling calendars are most of them) must not make staff wait or call
 * displays lag: every request waits for the event loop in arrival order, and a staff mutation
 * that takes a dozen round trips waits once per round trip. So public reads run a few at a time
 * and the rest wait in line here, where waiting costs no CPU; a read that would wait too long,
 * or arrives while the event loop is stalled anyway, is refused at once with SERVICE_UNAVAILABLE
 * and Retry-After instead of an answer that comes seconds late. Staff, displays and kiosks
 * (devices) are never held or refused, nor are mutations (a booking is no poll).
 */
export interface LoadSheddingSettings {
  /** Public reads executing at once; more wait in line. */
  concurrentPublicReads: number;
  /** Longest wait in line; a read that waited this long is refused. */
  maxWaitMs: number;
  /** Reads waiting at once; one more is refused on arrival. */
  maxWaiting: number;
  /** Event-loop delay (the worst of the last window) past which public reads are refused on arrival, while others run; 0: never. */
  maxEventLoopDelayMs: number;
  /** How often the delay is read (and its histogram restarted). */
  windowMs: number;
}

export const defaultLoadShedding: LoadSheddingSettings = { concurrentPublicReads: 16, maxWaitMs: 1000, maxWaiting: 1000, maxEventLoopDelayMs: 200, windowMs: 250 };

/** The Retry-After of a shed read: overload passes in seconds, or it is not overload but capacity. */
const retryAfterSeconds = 1;

/** What may be held and shed: queries of anonymous callers and API keys. */
export function isPublicRead(principal: Principal, operation: OperationDefinitionNode | null | undefined): boolean {
  return (principal.kind === 'anonymous' || principal.kind === 'apiKey') && operation?.operation === 'query';
}

export class LoadShedding {
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });
  /** The worst delay of the last complete window, in ms. */
  private lastWindowMs = 0;
  private readonly window: NodeJS.Timeout;
  private running = 0;
  private readonly waiting: { admit(): void }[] = [];
  /** Refusals since start, by why: the metrics read them. */
  readonly shed = { stalled: 0, waitedTooLong: 0, lineFull: 0 };

  constructor(private readonly settings: LoadSheddingSettings = defaultLoadShedding) {
    this.delay.enable();
    let tick = performance.now();
    this.window = setInterval(() => {
      // The window's own timer is late by a stall too: a stall shows even before the histogram samples it.
      const now = performance.now();
      const late = now - tick - settings.windowMs;
      tick = now;
      this.lastWindowMs = Math.max(late, this.delay.count > 0 ? this.delay.max / 1e6 : 0);
      this.delay.reset();
    }, settings.windowMs);
    this.window.unref();
  }

  /** The event loop's delay now: the worst of the last window and of the running one, in ms. */
  eventLoopDelayMs(): number {
    // The histogram's max is 0 before its first sample, and huge before any (a quirk of node's): only samples count.
    const current = this.delay.count > 0 ? this.delay.max / 1e6 : 0;
    return Math.max(this.lastWindowMs, current);
  }

  /**
   * Lets an operation run: at once unless it is a public read over the limit, which waits its
   * turn. Answers the function that ends its turn (call it exactly once, whatever happens), or
   * throws SERVICE_UNAVAILABLE when the read is shed.
   */
  async admit(principal: Principal, operation: OperationDefinitionNode | null | undefined): Promise<() => void> {
    if (!isPublicRead(principal, operation)) return () => undefined;
    // Only while public reads run: a loop lagging without them (a process starting on a busy
    // machine) lags for other reasons, and refusing reads would not help it.
    const maxDelay = this.settings.maxEventLoopDelayMs;
    if (maxDelay > 0 && this.running > 0 && this.eventLoopDelayMs() > maxDelay) throw this.refusal('stalled');
    if (this.running < this.settings.concurrentPublicReads) return this.start();
    if (this.waiting.length >= this.settings.maxWaiting) throw this.refusal('lineFull');
    await new Promise<void>((resolve, reject) => {
      const turn = {
        admit: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(turn), 1);
        reject(this.refusal('waitedTooLong'));
      }, this.settings.maxWaitMs);
      this.waiting.push(turn);
    });
    // `running` was handed over by the read that ended.
    return this.ended();
  }

  stop(): void {
    clearInterval(this.window);
    this.delay.disable();
  }

  private start(): () => void {
    this.running += 1;
    return this.ended();
  }

  private ended(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The turn passes straight to the next in line, so `running` stays as it is.
      if (next) next.admit();
      else this.running -= 1;
    };
  }

  private refusal(why: keyof LoadShedding['shed']): GraphQLError {
    this.shed[why] += 1;
    return serviceUnavailable({ message: 'The service is overloaded: try again in a moment.', retryAfterSeconds }, true);
  }
}

/**
 * Holds public reads once their operation is known (after the trusted-document check and the
 * maintenance gate, before they are charged and run) and ends their turn with their answer.
 */
export function loadSheddingPlugin(shedding: LoadShedding): ApolloServerPlugin<{ principal: Principal }> {
  return {
    requestDidStart: async () => {
      let release: (() => void) | null = null;
      return {
        didResolveOperation: async ({ contextValue, operation }) => {
          release = await shedding.admit(contextValue.principal, operation);
        },
        willSendResponse: async () => {
          release?.();
        },
      };
    },
  };
}
