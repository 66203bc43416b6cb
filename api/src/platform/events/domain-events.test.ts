import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '@zms/test-kit/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../domain/events/domain-event';
import { entities } from '../../app/entities';
import { openOrm } from '../database';
import { inTransaction } from '../transaction';
import { DomainEvents } from './domain-events';

let database: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await openOrm(database.url, entities);
  await orm.em.fork().execute('create table written_by (what text not null)');
});

afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

const at = new Date('2026-03-02T08:00:00Z');
const cancelled: DomainEvent = { type: 'appointmentCancelled', at, appointmentId: 1, officeId: 1, officeReason: null };

async function written(): Promise<string[]> {
  return (await orm.em.fork().execute<{ what: string }[]>('select what from written_by order by what')).map((row) => row.what);
}

describe('domain events', () => {
  it('runs the reactions in the publishing transaction: what they write commits with the change', async () => {
    const events = new DomainEvents().on('appointmentCancelled', { name: 'probe', handle: (em) => em.execute("insert into written_by values ('reaction')").then(() => undefined) });
    await inTransaction(orm.em, async (em) => {
      await em.execute("insert into written_by values ('change')");
      await events.publish(em, cancelled);
    });
    expect(await written()).toEqual(['change', 'reaction']);
  });

  it('rolls the change back when a reaction throws, and what earlier reactions wrote with it', async () => {
    await orm.em.fork().execute('delete from written_by');
    const events = new DomainEvents().on('appointmentCancelled', { name: 'first', handle: (em) => em.execute("insert into written_by values ('first reaction')").then(() => undefined) }).on('appointmentCancelled', {
      name: 'failing',
      handle: async () => {
        throw new Error('the outbox is full');
      },
    });
    await expect(
      inTransaction(orm.em, async (em) => {
        await em.execute("insert into written_by values ('change')");
        await events.publish(em, cancelled);
      }),
    ).rejects.toThrow('the outbox is full');
    expect(await written()).toEqual([]);
  });

  it('answers what the reactions published in turn, and runs only the reactions of the type', async () => {
    const events = new DomainEvents();
    const seen: string[] = [];
    events
      .on('capacityFreed', {
        name: 'waitlist',
        handle: async (em, freed) => {
          seen.push('capacityFreed');
          await events.publish(em, { type: 'waitlistOfferMade', at, offerId: 1, holdId: 2, officeId: freed.chains[0].officeId, start: freed.chains[0].start, holdUntil: at, offerToken: 't', contact: { email: null, language: 'de' } });
        },
      })
      .on('waitlistOfferMade', { name: 'notifications', handle: async () => void seen.push('waitlistOfferMade') })
      .on('entryCalled', { name: 'unrelated', handle: async () => void seen.push('entryCalled') });
    const followUps = await inTransaction(orm.em, (em) => events.publish(em, { type: 'capacityFreed', at, chains: [{ officeId: 7, start: at }] }));
    expect(followUps.map((event) => event.type)).toEqual(['waitlistOfferMade']);
    expect(seen).toEqual(['capacityFreed', 'waitlistOfferMade']);
    expect(events.table()).toEqual([
      { event: 'capacityFreed', reaction: 'waitlist' },
      { event: 'waitlistOfferMade', reaction: 'notifications' },
      { event: 'entryCalled', reaction: 'unrelated' },
    ]);
  });
});
