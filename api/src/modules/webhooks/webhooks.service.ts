import { randomBytes } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ApiKeyLevel, Permission, canInOrganisation, canSomewhere } from '../../domain/accounts/principal';
import { Channel } from '../../domain/booking/appointment-lifecycle';
import { validateContact } from '../../domain/booking/contact-rules';
import { endpointUrlProblem } from './endpoint-url';
import { InvalidInput, NotFound, type FieldProblemSpec } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import { JobKind, scheduleJob } from '../../platform/jobs/job-queue';
import { refuse, type RequestContext } from '../../platform/request-context';
import type { SecretBox } from '../../platform/secrets';
import { inTransaction } from '../../platform/transaction';
import { ApiKey, StaffAccount } from '../accounts/account.entity';
import { audit } from '../audit/audit';
import { Organisation } from '../catalog/organisation.entity';
import { tenantOf } from '../catalog/tenancy';
import type { WebhookDeliveries } from './webhook-deliveries';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entity';
import {
  DeletedWebhookEndpoint,
  RegisteredWebhookEndpoint,
  WebhookDeliveryLog,
  WebhookDeliveryLogEntry,
  type RegisterWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
  type WebhookDeliveryInput,
  type WebhookEndpointInput,
} from './webhooks.types';

/** Rights that let a staff member manage an organisation's webhooks. */
const managingPermissions = [Permission.manageApiKeys, Permission.manageOrganisation];

/** A new signing secret: 24 random bytes, base64, with the whsec_ prefix of Standard Webhooks. */
function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * Webhook endpoints and their delivery log, for an organisation's admins (every endpoint of the
 * organisation) and for API keys (their own endpoints, which hear only of their own bookings).
 */
export class WebhooksService {
  constructor(
    private readonly settings: { production: boolean },
    private readonly secrets: SecretBox,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  /** Refuses callers who may manage no webhooks at all, before anything is looked up. */
  private authorizeAnywhere(ctx: RequestContext): void {
    if (ctx.principal.kind === 'apiKey') return;
    if (!managingPermissions.some((permission) => canSomewhere(ctx.principal, permission))) refuse(ctx);
  }

  private managesOrganisation(ctx: RequestContext, organisationId: number): boolean {
    return managingPermissions.some((permission) => canInOrganisation(ctx.principal, permission, organisationId));
  }

  /** The endpoint, if the caller may manage it; refuses an endpoint of another organisation or key. */
  private async managedEndpoint(em: EntityManager, ctx: RequestContext, endpointIdText: string, lock = false): Promise<WebhookEndpoint | NotFound> {
    const id = parseId(endpointIdText);
    const endpoint = id === null ? null : await em.findOne(WebhookEndpoint, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!endpoint) return new NotFound('There is no such webhook endpoint.');
    const principal = ctx.principal;
    const allowed = principal.kind === 'apiKey' ? endpoint.ownerApiKey?.id === principal.keyId : this.managesOrganisation(ctx, endpoint.organisation.id);
    // A key learns nothing of other keys' endpoints: they do not exist for it.
    if (!allowed) {
      if (principal.kind === 'apiKey') return new NotFound('There is no such webhook endpoint.');
      refuse(ctx);
    }
    return endpoint;
  }

  private problems(input: { url?: string | null; contactEmail?: string | null }): FieldProblemSpec[] {
    const problems: FieldProblemSpec[] = [];
    if (input.url !== undefined && input.url !== null) {
      const problem = endpointUrlProblem(input.url.trim(), this.settings.production);
      if (problem) problems.push({ field: 'url', message: problem });
    }
    if (input.contactEmail !== undefined && input.contactEmail !== null) {
      const email = input.contactEmail.trim();
      if (!email || validateContact(Channel.COUNTER, { email }).problems.length > 0) problems.push({ field: 'contactEmail', message: 'The contact email address is not valid.' });
    }
    return problems;
  }

  /** An admin's endpoints of the organisation, or a key's own. */
  async endpoints(ctx: RequestContext, organisationIdText: string | null | undefined): Promise<WebhookEndpoint[]> {
    this.authorizeAnywhere(ctx);
    const principal = ctx.principal;
    if (principal.kind === 'apiKey') return ctx.em.find(WebhookEndpoint, { ownerApiKey: principal.keyId }, { orderBy: { id: 'asc' } });
    const organisationId = organisationIdText ? (parseId(organisationIdText) ?? 0) : await tenantOf(ctx);
    if (!this.managesOrganisation(ctx, organisationId)) refuse(ctx);
    return ctx.em.find(WebhookEndpoint, { organisation: organisationId }, { orderBy: { id: 'asc' } });
  }

  async register(ctx: RequestContext, input: RegisterWebhookEndpointInput): Promise<RegisteredWebhookEndpoint | NotFound | InvalidInput> {
    this.authorizeAnywhere(ctx);
    const principal = ctx.principal;
    const organisationId = principal.kind === 'apiKey' ? principal.organisationId : input.organisationId ? parseId(input.organisationId) : await tenantOf(ctx);
    if (organisationId === null) return new NotFound('There is no such organisation.');
    if (principal.kind !== 'apiKey' && !this.managesOrganisation(ctx, organisationId)) refuse(ctx);
    const problems = this.problems(input);
    if (problems.length > 0) return new InvalidInput(problems);
    return inTransaction(ctx.em, async (em) => {
      if (!(await em.findOne(Organisation, organisationId))) return new NotFound('There is no such organisation.');
      const secret = newSigningSecret();
      const endpoint = em.create(WebhookEndpoint, {
        organisation: em.getReference(Organisation, organisationId),
        ownerAccount: principal.kind === 'staff' && !principal.isAdmin ? em.getReference(StaffAccount, principal.accountId) : null,
        ownerApiKey: principal.kind === 'apiKey' ? em.getReference(ApiKey, principal.keyId) : null,
        url: input.url.trim(),
        eventTypes: [...new Set(input.eventTypes)],
        contactEmail: input.contactEmail.trim(),
        // Contact data only where the owner reads it anyway: the organisation's admins who see its offices' administration, and the 115's keys, which entered it.
        withContact: principal.kind === 'apiKey' ? principal.level === ApiKeyLevel.callcenter : canInOrganisation(principal, Permission.viewOfficeAdministration, organisationId),
        secretSealed: this.secrets.seal(secret),
        createdAt: ctx.clock.now(),
      } as WebhookEndpoint);
      await em.flush();
      await audit(em, ctx, 'registerWebhookEndpoint', null, { organisationId, endpointId: endpoint.id, eventTypes: endpoint.eventTypes });
      return Object.assign(new RegisteredWebhookEndpoint(), { endpoint, secret });
    });
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint | NotFound | InvalidInput> {
    this.authorizeAnywhere(ctx);
    return inTransaction(ctx.em, async (em) => {
      const endpoint = await this.managedEndpoint(em, ctx, input.endpointId, true);
      if (endpoint instanceof NotFound) return endpoint;
      const problems = this.problems(input);
      if (problems.length > 0) return new InvalidInput(problems);
      const now = ctx.clock.now();
      if (input.url) endpoint.url = input.url.trim();
      if (input.eventTypes) endpoint.eventTypes = [...new Set(input.eventTypes)];
      if (input.contactEmail) endpoint.contactEmail = input.contactEmail.trim();
      const enabling = input.enabled === true && endpoint.disabledAt !== null;
      if (input.enabled === false) endpoint.disabledAt ??= now;
      if (enabling) {
        endpoint.disabledAt = null;
        endpoint.consecutiveFailures = 0;
      }
      await em.flush();
      if (enabling) await this.deliveries.resume(em, endpoint.id, now);
      await audit(em, ctx, 'updateWebhookEndpoint', null, { organisationId: endpoint.organisation.id, endpointId: endpoint.id, enabled: endpoint.disabledAt === null });
      return endpoint;
    });
  }

  async remove(ctx: RequestContext, input: WebhookEndpointInput): Promise<DeletedWebhookEndpoint | NotFound> {
    this.authorizeAnywhere(ctx);
    return inTransaction(ctx.em, async (em) => {
      const endpoint = await this.managedEndpoint(em, ctx, input.endpointId, true);
      if (endpoint instanceof NotFound) return endpoint;
      const organisationId = endpoint.organisation.id;
      const endpointId = endpoint.id;
      // Its deliveries and their attempts go with it (cascade); their jobs then find nothing to send.
      await em.execute('delete from webhook_endpoint where id = ?', [endpointId]);
      await audit(em, ctx, 'deleteWebhookEndpoint', null, { organisationId, endpointId });
      return Object.assign(new DeletedWebhookEndpoint(), { endpointId: String(endpointId) });
    });
  }

  /** The latest deliveries of an endpoint with their attempts: what it was sent, and what it missed. */
  async log(ctx: RequestContext, endpointIdText: string, first: number): Promise<WebhookDeliveryLog | NotFound> {
    this.authorizeAnywhere(ctx);
    const endpoint = await this.managedEndpoint(ctx.em, ctx, endpointIdText);
    if (endpoint instanceof NotFound) return endpoint;
    const deliveries = await ctx.em.find(WebhookDelivery, { endpoint }, { orderBy: { id: 'desc' }, limit: Math.max(1, Math.min(first, 100)) });
    const attempts = await ctx.em.find(WebhookAttempt, { delivery: { $in: deliveries.map((delivery) => delivery.id) } }, { orderBy: { id: 'desc' } });
    const total = await ctx.em.count(WebhookDelivery, { endpoint });
    return Object.assign(new WebhookDeliveryLog(), {
      endpoint,
      total,
      deliveries: deliveries.map((delivery) => Object.assign(new WebhookDeliveryLogEntry(), { delivery, payload: delivery.body, attempts: attempts.filter((attempt) => attempt.delivery.id === delivery.id) })),
    });
  }

  /** Sends a delivery again now, with the same webhook-id and body (a receiver that lost it, or that was down when it was given up). */
  async replay(ctx: RequestContext, input: WebhookDeliveryInput): Promise<WebhookDelivery | NotFound> {
    this.authorizeAnywhere(ctx);
    return inTransaction(ctx.em, async (em) => {
      const id = parseId(input.deliveryId);
      const delivery = id === null ? null : await em.findOne(WebhookDelivery, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!delivery) return new NotFound('There is no such webhook delivery.');
      const endpoint = await this.managedEndpoint(em, ctx, String(delivery.endpoint.id));
      if (endpoint instanceof NotFound) return new NotFound('There is no such webhook delivery.');
      delivery.status = WebhookDeliveryStatus.pending;
      await em.flush();
      await scheduleJob(em, JobKind.deliverWebhook, String(delivery.id), ctx.clock.now());
      await audit(em, ctx, 'replayWebhookDelivery', null, { organisationId: endpoint.organisation.id, endpointId: endpoint.id, deliveryId: delivery.id });
      return delivery;
    });
  }

  /** A test ping, signed and sent as any delivery (to a disabled endpoint too, to try it before enabling it). */
  async ping(ctx: RequestContext, input: WebhookEndpointInput): Promise<WebhookDelivery | NotFound> {
    this.authorizeAnywhere(ctx);
    return inTransaction(ctx.em, async (em) => {
      const endpoint = await this.managedEndpoint(em, ctx, input.endpointId);
      if (endpoint instanceof NotFound) return endpoint;
      return em.findOneOrFail(WebhookDelivery, await this.deliveries.ping(em, { id: endpoint.id, organisation_id: endpoint.organisation.id }, ctx.clock.now()));
    });
  }
}
