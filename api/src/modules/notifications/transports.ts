import nodemailer, { type Transporter } from 'nodemailer';
import webPush from 'web-push';
import type { VapidKeys } from '../../platform/vapid-keys';
import { inClientSpan } from '../../platform/tracing';

/** One email as the outbox holds it; `messageId` is fixed when the message is written. */
export interface OutgoingMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  ics: string | null;
}

export interface Mailer {
  /** How long a send to a server that stops answering takes to fail. */
  readonly maxSendMs: number;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface SmtpTimeouts {
  /** Connecting, including the server's greeting. */
  connectionMs: number;
  greetingMs: number;
  /** Silence of the server in the middle of a send. */
  socketMs: number;
}

/** Mail over SMTP with nodemailer; the URL carries host, port and credentials (smtp:// or smtps://). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  /** The server a send's span names (no credentials, no recipient). */
  private readonly server: { 'server.address': string; 'server.port': number };
  readonly maxSendMs: number;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeouts: SmtpTimeouts,
  ) {
    // nodemailer's own defaults wait minutes for a server that accepts the connection and stays silent.
    this.transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: timeouts.connectionMs, greetingTimeout: timeouts.greetingMs, socketTimeout: timeouts.socketMs });
    this.maxSendMs = timeouts.connectionMs + timeouts.greetingMs + timeouts.socketMs;
    const url = new URL(smtpUrl);
    this.server = { 'server.address': url.hostname, 'server.port': Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)) };
  }

  async send(mail: OutgoingMail): Promise<void> {
    await inClientSpan('smtp send', this.server, () =>
      this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
        attachments: mail.ics ? [{ filename: 'termin.ics', content: mail.ics, contentType: `text/calendar; charset=utf-8; method=${/^METHOD:CANCEL/m.test(mail.ics) ? 'CANCEL' : 'PUBLISH'}` }] : [],
      }),
    );
  }

  close(): void {
    this.transport.close();
  }
}

export interface SmsProvider {
  /** How long a send to a provider that stops answering takes to fail. */
  readonly maxSendMs: number;
  /** `reference` is the message's stable id: a provider can drop a resend it has seen. */
  send(to: string, text: string, reference: string): Promise<void>;
}

/**
 * A generic HTTP SMS gateway: POST of JSON `{ from, to, text, reference }` with a bearer token;
 * any 2xx answer counts as accepted, anything else is retried by the outbox.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly maxSendMs = 15_000;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly sender: string,
  ) {}

  async send(to: string, text: string, reference: string): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ from: this.sender, to, text, reference }),
      signal: AbortSignal.timeout(this.maxSendMs),
    });
    if (!response.ok) throw new Error(`SMS provider answered ${response.status}`);
  }
}

/** A browser's push subscription as the browser gives it (PushSubscription.toJSON()). */
export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** The push service no longer knows the subscription (404/410): it must not be used again. */
export class PushSubscriptionGone extends Error {}

export interface PushSender {
  readonly maxSendMs: number;
  send(target: PushTarget, payload: string): Promise<void>;
}

/**
 * Web Push (RFC 8030) with the payload encrypted to the browser (aes128gcm, RFC 8291) and
 * signed with our VAPID key (RFC 8292). web-push builds the request; fetch sends it, so that
 * the same code reaches an http endpoint outside production (web-push's own sender speaks https only).
 */
export class WebPushSender implements PushSender {
  readonly maxSendMs = 15_000;

  constructor(private readonly vapid: VapidKeys) {}

  async send(target: PushTarget, payload: string): Promise<void> {
    const request = webPush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, payload, {
      vapidDetails: this.vapid,
      contentEncoding: 'aes128gcm',
      // A notice that arrives after the citizen's turn is worth nothing.
      TTL: 30 * 60,
      urgency: 'high',
    });
    const url = new URL(request.endpoint);
    const response = await inClientSpan('web push send', { 'server.address': url.hostname, 'server.port': Number(url.port || (url.protocol === 'https:' ? 443 : 80)) }, () =>
      fetch(request.endpoint, { method: 'POST', headers: request.headers as Record<string, string>, body: new Uint8Array(request.body), redirect: 'error', signal: AbortSignal.timeout(this.maxSendMs) }),
    );
    if (response.status === 404 || response.status === 410) throw new PushSubscriptionGone(`push service answered ${response.status}`);
    if (!response.ok) throw new Error(`push service answered ${response.status}`);
  }
}
