import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { WebhookEventType } from '../../domain/webhooks/webhook-events';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity';

@InputType({ description: 'A new webhook endpoint: an organisation admin registers one for the organisation, an API key one for its own bookings.' })
export class RegisterWebhookEndpointInput {
  @Field(() => ID, { nullable: true, description: "The organisation (admins; by default the one the request names). An API key's endpoint is always its organisation's." })
  @IsOptional()
  @MaxLength(40)
  organisationId?: string | null;

  @Field(() => String, { description: 'Where deliveries are POSTed: https (http too outside production), never a private or loopback address in production. Up to 2000 characters.' })
  @MaxLength(2000)
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The facts to send, at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  eventTypes!: WebhookEventType[];

  @Field(() => String, { description: 'Who is mailed when the endpoint is disabled after failing too often in a row.' })
  @MaxLength(254)
  contactEmail!: string;
}

@InputType({ description: 'Changes an endpoint; fields left out stay. Enabling a disabled endpoint sends what waited meanwhile.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @MaxLength(40)
  endpointId!: string;

  @Field(() => String, { nullable: true, description: 'A new URL, checked as at registration.' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The facts to send from now on, at least one.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'Who is mailed when it is disabled.' })
  @IsOptional()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables it (deliveries wait); true enables it again and resets its run of failures.' })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'Names one webhook endpoint.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  @MaxLength(40)
  endpointId!: string;
}

@InputType({ description: 'Names one webhook delivery.' })
export class WebhookDeliveryInput {
  @Field(() => ID, { description: 'The delivery (WebhookDelivery.id).' })
  @MaxLength(40)
  deliveryId!: string;
}

@ObjectType({ description: 'A registered endpoint with its signing secret, shown this once: verify deliveries with it (Standard Webhooks).' })
export class RegisteredWebhookEndpoint {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The signing secret, whsec_ and base64: shown only now; the API keeps it sealed.' })
  secret!: string;
}

@ObjectType({ description: 'A webhook endpoint deleted: nothing more is sent to it.' })
export class DeletedWebhookEndpoint {
  @Field(() => ID, { description: 'The endpoint that was deleted.' })
  endpointId!: string;
}

/** A delivery as the log shows it: with its attempts, newest first. */
@ObjectType('WebhookDeliveryLogEntry', { description: 'A delivery in the log: what was sent, where it stands, and every attempt.' })
export class WebhookDeliveryLogEntry {
  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  delivery!: WebhookDelivery;

  @Field(() => [WebhookAttempt], { description: 'Its attempts, newest first.' })
  attempts!: WebhookAttempt[];

  @Field(() => String, { description: 'The JSON body as signed and sent (and sent again by a replay).' })
  payload!: string;
}

@ObjectType({ description: 'An endpoint and its latest deliveries.' })
export class WebhookDeliveryLog {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field(() => [WebhookDeliveryLogEntry], { description: 'Its latest deliveries, newest first.' })
  deliveries!: WebhookDeliveryLogEntry[];

  @Field(() => Int, { description: 'How many deliveries it has in all.' })
  total!: number;
}

export const RegisterWebhookEndpointResult = createUnionType({
  name: 'RegisterWebhookEndpointResult',
  description: 'The endpoint with its secret, or why not.',
  types: () => [RegisteredWebhookEndpoint, NotFound, InvalidInput] as const,
});

export const WebhookEndpointResult = createUnionType({
  name: 'WebhookEndpointResult',
  description: 'The endpoint, or why not.',
  types: () => [WebhookEndpoint, NotFound, InvalidInput] as const,
});

export const DeleteWebhookEndpointResult = createUnionType({
  name: 'DeleteWebhookEndpointResult',
  description: 'The deleted endpoint, or why not.',
  types: () => [DeletedWebhookEndpoint, NotFound] as const,
});

export const WebhookDeliveryResult = createUnionType({
  name: 'WebhookDeliveryResult',
  description: 'The delivery planned to be sent now, or why not.',
  types: () => [WebhookDelivery, NotFound] as const,
});

export const WebhookDeliveryLogResult = createUnionType({
  name: 'WebhookDeliveryLogResult',
  description: 'The delivery log of an endpoint, or why not.',
  types: () => [WebhookDeliveryLog, NotFound] as const,
});
