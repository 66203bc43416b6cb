import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/request-context';
import { WebhookEndpoint } from './webhook.entity';
import type { WebhooksService } from './webhooks.service';
import {
  DeleteWebhookEndpointResult,
  RegisterWebhookEndpointInput,
  RegisterWebhookEndpointResult,
  UpdateWebhookEndpointInput,
  WebhookDeliveryInput,
  WebhookDeliveryLogResult,
  WebhookDeliveryResult,
  WebhookEndpointInput,
  WebhookEndpointResult,
} from './webhooks.types';

export function createWebhooksResolvers(webhooks: WebhooksService) {
  @Resolver()
  class WebhooksResolver {
    @Query(() => [WebhookEndpoint], { description: "Webhook endpoints: an organisation's (its admins: those who manage its API keys or the organisation), or the calling API key's own." })
    webhookEndpoints(@Ctx() ctx: RequestContext, @Arg('organisationId', () => ID, { nullable: true, description: 'The organisation (admins; by default the one the request names). Ignored for API keys.' }) organisationId?: string | null) {
      return webhooks.endpoints(ctx, organisationId);
    }

    @Query(() => WebhookDeliveryLogResult, { description: "An endpoint's latest deliveries with every attempt (status, response code, duration): what it was sent and what it missed." })
    webhookDeliveries(
      @Ctx() ctx: RequestContext,
      @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
      @Arg('first', () => Int, { defaultValue: 20, description: 'How many of the latest deliveries, 1 to 100.' }) first: number,
    ) {
      return webhooks.log(ctx, endpointId, first);
    }

    @Mutation(() => RegisterWebhookEndpointResult, { description: 'Registers an endpoint for chosen facts and answers its signing secret, once (organisation admins; API keys for their own bookings).' })
    registerWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterWebhookEndpointInput, { description: 'URL, facts and contact.' }) input: RegisterWebhookEndpointInput) {
      return webhooks.register(ctx, input);
    }

    @Mutation(() => WebhookEndpointResult, { description: 'Changes an endpoint, or disables or enables it (enabling sends what waited meanwhile).' })
    updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The endpoint and what changes.' }) input: UpdateWebhookEndpointInput) {
      return webhooks.update(ctx, input);
    }

    @Mutation(() => DeleteWebhookEndpointResult, { description: 'Deletes an endpoint with its delivery log.' })
    deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' }) input: WebhookEndpointInput) {
      return webhooks.remove(ctx, input);
    }

    @Mutation(() => WebhookDeliveryResult, { description: 'Sends a delivery again now, with the same webhook-id and payload.' })
    replayWebhookDelivery(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookDeliveryInput, { description: 'The delivery.' }) input: WebhookDeliveryInput) {
      return webhooks.replay(ctx, input);
    }

    @Mutation(() => WebhookDeliveryResult, { description: 'Sends a signed test ping (type webhook.ping) now, to a disabled endpoint too.' })
    pingWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint.' }) input: WebhookEndpointInput) {
      return webhooks.ping(ctx, input);
    }
  }

  return [WebhooksResolver] as const;
}
