import { describe, expect, it } from 'vitest';
import { calendarTexts, composeEmail, composeSms, placeholderValues, serviceLine, type AppointmentFacts, type DrawFacts, type MessageContent } from './messages';

const appointment: AppointmentFacts = {
  number: 1234,
  officeName: 'Bürgeramt <Mitte>',
  officeAddress: 'Karl-Marx-Allee 31, 10178 Berlin',
  start: new Date('2026-03-29T07:30:00Z'),
  timeZone: 'Europe/Berlin',
  services: ['Anmeldung einer Wohnung'],
};

describe('messages', () => {
  it('say the same in plain text and HTML, in German, with the local time across daylight saving', () => {
    const mail = composeEmail({ kind: 'reminder', appointment, manageUrl: 'https://x.example/portal/manage#number=1234', cancelUrl: 'https://x.example/portal/cancel#token=a.b' }, 'de');
    // 29 March 2026 is the first day of summer time: 07:30 UTC is 09:30 in Berlin.
    expect(mail.subject).toBe('Erinnerung: Ihr Termin am Sonntag, 29. März 2026 um 09:30');
    expect(mail.text).toContain('Vorgangsnummer: 1234');
    expect(mail.text).toContain('Termin absagen: https://x.example/portal/cancel#token=a.b');
    expect(mail.html).toContain('href="https://x.example/portal/cancel#token=a.b"');
    expect(mail.html).toContain('Bürgeramt &lt;Mitte&gt;');
    expect(mail.html).not.toContain('<Mitte>');
  });

  it('write English on request', () => {
    const mail = composeEmail({ kind: 'cancelledByOffice', appointment, reason: 'Stromausfall', bookUrl: 'https://x.example/portal/' }, 'en');
    expect(mail.subject).toBe('Your appointment has to be cancelled');
    expect(mail.text).toContain('Reason: Stromausfall');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('put the one link that matters into an SMS', () => {
    const text = composeSms({ kind: 'waitlistOffer', appointment, offerUrl: 'https://x.example/portal/waitlist/offer#token=t', holdUntil: new Date('2026-03-28T10:00:00Z') }, 'de');
    expect(text).toBe('Ein früherer Termin ist frei: Sonntag, 29. März 2026 um 09:30. Termin übernehmen: https://x.example/portal/waitlist/offer#token=t');
  });

  it('greet by name, give the code and list what to bring per service, in the language asked for', () => {
    const facts: AppointmentFacts = {
      ...appointment,
      services: ['Registering a flat', 'Applying for a passport'],
      contactName: ' Ada Lovelace ',
      whatToBring: [
        { service: 'Registering a flat', items: ["Landlord's confirmation"] },
        { service: 'Applying for a passport', items: ['Biometric photo', 'Old passport'] },
      ],
    };
    const mail = composeEmail({ kind: 'confirmed', appointment: facts, manageUrl: 'https://x.example/m', cancelUrl: 'https://x.example/c', secret: 's3cret' }, 'en');
    expect(mail.text.startsWith('Hello Ada Lovelace,\n')).toBe(true);
    expect(mail.text).toContain('With booking number 1234 and code s3cret');
    expect(mail.text).toContain("Please bring:\nRegistering a flat:\n- Landlord's confirmation\nApplying for a passport:\n- Biometric photo\n- Old passport");
    expect(mail.html).toContain('<p>Hello Ada Lovelace,</p>');
    // Reminders never carry the code, and one service needs no heading of its own.
    const reminder = composeEmail({ kind: 'reminder', appointment: { ...facts, whatToBring: [facts.whatToBring![1]] }, manageUrl: 'https://x.example/m', cancelUrl: 'https://x.example/c' }, 'de');
    expect(reminder.text).not.toContain('Code');
    expect(reminder.text).toContain('Bitte bringen Sie mit:\n- Biometric photo\n- Old passport');
    expect(composeEmail({ kind: 'cancelled', appointment: { ...facts, contactName: null } }, 'de').text.startsWith('Guten Tag,\n')).toBe(true);
  });

  it('write the calendar entry in the language asked for, with its link', () => {
    expect(calendarTexts(appointment, 'https://x.example/m#number=1234&secret=s', 'en')).toEqual({
      summary: 'Appointment 1234: Anmeldung einer Wohnung',
      location: 'Bürgeramt <Mitte>, Karl-Marx-Allee 31, 10178 Berlin',
      description: 'Booking number 1234. Manage or cancel the appointment: https://x.example/m#number=1234&secret=s',
    });
    expect(calendarTexts(appointment, 'https://x.example/m', 'de').summary).toBe('Termin 1234: Anmeldung einer Wohnung');
  });

  it('say for how many persons a service is booked where more than one, in each language', () => {
    expect(serviceLine('Reisepass', 1, 'de')).toBe('Reisepass');
    expect(serviceLine('Reisepass', 3, 'de')).toBe('Reisepass (für 3 Personen)');
    expect(serviceLine('Passport', 3, 'en')).toBe('Passport (for 3 persons)');
    expect(serviceLine('Pasaport', 3, 'tr')).toBe('Pasaport (3 kişi için)');
    const mail = composeEmail({ kind: 'confirmed', appointment: { ...appointment, services: [serviceLine('Reisepass', 3, 'de')] }, manageUrl: 'https://x.example/m', cancelUrl: 'https://x.example/c', secret: 's3cret' }, 'de');
    expect(mail.text).toContain('Reisepass (für 3 Personen)');
  });
});

describe("the draw's messages", () => {
  const draw: DrawFacts = { contactName: 'Ada Lovelace', service: 'Anmeldung einer Wohnung', officeNames: ['Bürgeramt Mitte', 'Bürgeramt Pankow'], dateFrom: '2026-03-30', dateTo: '2026-04-10', timeZone: 'Europe/Berlin' };
  const verify: MessageContent = {
    kind: 'drawVerify',
    draw,
    closesAt: new Date('2026-03-20T17:00:00Z'),
    drawAt: new Date('2026-03-21T09:00:00Z'),
    verifyUrl: 'https://x.example/portal/draw/verify#token=v',
    statusUrl: 'https://x.example/portal/draw/status#token=s',
    code: '482913',
  };

  it('ask to confirm the registration by the deadline, with both links, and keep the SMS code out of the mail', () => {
    const mail = composeEmail(verify, 'de');
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre Registrierung für die Verlosung: Anmeldung einer Wohnung');
    // Intl sets the range's dash between thin spaces.
    expect(mail.text).toMatch(/\(Bürgeramt Mitte, Bürgeramt Pankow; 30\.03\.\s–\s10\.04\.2026\)/);
    expect(mail.text).toContain('bis Freitag, 20. März 2026 um 18:00');
    expect(mail.text).toContain('Die Verlosung ist am Samstag, 21. März 2026 um 10:00');
    expect(mail.text).toContain('Registrierung bestätigen: https://x.example/portal/draw/verify#token=v');
    expect(mail.text).toContain('Stand Ihrer Registrierung: https://x.example/portal/draw/status#token=s');
    expect(mail.text).not.toContain('482913');
    expect(placeholderValues(verify, 'de')).not.toHaveProperty('code');
  });

  it('send the code by SMS with the page it is entered on, whatever the office worded', () => {
    const expected = 'Bitte bestätigen Sie Ihre Registrierung für die Verlosung: Anmeldung einer Wohnung. Ihr Bestätigungscode: 482913. Stand Ihrer Registrierung: https://x.example/portal/draw/status#token=s';
    expect(composeSms(verify, 'de')).toBe(expected);
    expect(composeSms(verify, 'de', { subject: 'Verlosung {{service}}', body: 'Bitte bestätigen: {{verifyUrl}}', allowedHosts: ['x.example'] })).toBe(expected);
    // Without a code (no phone) there is no SMS of our own: the mail's subject and first link, as for any message.
    expect(composeSms({ ...verify, code: null }, 'de')).toBe('Bitte bestätigen Sie Ihre Registrierung für die Verlosung: Anmeldung einer Wohnung. Registrierung bestätigen: https://x.example/portal/draw/verify#token=v');
  });

  it('offer the won slot held until its time, for how many persons, in the registered name, with the one link', () => {
    const offer: MessageContent = { kind: 'drawOffer', appointment: { ...appointment, contactName: 'Ada Lovelace' }, persons: 2, holdUntil: new Date('2026-03-22T09:00:00Z'), offerUrl: 'https://x.example/portal/draw/offer#token=o' };
    const mail = composeEmail(offer, 'en');
    expect(mail.subject).toBe('Your appointment from the draw: Sunday, 29 March 2026 at 09:30');
    expect(mail.text.startsWith('Hello Ada Lovelace,\n')).toBe(true);
    expect(mail.text).toContain('held for you until Sunday, 22 March 2026 at 10:00');
    expect(mail.text).toContain('Persons: 2');
    expect(mail.text).toContain('Booking number: 1234');
    expect(composeSms(offer, 'en')).toBe('Your appointment from the draw: Sunday, 29 March 2026 at 09:30. Accept or decline: https://x.example/portal/draw/offer#token=o');
  });

  it('say whether an unmatched registration rolls over to the next draw', () => {
    const unmatched = (rolledOver: boolean) => composeEmail({ kind: 'drawUnmatched', draw, rolledOver, statusUrl: 'https://x.example/portal/draw/status#token=s' }, 'de').text;
    expect(unmatched(true)).toContain('nimmt automatisch an der nächsten Verlosung teil');
    expect(unmatched(false)).not.toContain('automatisch');
    expect(unmatched(false)).toContain('Ihre Registrierung ist damit beendet.');
    expect(placeholderValues({ kind: 'drawUnmatched', draw, rolledOver: false, statusUrl: 's' }, 'en').nextStep).toBe('Your registration has ended. You can register again for the next draw.');
  });
});
