import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { templateKinds, type TemplateKind } from '../../domain/notifications/messages';
import { reminderLimits } from '../../domain/notifications/office-message-settings';
import { templateLimits } from '../../domain/notifications/templates';
import { ErrorCode, ErrorResult, InvalidInput, NotFound } from '../../platform/graphql/errors';
import { MessageLanguage } from '../../platform/graphql/languages';

/** The message kinds an office or organisation may word, as a GraphQL enum of the same names. */
export const MessageTemplateKind = Object.fromEntries(templateKinds.map((kind) => [kind, kind])) as { [K in TemplateKind]: K };
registerEnumType(MessageTemplateKind, {
  name: 'MessageTemplateKind',
  description: 'A message an office or organisation may word itself.',
  valuesConfig: {
    confirmed: { description: 'The booking is confirmed (with the calendar file).' },
    optInRequested: { description: 'The link to confirm a double-opt-in booking.' },
    rescheduled: { description: 'The appointment moved.' },
    cancelled: { description: 'The citizen cancelled.' },
    cancelledByOffice: { description: 'The office cancelled (a closure), with its reason.' },
    optInExpired: { description: 'The time to confirm ran out.' },
    reminder: { description: 'The reminder before the appointment (at the office’s reminder times).' },
    queueHeadsUp: { description: 'The citizen’s turn in the queue nears.' },
    waitlistJoined: { description: 'The welcome on the waitlist.' },
    waitlistOffer: { description: 'A freed slot is offered from the waitlist.' },
    drawVerify: { description: 'The registration for a draw, with the link that confirms it (its SMS with the code is always the built-in text).' },
    drawOffer: { description: 'A slot won in a draw, held for the citizen with the link to accept or decline it.' },
    drawUnmatched: { description: 'The draw ended without a slot for the registration: it rolls over to the next draw, or it ended.' },
    officeCopyBooked: { description: 'The office’s copy of a booking (to its copy address).' },
    officeCopyCancelled: { description: 'The office’s copy of a cancellation (to its copy address).' },
    survey: { description: 'The survey link after a finished visit.' },
  },
});

export enum MessageTextSource {
  OFFICE = 'OFFICE',
  ORGANISATION = 'ORGANISATION',
  BUILT_IN = 'BUILT_IN',
}
registerEnumType(MessageTextSource, {
  name: 'MessageTextSource',
  description: 'Whose wording a message has: the office’s own wins over its organisation’s, which wins over the built-in text.',
  valuesConfig: { OFFICE: { description: 'The office’s own text.' }, ORGANISATION: { description: 'The organisation’s default.' }, BUILT_IN: { description: 'The built-in text.' } },
});

@ObjectType({ description: 'A message kind with the placeholders its texts may use, written {{name}}.' })
export class MessageTemplateKindInfo {
  @Field(() => MessageTemplateKind, { description: 'The message.' })
  kind!: TemplateKind;

  @Field(() => [String], { description: 'Its placeholders, e.g. "name", "time", "cancelUrl".' })
  placeholders!: string[];
}

@ObjectType({ description: 'An office’s or organisation’s own wording of one message in one language: plain text with {{placeholders}}.' })
export class MessageTemplateText {
  @Field(() => MessageTemplateKind, { description: 'The message.' })
  kind!: TemplateKind;

  @Field(() => MessageLanguage, { description: 'Its language.' })
  language!: MessageLanguage;

  @Field(() => String, { description: 'The subject (one line).' })
  subject!: string;

  @Field(() => String, { description: 'The body as plain text; paragraphs are separated by blank lines. The HTML part of the mail is made from it, escaped.' })
  body!: string;

  @Field(() => Date, { description: 'When it was last saved.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'What an organisation words for all of its offices.' })
export class OrganisationMessages {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field(() => [MessageTemplateText], { description: 'Its own texts; an office’s own wins over them, and they over the built-in texts.' })
  templates!: MessageTemplateText[];

  @Field(() => [MessageTemplateKindInfo], { description: 'The messages that may be worded, with their placeholders.' })
  kinds!: MessageTemplateKindInfo[];

  @Field(() => [String], { description: 'Hosts (and their subdomains) that texts may link to: the installation’s own and MESSAGE_LINK_HOSTS.' })
  allowedLinkHosts!: string[];
}

@ObjectType({ description: 'An office’s messages: its own texts, its organisation’s defaults, and its settings.' })
export class OfficeMessages extends OrganisationMessages {
  @Field(() => ID, { description: 'The office.' })
  officeId!: string;

  @Field(() => [MessageTemplateText], { description: 'The organisation’s texts, used where the office has none of its own.' })
  organisationTemplates!: MessageTemplateText[];

  @Field(() => [Int], { nullable: true, description: 'Minutes before an appointment that its reminders go out; null keeps the installation’s (defaultReminderOffsetsMinutes).' })
  reminderOffsetsMinutes!: number[] | null;

  @Field(() => [Int], { description: 'The installation’s reminder times (REMINDER_OFFSETS_MINUTES).' })
  defaultReminderOffsetsMinutes!: number[];

  @Field(() => String, { nullable: true, description: 'Where the office gets a copy of each booking and cancellation; null: no copy.' })
  copyEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'The survey the citizen is sent after a finished visit; null: none.' })
  surveyUrl!: string | null;
}

@ObjectType({ description: 'A message as it would go out, filled with sample data; nothing is sent.' })
export class MessagePreview {
  @Field(() => MessageTextSource, { description: 'Whose wording it has.' })
  source!: MessageTextSource;

  @Field(() => String, { description: 'The subject.' })
  subject!: string;

  @Field(() => String, { description: 'The plain-text part.' })
  text!: string;

  @Field(() => String, { description: 'The HTML part, as made from the text (escaped; links only to allowed hosts).' })
  html!: string;
}

@ObjectType({ implements: ErrorResult, description: 'A text uses a placeholder this message does not know; `placeholder` names it.' })
export class UnknownPlaceholder extends ErrorResult {
  @Field(() => String, { description: 'The unknown placeholder, without braces.' })
  placeholder: string;

  @Field(() => String, { description: 'Where it stands: "subject" or "body".' })
  field: string;

  @Field(() => [String], { description: 'The placeholders this message knows.' })
  known: string[];

  constructor(placeholder: string, field: string, known: readonly string[]) {
    super();
    this.code = ErrorCode.UNKNOWN_PLACEHOLDER;
    this.message = `This message knows no placeholder {{${placeholder}}} (in the ${field}); it knows ${known.map((name) => `{{${name}}}`).join(', ')}.`;
    this.placeholder = placeholder;
    this.field = field;
    this.known = [...known];
  }
}

@ObjectType({ implements: ErrorResult, description: 'A text or setting links to a host messages may not link to; `host` names it.' })
export class LinkNotAllowed extends ErrorResult {
  @Field(() => String, { description: 'The link as written.' })
  url: string;

  @Field(() => String, { description: 'Its host.' })
  host: string;

  @Field(() => String, { description: 'Where it stands: "subject", "body" or "surveyUrl".' })
  field: string;

  @Field(() => [String], { description: 'Hosts (and their subdomains) that messages may link to.' })
  allowedHosts: string[];

  constructor(url: string, host: string, field: string, allowedHosts: readonly string[]) {
    super();
    this.code = ErrorCode.LINK_NOT_ALLOWED;
    this.message = `Messages may not link to ${host} (in the ${field}); they may link to ${allowedHosts.join(', ')} and their subdomains.`;
    this.url = url;
    this.host = host;
    this.field = field;
    this.allowedHosts = [...allowedHosts];
  }
}

@InputType({ description: 'Where a text belongs: one office, or (without an office) the organisation’s default for all of its offices.' })
export class MessageTemplateScopeInput {
  @Field(() => ID, { nullable: true, description: 'The office; give it or organisationId.' })
  @IsOptional()
  @MaxLength(40)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation, for its defaults; give it or officeId.' })
  @IsOptional()
  @MaxLength(40)
  organisationId?: string | null;

  @Field(() => MessageTemplateKind, { description: 'The message.' })
  kind!: TemplateKind;

  @Field(() => MessageLanguage, { description: 'The language.' })
  language!: MessageLanguage;
}

@InputType({ description: 'An office’s or organisation’s own wording of one message in one language.' })
export class SaveMessageTemplateInput extends MessageTemplateScopeInput {
  @Field(() => String, { description: `The subject with {{placeholders}}; up to ${templateLimits.subject} characters, not empty.` })
  @MaxLength(templateLimits.subject)
  subject!: string;

  @Field(() => String, { description: `The body as plain text with {{placeholders}}, no HTML; up to ${templateLimits.body} characters, not empty. Links only to allowed hosts.` })
  @MaxLength(templateLimits.body)
  body!: string;
}

@InputType({ description: 'A message to preview with sample data: as saved, or with a draft text (subject and body both given).' })
export class PreviewMessageInput extends MessageTemplateScopeInput {
  @Field(() => String, { nullable: true, description: 'A draft subject; with body, previews the draft instead of what is saved.' })
  @IsOptional()
  @MaxLength(templateLimits.subject)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'A draft body.' })
  @IsOptional()
  @MaxLength(templateLimits.body)
  body?: string | null;
}

@InputType({ description: 'An office’s reminder times, copy address and survey link; each null keeps the default (or leaves the feature off).' })
export class UpdateOfficeMessageSettingsInput {
  @Field(() => ID, { description: 'The office.' })
  @MaxLength(40)
  officeId!: string;

  @Field(() => [Int], {
    nullable: true,
    description: `Minutes before an appointment, at most ${reminderLimits.count}, each ${reminderLimits.minMinutes} to ${reminderLimits.maxMinutes}; null keeps the installation's; applies to appointments booked or moved from now on.`,
  })
  @IsOptional()
  @ArrayMaxSize(20)
  reminderOffsetsMinutes?: number[] | null;

  @Field(() => String, { nullable: true, description: 'The office’s address for a copy of each booking and cancellation; null: no copy.' })
  @IsOptional()
  @MaxLength(254)
  copyEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The survey sent after a finished visit (on an allowed host); null: none.' })
  @IsOptional()
  @MaxLength(2000)
  surveyUrl?: string | null;
}

export const OfficeMessagesResult = createUnionType({ name: 'OfficeMessagesResult', description: 'An office’s messages, or why not.', types: () => [OfficeMessages, NotFound] as const });
export const OrganisationMessagesResult = createUnionType({ name: 'OrganisationMessagesResult', description: 'An organisation’s messages, or why not.', types: () => [OrganisationMessages, NotFound] as const });
export const MessagePreviewResult = createUnionType({
  name: 'MessagePreviewResult',
  description: 'The preview, or what is wrong with the draft.',
  types: () => [MessagePreview, UnknownPlaceholder, LinkNotAllowed, InvalidInput, NotFound] as const,
});
export const SaveMessageTemplateResult = createUnionType({
  name: 'SaveMessageTemplateResult',
  description: 'The saved text, or why it was refused.',
  types: () => [MessageTemplateText, UnknownPlaceholder, LinkNotAllowed, InvalidInput, NotFound] as const,
});
export const RemoveMessageTemplateResult = createUnionType({
  name: 'RemoveMessageTemplateResult',
  description: 'The removed text (the message is worded as inherited again), or why not.',
  types: () => [MessageTemplateText, NotFound] as const,
});
export const OfficeMessageSettingsResult = createUnionType({
  name: 'OfficeMessageSettingsResult',
  description: 'The office’s messages after the change, or why it was refused.',
  types: () => [OfficeMessages, LinkNotAllowed, InvalidInput, NotFound] as const,
});
