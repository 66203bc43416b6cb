import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import { Field, Int, ObjectType } from 'type-graphql';
import { digest } from '../secrets';
import type { AppConfig } from '../config';

/** How long a challenge may be solved and used: long enough for a slow phone. */
const challengeMinutes = 10;

@ObjectType({ description: "An ALTCHA proof-of-work challenge: solve it (the ALTCHA widget does) and send the base64 payload as reserveSlot's proofOfWork." })
export class ProofOfWorkChallenge {
  @Field(() => String, { description: 'Hash algorithm, e.g. SHA-256.' })
  algorithm!: string;

  @Field(() => String, { description: 'The hash to find a number for.' })
  challenge!: string;

  @Field(() => Int, { description: 'The largest number to try.' })
  maxnumber!: number;

  @Field(() => String, { description: 'Salt, with its expiry.' })
  salt!: string;

  @Field(() => String, { description: "The server's signature of the challenge." })
  signature!: string;

  @Field(() => Boolean, { description: 'Whether anonymous callers must send a solution with reserveSlot now.' })
  required!: boolean;
}

/** Self-hosted proof of work (ALTCHA, as Berlin's original uses), so that bots pay for each hold. */
export class ProofOfWork {
  private readonly fallbackKey = randomBytes(32).toString('hex');

  constructor(private readonly config: AppConfig['altcha']) {}

  get enabled(): boolean {
    return this.config.enabled;
  }

  async challenge(now: Date): Promise<ProofOfWorkChallenge> {
    // Without a configured key (proof of work off) challenges are still served, signed by a key of this process.
    const challenge = await createChallenge({ hmacKey: this.config.hmacKey || this.fallbackKey, maxNumber: this.config.maxNumber, expires: new Date(now.getTime() + challengeMinutes * 60_000) });
    return Object.assign(new ProofOfWorkChallenge(), challenge, { required: this.config.enabled });
  }

  /**
   * Whether the payload solves one of our challenges that has not expired and was not used
   * before: each solution buys one reservation, across all API processes.
   */
  async redeem(em: EntityManager, payload: string | null | undefined, now: Date): Promise<boolean> {
    // Expiry is checked against our clock (not altcha-lib's Date.now()), as every time rule is.
    if (!payload || !(await verifySolution(payload, this.config.hmacKey, false).catch(() => false))) return false;
    const expires = Number(extractParams(payload).expires);
    if (!Number.isFinite(expires) || expires * 1000 < now.getTime()) return false;
    // Keyed by the challenge, not the payload's bytes, which could be re-encoded for a replay.
    const { challenge } = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { challenge: string };
    const used = await em.execute<{ digest: string }[]>('insert into used_proof_of_work (digest, used_at) values (?, ?) on conflict do nothing returning digest', [digest(challenge), now]);
    return used.length === 1;
  }
}
