import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, Contingent, contingentOf } from '../domain/booking/appointment-lifecycle';
import type { CatalogLoaders } from '../modules/catalog/catalog.loaders';
import type { Clock } from './clock';

/** Who is calling: decides contingent, channel and rights; never taken from an argument. */
export interface Caller {
  channel: Channel;
  contingent: Contingent;
  isAdmin: boolean;
}

export const publicCaller: Caller = { channel: Channel.PORTAL, contingent: Contingent.public, isAdmin: false };
export const adminCaller: Caller = { channel: Channel.COUNTER, contingent: contingentOf(Channel.COUNTER), isAdmin: true };

/** Passed first to every service call: the caller, a fresh identity map and the clock. */
export interface RequestContext {
  caller: Caller;
  em: EntityManager;
  clock: Clock;
  loaders: CatalogLoaders;
}
