import type { AppConfig } from '../../platform/config';
import { NotificationsService } from './notifications.service';
import { HttpSmsProvider, SmtpMailer, type Mailer } from './transports';

export interface Messaging {
  notifications: NotificationsService;
  /** Null without SMTP settings: outside production the mails then stay in the development mailbox. */
  mailer: Mailer | null;
}

/** The outbox with its transports as configured. */
export function createMessaging(config: AppConfig): Messaging {
  const mailer = config.mail.smtpUrl === null ? null : new SmtpMailer(config.mail.smtpUrl, config.mail.from, config.mail.timeouts);
  const sms = config.sms.providerUrl === null ? null : new HttpSmsProvider(config.sms.providerUrl, config.sms.token, config.sms.sender);
  const notifications = new NotificationsService({ publicBaseUrl: config.publicBaseUrl, notifications: config.notifications }, mailer, sms, config.environment !== 'production');
  return { notifications, mailer };
}
