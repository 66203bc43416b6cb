/**
 * One spelling of a phone number, so that "030 / 123 45-67", "+49 (0)30 1234567" and
 * "0049 30 1234567" are found as the same number: digits only, international with its country
 * code, a national number taken as one of the office's country (Germany by default).
 */

/** Fewer digits than this (a country code and an extension) is no number anyone dials. */
const minimumDigits = 6;

export function phoneKey(phone: string | null | undefined, countryCode = '49'): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  // "(0)" after a country code is the trunk prefix some write in brackets; it is not dialled from abroad.
  const withoutTrunk = trimmed.replace(/^(\+|00)(\d{1,3})[\s./-]*\(0\)/, '$1$2');
  const international = /^00[1-9]/.test(withoutTrunk);
  const digits = withoutTrunk.replace(/\D/g, '');
  if (digits.length < minimumDigits) return null;
  if (withoutTrunk.startsWith('+')) return `+${digits}`;
  if (international) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+${countryCode}${digits.slice(1)}`;
  // Without a leading 0 a number is local (no area code): kept as dialled, never taken for an international one.
  return digits;
}
