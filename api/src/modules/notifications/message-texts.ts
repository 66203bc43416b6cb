import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language, TemplateKind } from '../../domain/notifications/messages';

/** Whose wording a message has, in the order they win. */
export type TextSource = 'office' | 'organisation' | 'builtIn';

export interface StoredText {
  source: Exclude<TextSource, 'builtIn'>;
  subject: string;
  body: string;
}

/**
 * The text a message of an office goes out with: the office's own, else its organisation's,
 * else none (the built-in text). One indexed lookup per message.
 */
export async function officeText(em: EntityManager, officeId: number, kind: TemplateKind, language: Language): Promise<StoredText | null> {
  const [row] = await em.execute<{ subject: string; body: string; office_id: number | null }[]>(
    `select t.subject, t.body, t.office_id from message_template t join office o on o.id = ?
      where t.organisation_id = o.organisation_id and (t.office_id = o.id or t.office_id is null) and t.kind = ? and t.language = ?
      order by t.office_id nulls last limit 1`,
    [officeId, kind, language],
  );
  return row ? { source: row.office_id === null ? 'organisation' : 'office', subject: row.subject, body: row.body } : null;
}

/** An organisation's default text of a message, if it has one. */
export async function organisationText(em: EntityManager, organisationId: number, kind: TemplateKind, language: Language): Promise<StoredText | null> {
  const [row] = await em.execute<{ subject: string; body: string }[]>('select subject, body from message_template where organisation_id = ? and office_id is null and kind = ? and language = ?', [organisationId, kind, language]);
  return row ? { source: 'organisation', ...row } : null;
}

/** What an office set about its messages; nulls where it set nothing. */
export async function officeMessageSettingsOf(em: EntityManager, officeId: number): Promise<{ reminderOffsetsMinutes: number[] | null; copyEmail: string | null; surveyUrl: string | null }> {
  const [row] = await em.execute<{ reminder_offsets_minutes: number[] | null; copy_email: string | null; survey_url: string | null }[]>(
    'select reminder_offsets_minutes, copy_email, survey_url from office_message_settings where office_id = ?',
    [officeId],
  );
  return { reminderOffsetsMinutes: row?.reminder_offsets_minutes ?? null, copyEmail: row?.copy_email ?? null, surveyUrl: row?.survey_url ?? null };
}
