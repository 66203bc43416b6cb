/**
 * Addresses of the citizen portal's pages that the API hands out (tickets, confirmations, calendar
 * files, mails). Secrets go in the fragment, which browsers never send, so they stay out of logs.
 */
export const portalLinks = {
  /** The live queue status of a ticket or checked-in appointment. */
  queueStatus: (publicBaseUrl: string, number: string, secret: string) => `${publicBaseUrl}/portal/status#${fragment({ number, secret })}`,
  /** Where an appointment is viewed, moved or cancelled; without its secret the page asks for it. */
  manageAppointment: (publicBaseUrl: string, number: string, secret?: string) => `${publicBaseUrl}/portal/manage#${fragment(secret === undefined ? { number } : { number, secret })}`,
  /** Booking from the start, e.g. after an office cancelled. */
  book: (publicBaseUrl: string) => `${publicBaseUrl}/portal/`,
  /** Shows an appointment with one button that cancels it (cancelAppointmentByLink). */
  cancelAppointment: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/cancel#${fragment({ token })}`,
  /** Shows a double-opt-in booking with one button that confirms it (confirmAppointmentByLink). */
  confirmAppointment: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/confirm#${fragment({ token })}`,
  /** Shows a waitlist entry with one button that leaves the list (leaveWaitlist). */
  waitlistEntry: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/waitlist#${fragment({ token })}`,
  /** Shows a slot offered from the waitlist with buttons to take (takeWaitlistOffer) or decline it. */
  waitlistOffer: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/waitlist/offer#${fragment({ token })}`,
  /** Shows a draw registration with one button that confirms its contact (verifyDrawRegistration). */
  drawVerify: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/draw/verify#${fragment({ token })}`,
  /** A draw registration's status (drawRegistration), where the SMS code is entered and the registration withdrawn. */
  drawStatus: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/draw/status#${fragment({ token })}`,
  /** Shows a slot won in a draw with buttons to accept (acceptDrawOffer) or decline it. */
  drawOffer: (publicBaseUrl: string, token: string) => `${publicBaseUrl}/portal/draw/offer#${fragment({ token })}`,
};

function fragment(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}
