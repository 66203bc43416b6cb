/**
 * Addresses of the citizen portal's pages that the API hands out (tickets, confirmations, calendar
 * files, mails). Secrets go in the fragment, which browsers never send, so they stay out of logs.
 */
export const portalLinks = {
  /** The live queue status of a ticket or checked-in appointment. */
  queueStatus: (publicBaseUrl: string, number: string, secret: string) => `${publicBaseUrl}/portal/status#${fragment({ number, secret })}`,
  /** Where an appointment is viewed, moved or cancelled; without its secret the page asks for it. */
  manageAppointment: (publicBaseUrl: string, number: string, secret?: string) =>
    `${publicBaseUrl}/portal/manage#${fragment(secret === undefined ? { number } : { number, secret })}`,
};

function fragment(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}
