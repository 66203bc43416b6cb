/** The portal's contact form: the same rules the API applies to online bookings, checked as the citizen types. */

export interface ContactFields {
  name: string;
  email: string;
  phone: string;
}

export type ContactProblem = 'nameRequired' | 'nameTooLong' | 'emailRequired' | 'emailInvalid' | 'phoneInvalid';

// The API's patterns (api/src/domain/booking/contact-rules.ts): mail delivery is the real check.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()/-]{6,30}$/;
const maxNameLength = 200;

/** Problems per field; a field without problems is missing from the answer. */
export function validateContactFields(fields: ContactFields): Partial<Record<keyof ContactFields, ContactProblem>> {
  const problems: Partial<Record<keyof ContactFields, ContactProblem>> = {};
  const name = fields.name.trim();
  const email = fields.email.trim();
  const phone = fields.phone.trim();
  if (!name) problems.name = 'nameRequired';
  else if (name.length > maxNameLength) problems.name = 'nameTooLong';
  if (!email) problems.email = 'emailRequired';
  else if (!emailPattern.test(email)) problems.email = 'emailInvalid';
  if (phone && !phonePattern.test(phone)) problems.phone = 'phoneInvalid';
  return problems;
}

/** What confirmAppointment gets: trimmed, an empty phone left out. */
export function contactInput(fields: ContactFields): { name: string; email: string; phone: string | null } {
  const phone = fields.phone.trim();
  return { name: fields.name.trim(), email: fields.email.trim(), phone: phone || null };
}
