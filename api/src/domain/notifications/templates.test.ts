import { describe, expect, it } from 'vitest';
import { composeEmail, composeSms, templatePlaceholders, type AppointmentFacts } from './messages';
import { fillTemplate, linkAllowed, parseTemplate, plainTextToHtml, templateProblems } from './templates';

const hosts = ['termine.berlin.example', 'berlin.de'];

const appointment: AppointmentFacts = {
  number: 1234,
  officeName: 'Bürgeramt Mitte',
  officeAddress: 'Karl-Marx-Allee 31, 10178 Berlin',
  start: new Date('2026-03-03T07:00:00Z'),
  timeZone: 'Europe/Berlin',
  services: ['Anmeldung einer Wohnung'],
  contactName: '<script>alert(1)</script>',
};

describe('templates', () => {
  it.each([
    ['Hallo {{name}}!', [{ text: 'Hallo ' }, { placeholder: 'name' }, { text: '!' }]],
    ['{{ number }}', [{ placeholder: 'number' }]],
    ['kein Platzhalter', [{ text: 'kein Platzhalter' }]],
    ['offen {{name', { malformed: expect.any(String) }],
    ['zu }} viel', { malformed: expect.any(String) }],
    ['{{a {{b}}', { malformed: expect.any(String) }],
  ])('parse %j', (source, expected) => {
    expect(parseTemplate(source)).toEqual(expected);
  });

  it('name each unknown placeholder and each foreign link, by field', () => {
    const problems = templateProblems({ subject: 'Termin {{nummer}}', body: 'Hallo {{name}}, siehe https://evil.example/x und www.other.example. Auch https://service.berlin.de/a ist gut.' }, templatePlaceholders.reminder, hosts);
    expect(problems).toEqual([
      { kind: 'unknownPlaceholder', field: 'subject', placeholder: 'nummer' },
      { kind: 'linkNotAllowed', field: 'body', url: 'https://evil.example/x', host: 'evil.example' },
      { kind: 'linkNotAllowed', field: 'body', url: 'www.other.example', host: 'www.other.example' },
    ]);
    expect(templateProblems({ subject: '{{time}}', body: '{{cancelUrl}} https://termine.berlin.example/portal/' }, templatePlaceholders.reminder, hosts)).toEqual([]);
  });

  it.each([
    ['https://berlin.de/x', true],
    ['https://service.berlin.de/x', true],
    ['https://notberlin.de/x', false],
    ['https://berlin.de.evil.example/x', false],
    ['http://termine.berlin.example:8080/a', true],
    ['https://user@evil.example/', false],
  ])('allow %s: %s', (url, allowed) => {
    expect(linkAllowed(url, hosts)).toBe(allowed);
  });

  it('fill placeholders with their values, an unknown one with nothing', () => {
    expect(fillTemplate('{{a}}-{{ b }}-{{c}}', { a: '1', b: '2' })).toBe('1-2-');
  });

  it('escape text and values in HTML and link only allowed hosts', () => {
    const html = plainTextToHtml('A <b>bold</b> & https://termine.berlin.example/x?a=1&b=2.\nhttps://evil.example/y\n\nZwei', hosts);
    expect(html).toBe('<p>A &lt;b&gt;bold&lt;/b&gt; &amp; <a href="https://termine.berlin.example/x?a=1&amp;b=2">https://termine.berlin.example/x?a=1&amp;b=2</a>.<br>https://evil.example/y</p>\n<p>Zwei</p>');
  });

  it('compose a custom mail: values escaped in HTML, plain in text, the subject on one line', () => {
    const mail = composeEmail({ kind: 'reminder', appointment, manageUrl: 'https://termine.berlin.example/portal/manage', cancelUrl: 'https://termine.berlin.example/portal/cancel#token=t' }, 'de', {
      subject: 'Erinnerung\n{{number}}',
      body: 'Hallo {{name}},\n\nabsagen: {{cancelUrl}}',
      allowedHosts: hosts,
    });
    expect(mail.subject).toBe('Erinnerung 1234');
    expect(mail.text).toBe('Hallo <script>alert(1)</script>,\n\nabsagen: https://termine.berlin.example/portal/cancel#token=t\n');
    expect(mail.html).toContain('<p>Hallo &lt;script&gt;alert(1)&lt;/script&gt;,</p>');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<a href="https://termine.berlin.example/portal/cancel#token=t">');
    expect(
      composeSms({ kind: 'reminder', appointment, manageUrl: 'https://termine.berlin.example/m', cancelUrl: 'https://termine.berlin.example/c' }, 'de', { subject: 'Termin {{time}}', body: 'Absagen: {{cancelUrl}}', allowedHosts: hosts }),
    ).toBe('Termin Dienstag, 3. März 2026 um 08:00. https://termine.berlin.example/c');
  });
});
