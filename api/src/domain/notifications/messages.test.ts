import { describe, expect, it } from 'vitest';
import { calendarTexts, composeEmail, composeSms, serviceLine, type AppointmentFacts } from './messages';

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
