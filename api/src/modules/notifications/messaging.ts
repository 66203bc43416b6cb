import type { AppConfig } from '../../platform/config';
import { MessageTemplatesService } from './message-templates.service';
import { NotificationsService } from './notifications.service';
import { HttpSmsProvider, SmtpMailer, WebPushSender, type Mailer } from './transports';

export interface Messaging {
  notifications: NotificationsService;
  /** The texts offices and organisations word themselves, and offices' message settings. */
  templates: MessageTemplatesService;
  /** Null without SMTP settings: outside production the mails then stay in the development mailbox. */
  mailer: Mailer | null;
}

/** The outbox with its transports as configured. */
export function createMessaging(config: AppConfig): Messaging {
  const mailer = config.mail.smtpUrl === null ? null : new SmtpMailer(config.mail.smtpUrl, config.mail.from, config.mail.timeouts);
  const sms = config.sms.providerUrl === null ? null : new HttpSmsProvider(config.sms.providerUrl, config.sms.token, config.sms.sender);
  const settings = { publicBaseUrl: config.publicBaseUrl, notifications: config.notifications };
  const push = config.webPush === null ? null : new WebPushSender(config.webPush);
  const notifications = new NotificationsService(settings, mailer, sms, config.environment !== 'production', push);
  return { notifications, templates: new MessageTemplatesService(settings), mailer };
}
