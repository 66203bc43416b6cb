/** A wait ticket just issued at the counter, as the clerk hands it over: what goes on the paper. */
export interface IssuedTicket {
  number: string;
  services: string[];
  /** The API's link to the ticket's queue status page (with its secret): the QR code holds it. */
  statusUrl: string;
  issuedAt: string;
  officeName: string;
}
