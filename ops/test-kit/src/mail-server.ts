import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** One node of a MIME message: its headers (names in lower case), decoded body and parts. */
export interface MimePart {
  headers: Map<string, string>;
  body: string;
  parts: MimePart[];
}

export interface ReceivedMail {
  raw: string;
  to: string[];
  messageId: string;
  subject: string;
  headers: Map<string, string>;
  text: string;
  html: string;
  /** The text/calendar attachment, if any. */
  ics: string | null;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const text = value.replace(/=\r?\n/g, '');
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(index + 1, index + 3))) {
      bytes.push(parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(...Buffer.from(text[index], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_match, _charset, encoding: string, text: string) => (encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' '))));
}

export function parseMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const pieces = body.split(`--${boundary}`).slice(1);
    const parts = pieces.filter((piece) => !piece.startsWith('--')).map((piece) => parseMime(piece.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    return { headers, body: '', parts };
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const decoded = encoding === 'base64' ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  return { headers, body: decoded, parts: [] };
}

function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}

export function readMail(raw: string, to: string[]): ReceivedMail {
  const root = parseMime(raw);
  const all = leaves(root);
  const typed = (type: string) => all.find((part) => (part.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type));
  return {
    raw,
    to,
    messageId: root.headers.get('message-id') ?? '',
    subject: root.headers.get('subject') ?? '',
    headers: root.headers,
    text: typed('text/plain')?.body ?? '',
    html: typed('text/html')?.body ?? '',
    ics: typed('text/calendar')?.body ?? null,
  };
}

/** The VEVENT of an iCalendar file, checked for what calendars need; throws on a malformed file. */
export function parseCalendar(ics: string): { method: string; event: Map<string, string> } {
  if (!ics.endsWith('\r\n')) throw new Error('iCalendar lines end with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line longer than 75 octets: ${line}`);
  const lines = ics.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('not a VCALENDAR');
  if (!lines.includes('VERSION:2.0') || !lines.some((line) => line.startsWith('PRODID:'))) throw new Error('VERSION and PRODID are required');
  const begin = lines.indexOf('BEGIN:VEVENT');
  const end = lines.indexOf('END:VEVENT');
  if (begin === -1 || end < begin || lines.lastIndexOf('BEGIN:VEVENT') !== begin) throw new Error('exactly one VEVENT expected');
  const event = new Map<string, string>();
  for (const line of lines.slice(begin + 1, end)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a property: ${line}`);
    event.set(line.slice(0, colon), line.slice(colon + 1));
  }
  for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND']) if (!event.has(name)) throw new Error(`VEVENT lacks ${name}`);
  for (const name of ['DTSTAMP', 'DTSTART', 'DTEND']) if (!/^\d{8}T\d{6}Z$/.test(event.get(name)!)) throw new Error(`${name} is not a UTC date-time`);
  if (event.get('DTSTART')! >= event.get('DTEND')!) throw new Error('DTSTART must be before DTEND');
  const method = lines.find((line) => line.startsWith('METHOD:'))?.slice(7) ?? '';
  return { method, event };
}

/** An iCalendar UTC date-time as an ISO instant. */
export function calendarInstant(value: string): string {
  return new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}Z`).toISOString();
}

export interface MailServer {
  url: string;
  received: ReceivedMail[];
  /** Runs before a received message is answered; a test can crash the sender here. */
  beforeReply: ((mail: ReceivedMail) => Promise<void>) | null;
  /** Waits until `predicate` holds for the received mails, at most `timeoutMs`. */
  waitFor(predicate: (mails: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process (smtp-server), without TLS or authentication, on a free port. */
export async function startMailServer(): Promise<MailServer> {
  const state: MailServer = {
    url: '',
    received: [],
    beforeReply: null,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(state.received) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      return state.received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = readMail(
          Buffer.concat(chunks).toString('utf8'),
          session.envelope.rcptTo.map((to) => to.address),
        );
        state.received.push(mail);
        (state.beforeReply ? state.beforeReply(mail) : Promise.resolve()).then(() => callback(), callback);
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}
