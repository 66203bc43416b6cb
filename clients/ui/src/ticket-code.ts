import QRCode from 'qrcode';

/**
 * The QR code printed on a wait ticket, as a PNG data URL: it holds the ticket's status link as
 * the API gives it (`Ticket.statusUrl`, the portal's queue status page with the secret in the
 * fragment), so the citizen follows the queue on a phone. One place for the kiosk and the counter,
 * so that both print the same code: medium error correction survives a crumpled receipt.
 */
export function ticketQrCode(statusUrl: string): Promise<string> {
  return QRCode.toDataURL(statusUrl, { errorCorrectionLevel: 'M', margin: 1, width: 320 });
}
