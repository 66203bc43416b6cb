import { describe, expect, it } from 'vitest';
import { Channel } from './appointment-lifecycle';
import { mailboxOf, validateContact, type ContactData } from './contact-rules';

describe('validateContact', () => {
  it.each<[Channel, ContactData, string[]]>([
    [Channel.PORTAL, { name: 'Ada', email: 'ada@example.org' }, []],
    [Channel.PORTAL, { name: 'Ada', phone: '030 1234567' }, ['An email address is required.']],
    [Channel.PORTAL, { email: 'ada@example.org' }, ['A name is required.']],
    [Channel.PARTNER, { name: 'Ada', email: 'not-an-address' }, ['The email address is not valid.']],
    [Channel.HOTLINE, { name: 'Ada', phone: '+49 30 115' }, []],
    [Channel.HOTLINE, { name: 'Ada' }, ['An email address or a phone number is required.']],
    [Channel.HOTLINE, { name: 'Ada', phone: 'call me' }, ['The phone number is not valid.']],
    [Channel.COUNTER, {}, []],
    [Channel.KIOSK, { name: '  ' }, []],
  ])('%s %j → %j', (channel, contact, problems) => {
    expect(validateContact(channel, contact).problems).toEqual(problems);
  });

  it('trims and drops empty values', () => {
    expect(validateContact(Channel.PORTAL, { name: ' Ada ', email: ' ada@example.org ', phone: '' })).toEqual({ name: 'Ada', email: 'ada@example.org', phone: null, problems: [] });
  });
});

describe('mailboxOf', () => {
  it.each([
    ['ada@example.org', 'ada@example.org'],
    [' Ada@Example.ORG ', 'ada@example.org'],
    ['ada@example.org.', 'ada@example.org'],
    ['ada+termine@example.org', 'ada@example.org'],
    ['ada+a+b@example.org.', 'ada@example.org'],
  ])('%s reaches %s', (email, mailbox) => {
    expect(mailboxOf(email)).toBe(mailbox);
  });
});
