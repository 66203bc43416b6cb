import { describe, expect, it } from 'vitest';
import { composeEmail, composeSms, type AppointmentFacts } from './messages';

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
});
