import { escapeHtml, fillTemplate, linkAllowed, linksIn, plainTextToHtml } from './templates';

/** Languages messages are written in; German is the source. */
export type Language = 'de' | 'en';

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
}

const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

function when(instant: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
}

function facts(appointment: AppointmentFacts, language: Language): string {
  const de = language === 'de';
  return [
    `${de ? 'Vorgangsnummer' : 'Booking number'}: ${appointment.number}`,
    `${de ? 'Termin' : 'Time'}: ${when(appointment.start, appointment.timeZone, language)}`,
    `${de ? 'Dienstleistung' : 'Service'}: ${appointment.services.join(', ')}`,
    `${de ? 'Ort' : 'Place'}: ${appointment.officeName}, ${appointment.officeAddress}`,
  ].join('\n');
}

/** "Guten Tag Ada Lovelace," where the booking named someone. */
function greetingOf(name: string | null | undefined, language: Language): string {
  const de = language === 'de';
  const trimmed = name?.trim();
  if (!trimmed) return de ? 'Guten Tag,' : 'Hello,';
  return de ? `Guten Tag ${trimmed},` : `Hello ${trimmed},`;
}

/** The list of what to bring, per service; nothing when the catalogue knows nothing. */
function toBring(appointment: AppointmentFacts, language: Language): Block[] {
  const known = (appointment.whatToBring ?? []).filter((service) => service.items.length > 0);
  if (known.length === 0) return [];
  const heading = language === 'de' ? 'Bitte bringen Sie mit:' : 'Please bring:';
  const several = known.length > 1;
  return [[heading, ...known.flatMap((service) => [...(several ? [`${service.service}:`] : []), ...service.items.map((item) => `- ${item}`)])].join('\n')];
}

/** The number and code that open the appointment on the portal, when the message may carry the code. */
function accessCode(appointment: AppointmentFacts, secret: string | null | undefined, language: Language): Block[] {
  if (!secret) return [];
  return [
    language === 'de'
      ? `Mit Vorgangsnummer ${appointment.number} und Code ${secret} können Sie den Termin jederzeit ansehen, verschieben oder absagen. Bitte geben Sie den Code nicht weiter.`
      : `With booking number ${appointment.number} and code ${secret} you can view, move or cancel the appointment at any time. Please keep the code to yourself.`,
  ];
}

function draft(content: MessageContent, language: Language): Draft {
  const de = language === 'de';
  // The office's copy goes to the office: it greets nobody by the citizen's name.
  const greeting = greetingOf('appointment' in content && !isOfficeCopy(content.kind) ? content.appointment.contactName : null, language);
  switch (content.kind) {
    case 'confirmed':
      return {
        subject: de ? `Ihr Termin am ${when(content.appointment.start, content.appointment.timeZone, language)}` : `Your appointment on ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [
          de ? 'Ihr Termin ist gebucht. Den Kalendereintrag finden Sie im Anhang.' : 'Your appointment is booked. The calendar entry is attached.',
          facts(content.appointment, language),
          ...accessCode(content.appointment, content.secret, language),
          ...toBring(content.appointment, language),
          de ? 'Bitte sagen Sie ab, wenn Sie nicht kommen können: So bekommt jemand anderes den Termin.' : 'Please cancel if you cannot come, so that someone else gets the slot.',
          { label: de ? 'Termin verwalten' : 'Manage appointment', url: content.manageUrl },
          { label: de ? 'Termin absagen' : 'Cancel appointment', url: content.cancelUrl },
        ],
      };
    case 'optInRequested':
      return {
        subject: de ? 'Bitte bestätigen Sie Ihren Termin' : 'Please confirm your appointment',
        greeting,
        blocks: [
          de
            ? `Ihr Termin ist vorgemerkt. Bestätigen Sie ihn bis ${when(content.confirmBy, content.appointment.timeZone, language)}, sonst verfällt er.`
            : `Your appointment is pencilled in. Confirm it by ${when(content.confirmBy, content.appointment.timeZone, language)}, or it lapses.`,
          facts(content.appointment, language),
          { label: de ? 'Termin bestätigen' : 'Confirm appointment', url: content.confirmUrl },
        ],
      };
    case 'rescheduled':
      return {
        subject: de ? `Ihr Termin wurde verschoben: ${when(content.appointment.start, content.appointment.timeZone, language)}` : `Your appointment was moved: ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [
          de
            ? `Ihr Termin vom ${when(content.previousStart, content.appointment.timeZone, language)} wurde verschoben. Der neue Kalendereintrag ist angehängt.`
            : `Your appointment of ${when(content.previousStart, content.appointment.timeZone, language)} was moved. The new calendar entry is attached.`,
          facts(content.appointment, language),
          ...accessCode(content.appointment, content.secret, language),
          ...toBring(content.appointment, language),
          { label: de ? 'Termin verwalten' : 'Manage appointment', url: content.manageUrl },
          { label: de ? 'Termin absagen' : 'Cancel appointment', url: content.cancelUrl },
        ],
      };
    case 'cancelled':
      return {
        subject: de ? 'Ihr Termin wurde abgesagt' : 'Your appointment was cancelled',
        greeting,
        blocks: [de ? 'Ihr Termin ist abgesagt. Danke, dass Sie ihn freigegeben haben.' : 'Your appointment is cancelled. Thank you for releasing it.', facts(content.appointment, language)],
      };
    case 'cancelledByOffice':
      return {
        subject: de ? 'Ihr Termin muss leider entfallen' : 'Your appointment has to be cancelled',
        greeting,
        blocks: [
          de ? 'Das Amt musste Ihren Termin leider absagen.' : 'The office had to cancel your appointment, we are sorry.',
          `${de ? 'Grund' : 'Reason'}: ${content.reason}`,
          facts(content.appointment, language),
          { label: de ? 'Neuen Termin buchen' : 'Book a new appointment', url: content.bookUrl },
        ],
      };
    case 'optInExpired':
      return {
        subject: de ? 'Ihr Termin ist verfallen' : 'Your appointment has lapsed',
        greeting,
        blocks: [
          de ? 'Sie haben Ihren Termin nicht rechtzeitig bestätigt; er ist wieder frei.' : 'You did not confirm your appointment in time; it is free again.',
          facts(content.appointment, language),
          { label: de ? 'Neuen Termin buchen' : 'Book a new appointment', url: content.bookUrl },
        ],
      };
    case 'reminder':
      return {
        subject: de ? `Erinnerung: Ihr Termin am ${when(content.appointment.start, content.appointment.timeZone, language)}` : `Reminder: your appointment on ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [
          de ? 'wir erinnern Sie an Ihren Termin.' : 'this is a reminder of your appointment.',
          facts(content.appointment, language),
          ...toBring(content.appointment, language),
          de ? 'Sie können nicht kommen? Sagen Sie bitte mit einem Klick ab.' : 'Cannot come? Please cancel with one click.',
          { label: de ? 'Termin absagen' : 'Cancel appointment', url: content.cancelUrl },
          { label: de ? 'Termin verwalten' : 'Manage appointment', url: content.manageUrl },
        ],
      };
    case 'queueHeadsUp':
      return {
        subject: de ? `Gleich sind Sie dran: ${content.displayNumber}` : `Your turn is near: ${content.displayNumber}`,
        greeting,
        blocks: [
          de
            ? `Ihre Nummer ${content.displayNumber} bei ${content.officeName} ist bald an der Reihe (Platz ${content.position}). Bitte kommen Sie in den Wartebereich.`
            : `Your number ${content.displayNumber} at ${content.officeName} is nearly up (position ${content.position}). Please come to the waiting area.`,
        ],
      };
    case 'waitlistJoined':
      return {
        subject: de ? 'Sie stehen auf der Warteliste' : 'You are on the waitlist',
        greeting,
        blocks: [
          de
            ? `Wir schreiben Ihnen, sobald ein früherer Termin für ${content.services.join(', ')} frei wird (${content.officeNames.join(', ')}).`
            : `We will write to you as soon as an earlier slot for ${content.services.join(', ')} frees up (${content.officeNames.join(', ')}).`,
          { label: de ? 'Warteliste verlassen' : 'Leave the waitlist', url: content.leaveUrl },
        ],
      };
    case 'waitlistOffer':
      return {
        subject: de ? `Ein früherer Termin ist frei: ${when(content.appointment.start, content.appointment.timeZone, language)}` : `An earlier slot is free: ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [
          de ? `Dieser Termin ist bis ${when(content.holdUntil, content.appointment.timeZone, language)} nur für Sie reserviert.` : `This slot is held for you alone until ${when(content.holdUntil, content.appointment.timeZone, language)}.`,
          facts(content.appointment, language),
          { label: de ? 'Termin übernehmen' : 'Take this slot', url: content.offerUrl },
        ],
      };
    case 'officeCopyBooked':
      return {
        subject: de
          ? `Neue Buchung ${content.appointment.number}: ${when(content.appointment.start, content.appointment.timeZone, language)}`
          : `New booking ${content.appointment.number}: ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [de ? 'Bei Ihnen wurde ein Termin gebucht.' : 'An appointment was booked with you.', facts(content.appointment, language), contactLines(content.appointment, content.contact, language)],
      };
    case 'officeCopyCancelled':
      return {
        subject: de
          ? `Absage ${content.appointment.number}: ${when(content.appointment.start, content.appointment.timeZone, language)}`
          : `Cancellation ${content.appointment.number}: ${when(content.appointment.start, content.appointment.timeZone, language)}`,
        greeting,
        blocks: [de ? 'Dieser Termin wurde abgesagt.' : 'This appointment was cancelled.', facts(content.appointment, language), contactLines(content.appointment, content.contact, language)],
      };
    case 'survey':
      return {
        subject: de ? `Wie war Ihr Besuch bei ${content.appointment.officeName}?` : `How was your visit to ${content.appointment.officeName}?`,
        greeting,
        blocks: [
          de ? 'danke für Ihren Besuch. Sagen Sie uns in wenigen Minuten, wie zufrieden Sie waren?' : 'thank you for your visit. Would you take a few minutes to tell us how it went?',
          { label: de ? 'Zur Umfrage' : 'Take the survey', url: content.surveyUrl },
        ],
      };
    case 'webhookEndpointDisabled':
      return {
        subject: de ? 'Webhook abgeschaltet' : 'Webhook disabled',
        greeting,
        blocks: [
          de
            ? `Ihr Webhook-Empfänger ${content.url} hat ${content.consecutiveFailures}-mal in Folge nicht angenommen; wir haben ihn abgeschaltet. Was seitdem geschah, wartet im Zustellprotokoll: Schalten Sie ihn wieder ein (updateWebhookEndpoint), sobald er antwortet, dann wird es nachgeliefert.`
            : `Your webhook endpoint ${content.url} refused ${content.consecutiveFailures} deliveries in a row, so we disabled it. What happened since waits in its delivery log: enable it again (updateWebhookEndpoint) once it answers, and it is sent.`,
        ],
      };
  }
}

/** Copies for the office itself rather than for the citizen. */
export function isOfficeCopy(kind: MessageKind): boolean {
  return kind === 'officeCopyBooked' || kind === 'officeCopyCancelled';
}

function contactLines(appointment: AppointmentFacts, contact: ContactFacts, language: Language): string {
  const de = language === 'de';
  return [`${de ? 'Name' : 'Name'}: ${appointment.contactName?.trim() || '-'}`, `${de ? 'E-Mail' : 'Email'}: ${contact.email ?? '-'}`, `${de ? 'Telefon' : 'Phone'}: ${contact.phone ?? '-'}`].join('\n');
}

/** What a calendar file says of the appointment, in the citizen's language. */
export function calendarTexts(appointment: AppointmentFacts, manageUrl: string, language: Language): { summary: string; location: string; description: string } {
  const de = language === 'de';
  const bring = toBring(appointment, language) as string[];
  return {
    summary: `${de ? 'Termin' : 'Appointment'} ${appointment.number}: ${appointment.services.join(', ')}`,
    location: `${appointment.officeName}, ${appointment.officeAddress}`,
    description: [de ? `Vorgangsnummer ${appointment.number}. Termin verwalten oder absagen: ${manageUrl}` : `Booking number ${appointment.number}. Manage or cancel the appointment: ${manageUrl}`, ...bring].join('\n\n'),
  };
}

function signature(language: Language): string {
  return language === 'de' ? 'Ihre Terminvereinbarung' : 'Your appointment service';
}

const appointmentPlaceholders = ['name', 'number', 'time', 'office', 'address', 'services', 'whatToBring'] as const;

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
  const zone = 'appointment' in content ? content.appointment.timeZone : 'Europe/Berlin';
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
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
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
  const text = [greeting, ...blocks.map((block) => (typeof block === 'string' ? block : `${block.label}: ${block.url}`)), signature(language)].join('\n\n');
  const body = blocks
    .map((block) =>
      typeof block === 'string'
        ? `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#004b87;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a></p>`,
    )
    .join('\n');
  return { subject, text: `${text}\n`, html: htmlDocument(language, subject, `<p>${escapeHtml(greeting)}</p>\n${body}\n<p>${escapeHtml(signature(language))}</p>`) };
}

/** A short text for SMS (one or two segments): what and when, and the one link that matters. */
export function composeSms(content: MessageContent, language: Language, custom?: CustomText | null): string {
  if (custom) {
    const { subject, text } = composeCustom(content, language, custom);
    const link = linksIn(text).find((url) => linkAllowed(url, custom.allowedHosts));
    return link ? `${subject}. ${link}` : `${subject}.`;
  }
  const { subject, blocks } = draft(content, language);
  const link = blocks.find((block): block is { label: string; url: string } => typeof block !== 'string');
  return link ? `${subject}. ${link.label}: ${link.url}` : `${subject}.`;
}
