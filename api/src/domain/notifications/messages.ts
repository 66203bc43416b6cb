import { escapeHtml, fillTemplate, linkAllowed, linksIn, plainTextToHtml } from './templates';
import { languages, messageTexts, type Language, type MessageTexts } from './texts';

export { languages, type Language } from './texts';

/** Whether a stored language is one messages are written in. */
export function isLanguage(value: string | null | undefined): value is Language {
  return (languages as readonly (string | null | undefined)[]).includes(value);
}

/** What to bring for one service, in the citizen's language. */
export interface ServiceToBring {
  service: string;
  items: string[];
}

/** What a message says about an appointment; names and texts in the citizen's language. */
export interface AppointmentFacts {
  number: number;
  officeName: string;
  officeAddress: string;
  start: Date;
  timeZone: string;
  services: string[];
  /** Whom the message greets; null greets nobody by name. */
  contactName?: string | null;
  /** Per service the catalogue knows something for. */
  whatToBring?: ServiceToBring[];
}

/** What a message says about a registration for a draw; names in the citizen's language. */
export interface DrawFacts {
  /** Whom the message greets: the registration's name. */
  contactName: string;
  service: string;
  officeNames: string[];
  /** The local dates the registration accepts ("YYYY-MM-DD"). */
  dateFrom: string;
  dateTo: string;
  /** The time zone the draw's moments are written in: its (first) office's. */
  timeZone: string;
}

/** How the office reaches the citizen, for the office's copy of a booking. */
export interface ContactFacts {
  email: string | null;
  phone: string | null;
}

export type MessageContent =
  | { kind: 'confirmed'; appointment: AppointmentFacts; manageUrl: string; cancelUrl: string; secret?: string | null }
  | { kind: 'optInRequested'; appointment: AppointmentFacts; confirmUrl: string; confirmBy: Date }
  | { kind: 'rescheduled'; appointment: AppointmentFacts; previousStart: Date; manageUrl: string; cancelUrl: string; secret?: string | null }
  | { kind: 'cancelled'; appointment: AppointmentFacts }
  | { kind: 'cancelledByOffice'; appointment: AppointmentFacts; reason: string; bookUrl: string }
  | { kind: 'optInExpired'; appointment: AppointmentFacts; bookUrl: string }
  | { kind: 'reminder'; appointment: AppointmentFacts; manageUrl: string; cancelUrl: string }
  | { kind: 'queueHeadsUp'; officeName: string; displayNumber: string; position: number }
  | { kind: 'waitlistJoined'; officeNames: string[]; services: string[]; leaveUrl: string }
  | { kind: 'waitlistOffer'; appointment: AppointmentFacts; offerUrl: string; holdUntil: Date }
  | { kind: 'drawVerify'; draw: DrawFacts; closesAt: Date; drawAt: Date; verifyUrl: string; statusUrl: string; code?: string | null }
  | { kind: 'drawOffer'; appointment: AppointmentFacts; persons: number; holdUntil: Date; offerUrl: string }
  | { kind: 'drawUnmatched'; draw: DrawFacts; rolledOver: boolean; statusUrl: string }
  | { kind: 'officeCopyBooked'; appointment: AppointmentFacts; contact: ContactFacts }
  | { kind: 'officeCopyCancelled'; appointment: AppointmentFacts; contact: ContactFacts }
  | { kind: 'survey'; appointment: AppointmentFacts; surveyUrl: string }
  | { kind: 'webhookEndpointDisabled'; url: string; consecutiveFailures: number };

export type MessageKind = MessageContent['kind'];

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph of a message: text, or a link with its label (a button in HTML). */
type Block = string | { label: string; url: string };

interface Draft {
  subject: string;
  greeting: string;
  blocks: Block[];
  /** The SMS where it is not the subject and the first link. */
  sms?: string;
}

function when(instant: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(messageTexts[language].locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
}

/** The time zone a message's moments are written in. */
function zoneOf(content: MessageContent): string {
  if ('appointment' in content) return content.appointment.timeZone;
  return 'draw' in content ? content.draw.timeZone : 'Europe/Berlin';
}

/** The dates a draw registration accepts, as one range in the language ("30 Mar – 3 Apr 2026"). */
function dateRange(draw: DrawFacts, language: Language): string {
  // Local dates, not instants: written as the UTC day they name.
  const format = new Intl.DateTimeFormat(messageTexts[language].locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(new Date(`${draw.dateFrom}T00:00:00Z`), new Date(`${draw.dateTo}T00:00:00Z`));
}

function facts(appointment: AppointmentFacts, language: Language): string {
  const labels = messageTexts[language].facts;
  return [
    `${labels.number}: ${appointment.number}`,
    `${labels.time}: ${when(appointment.start, appointment.timeZone, language)}`,
    `${labels.services}: ${appointment.services.join(', ')}`,
    `${labels.place}: ${appointment.officeName}, ${appointment.officeAddress}`,
  ].join('\n');
}

/** "Guten Tag Ada Lovelace," where the booking named someone. */
function greetingOf(name: string | null | undefined, language: Language): string {
  return messageTexts[language].greeting(name?.trim() || null);
}

/** The list of what to bring, per service; nothing when the catalogue knows nothing. */
function toBring(appointment: AppointmentFacts, language: Language): Block[] {
  const known = (appointment.whatToBring ?? []).filter((service) => service.items.length > 0);
  if (known.length === 0) return [];
  const several = known.length > 1;
  return [[messageTexts[language].bringHeading, ...known.flatMap((service) => [...(several ? [`${service.service}:`] : []), ...service.items.map((item) => `- ${item}`)])].join('\n')];
}

/** The number and code that open the appointment on the portal, when the message may carry the code. */
function accessCode(appointment: AppointmentFacts, secret: string | null | undefined, language: Language): Block[] {
  return secret ? [messageTexts[language].accessCode(appointment.number, secret)] : [];
}

function draft(content: MessageContent, language: Language): Draft {
  const texts = messageTexts[language];
  const { links } = texts;
  // The office's copy goes to the office: it greets nobody by the citizen's name.
  const greeting = greetingOf('draw' in content ? content.draw.contactName : 'appointment' in content && !isOfficeCopy(content.kind) ? content.appointment.contactName : null, language);
  const at = (instant: Date) => when(instant, zoneOf(content), language);
  switch (content.kind) {
    case 'confirmed':
      return {
        subject: texts.confirmed.subject(at(content.appointment.start)),
        greeting,
        blocks: [
          texts.confirmed.booked,
          facts(content.appointment, language),
          ...accessCode(content.appointment, content.secret, language),
          ...toBring(content.appointment, language),
          texts.confirmed.pleaseCancel,
          { label: links.manage, url: content.manageUrl },
          { label: links.cancel, url: content.cancelUrl },
        ],
      };
    case 'optInRequested':
      return {
        subject: texts.optInRequested.subject,
        greeting,
        blocks: [texts.optInRequested.intro(at(content.confirmBy)), facts(content.appointment, language), { label: texts.optInRequested.confirm, url: content.confirmUrl }],
      };
    case 'rescheduled':
      return {
        subject: texts.rescheduled.subject(at(content.appointment.start)),
        greeting,
        blocks: [
          texts.rescheduled.intro(at(content.previousStart)),
          facts(content.appointment, language),
          ...accessCode(content.appointment, content.secret, language),
          ...toBring(content.appointment, language),
          { label: links.manage, url: content.manageUrl },
          { label: links.cancel, url: content.cancelUrl },
        ],
      };
    case 'cancelled':
      return { subject: texts.cancelled.subject, greeting, blocks: [texts.cancelled.intro, facts(content.appointment, language)] };
    case 'cancelledByOffice':
      return {
        subject: texts.cancelledByOffice.subject,
        greeting,
        blocks: [texts.cancelledByOffice.intro, `${texts.cancelledByOffice.reason}: ${content.reason}`, facts(content.appointment, language), { label: links.bookNew, url: content.bookUrl }],
      };
    case 'optInExpired':
      return { subject: texts.optInExpired.subject, greeting, blocks: [texts.optInExpired.intro, facts(content.appointment, language), { label: links.bookNew, url: content.bookUrl }] };
    case 'reminder':
      return {
        subject: texts.reminder.subject(at(content.appointment.start)),
        greeting,
        blocks: [
          texts.reminder.intro,
          facts(content.appointment, language),
          ...toBring(content.appointment, language),
          texts.reminder.cannotCome,
          { label: links.cancel, url: content.cancelUrl },
          { label: links.manage, url: content.manageUrl },
        ],
      };
    case 'queueHeadsUp':
      return { subject: texts.queueHeadsUp.subject(content.displayNumber), greeting, blocks: [texts.queueHeadsUp.body(content.displayNumber, content.officeName, content.position)] };
    case 'waitlistJoined':
      return {
        subject: texts.waitlistJoined.subject,
        greeting,
        blocks: [texts.waitlistJoined.body(content.services.join(', '), content.officeNames.join(', ')), { label: texts.waitlistJoined.leave, url: content.leaveUrl }],
      };
    case 'waitlistOffer':
      return {
        subject: texts.waitlistOffer.subject(at(content.appointment.start)),
        greeting,
        blocks: [texts.waitlistOffer.held(at(content.holdUntil)), facts(content.appointment, language), { label: texts.waitlistOffer.take, url: content.offerUrl }],
      };
    case 'drawVerify': {
      const { draw } = content;
      const subject = texts.drawVerify.subject(draw.service);
      const status = { label: texts.drawVerify.status, url: content.statusUrl };
      return {
        subject,
        greeting,
        blocks: [
          texts.drawVerify.registered(draw.service, draw.officeNames.join(', '), dateRange(draw, language)),
          texts.drawVerify.confirmBy(at(content.closesAt), at(content.drawAt)),
          { label: texts.drawVerify.confirm, url: content.verifyUrl },
          status,
        ],
        // The code proves the phone, so it goes by SMS alone, with the page it is entered on.
        ...(content.code ? { sms: `${subject}. ${texts.drawVerify.smsCode(content.code)}. ${status.label}: ${status.url}` } : {}),
      };
    }
    case 'drawOffer':
      return {
        subject: texts.drawOffer.subject(at(content.appointment.start)),
        greeting,
        blocks: [texts.drawOffer.won(at(content.holdUntil)), facts(content.appointment, language), texts.drawOffer.persons(content.persons), texts.drawOffer.ownName, { label: texts.drawOffer.take, url: content.offerUrl }],
      };
    case 'drawUnmatched': {
      const { draw } = content;
      return {
        subject: texts.drawUnmatched.subject(draw.service),
        greeting,
        blocks: [
          texts.drawUnmatched.intro(draw.service, draw.officeNames.join(', '), dateRange(draw, language)),
          content.rolledOver ? texts.drawUnmatched.rolledOver : texts.drawUnmatched.ended,
          { label: texts.drawUnmatched.status, url: content.statusUrl },
        ],
      };
    }
    case 'officeCopyBooked':
    case 'officeCopyCancelled':
      return {
        subject: texts[content.kind].subject(content.appointment.number, at(content.appointment.start)),
        greeting,
        blocks: [texts[content.kind].intro, facts(content.appointment, language), contactLines(content.appointment, content.contact, language)],
      };
    case 'survey':
      return { subject: texts.survey.subject(content.appointment.officeName), greeting, blocks: [texts.survey.intro, { label: texts.survey.take, url: content.surveyUrl }] };
    case 'webhookEndpointDisabled':
      return { subject: texts.webhookEndpointDisabled.subject, greeting, blocks: [texts.webhookEndpointDisabled.body(content.url, content.consecutiveFailures)] };
  }
}

/** Copies for the office itself rather than for the citizen. */
/** A service as messages list it: its name, and for how many persons where more than one. */
export function serviceLine(name: string, quantity: number, language: Language): string {
  return quantity > 1 ? `${name} (${messageTexts[language].forPersons(quantity)})` : name;
}

export function isOfficeCopy(kind: MessageKind): boolean {
  return kind === 'officeCopyBooked' || kind === 'officeCopyCancelled';
}

function contactLines(appointment: AppointmentFacts, contact: ContactFacts, language: Language): string {
  const labels = messageTexts[language].contact;
  return [`${labels.name}: ${appointment.contactName?.trim() || '-'}`, `${labels.email}: ${contact.email ?? '-'}`, `${labels.phone}: ${contact.phone ?? '-'}`].join('\n');
}

/** What a calendar file says of the appointment, in the citizen's language. */
export function calendarTexts(appointment: AppointmentFacts, manageUrl: string, language: Language): { summary: string; location: string; description: string } {
  const { calendar } = messageTexts[language];
  const bring = toBring(appointment, language) as string[];
  return {
    summary: calendar.summary(appointment.number, appointment.services.join(', ')),
    location: `${appointment.officeName}, ${appointment.officeAddress}`,
    description: [calendar.description(appointment.number, manageUrl), ...bring].join('\n\n'),
  };
}

/** Made-up facts for an admin's preview, in `language`. */
export function sampleTexts(language: Language): MessageTexts['sample'] {
  return messageTexts[language].sample;
}

const appointmentPlaceholders = ['name', 'number', 'time', 'office', 'address', 'services', 'whatToBring'] as const;
const drawPlaceholders = ['name', 'service', 'offices', 'dates'] as const;

/**
 * The messages an office or organisation may word itself, with the placeholders each knows.
 * Other kinds (to staff, about the installation) keep our texts.
 */
export const templatePlaceholders = {
  confirmed: [...appointmentPlaceholders, 'code', 'manageUrl', 'cancelUrl'],
  optInRequested: [...appointmentPlaceholders, 'confirmBy', 'confirmUrl'],
  rescheduled: [...appointmentPlaceholders, 'previousTime', 'code', 'manageUrl', 'cancelUrl'],
  cancelled: [...appointmentPlaceholders],
  cancelledByOffice: [...appointmentPlaceholders, 'reason', 'bookUrl'],
  optInExpired: [...appointmentPlaceholders, 'bookUrl'],
  reminder: [...appointmentPlaceholders, 'manageUrl', 'cancelUrl'],
  queueHeadsUp: ['office', 'displayNumber', 'position'],
  waitlistJoined: ['offices', 'services', 'leaveUrl'],
  waitlistOffer: [...appointmentPlaceholders, 'holdUntil', 'offerUrl'],
  drawVerify: [...drawPlaceholders, 'closesAt', 'drawTime', 'verifyUrl', 'statusUrl'],
  drawOffer: [...appointmentPlaceholders, 'persons', 'holdUntil', 'offerUrl'],
  drawUnmatched: [...drawPlaceholders, 'nextStep', 'statusUrl'],
  officeCopyBooked: [...appointmentPlaceholders, 'email', 'phone'],
  officeCopyCancelled: [...appointmentPlaceholders, 'email', 'phone'],
  survey: [...appointmentPlaceholders, 'surveyUrl'],
} as const satisfies Partial<Record<MessageKind, readonly string[]>>;

export type TemplateKind = keyof typeof templatePlaceholders;
export const templateKinds = Object.keys(templatePlaceholders) as TemplateKind[];

export function isTemplateKind(kind: string): kind is TemplateKind {
  return kind in templatePlaceholders;
}

/** The values of a message's placeholders, as plain text in the citizen's language. */
export function placeholderValues(content: MessageContent, language: Language): Record<string, string> {
  const values: Record<string, string> = {};
  if ('appointment' in content) {
    const { appointment } = content;
    Object.assign(values, {
      name: appointment.contactName?.trim() ?? '',
      number: String(appointment.number),
      time: when(appointment.start, appointment.timeZone, language),
      office: appointment.officeName,
      address: appointment.officeAddress,
      services: appointment.services.join(', '),
      whatToBring: (toBring(appointment, language) as string[]).join(''),
    });
  }
  if ('draw' in content) {
    const { draw } = content;
    Object.assign(values, { name: draw.contactName.trim(), service: draw.service, offices: draw.officeNames.join(', '), dates: dateRange(draw, language) });
  }
  const zone = zoneOf(content);
  switch (content.kind) {
    case 'confirmed':
    case 'reminder':
    case 'rescheduled':
      Object.assign(values, { manageUrl: content.manageUrl, cancelUrl: content.cancelUrl });
      if (content.kind !== 'reminder') values.code = content.secret ?? '';
      if (content.kind === 'rescheduled') values.previousTime = when(content.previousStart, zone, language);
      break;
    case 'optInRequested':
      Object.assign(values, { confirmUrl: content.confirmUrl, confirmBy: when(content.confirmBy, zone, language) });
      break;
    case 'cancelledByOffice':
      Object.assign(values, { reason: content.reason, bookUrl: content.bookUrl });
      break;
    case 'optInExpired':
      values.bookUrl = content.bookUrl;
      break;
    case 'queueHeadsUp':
      Object.assign(values, { office: content.officeName, displayNumber: content.displayNumber, position: String(content.position) });
      break;
    case 'waitlistJoined':
      Object.assign(values, { offices: content.officeNames.join(', '), services: content.services.join(', '), leaveUrl: content.leaveUrl });
      break;
    case 'waitlistOffer':
      Object.assign(values, { offerUrl: content.offerUrl, holdUntil: when(content.holdUntil, zone, language) });
      break;
    case 'drawVerify':
      // Never the SMS code: it proves the phone, and the mail goes to the address.
      Object.assign(values, { closesAt: when(content.closesAt, zone, language), drawTime: when(content.drawAt, zone, language), verifyUrl: content.verifyUrl, statusUrl: content.statusUrl });
      break;
    case 'drawOffer':
      Object.assign(values, { persons: String(content.persons), holdUntil: when(content.holdUntil, zone, language), offerUrl: content.offerUrl });
      break;
    case 'drawUnmatched':
      Object.assign(values, { nextStep: content.rolledOver ? messageTexts[language].drawUnmatched.rolledOver : messageTexts[language].drawUnmatched.ended, statusUrl: content.statusUrl });
      break;
    case 'officeCopyBooked':
    case 'officeCopyCancelled':
      Object.assign(values, { email: content.contact.email ?? '', phone: content.contact.phone ?? '' });
      break;
    case 'survey':
      values.surveyUrl = content.surveyUrl;
      break;
    case 'cancelled':
      break;
  }
  return values;
}

/** An office's or organisation's own wording of a message, with the hosts its links may lead to. */
export interface CustomText {
  subject: string;
  body: string;
  allowedHosts: readonly string[];
}

function htmlDocument(language: Language, subject: string, body: string): string {
  return `<!doctype html>
<html lang="${language}"${messageTexts[language].direction === 'rtl' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em">
${body}
</body></html>
`;
}

/** The custom text filled in: a subject of one line, the body as written, the HTML made from it. */
function composeCustom(content: MessageContent, language: Language, custom: CustomText): ComposedEmail {
  const values = placeholderValues(content, language);
  const subject = fillTemplate(custom.subject, values).replace(/\s+/g, ' ').trim();
  const text = fillTemplate(custom.body, values).replace(/\r\n/g, '\n').trim();
  return { subject, text: `${text}\n`, html: htmlDocument(language, subject, plainTextToHtml(text, custom.allowedHosts)) };
}

/** The message as plain text and as HTML with the same words, in the citizen's language: an office's own wording where it has one. */
export function composeEmail(content: MessageContent, language: Language, custom?: CustomText | null): ComposedEmail {
  if (custom) return composeCustom(content, language, custom);
  const { subject, greeting, blocks } = draft(content, language);
  const text = [greeting, ...blocks.map((block) => (typeof block === 'string' ? block : `${block.label}: ${block.url}`)), messageTexts[language].signature].join('\n\n');
  const body = blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#004b87;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a></p>`,
    )
    .join('\n');
  return { subject, text: `${text}\n`, html: htmlDocument(language, subject, `<p>${escapeHtml(greeting)}</p>\n${body}\n<p>${escapeHtml(messageTexts[language].signature)}</p>`) };
}

/** A short text for SMS (one or two segments): what and when, and the one link that matters. */
export function composeSms(content: MessageContent, language: Language, custom?: CustomText | null): string {
  const { subject, blocks, sms } = draft(content, language);
  // A text of our own (the draw's code) goes out in our words whatever the office wrote for the mail.
  if (sms) return sms;
  if (custom) {
    const { subject, text } = composeCustom(content, language, custom);
    const link = linksIn(text).find((url) => linkAllowed(url, custom.allowedHosts));
    return link ? `${subject}. ${link}` : `${subject}.`;
  }
  const link = blocks.find((block): block is { label: string; url: string } => typeof block !== 'string');
  return link ? `${subject}. ${link.label}: ${link.url}` : `${subject}.`;
}
