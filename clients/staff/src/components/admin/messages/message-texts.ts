import type { MessageTemplateFieldsFragment, MessageTemplateKind, MessageLanguage } from '../../../gql/graphql';

export type TextSource = 'OFFICE' | 'ORGANISATION' | 'BUILT_IN';

/** The text an office's message has now: its own, else its organisation's, else none (the built-in one). */
export function inheritedText(
  kind: MessageTemplateKind,
  language: MessageLanguage,
  own: readonly MessageTemplateFieldsFragment[],
  organisation: readonly MessageTemplateFieldsFragment[],
): { source: TextSource; subject: string; body: string } {
  const match = (text: MessageTemplateFieldsFragment) => text.kind === kind && text.language === language;
  const office = own.find(match);
  if (office) return { source: 'OFFICE', subject: office.subject, body: office.body };
  const shared = organisation.find(match);
  if (shared) return { source: 'ORGANISATION', subject: shared.subject, body: shared.body };
  return { source: 'BUILT_IN', subject: '', body: '' };
}

/**
 * Reminder times as typed, in hours before the appointment ("48, 2, 0.5"): minutes for the
 * API, null for none typed (the installation's), or 'invalid'.
 */
export function parseReminderHours(typed: string): number[] | null | 'invalid' {
  const parts = typed
    .split(/[;,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const minutes = parts.map((part) => Math.round(Number(part) * 60));
  return minutes.every((value) => Number.isInteger(value) && value > 0) ? minutes : 'invalid';
}

/** Minutes as the hours the form shows ("24, 2"). */
export function reminderHoursText(minutes: readonly number[] | null | undefined): string {
  return (minutes ?? []).map((value) => String(Math.round((value / 60) * 100) / 100)).join(', ');
}
