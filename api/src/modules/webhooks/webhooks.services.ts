import type { AppConfig } from '../../platform/config';
import type { DomainEvents } from '../../platform/events/domain-events';
import type { IdCodec } from '../../platform/graphql/ids';
import { SecretBox } from '../../platform/secrets';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookSender } from './webhook-sender';
import { WebhooksService } from './webhooks.service';

/** The webhooks module's services as configured: the operations, and the deliveries (reactions and job). */
export function createWebhookServices(config: AppConfig, events: DomainEvents, ids: IdCodec): { endpoints: WebhooksService; deliveries: WebhookDeliveries } {
  const production = config.environment === 'production';
  const secrets = new SecretBox(config.notifications.linkSecret, 'webhook-endpoint-secret');
  const sender = new WebhookSender({ timeoutMs: config.webhooks.timeoutMs, publicAddressesOnly: production, userAgent: 'ZMS-Webhooks/1.0' });
  const deliveries = new WebhookDeliveries({ disableAfterFailures: config.webhooks.disableAfterFailures }, ids, secrets, sender, events);
  return { endpoints: new WebhooksService({ production }, secrets, deliveries), deliveries };
}
