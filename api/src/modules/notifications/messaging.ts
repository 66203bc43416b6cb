import type { AppConfig } from '../../platform/config';
import { WaitlistService } from '../waitlist/waitlist.service';
import { NotificationsService } from './notifications.service';
import { HttpSmsProvider, SmtpMailer, type Mailer } from './transports';

export interface Messaging {
  notifications: NotificationsService;
  waitlist: WaitlistService;
  /** Null without SMTP settings: outside production the mails then stay in the development mailbox. */
  mailer: Mailer | null;
}

/** The outbox with its transports as configured, and the waitlist that sends through it. */
export function createMessaging(config: AppConfig): Messaging {
  const mailer = config.mail.smtpUrl === null ? null : new SmtpMailer(config.mail.smtpUrl, config.mail.from, config.mail.timeouts);
  const sms = config.sms.providerUrl === null ? null : new HttpSmsProvider(config.sms.providerUrl, config.sms.token, config.sms.sender);
  const notifications = new NotificationsService(
    { publicBaseUrl: config.publicBaseUrl, notifications: config.notifications },
    mailer,
    sms,
    config.environment !== 'production',
  );
  return { notifications, waitlist: new WaitlistService(config.publicBaseUrl, notifications), mailer };
}
