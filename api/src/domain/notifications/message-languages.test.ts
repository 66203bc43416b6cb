import { describe, expect, it } from 'vitest';
import { calendarTexts, composeEmail, composeSms, languages, type AppointmentFacts, type DrawFacts, type Language, type MessageContent, type MessageKind } from './messages';

// Proper names only (an office, a German service name the catalogue has not translated), so that
// any German or English word in a message comes from the texts themselves.
const appointment: AppointmentFacts = {
  number: 4711,
  officeName: 'Rathaus Neukölln',
  officeAddress: 'Karl-Marx-Straße 83, 12043 Berlin',
  start: new Date('2026-03-30T08:15:00Z'),
  timeZone: 'Europe/Berlin',
  services: ['Anmeldung'],
  contactName: 'Ada Lovelace',
  whatToBring: [{ service: 'Anmeldung', items: ['Wohnungsgeberbestätigung'] }],
};
const url = (path: string) => `https://x.example/portal/${path}`;
const draw: DrawFacts = { contactName: 'Ada Lovelace', service: 'Anmeldung', officeNames: ['Rathaus Neukölln', 'Rathaus Tiergarten'], dateFrom: '2026-03-30', dateTo: '2026-04-10', timeZone: 'Europe/Berlin' };

/** One message of every kind, each with facts the test can look for in the result. */
const contents: Record<MessageKind, MessageContent> = {
  confirmed: { kind: 'confirmed', appointment, manageUrl: url('manage#number=4711'), cancelUrl: url('cancel#token=c'), secret: 'K7Q2M9' },
  optInRequested: { kind: 'optInRequested', appointment, confirmUrl: url('confirm#token=o'), confirmBy: new Date('2026-03-28T18:00:00Z') },
  rescheduled: { kind: 'rescheduled', appointment, previousStart: new Date('2026-04-02T12:00:00Z'), manageUrl: url('manage#number=4711'), cancelUrl: url('cancel#token=c'), secret: 'K7Q2M9' },
  cancelled: { kind: 'cancelled', appointment },
  cancelledByOffice: { kind: 'cancelledByOffice', appointment, reason: 'Stromausfall', bookUrl: url('') },
  optInExpired: { kind: 'optInExpired', appointment, bookUrl: url('') },
  reminder: { kind: 'reminder', appointment, manageUrl: url('manage#number=4711'), cancelUrl: url('cancel#token=c') },
  queueHeadsUp: { kind: 'queueHeadsUp', officeName: 'Rathaus Neukölln', displayNumber: 'A17', position: 3 },
  waitlistJoined: { kind: 'waitlistJoined', officeNames: ['Rathaus Neukölln', 'Rathaus Tiergarten'], services: ['Anmeldung'], leaveUrl: url('waitlist#token=w') },
  waitlistOffer: { kind: 'waitlistOffer', appointment, offerUrl: url('waitlist/offer#token=t'), holdUntil: new Date('2026-03-27T09:45:00Z') },
  drawVerify: { kind: 'drawVerify', draw, closesAt: new Date('2026-03-20T17:00:00Z'), drawAt: new Date('2026-03-21T09:00:00Z'), verifyUrl: url('draw/verify#token=v'), statusUrl: url('draw/status#token=s'), code: '482913' },
  drawOffer: { kind: 'drawOffer', appointment, persons: 3, holdUntil: new Date('2026-03-22T09:00:00Z'), offerUrl: url('draw/offer#token=o') },
  drawUnmatched: { kind: 'drawUnmatched', draw, rolledOver: true, statusUrl: url('draw/status#token=s') },
  officeCopyBooked: { kind: 'officeCopyBooked', appointment, contact: { email: 'ada@example.org', phone: '+49 30 1234567' } },
  officeCopyCancelled: { kind: 'officeCopyCancelled', appointment, contact: { email: 'ada@example.org', phone: '+49 30 1234567' } },
  survey: { kind: 'survey', appointment, surveyUrl: url('survey#token=s') },
  webhookEndpointDisabled: { kind: 'webhookEndpointDisabled', url: 'https://hooks.example/zms', consecutiveFailures: 12 },
};

/** What each message must quote: its facts, its links. */
function expectedIn(content: MessageContent): string[] {
  const expected: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    // The draw's SMS code proves the phone: the mail never carries it.
    if (typeof value === 'string' && key !== 'kind' && key !== 'code') expected.push(value);
    if (typeof value === 'number') expected.push(String(value));
  }
  // The survey asks about the visit, not the appointment: it names the office alone (in its subject).
  if ('appointment' in content && content.kind !== 'survey') expected.push(String(content.appointment.number), content.appointment.officeAddress, ...content.appointment.services);
  if (content.kind === 'waitlistJoined') expected.push(...content.officeNames);
  if ('draw' in content) expected.push(content.draw.contactName, content.draw.service, ...content.draw.officeNames);
  if (content.kind === 'officeCopyBooked' || content.kind === 'officeCopyCancelled') expected.push(content.contact.email!, content.contact.phone!);
  return expected;
}

/** Words of our German and English texts that must not show through in another language. */
const foreignWords: Record<'de' | 'en', string[]> = {
  de: ['Termin', 'Termine', 'Ihr', 'Ihre', 'Ihren', 'Sie', 'Bitte', 'bitte', 'Vorgangsnummer', 'Guten', 'Warteliste', 'abgesagt', 'Erinnerung', 'verwalten', 'und', 'der', 'die', 'das'],
  en: ['appointment', 'Appointment', 'Please', 'please', 'booking', 'Booking', 'Hello', 'cancel', 'Cancel', 'waitlist', 'Your', 'your', 'the', 'and'],
};

function wordsOf(text: string): Set<string> {
  // Links carry English path names (…/portal/cancel): they are addresses, not words of the text.
  return new Set(text.replace(/https?:\/\/\S+/g, ' ').split(/[^\p{L}]+/u));
}

const kinds = Object.keys(contents) as MessageKind[];

describe('messages in every language', () => {
  it.each(languages.flatMap((language) => kinds.map((kind) => [language, kind] as const)))('%s: %s is written out, every fact in place', (language, kind) => {
    const content = contents[kind];
    const mail = composeEmail(content, language);
    const sms = composeSms(content, language);
    for (const part of [mail.subject, mail.text, mail.html, sms]) {
      expect(part).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
    }
    for (const fact of expectedIn(content)) expect(mail.text).toContain(fact);
    if ('appointment' in content) expect(`${mail.subject}\n${mail.text}`).toContain(content.appointment.officeName);
    expect(sms.startsWith(mail.subject)).toBe(true);
  });

  it.each(languages.filter((language) => language !== 'de').flatMap((language) => kinds.map((kind) => [language, kind] as const)))('%s: %s has no German words', (language, kind) => {
    const words = wordsOf(composeEmail(contents[kind], language).text);
    expect(foreignWords.de.filter((word) => words.has(word))).toEqual([]);
  });

  it.each(languages.filter((language) => language !== 'en').flatMap((language) => kinds.map((kind) => [language, kind] as const)))('%s: %s has no English words', (language, kind) => {
    const words = wordsOf(composeEmail(contents[kind], language).text);
    expect(foreignWords.en.filter((word) => words.has(word))).toEqual([]);
  });

  it('does not speak of a "Termin" in Polish, where the word means a deadline', () => {
    for (const kind of kinds) expect(composeEmail(contents[kind], 'pl').text.toLowerCase()).not.toContain('termin');
  });

  it.each([
    ['de', 'März'],
    ['en', 'March'],
    ['tr', 'Mart'],
    ['ar', 'مارس'],
    ['uk', 'березня'],
    ['ru', 'марта'],
    ['pl', 'marca'],
  ] satisfies [Language, string][])('%s: writes dates in the language, in the office time zone', (language, month) => {
    const mail = composeEmail(contents.reminder, language);
    expect(mail.subject).toContain(month);
    expect(mail.subject).toContain('10:15');
  });

  it('marks the Arabic mail right to left, and no other', () => {
    for (const kind of kinds) {
      expect(composeEmail(contents[kind], 'ar').html).toContain('<html lang="ar" dir="rtl">');
      for (const language of languages.filter((other) => other !== 'ar')) expect(composeEmail(contents[kind], language).html).toContain(`<html lang="${language}"><head>`);
    }
    // An office's own wording is set right to left too.
    const custom = composeEmail(contents.confirmed, 'ar', { subject: 'موعدكم {{number}}', body: 'مرحبًا {{name}}', allowedHosts: ['x.example'] });
    expect(custom.html).toContain('dir="rtl"');
    expect(custom.subject).toBe('موعدكم 4711');
  });

  it('greets by name in every language, and nobody by name in the office copy', () => {
    for (const language of languages) {
      expect(composeEmail(contents.confirmed, language).text.split('\n')[0]).toContain('Ada Lovelace');
      expect(composeEmail(contents.officeCopyBooked, language).text.split('\n')[0]).not.toContain('Ada Lovelace');
    }
  });

  it.each(languages)('%s: the calendar entry is written in the language, with the facts and the link', (language) => {
    const texts = calendarTexts(appointment, url('manage#number=4711'), language);
    expect(texts.summary).toMatch(/^\p{L}+ 4711: Anmeldung$/u);
    expect(new Set(languages.map((other) => calendarTexts(appointment, '', other).summary)).size).toBe(languages.length);
    expect(texts.summary).toContain('4711');
    expect(texts.summary).toContain('Anmeldung');
    expect(texts.description).toContain(url('manage#number=4711'));
    expect(texts.description).toContain('Wohnungsgeberbestätigung');
  });

  it('writes each language in its own words: no two tables share a subject', () => {
    for (const kind of kinds) {
      const subjects = languages.map((language) => composeEmail(contents[kind], language).subject);
      expect(new Set(subjects).size).toBe(languages.length);
    }
  });
});
