import { parse, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../domain/accounts/principal';
import { LoadShedding } from './load-shedding';

const operation = (text: string) => parse(text).definitions[0] as OperationDefinitionNode;
const read = operation('query { availableDays { date } }');
const write = operation('mutation { reserveSlot { __typename } }');
const anonymous: Principal = { kind: 'anonymous' };
const bot = { kind: 'apiKey', keyId: 1, name: 'bot', level: 'public', organisationId: 1 } as Principal;
const staff = { kind: 'staff', accountId: 1 } as Principal;
const display = { kind: 'device', deviceId: 1 } as Principal;

/** Blocks the event loop for `ms`, as a long synchronous task would. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function refusalOf(admitted: Promise<unknown>): Promise<GraphQLError> {
  return admitted.then(
    () => {
      throw new Error('admitted');
    },
    (error: GraphQLError) => error,
  );
}

describe('LoadShedding', () => {
  let shedding: LoadShedding | null = null;
  afterEach(() => shedding?.stop());

  it('refuses public reads with a typed 503 and Retry-After while the event loop is stalled, never staff, displays or mutations', async () => {
    shedding = new LoadShedding({ concurrentPublicReads: 16, maxWaitMs: 1000, maxWaiting: 100, maxEventLoopDelayMs: 100, windowMs: 50 });
    await pause(60);
    // A process that lags while no public read runs lags for other reasons: reads are let through.
    stall(300);
    await pause(5);
    const running = await shedding.admit(anonymous, read);
    stall(300);
    // The stall shows in the window it ended in (and the one after): ask within it.
    await pause(5);
    for (const principal of [anonymous, bot]) {
      const refusal = await refusalOf(shedding.admit(principal, read));
      expect(refusal.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfter: 1, http: { status: 503 } });
      expect((refusal.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('1');
    }
    for (const [principal, kind] of [
      [staff, read],
      [display, read],
      [anonymous, write],
    ] as const)
      (await shedding.admit(principal, kind))();
    expect(shedding.shed.stalled).toBe(2);
    running();
    // Once the loop runs freely again, reads are let through.
    await pause(200);
    (await shedding.admit(anonymous, read))();
  });

  it('lets public reads run a few at a time, the next in line when one ends, and refuses one that waited too long', async () => {
    shedding = new LoadShedding({ concurrentPublicReads: 2, maxWaitMs: 100, maxWaiting: 1, maxEventLoopDelayMs: 10_000, windowMs: 50 });
    const first = await shedding.admit(bot, read);
    await shedding.admit(bot, read);
    let third = false;
    const waiting = shedding.admit(bot, read).then((release) => ((third = true), release));
    // The line holds one: another read is refused on arrival.
    expect((await refusalOf(shedding.admit(anonymous, read))).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(shedding.shed.lineFull).toBe(1);
    // Staff do not wait behind bots.
    (await shedding.admit(staff, read))();
    await pause(10);
    expect(third).toBe(false);
    first();
    first();
    await waiting;
    expect(third).toBe(true);
    // Both turns are taken again: the next waits, and is refused after 100 ms.
    expect((await refusalOf(shedding.admit(anonymous, read))).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(shedding.shed.waitedTooLong).toBe(1);
  });
});
