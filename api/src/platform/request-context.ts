import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, Contingent } from '../domain/booking/appointment-lifecycle';
import { Permission, can, canInDepartment, canInOrganisation, canSomewhere, channelOf, type Principal } from '../domain/accounts/principal';
import type { Clock } from './clock';
import { forbidden, unauthenticated } from './graphql/errors';
import type { EventBus } from './events/event-bus';
import type { ProofOfWork } from './limits/proof-of-work';
import type { RateLimits } from './limits/rate-limits';

/**
 * The batching loaders of one request, made anew for each. Modules add theirs by declaration
 * merging (`declare module` on this file, as catalog.loaders.ts does), so that the platform names
 * no module and resolvers still get typed loaders.
 */
export interface RequestLoaders {} // eslint-disable-line @typescript-eslint/no-empty-object-type -- filled by declaration merging

/** Passed first to every service call: who calls, a fresh identity map, the clock, loaders. */
export interface RequestContext {
  principal: Principal;
  em: EntityManager;
  clock: Clock;
  loaders: RequestLoaders;
  /** The client's address (from the trusted proxy header where configured). */
  clientAddress: string | null;
  /** Abuse protection shared by all processes through the database (or Redis). */
  guards: { rateLimits: RateLimits; proofOfWork: ProofOfWork };
  /** This process's fan-out of committed events, for subscriptions. */
  bus: EventBus;
  /** The organisation the request names, by host name or path prefix (/o/<slug>/…); see catalog/tenancy. */
  namedOrganisation: { host: string | null; slug: string | null };
  /** The token the request authenticated with, if any. */
  credential: string | null;
  /** Present on HTTP requests: our apps keep the session in an httpOnly cookie. */
  http?: {
    setSessionCookie(token: string, expiresAt: Date): void;
    clearSessionCookie(): void;
  };
}

/** Refuses what the caller may not do: UNAUTHENTICATED without credentials, FORBIDDEN with them. */
export function authorize(ctx: RequestContext, permission: Permission, officeId?: number): void {
  if (!can(ctx.principal, permission, officeId)) refuse(ctx);
}

/** Refuses the call: UNAUTHENTICATED without credentials, FORBIDDEN with them. */
export function refuse(ctx: RequestContext): never {
  throw ctx.principal.kind === 'anonymous' ? unauthenticated() : forbidden();
}

/**
 * Refuses callers who hold `permission` at no office at all, before an office is looked up: a
 * caller without rights learns nothing about which offices exist.
 */
export function authorizeAnywhere(ctx: RequestContext, permission: Permission): void {
  if (!canSomewhere(ctx.principal, permission)) authorize(ctx, permission);
}

/** Refuses what the caller may not do for a whole department. */
export function authorizeInDepartment(ctx: RequestContext, permission: Permission, departmentId: number): void {
  if (!canInDepartment(ctx.principal, permission, departmentId)) refuse(ctx);
}

/** Refuses what the caller may not do for a whole organisation. */
export function authorizeInOrganisation(ctx: RequestContext, permission: Permission, organisationId: number): void {
  if (!canInOrganisation(ctx.principal, permission, organisationId)) refuse(ctx);
}

/**
 * The channel and contingent of a booking at an office: staff book there on the intern
 * contingent where they hold a role; everyone else who may book as a citizen books publicly.
 */
export function bookingTermsAt(ctx: RequestContext, officeId: number): { channel: Channel; contingent: Contingent } {
  if (ctx.principal.kind === 'staff') {
    authorize(ctx, Permission.bookOnSite, officeId);
    return { channel: Channel.COUNTER, contingent: Contingent.intern };
  }
  authorize(ctx, Permission.bookAsCitizen);
  return { channel: channelOf(ctx.principal), contingent: Contingent.public };
}
