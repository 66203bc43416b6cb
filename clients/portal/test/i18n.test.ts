import { describe, expect, it } from 'vitest';
import { createI18n, initialLocale, literalText } from '../../ui/src/i18n';
import { messages } from '../src/messages';

describe('the shared i18n on vue-i18n', () => {
  it('starts in the language stored, else the first of the browser’s it has, else German', () => {
    expect(initialLocale('en', ['de-DE'])).toBe('en');
    expect(initialLocale(null, ['fr-FR', 'en-GB', 'de'])).toBe('en');
    expect(initialLocale(undefined, ['de-AT'])).toBe('de');
    expect(initialLocale('xx', ['fr', 'it'])).toBe('de');
    expect(initialLocale(null, [])).toBe('de');
  });

  it('picks a plural form by count, in each language, and fills placeholders', () => {
    const i18n = createI18n(messages);
    i18n.setLocale('en');
    expect(i18n.t('services.found', { count: 1 })).toBe('1 service found');
    expect(i18n.t('services.found', { count: 7 })).toBe('7 services found');
    expect(i18n.t('day.dayLabel', { date: 'Monday', offices: i18n.t('day.offices', { count: 2 }) })).toBe('Monday: 2 offices with free times');
    i18n.setLocale('de');
    expect(i18n.t('services.found', { count: 1 })).toBe('Ein Anliegen gefunden');
    expect(i18n.t('contact.problems', { count: 3 })).toBe('Bitte korrigieren Sie 3 Angaben.');
    expect(i18n.t('hold.announce', { count: 1 })).toBe('Ihre Reservierung läuft in einer Minute ab.');
  });

  it('keeps @ and $ as they are written, and texts without counts whole', () => {
    const i18n = createI18n(messages);
    i18n.setLocale('de');
    expect(i18n.t('contact.emailInvalid')).toBe('Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@example.org.');
    expect(i18n.t('error.RATE_LIMITED', { seconds: 30 })).toBe('Zu viele Anfragen. Bitte versuchen Sie es in 30 Sekunden erneut.');
    expect(literalText('a@b $1')).toBe("a{'@'}b {'$'}1");
  });

  it('answers the key of a text it does not have', () => {
    const i18n = createI18n(messages);
    expect(i18n.t('no.such.key' as never)).toBe('no.such.key');
  });
});
