import { describe, expect, it } from 'vitest';
import { phoneKey } from './phone-number';

describe('phoneKey', () => {
  it.each<[string | null, string | null]>([
    ['+49 30 1234567', '+49301234567'],
    ['030 1234567', '+49301234567'],
    ['030 / 123 45-67', '+49301234567'],
    ['(030) 123 45 67', '+49301234567'],
    ['0049 30 1234567', '+49301234567'],
    ['+49 (0)30 1234567', '+49301234567'],
    ['+49(0)30-1234567', '+49301234567'],
    ['0049 (0) 30 1234567', '+49301234567'],
    ['0176 12345678', '+4917612345678'],
    ['+43 1 5880', '+4315880'],
    ['+1 (212) 555-0100', '+12125550100'],
    ['1234567', '1234567'],
    ['115', null],
    ['', null],
    [null, null],
    ['call me', null],
  ])('%s → %s', (phone, key) => {
    expect(phoneKey(phone)).toBe(key);
  });

  it('reads a national number as one of the given country', () => {
    expect(phoneKey('01 5880', '43')).toBe('+4315880');
  });
});
