import type { EntityManager } from '@mikro-orm/postgresql';
import { Permission } from '../../domain/accounts/principal';
import { composeEmail, sampleTexts, templateKinds, templatePlaceholders, type AppointmentFacts, type Language, type MessageContent, type TemplateKind } from '../../domain/notifications/messages';
import { officeMessageSettingsProblems } from '../../domain/notifications/office-message-settings';
import { templateProblems, type TemplateProblem } from '../../domain/notifications/templates';
import { InvalidInput, NotFound } from '../../platform/graphql/errors';
import { parseId } from '../../platform/graphql/ids';
import type { MessageLanguage } from '../../platform/graphql/languages';
import { portalLinks } from '../../platform/portal-links';
import { authorize, authorizeAnywhere, authorizeInOrganisation, type RequestContext } from '../../platform/request-context';
import { sqlArray } from '../../platform/sql';
import { inTransaction } from '../../platform/transaction';
import { audit } from '../audit/audit';
import { officeMessageSettingsOf, officeText, organisationText, type StoredText } from './message-texts';
import {
  LinkNotAllowed,
  MessagePreview,
  MessageTemplateKindInfo,
  MessageTemplateText,
  MessageTextSource,
  OfficeMessages,
  OrganisationMessages,
  UnknownPlaceholder,
  type MessageTemplateScopeInput,
  type PreviewMessageInput,
  type SaveMessageTemplateInput,
  type UpdateOfficeMessageSettingsInput,
} from './message-templates.types';
import type { NotificationSettings } from './notifications.service';

/** Where a text belongs: an office (of an organisation), or an organisation's defaults. */
type Scope = { level: 'office'; officeId: number; organisationId: number; officeName: string; timeZone: string } | { level: 'organisation'; organisationId: number };

interface TemplateRow {
  kind: TemplateKind;
  language: MessageLanguage;
  subject: string;
  body: string;
  updated_at: Date | string;
  office_id: number | null;
}

function textOf(row: TemplateRow): MessageTemplateText {
  return Object.assign(new MessageTemplateText(), { kind: row.kind, language: row.language, subject: row.subject, body: row.body, updatedAt: new Date(row.updated_at) });
}

const kindInfos = () => templateKinds.map((kind) => Object.assign(new MessageTemplateKindInfo(), { kind, placeholders: [...templatePlaceholders[kind]] }));

const sourceOf = { office: MessageTextSource.OFFICE, organisation: MessageTextSource.ORGANISATION } as const;

/**
 * The first problem of a text as the typed error that names it: an unknown placeholder, a
 * foreign link, or a malformed placeholder.
 */
function refusalOf(problem: TemplateProblem, kind: TemplateKind, allowedHosts: readonly string[]): UnknownPlaceholder | LinkNotAllowed | InvalidInput {
  switch (problem.kind) {
    case 'unknownPlaceholder':
      return new UnknownPlaceholder(problem.placeholder, problem.field, templatePlaceholders[kind]);
    case 'linkNotAllowed':
      return new LinkNotAllowed(problem.url, problem.host, problem.field, allowedHosts);
    case 'malformed':
      return new InvalidInput([{ field: problem.field, message: problem.message }]);
  }
}

/** Made-up facts for a preview: nobody's data, the office's name and time zone where there is one. */
function sampleContent(kind: TemplateKind, scope: Scope, base: string, now: Date, language: Language): MessageContent {
  const start = new Date(Math.ceil((now.getTime() + 2 * 86_400_000) / 3_600_000) * 3_600_000);
  const sample = sampleTexts(language);
  const appointment: AppointmentFacts = {
    number: 100123,
    officeName: scope.level === 'office' ? scope.officeName : sample.officeName,
    officeAddress: 'Musterstraße 1, 10115 Berlin',
    start,
    timeZone: scope.level === 'office' ? scope.timeZone : 'Europe/Berlin',
    services: [sample.service],
    contactName: 'Erika Mustermann',
    whatToBring: [{ service: sample.service, items: [sample.item] }],
  };
  const manageUrl = portalLinks.manageAppointment(base, '100123');
  const cancelUrl = portalLinks.cancelAppointment(base, 'beispiel');
  const contact = { email: 'erika.mustermann@example.org', phone: '+49 30 1234567' };
  switch (kind) {
    case 'confirmed':
      return { kind, appointment, manageUrl, cancelUrl, secret: 'ABCD1234' };
    case 'optInRequested':
      return { kind, appointment, confirmUrl: portalLinks.confirmAppointment(base, 'beispiel'), confirmBy: new Date(now.getTime() + 3_600_000) };
    case 'rescheduled':
      return { kind, appointment, manageUrl, cancelUrl, previousStart: new Date(start.getTime() - 86_400_000), secret: 'ABCD1234' };
    case 'cancelled':
      return { kind, appointment };
    case 'cancelledByOffice':
      return { kind, appointment, reason: sample.reason, bookUrl: portalLinks.book(base) };
    case 'optInExpired':
      return { kind, appointment, bookUrl: portalLinks.book(base) };
    case 'reminder':
      return { kind, appointment, manageUrl, cancelUrl };
    case 'queueHeadsUp':
      return { kind, officeName: appointment.officeName, displayNumber: 'A17', position: 2 };
    case 'waitlistJoined':
      return { kind, officeNames: [appointment.officeName], services: appointment.services, leaveUrl: portalLinks.waitlistEntry(base, 'beispiel') };
    case 'waitlistOffer':
      return { kind, appointment, offerUrl: portalLinks.waitlistOffer(base, 'beispiel'), holdUntil: new Date(now.getTime() + 15 * 60_000) };
    case 'drawVerify':
    case 'drawUnmatched': {
      const day = start.toISOString().slice(0, 10);
      const draw = {
        contactName: 'Erika Mustermann',
        service: sample.service,
        officeNames: [appointment.officeName],
        dateFrom: day,
        dateTo: new Date(start.getTime() + 13 * 86_400_000).toISOString().slice(0, 10),
        timeZone: appointment.timeZone,
      };
      if (kind === 'drawUnmatched') return { kind, draw, rolledOver: true, statusUrl: portalLinks.drawStatus(base, 'beispiel') };
      return { kind, draw, closesAt: new Date(now.getTime() + 86_400_000), drawAt: new Date(now.getTime() + 2 * 86_400_000), verifyUrl: portalLinks.drawVerify(base, 'beispiel'), statusUrl: portalLinks.drawStatus(base, 'beispiel') };
    }
    case 'drawOffer':
      return { kind, appointment, persons: 2, holdUntil: new Date(now.getTime() + 86_400_000), offerUrl: portalLinks.drawOffer(base, 'beispiel') };
    case 'officeCopyBooked':
    case 'officeCopyCancelled':
      return { kind, appointment, contact };
    case 'survey':
      return { kind, appointment, surveyUrl: `${base}/portal/` };
  }
}

/**
 * The texts offices and organisations word themselves, and offices' message settings: read and
 * written by their admins (manageOffice for an office, manageOrganisation for the organisation's
 * defaults). The notifications module owns both tables.
 */
export class MessageTemplatesService {
  constructor(private readonly settings: NotificationSettings) {}

  private get allowedHosts(): readonly string[] {
    return this.settings.notifications.linkHosts;
  }

  /** The scope of an input, once the caller may act there; NotFound or InvalidInput otherwise. */
  private async scopeOf(ctx: RequestContext, em: EntityManager, input: { officeId?: string | null; organisationId?: string | null }): Promise<Scope | NotFound | InvalidInput> {
    const hasOffice = input.officeId != null;
    if (hasOffice === (input.organisationId != null)) return new InvalidInput([{ field: 'officeId', message: 'Name either an office or an organisation (for its defaults).' }]);
    if (hasOffice) {
      // Before any lookup: a caller who administers no office learns nothing of which exist.
      authorizeAnywhere(ctx, Permission.manageOffice);
      const officeId = parseId(input.officeId!);
      const [office] = officeId === null ? [] : await em.execute<{ id: number; organisation_id: number; name: string; time_zone: string }[]>('select id, organisation_id, name, time_zone from office where id = ?', [officeId]);
      if (!office) return new NotFound('There is no such office.');
      authorize(ctx, Permission.manageOffice, office.id);
      return { level: 'office', officeId: office.id, organisationId: office.organisation_id, officeName: office.name, timeZone: office.time_zone };
    }
    authorizeAnywhere(ctx, Permission.manageOrganisation);
    const organisationId = parseId(input.organisationId!);
    const [organisation] = organisationId === null ? [] : await em.execute<{ id: number }[]>('select id from organisation where id = ?', [organisationId]);
    if (!organisation) return new NotFound('There is no such organisation.');
    authorizeInOrganisation(ctx, Permission.manageOrganisation, organisation.id);
    return { level: 'organisation', organisationId: organisation.id };
  }

  private async templatesOf(em: EntityManager, organisationId: number, officeId: number | null): Promise<MessageTemplateText[]> {
    const rows = await em.execute<TemplateRow[]>('select kind, language, subject, body, updated_at, office_id from message_template where organisation_id = ? and office_id is not distinct from ? order by kind, language', [
      organisationId,
      officeId,
    ]);
    return rows.map(textOf);
  }

  private async officeMessagesOf(em: EntityManager, scope: Extract<Scope, { level: 'office' }>): Promise<OfficeMessages> {
    const settings = await officeMessageSettingsOf(em, scope.officeId);
    return Object.assign(new OfficeMessages(), {
      officeId: String(scope.officeId),
      organisationId: String(scope.organisationId),
      templates: await this.templatesOf(em, scope.organisationId, scope.officeId),
      organisationTemplates: await this.templatesOf(em, scope.organisationId, null),
      kinds: kindInfos(),
      allowedLinkHosts: [...this.allowedHosts],
      defaultReminderOffsetsMinutes: this.settings.notifications.reminderOffsetsMinutes,
      ...settings,
    });
  }

  async officeMessages(ctx: RequestContext, officeId: string): Promise<OfficeMessages | NotFound> {
    const scope = await this.scopeOf(ctx, ctx.em, { officeId });
    if (!('level' in scope)) return scope instanceof NotFound ? scope : new NotFound('There is no such office.');
    return this.officeMessagesOf(ctx.em, scope as Extract<Scope, { level: 'office' }>);
  }

  async organisationMessages(ctx: RequestContext, organisationId: string): Promise<OrganisationMessages | NotFound> {
    const scope = await this.scopeOf(ctx, ctx.em, { organisationId });
    if (!('level' in scope)) return scope instanceof NotFound ? scope : new NotFound('There is no such organisation.');
    return Object.assign(new OrganisationMessages(), {
      organisationId: String(scope.organisationId),
      templates: await this.templatesOf(ctx.em, scope.organisationId, null),
      kinds: kindInfos(),
      allowedLinkHosts: [...this.allowedHosts],
    });
  }

  /** The message filled with sample data, as the draft or the saved text would send it; nothing is sent. */
  async previewMessage(ctx: RequestContext, input: PreviewMessageInput): Promise<MessagePreview | UnknownPlaceholder | LinkNotAllowed | InvalidInput | NotFound> {
    const scope = await this.scopeOf(ctx, ctx.em, input);
    if (!('level' in scope)) return scope;
    let text: StoredText | null;
    if (input.subject != null && input.body != null) {
      const [problem] = templateProblems({ subject: input.subject, body: input.body }, templatePlaceholders[input.kind], this.allowedHosts);
      if (problem) return refusalOf(problem, input.kind, this.allowedHosts);
      text = { source: scope.level, subject: input.subject, body: input.body };
    } else {
      text = scope.level === 'office' ? await officeText(ctx.em, scope.officeId, input.kind, input.language) : await organisationText(ctx.em, scope.organisationId, input.kind, input.language);
    }
    const content = sampleContent(input.kind, scope, this.settings.publicBaseUrl, ctx.clock.now(), input.language);
    const mail = composeEmail(content, input.language, text && { subject: text.subject, body: text.body, allowedHosts: this.allowedHosts });
    return Object.assign(new MessagePreview(), { source: text ? sourceOf[text.source] : MessageTextSource.BUILT_IN, ...mail });
  }

  /** Saves a text, replacing the scope's text of that message and language; refused with the first problem named. */
  async saveMessageTemplate(ctx: RequestContext, input: SaveMessageTemplateInput): Promise<MessageTemplateText | UnknownPlaceholder | LinkNotAllowed | InvalidInput | NotFound> {
    return inTransaction(ctx.em, async (em) => {
      const scope = await this.scopeOf(ctx, em, input);
      if (!('level' in scope)) return scope;
      const subject = input.subject.trim();
      const body = input.body.trim();
      const empty = [...(subject ? [] : [{ field: 'subject', message: 'The subject may not be empty.' }]), ...(body ? [] : [{ field: 'body', message: 'The body may not be empty.' }])];
      if (empty.length > 0) return new InvalidInput(empty);
      const [problem] = templateProblems({ subject, body }, templatePlaceholders[input.kind], this.allowedHosts);
      if (problem) return refusalOf(problem, input.kind, this.allowedHosts);
      const officeId = scope.level === 'office' ? scope.officeId : null;
      // The unique index decides between two saves at once: the later one's text stays.
      const [row] = await em.execute<TemplateRow[]>(
        `insert into message_template (organisation_id, office_id, kind, language, subject, body, updated_at) values (?, ?, ?, ?, ?, ?, ?)
         on conflict (organisation_id, (coalesce(office_id, 0)), kind, language) do update set subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at
         returning kind, language, subject, body, updated_at, office_id`,
        [scope.organisationId, officeId, input.kind, input.language, subject, body, ctx.clock.now()],
      );
      await audit(em, ctx, 'saveMessageTemplate', officeId, { organisationId: String(scope.organisationId), kind: input.kind, language: input.language });
      return textOf(row);
    });
  }

  /** Removes a scope's text: the message is worded as inherited again (the organisation's, or the built-in). */
  async removeMessageTemplate(ctx: RequestContext, input: MessageTemplateScopeInput): Promise<MessageTemplateText | InvalidInput | NotFound> {
    return inTransaction(ctx.em, async (em) => {
      const scope = await this.scopeOf(ctx, em, input);
      if (!('level' in scope)) return scope;
      const officeId = scope.level === 'office' ? scope.officeId : null;
      const [row] = await em.execute<TemplateRow[]>(
        'delete from message_template where organisation_id = ? and office_id is not distinct from ? and kind = ? and language = ? returning kind, language, subject, body, updated_at, office_id',
        [scope.organisationId, officeId, input.kind, input.language],
      );
      if (!row) return new NotFound(`There is no own text of ${input.kind} in ${input.language} here.`);
      await audit(em, ctx, 'removeMessageTemplate', officeId, { organisationId: String(scope.organisationId), kind: input.kind, language: input.language });
      return textOf(row);
    });
  }

  /** Sets an office's reminder times, copy address and survey link (each null: the default, or none). */
  async updateOfficeMessageSettings(ctx: RequestContext, input: UpdateOfficeMessageSettingsInput): Promise<OfficeMessages | LinkNotAllowed | InvalidInput | NotFound> {
    return inTransaction(ctx.em, async (em) => {
      const scope = await this.scopeOf(ctx, em, { officeId: input.officeId });
      if (!('level' in scope)) return scope;
      if (scope.level !== 'office') throw new Error('unreachable: an office was named');
      const settings = {
        reminderOffsetsMinutes: input.reminderOffsetsMinutes ? [...input.reminderOffsetsMinutes].sort((a, b) => b - a) : null,
        copyEmail: input.copyEmail?.trim() || null,
        surveyUrl: input.surveyUrl?.trim() || null,
      };
      const problems = officeMessageSettingsProblems(settings, this.allowedHosts);
      const foreign = problems.find((problem) => problem.foreignHost !== undefined);
      if (foreign && settings.surveyUrl) return new LinkNotAllowed(settings.surveyUrl, foreign.foreignHost!, 'surveyUrl', this.allowedHosts);
      if (problems.length > 0) return new InvalidInput(problems);
      await em.execute(
        `insert into office_message_settings (organisation_id, office_id, reminder_offsets_minutes, copy_email, survey_url, updated_at) values (?, ?, ?::int[], ?, ?, ?)
         on conflict (office_id) do update set reminder_offsets_minutes = excluded.reminder_offsets_minutes, copy_email = excluded.copy_email, survey_url = excluded.survey_url, updated_at = excluded.updated_at`,
        [scope.organisationId, scope.officeId, settings.reminderOffsetsMinutes && sqlArray(settings.reminderOffsetsMinutes), settings.copyEmail, settings.surveyUrl, ctx.clock.now()],
      );
      await audit(em, ctx, 'updateOfficeMessageSettings', scope.officeId, { reminderOffsetsMinutes: settings.reminderOffsetsMinutes, copy: settings.copyEmail !== null, surveyUrl: settings.surveyUrl });
      return this.officeMessagesOf(em, scope);
    });
  }
}
